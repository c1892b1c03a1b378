#include "TestOrganisation.h"
#include "TestSupport.h"
#include "ZipReader.h"
#include "cli/CommandLineTool.h"
#include "io/Csv.h"
#include "io/Exporter.h"
#include "io/Importer.h"

#include <QFile>

using namespace nm;
using namespace nm::test;

namespace {

void importText(TempDatabase& temp, FileKind kind, const QByteArray& text)
{
    auto table = Csv::parse(text);
    REQUIRE(table);
    auto report = Importer(temp.context()).importTable(kind, *table, {}, QStringLiteral("setup.csv"));
    REQUIRE(report);
    if (report->hasProblems())
        FAIL(report->problemLines(5).join(QLatin1Char('\n')).toStdString());
}

// A small organisation whose every value is known: two members, a SIP profile and three numbers.
void fillKnown(TempDatabase& temp)
{
    importText(temp, FileKind::Members,
               "account;display name;email;country;city\r\n"
               "jan.devries;Jan de Vries;jan@example.nl;NL;Amsterdam\r\n"
               "zoe.janssen;\"=Zoë \"\"Z\"\" Janssen\";zoe@example.nl;NL;\r\n");
    importText(temp, FileKind::SipProfiles,
               "profile id;name;channels;country\r\npbx-main;Main PBX, floor 2;30;NL\r\n");
    importText(temp, FileKind::Numbers,
               "number;assigned to;period;price;paid until;state\r\n"
               "+31 20 123 4567;jan.devries;1;3,50;2026-12-26 10:00;active\r\n"
               "+31 30 123 4567;pbx-main;12;36,00;2027-11-26 10:00;active\r\n"
               "+31 10 123 4567;zoe.janssen;3;9,90;2027-01-31 10:00;cancelled\r\n");
}

QByteArray exported(TempDatabase& temp, FileKind kind)
{
    const QSqlDatabase db = temp.database().connection();
    auto table = kind == FileKind::Members ? Exporter::members(db)
        : kind == FileKind::SipProfiles    ? Exporter::sipProfiles(db)
                                           : Exporter::numbers(temp.context());
    REQUIRE(table);
    auto csv = Exporter::toCsv(*table);
    REQUIRE(csv);
    return *csv;
}

} // namespace

TEST_CASE("CSV exports open right in Excel: a byte-order mark, the language's separator and decimal comma",
          "[export]")
{
    TempDatabase temp;
    fillKnown(temp);

    SECTION("English")
    {
        CHECK(exported(temp, FileKind::Members)
              == QByteArray("\xEF\xBB\xBF"
                            "Account name,Display name,E-mail address,Country,City\r\n"
                            "jan.devries,Jan de Vries,jan@example.nl,NL,Amsterdam\r\n"
                            "zoe.janssen,\"'=Zoë \"\"Z\"\" Janssen\",zoe@example.nl,NL,\r\n"));
        CHECK(exported(temp, FileKind::SipProfiles)
              == QByteArray("\xEF\xBB\xBF"
                            "Profile id,Name,Channels,Country\r\n"
                            "pbx-main,\"Main PBX, floor 2\",30,NL\r\n"));
        const QByteArray numbers = exported(temp, FileKind::Numbers);
        const QList<QByteArray> lines = numbers.split('\n');
        REQUIRE(lines.size() == 5);
        CHECK(lines[0]
              == "\xEF\xBB\xBFNumber,Assigned to,Type,Holder's name,Country,Area code,State,Billing period "
                 "(months),Price,Paid until,Auto-renew,Terms version\r");
        CHECK(lines[1]
              == "+31 10 123 4567,zoe.janssen,Member,\"'=Zoë \"\"Z\"\" "
                 "Janssen\",NL,10,Cancelled,3,9.90,2027-01-31 "
                 "10:00,no,imported\r");
        CHECK(lines[2]
              == "+31 20 123 4567,jan.devries,Member,Jan de Vries,NL,20,Active,1,3.50,2026-12-26 "
                 "10:00,yes,imported\r");
        CHECK(
            lines[3]
            == "+31 30 123 4567,pbx-main,SIP profile,\"Main PBX, floor 2\",NL,30,Active,12,36.00,2027-11-26 "
               "10:00,yes,imported\r");
    }
    SECTION("Dutch")
    {
        LanguageGuard dutch(QStringLiteral("nl"));
        CHECK(exported(temp, FileKind::SipProfiles)
              == QByteArray("\xEF\xBB\xBF"
                            "Profiel-id;Naam;Kanalen;Land\r\n"
                            "pbx-main;Main PBX, floor 2;30;NL\r\n"));
        const QList<QByteArray> lines = exported(temp, FileKind::Numbers).split('\n');
        REQUIRE(lines.size() == 5);
        CHECK(lines[0]
              == "\xEF\xBB\xBFNummer;Toegewezen aan;Soort;Naam "
                 "houder;Land;Netnummer;Status;Factureringsperiode "
                 "(maanden);Prijs;Betaald tot;Automatisch verlengen;Versie voorwaarden\r");
        CHECK(lines[2]
              == "+31 20 123 4567;jan.devries;Lid;Jan de Vries;NL;20;Actief;1;3,50;2026-12-26 "
                 "10:00;ja;imported\r");
    }
}

