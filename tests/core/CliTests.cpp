#include "TestSupport.h"
#include "Translations.h"
#include "cli/CommandLineTool.h"
#include "members/MemberService.h"
#include "sip/SipProfileService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

using namespace nm;
using namespace nm::test;

namespace {

QStringList memberAdd(const QString& account, const QString& displayName = QStringLiteral("Jan de Vries"))
{
    return {QStringLiteral("member"),
            QStringLiteral("add"),
            account,
            QStringLiteral("--display-name"),
            displayName,
            QStringLiteral("--email"),
            QStringLiteral("jan@example.nl"),
            QStringLiteral("--country"),
            QStringLiteral("nl"),
            QStringLiteral("--city"),
            QStringLiteral("Rotterdam")};
}

QJsonArray jsonList(TempDatabase& temp, const QString& group)
{
    const CliResult listed = runCli(temp, {group, QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(listed.code == CommandLineTool::Success);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(listed.out.toUtf8(), &error);
    INFO(listed.out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isArray());
    return document.array();
}

} // namespace

TEST_CASE("cli: member add, then member list --json shows the member with every field", "[cli][members]")
{
    TempDatabase temp;
    const CliResult added = runCli(temp, memberAdd(QStringLiteral("jan.devries")));
    INFO(added.err.toStdString());
    REQUIRE(added.code == CommandLineTool::Success);
    CHECK(added.out.contains(QStringLiteral("jan.devries")));
    CHECK(added.err.isEmpty());

    const QJsonArray members = jsonList(temp, QStringLiteral("member"));
    REQUIRE(members.size() == 1);
    CHECK(members.at(0).toObject()
          == QJsonObject{{QStringLiteral("accountName"), QStringLiteral("jan.devries")},
                         {QStringLiteral("displayName"), QStringLiteral("Jan de Vries")},
                         {QStringLiteral("email"), QStringLiteral("jan@example.nl")},
                         {QStringLiteral("country"), QStringLiteral("NL")},
                         {QStringLiteral("city"), QStringLiteral("Rotterdam")},
                         {QStringLiteral("status"), QStringLiteral("active")},
                         {QStringLiteral("version"), 1}});
}

TEST_CASE("cli: member add with a bad e-mail exits 1, names the e-mail address and adds nothing",
          "[cli][members]")
{
    TempDatabase temp;
    QStringList arguments = memberAdd(QStringLiteral("jan.devries"));
    arguments[arguments.indexOf(QStringLiteral("jan@example.nl"))] = QStringLiteral("jan@");
    const QString before = dumpDatabase(temp.database().connection());

    const CliResult result = runCli(temp, arguments);
    CHECK(result.code == CommandLineTool::Failure);
    CHECK(result.err.startsWith(QStringLiteral("error: ")));
    CHECK(result.err.contains(QStringLiteral("e-mail address \"jan@\"")));
    CHECK(result.out.isEmpty());
    CHECK(dumpDatabase(temp.database().connection()) == before);
}

TEST_CASE("cli: member add without --email exits 2 and names the missing option", "[cli][members]")
{
    TempDatabase temp;
    const CliResult result
        = runCli(temp,
                 {QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("jan.devries"),
                  QStringLiteral("--display-name"), QStringLiteral("Jan"), QStringLiteral("--country"),
                  QStringLiteral("NL")});
    CHECK(result.code == CommandLineTool::Usage);
    CHECK(result.err.contains(QStringLiteral("--email")));
    CHECK_FALSE(result.err.contains(QStringLiteral("--country")));
    CHECK(temp.scalar(QStringLiteral("SELECT count(*) FROM members")).toInt() == 0);
}

TEST_CASE("cli: member add without an account name or with two exits 2", "[cli][members]")
{
    TempDatabase temp;
    QStringList none = memberAdd(QStringLiteral("jan.devries"));
    none.removeAt(2);
    const CliResult missing = runCli(temp, none);
    CHECK(missing.code == CommandLineTool::Usage);
    CHECK(missing.err.contains(QStringLiteral("ACCOUNT")));

    QStringList two = memberAdd(QStringLiteral("jan.devries"));
    two.insert(3, QStringLiteral("piet.jansen"));
    const CliResult extra = runCli(temp, two);
    CHECK(extra.code == CommandLineTool::Usage);
    CHECK(extra.err.contains(QStringLiteral("piet.jansen")));
    CHECK(temp.scalar(QStringLiteral("SELECT count(*) FROM members")).toInt() == 0);
}

TEST_CASE("cli: member edit changes only the options given", "[cli][members]")
{
    TempDatabase temp;
    REQUIRE(runCli(temp, memberAdd(QStringLiteral("jan.devries"))).code == CommandLineTool::Success);

    const CliResult edited
        = runCli(temp,
                 {QStringLiteral("member"), QStringLiteral("edit"), QStringLiteral("JAN.DEVRIES"),
                  QStringLiteral("--city"), QStringLiteral("Delft")});
    INFO(edited.err.toStdString());
    REQUIRE(edited.code == CommandLineTool::Success);
    CHECK(edited.out.contains(QStringLiteral("jan.devries")));

    auto member = MemberService(temp.context()).findByAccountName(QStringLiteral("jan.devries"));
    REQUIRE(member);
    CHECK(member->city == QStringLiteral("Delft"));
    CHECK(member->email == QStringLiteral("jan@example.nl"));
    CHECK(member->displayName == QStringLiteral("Jan de Vries"));
}

TEST_CASE("cli: member edit without any option exits 2, of an unknown member exits 1 naming it",
          "[cli][members]")
{
    TempDatabase temp;
    REQUIRE(runCli(temp, memberAdd(QStringLiteral("jan.devries"))).code == CommandLineTool::Success);
    const QString before = dumpDatabase(temp.database().connection());

    const CliResult nothing
        = runCli(temp, {QStringLiteral("member"), QStringLiteral("edit"), QStringLiteral("jan.devries")});
    CHECK(nothing.code == CommandLineTool::Usage);
    CHECK(nothing.err.contains(QStringLiteral("--display-name")));

    const CliResult unknown
        = runCli(temp,
                 {QStringLiteral("member"), QStringLiteral("edit"), QStringLiteral("piet.jansen"),
                  QStringLiteral("--city"), QStringLiteral("Delft")});
    CHECK(unknown.code == CommandLineTool::Failure);
    CHECK(unknown.err.contains(QStringLiteral("\"piet.jansen\"")));
    CHECK(dumpDatabase(temp.database().connection()) == before);
}

TEST_CASE("cli: member remove removes the member, removing it again exits 1", "[cli][members]")
{
    TempDatabase temp;
    REQUIRE(runCli(temp, memberAdd(QStringLiteral("jan.devries"))).code == CommandLineTool::Success);

    const QStringList remove{QStringLiteral("member"), QStringLiteral("remove"),
                             QStringLiteral("Jan.DeVries")};
    const CliResult removed = runCli(temp, remove);
    REQUIRE(removed.code == CommandLineTool::Success);
    CHECK(removed.out.contains(QStringLiteral("jan.devries")));
    CHECK(jsonList(temp, QStringLiteral("member")).isEmpty());
    CHECK(temp.scalar(QStringLiteral("SELECT status FROM members")).toString() == QStringLiteral("removed"));

    const CliResult again = runCli(temp, remove);
    CHECK(again.code == CommandLineTool::Failure);
    CHECK(again.err.contains(QStringLiteral("Jan.DeVries")));

    const CliResult all = runCli(temp,
                                 {QStringLiteral("member"), QStringLiteral("list"), QStringLiteral("--all"),
                                  QStringLiteral("--json")});
    REQUIRE(all.code == CommandLineTool::Success);
    const QJsonArray everyone = QJsonDocument::fromJson(all.out.toUtf8()).array();
    REQUIRE(everyone.size() == 1);
    CHECK(everyone.at(0).toObject().value(QStringLiteral("status")).toString() == QStringLiteral("removed"));
}

TEST_CASE("cli: member list prints aligned columns under a header", "[cli][members]")
{
    TempDatabase temp;
    REQUIRE(runCli(temp, memberAdd(QStringLiteral("piet.jansen"), QStringLiteral("Piet"))).code == 0);
    REQUIRE(
        runCli(temp,
               memberAdd(QStringLiteral("alexandra.van.der.berg"), QStringLiteral("Alexandra van der Berg")))
            .code
        == 0);

    const CliResult listed = runCli(temp, {QStringLiteral("member"), QStringLiteral("list")});
    REQUIRE(listed.code == CommandLineTool::Success);
    const QStringList lines = listed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].startsWith(QStringLiteral("ACCOUNT")));
    CHECK(lines[1].startsWith(QStringLiteral("alexandra.van.der.berg")));
    CHECK(lines[2].startsWith(QStringLiteral("piet.jansen")));
    // Every column starts at the same position on every line.
    const qsizetype emailColumn = lines[0].indexOf(QStringLiteral("E-MAIL"));
    const qsizetype countryColumn = lines[0].indexOf(QStringLiteral("COUNTRY"));
    REQUIRE(emailColumn > 0);
    for (const QString& line : lines.mid(1)) {
        CHECK(line.indexOf(QStringLiteral("jan@example.nl")) == emailColumn);
        CHECK(line.indexOf(QStringLiteral("NL")) == countryColumn);
    }

