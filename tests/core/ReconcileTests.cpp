#include "TestOrganisation.h"
#include "TestSupport.h"
#include "cli/CommandLineTool.h"
#include "io/Csv.h"
#include "io/Importer.h"
#include "io/Reconciler.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace nm;
using namespace nm::test;

namespace {

// The numbers of tests/data/reconcile/README.md's table, as Number Manager holds them:
// 4001 and 4002 agree with every file; 4003 is Pieter's here (the provider calls it spare or
// unassigned); 4008 is only here; 4009 expired here.
void holdNumbers(TestOrganisation& org)
{
    const QByteArray file = "Number;Assigned to;State;Paid until\r\n"
                            "+31 20 123 4001;jan.devries;Active;2027-01-15\r\n"
                            "+31 20 123 4002;emma.smith;Active;2027-01-15\r\n"
                            "+31 20 123 4003;pieter.jansen;Active;2027-01-15\r\n"
                            "+31 20 123 4008;jan.devries;Cancelled;2027-01-15\r\n"
                            "+31 20 123 4009;pieter.jansen;Expired;2026-11-15\r\n";
    auto table = Csv::parse(file);
    REQUIRE(table);
    auto imported
        = Importer(org.context()).importTable(FileKind::Numbers, *table, {}, QStringLiteral("n.csv"));
    REQUIRE(imported);
    REQUIRE_FALSE(imported->hasProblems());
    REQUIRE(imported->added == 5);
}

ReconcileReport reconcileOk(TestOrganisation& org, const QString& file, ReconcileOptions options = {})
{
    auto report = Reconciler(org.context()).reconcileFile(testDataPath(file), options);
    if (!report)
        FAIL(report.error().message.toStdString());
    return *report;
}

// "+31201234003 other-holder" per difference: what a reader of the report sees first.
QStringList lines(const ReconcileReport& report)
{
    QStringList out;
    for (const Difference& d : report.differences)
        out << d.e164 + QLatin1Char(' ') + differenceKey(d.kind);
    return out;
}

} // namespace

TEST_CASE("Reconcile with a Microsoft Teams export: unassigned there, expired here, and only on one side",
          "[reconcile]")
{
    TestOrganisation org(0);
    holdNumbers(org);
    const ReconcileReport report = reconcileOk(org, QStringLiteral("reconcile/teams.csv"));
    CHECK(report.format == ProviderFormat::Teams);
    CHECK(report.inFile == 5);
    CHECK(report.here == 5);
    CHECK(report.agreeing == 2);
    CHECK(lines(report)
          == QStringList{QStringLiteral("+31201234003 other-state"), QStringLiteral("+31201234008 only-here"),
                         QStringLiteral("+31201234009 other-state"),
                         QStringLiteral("+31301234004 only-in-file")});
    const Difference& unassigned = report.differences.at(0);
    CHECK(unassigned.row == 4);
    CHECK(unassigned.here == QStringLiteral("Active, Pieter Jansen (pieter.jansen)"));
    CHECK(unassigned.there == QStringLiteral("Unassigned"));
    CHECK(report.differences.at(1).here == QStringLiteral("Cancelled, Jan de Vries (jan.devries)"));
    CHECK(report.differences.at(2).here == QStringLiteral("Expired, Pieter Jansen (pieter.jansen)"));
    CHECK(report.differences.at(2).there == QStringLiteral("UserAssigned"));
    CHECK(report.summary()
          == QStringLiteral("teams.csv lists 5 numbers (Microsoft Teams), Number Manager holds 5; 2 agree. "
                            "4 differences."));
}

TEST_CASE("Reconcile with a Twilio export: columns in any order, a friendly name that is someone else",
          "[reconcile]")
{
    TestOrganisation org(0);
    holdNumbers(org);
    const ReconcileReport report = reconcileOk(org, QStringLiteral("reconcile/twilio.csv"));
    CHECK(report.format == ProviderFormat::Twilio);
    CHECK(report.inFile == 4);
    CHECK(report.agreeing == 2);
    CHECK(lines(report)
          == QStringList{QStringLiteral("+31201234003 other-holder"),
                         QStringLiteral("+31201234005 only-in-file"),
                         QStringLiteral("+31201234008 only-here")});
    CHECK(report.differences.at(0).there == QStringLiteral("in-use, spare"));
    CHECK(report.differences.at(1).there == QStringLiteral("in-use, Reception"));
    CHECK(report.differences.at(1).row == 4);
}

