#include "TestSupport.h"
#include "cli/CommandLineTool.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace nm;
using namespace nm::test;

namespace {

void run(TempDatabase& temp, const QStringList& arguments)
{
    const CliResult result = runCli(temp, arguments);
    INFO(arguments.join(QLatin1Char(' ')).toStdString() << "\n" << result.err.toStdString());
    REQUIRE(result.code == CommandLineTool::Success);
}

QJsonArray numbers(TempDatabase& temp, const QStringList& extra = {})
{
    const CliResult listed = runCli(
        temp,
        QStringList{QStringLiteral("number"), QStringLiteral("list"), QStringLiteral("--json")} + extra);
    REQUIRE(listed.code == CommandLineTool::Success);
    return QJsonDocument::fromJson(listed.out.toUtf8()).array();
}

// Two members, a SIP profile and 100.00 of credit, all through the command line.
void setUp(TempDatabase& temp)
{
    for (const auto& [account, name, city] : {std::tuple{"jan.devries", "Jan de Vries", "Amsterdam"},
                                              std::tuple{"emma.smith", "Emma Smith", "Rotterdam"}})
        run(temp,
            {QStringLiteral("member"), QStringLiteral("add"), QLatin1String(account),
             QStringLiteral("--display-name"), QString::fromUtf8(name), QStringLiteral("--email"),
             QLatin1String(account) + QStringLiteral("@example.nl"), QStringLiteral("--country"),
             QStringLiteral("NL"), QStringLiteral("--city"), QLatin1String(city)});
    run(temp,
        {QStringLiteral("sip"), QStringLiteral("add"), QStringLiteral("pbx-main"), QStringLiteral("--name"),
         QStringLiteral("Main office PBX"), QStringLiteral("--channels"), QStringLiteral("10"),
         QStringLiteral("--country"), QStringLiteral("NL")});
    run(temp, {QStringLiteral("credit"), QStringLiteral("add"), QStringLiteral("100.00")});
}

QStringList assignArguments(const QString& to)
{
    return {QStringLiteral("number"),      QStringLiteral("assign"),
            QStringLiteral("--to"),        to,
            QStringLiteral("--country"),   QStringLiteral("NL"),
            QStringLiteral("--area-code"), QStringLiteral("20"),
            QStringLiteral("--period"),    QStringLiteral("3")};
}

} // namespace

TEST_CASE("CLI: assign needs --accept-terms, then buys, number list --json shows the agreed fields",
          "[cli][numbers]")
{
    TempDatabase temp;
    setUp(temp);
    const QString before = dumpDatabase(temp.database().connection());
    const CliResult refused = runCli(temp, assignArguments(QStringLiteral("jan.devries,Main office PBX")));
    CHECK(refused.code == CommandLineTool::Failure);
    CHECK(refused.err.contains(QStringLiteral("agree to the terms")));
    CHECK(dumpDatabase(temp.database().connection()) == before);

    const CliResult bought = runCli(temp,
                                    assignArguments(QStringLiteral("jan.devries,Main office PBX"))
                                        << QStringLiteral("--accept-terms"));
    REQUIRE(bought.code == CommandLineTool::Success);
    CHECK(bought.out.contains(QStringLiteral("It can take a few minutes before the numbers appear.")));

    const QJsonArray list = numbers(temp);
    REQUIRE(list.size() == 2);
    const QJsonObject first = list.at(0).toObject();
    for (const char* field : {"number", "country", "areaCode", "state", "assigneeName", "assigneeKind",
                              "period", "paidUntil", "autoRenew"})
        CHECK(first.contains(QLatin1String(field)));
    CHECK(first.value(QStringLiteral("state")).toString() == QStringLiteral("pending"));
    CHECK(first.value(QStringLiteral("assigneeName")).toString() == QStringLiteral("jan.devries"));
    CHECK(first.value(QStringLiteral("assigneeKind")).toString() == QStringLiteral("member"));
    CHECK(first.value(QStringLiteral("period")).toInt() == 3);
    CHECK(first.value(QStringLiteral("paidUntil")).toString() == QStringLiteral("2027-02-26T09:00:00Z"));
    CHECK(first.value(QStringLiteral("autoRenew")).toBool());
    CHECK(list.at(1).toObject().value(QStringLiteral("assigneeKind")).toString()
          == QStringLiteral("sip_profile"));
}