    TempDatabase empty;
    const CliResult none = runCli(empty, {QStringLiteral("member"), QStringLiteral("list")});
    CHECK(none.code == CommandLineTool::Success);
    CHECK(none.out.contains(QStringLiteral("No members")));
}

TEST_CASE("cli: hostile display names round-trip exactly through member add and member list --json",
          "[cli][members][hostile]")
{
    TempDatabase temp;
    const QStringList names{QStringLiteral("O'Brien \"quoted\""),
                            QStringLiteral("'; DROP TABLE members; --"),
                            QStringLiteral("👩‍💻 Zoë"),
                            QStringLiteral("مريم"),
                            QStringLiteral("שלום"),
                            QStringLiteral("--city")};
    QStringList accounts;
    for (int i = 0; i < names.size(); ++i) {
        accounts << QStringLiteral("member%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        const CliResult added = runCli(temp, memberAdd(accounts.last(), names[i]));
        INFO(added.err.toStdString());
        REQUIRE(added.code == CommandLineTool::Success);
    }
    const QJsonArray members = jsonList(temp, QStringLiteral("member"));
    REQUIRE(members.size() == names.size());
    for (int i = 0; i < names.size(); ++i) {
        CHECK(members.at(i).toObject().value(QStringLiteral("accountName")).toString() == accounts[i]);
        CHECK(members.at(i).toObject().value(QStringLiteral("displayName")).toString() == names[i]);
    }
}

TEST_CASE("cli: --help on every member and sip command exits 0 and lists its options", "[cli]")
{
    TempDatabase temp;
    const QStringList expected{
        QStringLiteral("member add"),    QStringLiteral("member edit"), QStringLiteral("member export"),
        QStringLiteral("member import"), QStringLiteral("member list"), QStringLiteral("member remove"),
        QStringLiteral("sip add"),       QStringLiteral("sip edit"),    QStringLiteral("sip export"),
        QStringLiteral("sip import"),    QStringLiteral("sip list"),    QStringLiteral("sip remove")};
    QStringList offered;
    for (const Command& command : CommandLineTool::commands())
        if (command.group == QLatin1String("member") || command.group == QLatin1String("sip"))
            offered << command.group + QLatin1Char(' ') + command.name;
    offered.sort();
    CHECK(offered == expected);

    int helped = 0;
    for (const QString& command : expected) {
        INFO(command.toStdString());
        const QStringList words = command.split(QLatin1Char(' '));
        const CliResult help = runCli(temp, {words[0], words[1], QStringLiteral("--help")});
        CHECK(help.code == CommandLineTool::Success);
        CHECK(help.out.contains(command));
        CHECK(help.out.contains(QStringLiteral("--help")));
        if (words[1] == QLatin1String("add") || words[1] == QLatin1String("edit"))
            CHECK(help.out.contains(words[0] == QLatin1String("member") ? QStringLiteral("--email")
                                                                        : QStringLiteral("--channels")));
        CHECK(help.err.isEmpty());
        ++helped;
    }
    CHECK(helped == 12);
}

TEST_CASE("cli: --version prints the version, and help names the program without its folder", "[cli]")
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    CHECK(CommandLineTool::run({QStringLiteral("/usr/bin/numbermanager-cli"), QStringLiteral("--version")},
                               outStream, errStream)
          == CommandLineTool::Success);
    outStream.flush();
    CHECK(
        QRegularExpression(QStringLiteral("^numbermanager-cli \\d+\\.\\d+\\.\\d+\n$")).match(out).hasMatch());
    CHECK(err.isEmpty());

    out.clear();
    CHECK(CommandLineTool::run({QStringLiteral("C:/Program Files/Number Manager/bin/numbermanager-cli.exe"),
                                QStringLiteral("--help")},
                               outStream, errStream)
          == CommandLineTool::Success);
    outStream.flush();
    CHECK(out.startsWith(QStringLiteral("Usage: numbermanager-cli [--database PATH] COMMAND [OPTIONS]\n")));
    CHECK(out.contains(QStringLiteral("--version")));
}