TEST_CASE("Export, import into an empty database, export again: the files are the same, byte for byte",
          "[export][import]")
{
    const QString language = GENERATE(QStringLiteral("en"), QStringLiteral("nl"));
    LanguageGuard guard(language);
    INFO(language.toStdString());

    // Numbers bought, activated, cancelled and moved the usual way, not imported.
    TestOrganisation org;
    org.addMember(QStringLiteral("anne.dekker"), QStringLiteral("+Anne; \"the boss\""), QStringLiteral("NL"),
                  QStringLiteral("Den Haag"));
    REQUIRE(org.numbers().buy(org.request(
        {QStringLiteral("jan.devries"), QStringLiteral("emma.smith"), QStringLiteral("pbx-amsterdam")})));
    org.buyOne(QStringLiteral("lukas.mueller"), QStringLiteral("DE"), QStringLiteral("30"),
               BillingPeriod::ThreeMonths);
    const NumberRecord yearly = org.buyOne(QStringLiteral("anne.dekker"), QStringLiteral("NL"),
                                           QStringLiteral("70"), BillingPeriod::TwelveMonths);
    org.process();
    REQUIRE(org.numbers().cancel({yearly.e164}));

    const QByteArray members = exported(org.temp, FileKind::Members);
    const QByteArray profiles = exported(org.temp, FileKind::SipProfiles);
    const QByteArray numbers = exported(org.temp, FileKind::Numbers);
    CHECK(members.count('\n') == 7); // the header and six members
    CHECK(numbers.count('\n') == 6); // the header and five numbers

    TempDatabase empty;
    importText(empty, FileKind::Members, members);
    importText(empty, FileKind::SipProfiles, profiles);
    importText(empty, FileKind::Numbers, numbers);
    CHECK(exported(empty, FileKind::Members) == members);
    CHECK(exported(empty, FileKind::SipProfiles) == profiles);
    CHECK(exported(empty, FileKind::Numbers) == numbers);
}