TEST_CASE("CLI: process activates on the fixed clock, reassign, cancel and history", "[cli][numbers]")
{
    TempDatabase temp;
    setUp(temp);
    run(temp, assignArguments(QStringLiteral("jan.devries")) << QStringLiteral("--accept-terms"));
    const QString number = numbers(temp).at(0).toObject().value(QStringLiteral("number")).toString();

    temp.clock().advance(3600);
    const CliResult processed = runCli(temp, {QStringLiteral("process")});
    REQUIRE(processed.code == CommandLineTool::Success);
    CHECK(processed.out.contains(QStringLiteral("Activated: 1")));
    CHECK(numbers(temp, {QStringLiteral("--state"), QStringLiteral("active")}).size() == 1);

    const CliResult unknown = runCli(temp,
                                     {QStringLiteral("number"), QStringLiteral("reassign"), number,
                                      QStringLiteral("--to"), QStringLiteral("nobody")});
    CHECK(unknown.code == CommandLineTool::Failure);
    CHECK(unknown.err.contains(QStringLiteral("nobody")));

    const CliResult moved = runCli(temp,
                                   {QStringLiteral("number"), QStringLiteral("reassign"), number,
                                    QStringLiteral("--to"), QStringLiteral("EMMA SMITH")});
    REQUIRE(moved.code == CommandLineTool::Success);
    CHECK(moved.out.contains(QStringLiteral("check that the assignment complies with the terms")));
    CHECK(numbers(temp).at(0).toObject().value(QStringLiteral("assigneeName")).toString()
          == QStringLiteral("emma.smith"));

    const CliResult cancelled = runCli(temp,
                                       {QStringLiteral("number"), QStringLiteral("cancel"),
                                        QStringLiteral("--member"), QStringLiteral("emma.smith")});
    REQUIRE(cancelled.code == CommandLineTool::Success);
    CHECK(cancelled.out.contains(QStringLiteral("it expires on 2027-02-26")));
    CHECK(cancelled.out.contains(QStringLiteral("No extra charges will be made.")));
    CHECK(numbers(temp, {QStringLiteral("--state"), QStringLiteral("cancelled")}).size() == 1);

    const CliResult history = runCli(temp, {QStringLiteral("history"), QStringLiteral("--json")});
    REQUIRE(history.code == CommandLineTool::Success);
    const QJsonArray entries = QJsonDocument::fromJson(history.out.toUtf8()).array();
    REQUIRE(entries.size() >= 4);
    CHECK(entries.at(0).toObject().value(QStringLiteral("action")).toString()
          == QStringLiteral("number.cancel"));
    CHECK(entries.at(1).toObject().value(QStringLiteral("action")).toString()
          == QStringLiteral("number.reassign"));
}

TEST_CASE("CLI: credit takes euros with a decimal point and shows the ledger", "[cli][credit]")
{
    TempDatabase temp;
    const CliResult comma
        = runCli(temp, {QStringLiteral("credit"), QStringLiteral("add"), QStringLiteral("12,50")});
    CHECK(comma.code == CommandLineTool::Failure);
    CHECK(comma.err.contains(QStringLiteral("decimal point")));
    run(temp, {QStringLiteral("credit"), QStringLiteral("add"), QStringLiteral("12.50")});
    const CliResult shown = runCli(temp,
                                   {QStringLiteral("credit"), QStringLiteral("show"),
                                    QStringLiteral("--ledger"), QStringLiteral("--json")});
    REQUIRE(shown.code == CommandLineTool::Success);
    const QJsonObject credit = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    CHECK(credit.value(QStringLiteral("balanceCents")).toInt() == 1250);
    CHECK(credit.value(QStringLiteral("ledger")).toArray().size() == 1);
}

TEST_CASE("CLI: bad usage exits 2 and names what is missing", "[cli][numbers]")
{
    TempDatabase temp;
    const CliResult missing = runCli(temp,
                                     {QStringLiteral("number"), QStringLiteral("assign"),
                                      QStringLiteral("--to"), QStringLiteral("jan.devries")});
    CHECK(missing.code == CommandLineTool::Usage);
    CHECK(missing.err.contains(QStringLiteral("--country")));
    const CliResult period = runCli(
        temp,
        assignArguments(QStringLiteral("x")).replaceInStrings(QStringLiteral("3"), QStringLiteral("2")));
    CHECK(period.code == CommandLineTool::Usage);
    const CliResult state = runCli(temp,
                                   {QStringLiteral("number"), QStringLiteral("list"),
                                    QStringLiteral("--state"), QStringLiteral("sleeping")});
    CHECK(state.code == CommandLineTool::Usage);
    const CliResult lang
        = runCli(temp, {QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("process")});
    CHECK(lang.code == CommandLineTool::Usage);
}