TEST_CASE("cli: sip add, list, edit and remove manage a SIP profile", "[cli][sip]")
{
    TempDatabase temp;
    const CliResult added = runCli(temp,
                                   {QStringLiteral("sip"), QStringLiteral("add"), QStringLiteral("pbx-main"),
                                    QStringLiteral("--name"), QStringLiteral("مكتب 👩‍💻 'HQ'"),
                                    QStringLiteral("--channels"), QStringLiteral("30"),
                                    QStringLiteral("--country"), QStringLiteral("de")});
    INFO(added.err.toStdString());
    REQUIRE(added.code == CommandLineTool::Success);
    CHECK(added.out.contains(QStringLiteral("pbx-main")));

    QJsonArray profiles = jsonList(temp, QStringLiteral("sip"));
    REQUIRE(profiles.size() == 1);
    CHECK(profiles.at(0).toObject()
          == QJsonObject{{QStringLiteral("profileId"), QStringLiteral("pbx-main")},
                         {QStringLiteral("name"), QStringLiteral("مكتب 👩‍💻 'HQ'")},
                         {QStringLiteral("channels"), 30},
                         {QStringLiteral("country"), QStringLiteral("DE")},
                         {QStringLiteral("status"), QStringLiteral("active")}});

    const CliResult edited
        = runCli(temp,
                 {QStringLiteral("sip"), QStringLiteral("edit"), QStringLiteral("PBX-MAIN"),
                  QStringLiteral("--channels"), QStringLiteral("300")});
    REQUIRE(edited.code == CommandLineTool::Success);
    profiles = jsonList(temp, QStringLiteral("sip"));
    REQUIRE(profiles.size() == 1);
    CHECK(profiles.at(0).toObject().value(QStringLiteral("channels")).toInt() == 300);
    CHECK(profiles.at(0).toObject().value(QStringLiteral("name")).toString()
          == QStringLiteral("مكتب 👩‍💻 'HQ'"));

    const CliResult text = runCli(temp, {QStringLiteral("sip"), QStringLiteral("list")});
    REQUIRE(text.code == CommandLineTool::Success);
    CHECK(text.out.startsWith(QStringLiteral("PROFILE ID")));
    CHECK(text.out.contains(QStringLiteral("pbx-main")));

    const CliResult removed
        = runCli(temp, {QStringLiteral("sip"), QStringLiteral("remove"), QStringLiteral("pbx-main")});
    REQUIRE(removed.code == CommandLineTool::Success);
    CHECK(jsonList(temp, QStringLiteral("sip")).isEmpty());
    CHECK(runCli(temp, {QStringLiteral("sip"), QStringLiteral("remove"), QStringLiteral("pbx-main")}).code
          == CommandLineTool::Failure);
}