TEST_CASE("XLSX exports have real dates, money with a euro format, a frozen header row and filters",
          "[export]")
{
    TempDatabase temp;
    fillKnown(temp);
    auto table = Exporter::numbers(temp.context());
    REQUIRE(table);
    const QString path = temp.dir() + QStringLiteral("/numbers ü.xlsx");
    REQUIRE(Exporter::save(*table, path, ExportFormat::Xlsx));

    const QHash<QString, QByteArray> files = unzip(readFile(path));
    REQUIRE(files.contains(QStringLiteral("xl/worksheets/sheet1.xml")));
    const QByteArray sheet = files.value(QStringLiteral("xl/worksheets/sheet1.xml"));
    const QByteArray styles = files.value(QStringLiteral("xl/styles.xml"));
    CHECK(sheet.contains(R"(<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>)"));
    CHECK(sheet.contains(R"(<autoFilter ref="A1:L4"/>)"));
    CHECK(styles.contains(R"(formatCode="€ #,##0.00")"));
    CHECK(styles.contains(R"(formatCode="yyyy-mm-dd hh:mm")"));
    // Row 3 is +31 20 123 4567: a price of 3.50 as a number, paid until 26 December 2026
    // (day 46382 of Excel's calendar) 10:00 local time.
    CHECK(sheet.contains(R"(<c r="I3" s="2"><v>3.5</v></c>)"));
    CHECK(sheet.contains(R"(<c r="J3" s="3"><v>46382.41666666666)"));
    // Text cells (strings inline in constant-memory mode): the number is text, not a formula.
    CHECK(sheet.contains(R"(<c r="A3" t="inlineStr"><is><t>+31 20 123 4567</t></is></c>)"));
    const QByteArray workbook = files.value(QStringLiteral("xl/workbook.xml"));
    CHECK(workbook.contains(R"(<sheet name="Numbers" sheetId="1" r:id="rId1"/>)"));
}

TEST_CASE("The history and the credit ledger export with their text in the reader's language", "[export]")
{
    TestOrganisation org(10'000);
    org.buyOne(QStringLiteral("jan.devries"));
    auto exported = Exporter::history(org.temp.database().connection());
    REQUIRE(exported);
    ExportTable history = std::move(exported).value();
    REQUIRE(history.collect()); // read as it is written; collected here to look at
    REQUIRE_FALSE(history.rows.empty());
    CHECK(history.rows.front().value(2).toString() == QStringLiteral("Number bought"));
    CHECK(history.rows.back().value(2).toString() == QStringLiteral("Credit topped up"));

    LanguageGuard dutch(QStringLiteral("nl"));
    auto ledger = Exporter::ledger(org.temp.database().connection());
    REQUIRE(ledger);
    const auto csv = Exporter::toCsv(*ledger);
    REQUIRE(csv);
    const QList<QByteArray> lines = csv->split('\n');
    REQUIRE(lines.size() == 4);
    CHECK(lines[0] == "\xEF\xBB\xBFTijd;Beheerder;Bedrag;Saldo daarna;Omschrijving\r");
    CHECK(lines[1].endsWith(
        ";test-admin;-3,50;96,50;1 nummer in Nederland, netnummer 20 (Amsterdam), elke maand "
        "gefactureerd\r"));
    CHECK(lines[2].startsWith("2026-11-26 ")); // 09:00 UTC, in local time
    CHECK(lines[2].endsWith(";test-admin;100,00;100,00;Opwaardering van tegoed\r"));
}

TEST_CASE("cli: exports go to standard output as CSV, or to a .csv or .xlsx file", "[export][cli]")
{
    TempDatabase temp;
    fillKnown(temp);
    const CliResult out = runCli(temp, {QStringLiteral("sip"), QStringLiteral("export")});
    CHECK(out.code == CommandLineTool::Success);
    CHECK(out.out
          == QStringLiteral(
              "\uFEFFProfile id,Name,Channels,Country\r\npbx-main,\"Main PBX, floor 2\",30,NL\r\n"));

    const CliResult semicolons
        = runCli(temp,
                 {QStringLiteral("number"), QStringLiteral("export"), QStringLiteral("--separator"),
                  QStringLiteral(";"), QStringLiteral("--state"), QStringLiteral("cancelled")});
    CHECK(semicolons.code == CommandLineTool::Success);
    CHECK(semicolons.out.count(QLatin1Char('\n')) == 2);
    CHECK(semicolons.out.contains(QStringLiteral("+31 10 123 4567;zoe.janssen;Member;")));

    const CliResult noFile = runCli(temp,
                                    {QStringLiteral("member"), QStringLiteral("export"),
                                     QStringLiteral("--format"), QStringLiteral("xlsx")});
    CHECK(noFile.code == CommandLineTool::Usage);
    CHECK(noFile.err.contains(QStringLiteral("an XLSX export needs a FILE to write to.")));

    const QString xlsx = temp.dir() + QStringLiteral("/members.xlsx");
    const CliResult toFile = runCli(temp, {QStringLiteral("member"), QStringLiteral("export"), xlsx});
    CHECK(toFile.code == CommandLineTool::Success);
    CHECK(toFile.err == QStringLiteral("Wrote 2 rows to %1.\n").arg(QDir::toNativeSeparators(xlsx)));
    CHECK(readFile(xlsx).startsWith("PK\x03\x04"));

    const CliResult history = runCli(temp, {QStringLiteral("history"), QStringLiteral("export")});
    CHECK(history.code == CommandLineTool::Success);
    CHECK(history.out.startsWith(QStringLiteral("\uFEFFTime,Administrator,Action,Object,Change\r\n")));
    CHECK(history.out.contains(QStringLiteral(",test-admin,Numbers imported,setup.csv,")));
}