TEST_CASE("Reconcile with FreePBX's Bulk DIDs: DIDs without + and in national form are read as Dutch numbers",
          "[reconcile]")
{
    TestOrganisation org(0);
    holdNumbers(org);
    const ReconcileReport report = reconcileOk(org, QStringLiteral("reconcile/freepbx.csv"));
    CHECK(report.format == ProviderFormat::FreePbx);
    CHECK(report.inFile == 4);
    CHECK(report.agreeing == 2); // 31201234001 and 31201234002, "Jan de Vries" and "Emma Smith"
    CHECK(lines(report)
          == QStringList{
              QStringLiteral("+31201234003 only-here"), QStringLiteral("+31201234006 only-in-file"),
              QStringLiteral("+31201234008 only-here"), QStringLiteral("+31301234004 only-in-file")});
    CHECK(report.differences.at(1).there == QStringLiteral("Sales → ext-group,600,1"));

    SECTION("read as Belgian numbers, the same DIDs are no numbers at all, and the report says so")
    {
        ReconcileOptions belgian;
        belgian.defaultRegion = QStringLiteral("BE");
        const ReconcileReport be = reconcileOk(org, QStringLiteral("reconcile/freepbx.csv"), belgian);
        CHECK(lines(be)
              == QStringList{
                  QStringLiteral("+31201234001 only-here"), QStringLiteral("+31201234002 only-here"),
                  QStringLiteral("+31201234003 only-here"), QStringLiteral("+31201234008 only-here"),
                  QStringLiteral("0201234006 unreadable"), QStringLiteral("31201234001 unreadable"),
                  QStringLiteral("31201234002 unreadable"), QStringLiteral("31301234004 unreadable")});
    }
}

TEST_CASE("Reconcile with a plain list: account or display name as holder, an empty holder is nobody",
          "[reconcile]")
{
    TestOrganisation org(0);
    holdNumbers(org);
    const ReconcileReport report = reconcileOk(org, QStringLiteral("reconcile/generic.csv"));
    CHECK(report.format == ProviderFormat::Generic);
    CHECK(report.inFile == 3);
    CHECK(report.agreeing == 2);
    CHECK(lines(report)
          == QStringList{QStringLiteral("+31201234003 only-here"),
                         QStringLiteral("+31201234007 only-in-file"),
                         QStringLiteral("+31201234008 only-here")});
    CHECK(report.differences.at(1).there == QStringLiteral("nobody"));
}

TEST_CASE("Reconcile: a number held here that the list says nobody holds is in another state", "[reconcile]")
{
    TestOrganisation org(0);
    holdNumbers(org);
    const QByteArray file = "Nummer;Houder\n+31 20 123 4001;\n020-1234002;EMMA SMITH\nnot a number;x\n";
    auto table = Csv::parse(file);
    REQUIRE(table);
    auto report = Reconciler(org.context()).reconcile(*table, {}, QStringLiteral("lijst.csv"));
    REQUIRE(report);
    CHECK(lines(*report)
          == QStringList{QStringLiteral("+31201234001 other-state"), QStringLiteral("+31201234003 only-here"),
                         QStringLiteral("+31201234008 only-here"),
                         QStringLiteral("not a number unreadable")});
    CHECK(report->differences.at(0).there == QStringLiteral("nobody"));
    CHECK(report->differences.at(3).row == 4);
    CHECK(report->differences.at(3).there == QStringLiteral("\"not a number\" is not a phone number."));
    CHECK(report->agreeing == 1); // the holder's name in capitals is still Emma Smith
}