TEST_CASE("cli: sip add refuses bad channel counts: out of range exits 1, not a number exits 2", "[cli][sip]")
{
    TempDatabase temp;
    const auto sipAdd = [&temp](const QString& channels) {
        return runCli(temp,
                      {QStringLiteral("sip"), QStringLiteral("add"), QStringLiteral("pbx-main"),
                       QStringLiteral("--name"), QStringLiteral("Main"), QStringLiteral("--channels"),
                       channels, QStringLiteral("--country"), QStringLiteral("NL")});
    };
    const CliResult zero = sipAdd(QStringLiteral("0"));
    CHECK(zero.code == CommandLineTool::Failure);
    CHECK(zero.err.contains(QStringLiteral("channels")));
    const CliResult tooMany = sipAdd(QStringLiteral("301"));
    CHECK(tooMany.code == CommandLineTool::Failure);
    const CliResult words = sipAdd(QStringLiteral("thirty"));
    CHECK(words.code == CommandLineTool::Usage);
    CHECK(words.err.contains(QStringLiteral("--channels")));
    CHECK(temp.scalar(QStringLiteral("SELECT count(*) FROM sip_profiles")).toInt() == 0);
}

TEST_CASE("cli: sip add without --channels exits 2 naming it, sip edit without options exits 2", "[cli][sip]")
{
    TempDatabase temp;
    const CliResult missing = runCli(
        temp,
        {QStringLiteral("sip"), QStringLiteral("add"), QStringLiteral("pbx-main"), QStringLiteral("--name"),
         QStringLiteral("Main"), QStringLiteral("--country"), QStringLiteral("NL")});
    CHECK(missing.code == CommandLineTool::Usage);
    CHECK(missing.err.contains(QStringLiteral("--channels")));

    const CliResult nothing
        = runCli(temp, {QStringLiteral("sip"), QStringLiteral("edit"), QStringLiteral("pbx-main")});
    CHECK(nothing.code == CommandLineTool::Usage);
    CHECK(temp.scalar(QStringLiteral("SELECT count(*) FROM sip_profiles")).toInt() == 0);
}