TEST_CASE("CLI: number assign --to-file buys for more members than a command line holds", "[cli][numbers]")
{
    TempDatabase temp;
    setUp(temp);
    // 2,000 members, imported in one go; their names would not fit on a Windows command line.
    QByteArray members = "account;display name;e-mail;country;city\n";
    QByteArray names = "# the sales team\n";
    for (int i = 1; i <= 2000; ++i) {
        const QByteArray account = "sales." + QByteArray::number(i);
        members += account + ";Sales " + QByteArray::number(i) + ";" + account + "@example.nl;NL;Amsterdam\n";
        names += account + "\r\n";
    }
    names += "\n";
    const QString membersFile = temp.dir() + QStringLiteral("/members.csv");
    const QString namesFile = temp.dir() + QStringLiteral("/names.txt");
    for (const auto& [path, bytes] : {std::pair{membersFile, members}, std::pair{namesFile, names}}) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    run(temp, {QStringLiteral("member"), QStringLiteral("import"), membersFile});
    run(temp, {QStringLiteral("credit"), QStringLiteral("add"), QStringLiteral("20000")});

    QStringList arguments = assignArguments(QString());
    arguments.replace(arguments.indexOf(QStringLiteral("--to")), QStringLiteral("--to-file"));
    arguments.replace(arguments.indexOf(QString()), namesFile);
    const CliResult bought = runCli(temp, arguments + QStringList{QStringLiteral("--accept-terms")});
    INFO(bought.err.toStdString());
    REQUIRE(bought.code == CommandLineTool::Success);
    CHECK(bought.out.count(QStringLiteral("Bought +31 20 ")) == 2000);
    CHECK(numbers(temp).size() == 2000);

    SECTION("a file naming someone unknown buys nothing, and says which name")
    {
        QFile file(namesFile);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("jan.devries\nnobody.here\n");
        file.close();
        const CliResult refused = runCli(temp, arguments + QStringList{QStringLiteral("--accept-terms")});
        CHECK(refused.code == CommandLineTool::Failure);
        CHECK(refused.err.contains(QStringLiteral("nobody.here")));
        CHECK(numbers(temp).size() == 2000);
    }
    SECTION("--to and --to-file together are a usage error")
    {
        const CliResult both
            = runCli(temp, arguments + QStringList{QStringLiteral("--to"), QStringLiteral("jan.devries")});
        CHECK(both.code == CommandLineTool::Usage);
        CHECK(both.err.contains(QStringLiteral("this command needs --to or --to-file (one of them).")));
    }
}

TEST_CASE("CLI: number list --json and history --json are written row by row, as one JSON array",
          "[cli][numbers]")
{
    TempDatabase temp;
    const CliResult empty
        = runCli(temp, {QStringLiteral("number"), QStringLiteral("list"), QStringLiteral("--json")});
    CHECK(empty.code == CommandLineTool::Success);
    CHECK(empty.out == QStringLiteral("[\n]\n"));

    setUp(temp);
    run(temp,
        assignArguments(QStringLiteral("jan.devries,emma.smith"))
            + QStringList{QStringLiteral("--accept-terms")});
    const QJsonArray listed = numbers(temp);
    REQUIRE(listed.size() == 2);
    CHECK(listed.at(0).toObject().value(QStringLiteral("assigneeName")).toString()
          == QStringLiteral("jan.devries"));
    CHECK(listed.at(1).toObject().value(QStringLiteral("assigneeName")).toString()
          == QStringLiteral("emma.smith"));

    const CliResult history = runCli(temp,
                                     {QStringLiteral("history"), QStringLiteral("--json"),
                                      QStringLiteral("--limit"), QStringLiteral("3")});
    CHECK(history.code == CommandLineTool::Success);
    QJsonParseError error;
    const QJsonArray entries = QJsonDocument::fromJson(history.out.toUtf8(), &error).array();
    CHECK(error.error == QJsonParseError::NoError);
    REQUIRE(entries.size() == 3);
    CHECK(entries.at(0).toObject().value(QStringLiteral("action")).toString()
          == QStringLiteral("number.buy"));
    CHECK(history.out.startsWith(QStringLiteral("[\n    {\n        \"action\": \"number.buy\",\n")));
    CHECK(history.out.endsWith(QStringLiteral("\n    }\n]\n")));
}