TEST_CASE("Reconcile refuses a file without a column of numbers, and a file of another format", "[reconcile]")
{
    TestOrganisation org(0);
    const QByteArray file = "Name;City\nJan;Amsterdam\n";
    auto table = Csv::parse(file);
    REQUIRE(table);
    auto refused = Reconciler(org.context()).reconcile(*table, {}, QStringLiteral("x.csv"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message
          == QStringLiteral(
              "The file has no column of phone numbers. Reconcile reads exports of Microsoft Teams "
              "(TelephoneNumber), Twilio (phone_number) and FreePBX (DID), or a list with a column "
              "named Number (Nummer) and, if you like, one named Holder (Houder)."));

    ReconcileOptions teams;
    teams.format = ProviderFormat::Teams;
    auto notTeams = Reconciler(org.context())
                        .reconcileFile(testDataPath(QStringLiteral("reconcile/twilio.csv")), teams);
    REQUIRE_FALSE(notTeams);
    CHECK(notTeams.error().message
          == QStringLiteral("The file is not a Microsoft Teams export: it has no column TelephoneNumber."));
}

TEST_CASE("Reconcile reads an export of Windows PowerShell 5.1, with its #TYPE line and semicolons",
          "[reconcile]")
{
    TestOrganisation org(0);
    holdNumbers(org);
    const QString path = org.temp.dir() + QStringLiteral("/teams-ps51.csv");
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write("#TYPE "
              "Microsoft.Teams.ConfigAPI.Cmdlets.Generated.Models."
              "SkypeTelephoneNumberMgmtCmdletAcquiredTelephoneNumber\r\n"
              "\"TelephoneNumber\";\"ActivationState\";\"PstnAssignmentStatus\"\r\n"
              "\"+31201234001;ext=101\";\"Activated\";\"UserAssigned\"\r\n"
              "\"+31201234002\";\"AssignmentPending\";\"UserAssigned\"\r\n"
              "\"+31201234003\";\"Activated\";\"UserAssigned\"\r\n"
              "\"+31201234008\";\"Activated\";\"UserAssigned\"\r\n");
    out.close();
    auto report = Reconciler(org.context()).reconcileFile(path);
    REQUIRE(report);
    CHECK(report->format == ProviderFormat::Teams);
    CHECK(report->agreeing == 4);
    CHECK_FALSE(report->hasDifferences());
    CHECK(report->summary()
          == QStringLiteral(
              "teams-ps51.csv lists 4 numbers (Microsoft Teams), Number Manager holds 5; 4 agree. "
              "Nothing differs."));
}

TEST_CASE("cli: reconcile exits 3 on differences and 0 when the lists agree, and writes the report",
          "[reconcile][cli]")
{
    TestOrganisation org(0);
    holdNumbers(org);
    const CliResult differs = runCli(
        org.temp, {QStringLiteral("reconcile"), testDataPath(QStringLiteral("reconcile/twilio.csv"))});
    CHECK(differs.code == 3);
    CHECK(differs.out
          == QStringLiteral(
              "+31 20 123 4003: Held by someone else. Here: Active, Pieter Jansen (pieter.jansen). In the "
              "file (row 5): in-use, spare.\n"
              "+31 20 123 4005: In the file, not here. In the file (row 4): in-use, Reception.\n"
              "+31 20 123 4008: Here, not in the file. Here: Cancelled, Jan de Vries (jan.devries).\n"
              "twilio.csv lists 4 numbers (Twilio), Number Manager holds 5; 2 agree. 3 differences.\n"));

    const CliResult json
        = runCli(org.temp,
                 {QStringLiteral("reconcile"), QStringLiteral("--json"), QStringLiteral("--format"),
                  QStringLiteral("generic"), testDataPath(QStringLiteral("reconcile/generic.csv"))});
    CHECK(json.code == 3);
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(object.value(QStringLiteral("format")).toString() == QStringLiteral("generic"));
    CHECK(object.value(QStringLiteral("agreeing")).toInt() == 2);
    const QJsonArray differences = object.value(QStringLiteral("differences")).toArray();
    REQUIRE(differences.size() == 3);
    CHECK(differences.at(1).toObject().value(QStringLiteral("number")).toString()
          == QStringLiteral("+31201234007"));
    CHECK(differences.at(1).toObject().value(QStringLiteral("difference")).toString()
          == QStringLiteral("only-in-file"));

    const QString agreeing = org.temp.dir() + QStringLiteral("/agreeing.csv");
    QFile list(agreeing);
    REQUIRE(list.open(QIODevice::WriteOnly));
    list.write("number\n+31201234001\n+31201234002\n+31201234003\n+31201234008\n");
    list.close();
    const QString reportFile = org.temp.dir() + QStringLiteral("/report.csv");
    const CliResult agrees = runCli(org.temp, {QStringLiteral("reconcile"), agreeing});
    CHECK(agrees.code == 0);
    CHECK(agrees.out
          == QStringLiteral(
              "agreeing.csv lists 4 numbers (plain list), Number Manager holds 5; 4 agree. Nothing "
              "differs.\n"));

    const CliResult written = runCli(org.temp,
                                     {QStringLiteral("reconcile"), QStringLiteral("--output"), reportFile,
                                      testDataPath(QStringLiteral("reconcile/generic.csv"))});
    CHECK(written.code == 3);
    QFile saved(reportFile);
    REQUIRE(saved.open(QIODevice::ReadOnly));
    CHECK(saved.readAll()
          == QByteArray(
              "\xEF\xBB\xBFNumber,Difference,Row in the file,In Number Manager,At the provider\r\n"
              "+31 20 123 4003,\"Here, not in the file\",,\"Active, Pieter Jansen (pieter.jansen)\",\r\n"
              "+31 20 123 4007,\"In the file, not here\",4,,nobody\r\n"
              "+31 20 123 4008,\"Here, not in the file\",,\"Cancelled, Jan de Vries (jan.devries)\",\r\n"));

    const CliResult badFormat = runCli(
        org.temp,
        {QStringLiteral("reconcile"), QStringLiteral("--format"), QStringLiteral("excel"), agreeing});
    CHECK(badFormat.code == CommandLineTool::Usage);
}

TEST_CASE("Reconcile reports in Dutch", "[reconcile][nl]")
{
    LanguageGuard dutch(QStringLiteral("nl"));
    TestOrganisation org(0);
    holdNumbers(org);
    const ReconcileReport report = reconcileOk(org, QStringLiteral("reconcile/generic.csv"));
    CHECK(differenceName(report.differences.at(0).kind) == QStringLiteral("Hier, niet in het bestand"));
    CHECK(report.differences.at(0).here == QStringLiteral("Actief, Pieter Jansen (pieter.jansen)"));
    CHECK(report.summary()
          == QStringLiteral(
              "generic.csv noemt 3 nummers (eenvoudige lijst), Number Manager heeft er 5; 2 komen "
              "overeen. 3 verschillen."));
}