TEST_CASE("cli: a duplicate SIP profile id exits 1 and says it is in use", "[cli][sip]")
{
    TempDatabase temp;
    const QStringList add{QStringLiteral("sip"),    QStringLiteral("add"),       QStringLiteral("pbx-main"),
                          QStringLiteral("--name"), QStringLiteral("Main"),      QStringLiteral("--channels"),
                          QStringLiteral("4"),      QStringLiteral("--country"), QStringLiteral("NL")};
    REQUIRE(runCli(temp, add).code == CommandLineTool::Success);
    QStringList again = add;
    again[2] = QStringLiteral("PBX-Main");
    const CliResult duplicate = runCli(temp, again);
    CHECK(duplicate.code == CommandLineTool::Failure);
    CHECK(duplicate.err.contains(QStringLiteral("already in use")));
}

TEST_CASE("cli: a name that ends in a full stop ends the sentence with that one full stop", "[cli]")
{
    LanguageGuard guard;
    TempDatabase temp;
    const CliResult renamed = runCli(
        temp, {QStringLiteral("organisation"), QStringLiteral("rename"), QStringLiteral("Groot B.V.")});
    CHECK(renamed.code == CommandLineTool::Success);
    CHECK(renamed.out == QStringLiteral("The organisation is now called Groot B.V.\n"));
    const CliResult plain = runCli(
        temp, {QStringLiteral("organisation"), QStringLiteral("rename"), QStringLiteral("Groot BV")});
    CHECK(plain.out == QStringLiteral("The organisation is now called Groot BV.\n"));
    const CliResult dutch
        = runCli(temp,
                 {QStringLiteral("--lang"), QStringLiteral("nl"), QStringLiteral("organisation"),
                  QStringLiteral("rename"), QStringLiteral("Klein B.V.")});
    CHECK(dutch.out == QStringLiteral("De organisatie heet nu Klein B.V.\n"));
}
