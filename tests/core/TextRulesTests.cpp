#include "JsonText.h"
#include "TestOrganisation.h"
#include "TestSupport.h"
#include "Translations.h"
#include "Validation.h"
#include "numbers/Assignee.h"
#include "queries/MemberQuery.h"
#include "queries/SipProfileQuery.h"
#include "storage/AuditLog.h"
#include "storage/Dialect.h"

#include <QSqlQuery>

using namespace nm;
using namespace nm::test;

namespace { } // namespace

TEST_CASE("History values are written as JSON with quotes, backslashes and tabs escaped", "[text][history]")
{
    JsonObjectText object;
    object.add(QLatin1String("count"), 3);
    object.add(QLatin1String("name"), QStringLiteral("Zo\u00eb \"Z\" \\ \t"));
    object.add(QLatin1String("on"), false);
    CHECK(object.text() == QStringLiteral(R"({"count":3,"name":"Zoë \"Z\" \\ \t","on":false})"));
    CHECK(object.strings() == QStringList{QStringLiteral("Zo\u00eb \"Z\" \\ \t")});
    CHECK(JsonObjectText().text() == QStringLiteral("{}"));
}

TEST_CASE("Names match Unicode case-insensitively everywhere: ZOË VISSER is Zoë Visser", "[text][unicode]")
{
    TestOrganisation org;
    org.addMember(QStringLiteral("zoe.visser"), QStringLiteral("Zoë Visser"), QStringLiteral("NL"),
                  QStringLiteral("Zaandam"));
    AssigneeResolver resolver(org.temp.database().connection());

    auto resolved = resolver.resolve(QStringLiteral("ZOË VISSER"));
    REQUIRE(resolved);
    CHECK(resolved->key == QStringLiteral("zoe.visser"));
    auto completion = resolver.search(QStringLiteral("ZOË"), 10);
    REQUIRE(completion);
    REQUIRE(completion->size() == 1);
    CHECK(completion->front().key == QStringLiteral("zoe.visser"));

    MemberFilter filter;
    filter.text = QStringLiteral("ZOË");
    auto members = MemberService(org.context()).list(filter);
    REQUIRE(members);
    REQUIRE(members->size() == 1);
    CHECK(members->front().displayName == QStringLiteral("Zoë Visser"));

    const NumberRecord number = org.buyOne(QStringLiteral("zoe.visser"));
    CHECK(org.numbers().reassign(number.e164, QStringLiteral("EMMA SMITH")));
    CHECK(org.numbers().reassign(number.e164, QStringLiteral("zoë visser")));
    NumberFilter numbers;
    numbers.text = QStringLiteral("VISSER");
    auto found = org.numbers().list(numbers);
    REQUIRE(found);
    CHECK(found->size() == 1);

    AuditLog::Filter history;
    history.text = QStringLiteral("ZOË");
    auto entries = AuditLog::list(org.temp.database().connection(), history);
    REQUIRE(entries);
    CHECK(entries->size() >= 1);
    CHECK(entries->back().action == QStringLiteral("member.add"));

    const CliResult cli = runCli(org.temp,
                                 {QStringLiteral("number"), QStringLiteral("reassign"), number.e164,
                                  QStringLiteral("--to"), QStringLiteral("PIETER JANSEN")});
    CHECK(cli.code == 0);
}

TEST_CASE("Names are stored trimmed and found by what they say", "[text]")
{
    TestOrganisation org;
    MemberInput input{QStringLiteral("carol.two"), QStringLiteral("  Carol Two  "),
                      QStringLiteral(" carol@example.com "), QStringLiteral(" nl "),
                      QStringLiteral("\u200bUtrecht ")};
    auto added = MemberService(org.context()).add(input);
    REQUIRE(added);
    CHECK(added->displayName == QStringLiteral("Carol Two"));
    CHECK(added->email == QStringLiteral("carol@example.com"));
    CHECK(added->city == QStringLiteral("Utrecht"));
    CHECK(org.temp.scalar(QStringLiteral("SELECT display_name FROM members WHERE account_name = 'carol.two'"))
              .toString()
          == QStringLiteral("Carol Two"));
    auto resolved = AssigneeResolver(org.temp.database().connection()).resolve(QStringLiteral("Carol Two"));
    REQUIRE(resolved);
    CHECK(resolved->key == QStringLiteral("carol.two"));

    SipProfileInput sip{QStringLiteral("pbx-two"), QStringLiteral("\u200b"), 2, QStringLiteral("NL")};
    auto refused = SipProfileService(org.context()).add(sip);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == QStringLiteral("name"));
}

TEST_CASE("An organisation name of only a right-to-left override is refused", "[text][organisation]")
{
    TempDatabase temp;
    const QString before = dumpDatabase(temp.database().connection());
    auto created = OrganisationService(temp.context()).create(QStringLiteral("\u202e"));
    REQUIRE_FALSE(created);
    CHECK(created.error().field == QStringLiteral("name"));
    CHECK(created.error().message.contains(QStringLiteral("no visible character")));
    CHECK(dumpDatabase(temp.database().connection()) == before);
    auto trimmed = OrganisationService(temp.context()).create(QStringLiteral("  Acme BV  "));
    REQUIRE(trimmed);
    CHECK(trimmed->name == QStringLiteral("Acme BV"));
}

TEST_CASE("Invalid UTF-8 on the command line is refused naming the field, not silently replaced",
          "[text][cli]")
{
    TempDatabase temp;
    // What QCoreApplication::arguments() makes of the bytes "Jan \xff Vries" under a UTF-8 locale.
    const QString garbled = QString::fromUtf8("Jan \xff Vries");
    const QString before = dumpDatabase(temp.database().connection());
    const CliResult cli
        = runCli(temp,
                 {QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("jan.devries"),
                  QStringLiteral("--display-name"), garbled, QStringLiteral("--email"),
                  QStringLiteral("jan@example.nl"), QStringLiteral("--country"), QStringLiteral("NL")});
    CHECK(cli.code == 1);
    CHECK(cli.err.contains(
        QStringLiteral("Display name: the text contains characters that could not be read")));
    CHECK(dumpDatabase(temp.database().connection()) == before);
}

TEST_CASE("Ledger lines are stored as data and shown in the reader's language", "[text][i18n][credit]")
{
    LanguageGuard guard;
    TestOrganisation org;
    org.buyOne(QStringLiteral("jan.devries"));
    const CliResult english
        = runCli(org.temp, {QStringLiteral("credit"), QStringLiteral("show"), QStringLiteral("--ledger")});
    CHECK(english.out.contains(
        QStringLiteral("1 number in Netherlands, area code 20 (Amsterdam), billed every month")));
    CHECK(english.out.contains(QStringLiteral("Credit top-up")));
    const CliResult dutch = runCli(org.temp,
                                   {QStringLiteral("--lang"), QStringLiteral("nl"), QStringLiteral("credit"),
                                    QStringLiteral("show"), QStringLiteral("--ledger")});
    CHECK(dutch.out.contains(
        QStringLiteral("1 nummer in Nederland, netnummer 20 (Amsterdam), elke maand gefactureerd")));
    CHECK(dutch.out.contains(QStringLiteral("Opwaardering van tegoed")));
    CHECK_FALSE(dutch.out.contains(QStringLiteral("Netherlands")));
    CHECK(dutch.out.contains(QStringLiteral("€\u00a01.000,00")));
}

TEST_CASE("Search keys fold case and compatibility forms, in ASCII and beyond", "[text][unicode]")
{
    CHECK(Validation::searchKey(QStringLiteral("Member-0042 ABC +31 20"))
          == QStringLiteral("member-0042 abc +31 20"));
    CHECK(Validation::searchKey(QStringLiteral("2026-12-26T09:00:00Z"))
          == QStringLiteral("2026-12-26t09:00:00z"));
    CHECK(Validation::searchKey(QStringLiteral("ZOË VISSER")) == QStringLiteral("zoë visser"));
    CHECK(Validation::searchKey(QStringLiteral("ÅNGSTRÖM")) == QStringLiteral("ångström"));
    CHECK(Validation::searchKey(QStringLiteral("ﬁle №1")) == QStringLiteral("file no1"));
    CHECK(Validation::searchKey(QString()).isEmpty());
}

TEST_CASE("Sort keys order names as a person does: digits as numbers, case and accents aside",
          "[text][unicode][sort]")
{
    CHECK(Validation::sortKey(QStringLiteral("Member 1243")) == QStringLiteral("member 041243"));
    CHECK(Validation::sortKey(QStringLiteral("Member 10043")) == QStringLiteral("member 0510043"));
    CHECK(Validation::sortKey(QStringLiteral("Desk 007b")) == QStringLiteral("desk 017b"));
    CHECK(Validation::sortKey(QStringLiteral("Émile ÅNGSTRÖM")) == QStringLiteral("emile angstrom"));
    CHECK(Validation::sortKey(QString()).isEmpty());
}

TEST_CASE("The member and SIP profile lists sort names naturally on either engine", "[text][sort]")
{
    TempDatabase temp;
    REQUIRE(OrganisationService(temp.context()).create(QStringLiteral("Acme")));
    MemberService members(temp.context());
    const std::pair<const char*, const char*> people[] = {
        {"member10043", "Member 10043"}, {"member1243", "Member 1243"}, {"emile.b", "émile Bakker"},
        {"frank.d", "Frank de Wit"},     {"emile.a", "Emile Aalders"},  {"member0002", "member 2"},
    };
    for (const auto& [account, name] : people)
        REQUIRE(members.add({QString::fromUtf8(account), QString::fromUtf8(name),
                             QString::fromUtf8(account) + QStringLiteral("@example.nl"), QStringLiteral("NL"),
                             QStringLiteral("Utrecht")}));
    MemberQuery query(temp.database().connection());
    query.setOrder(MemberQuery::DisplayName, ListQuery::Order::Ascending);
    auto rows = query.allRows();
    REQUIRE(rows);
    QStringList names;
    for (const QVariantList& row : *rows)
        names << row.value(MemberQuery::DisplayNameValue).toString();
    CHECK(names
          == QStringList{QStringLiteral("Emile Aalders"), QStringLiteral("émile Bakker"),
                         QStringLiteral("Frank de Wit"), QStringLiteral("member 2"),
                         QStringLiteral("Member 1243"), QStringLiteral("Member 10043")});

    query.setOrder(MemberQuery::AccountName, ListQuery::Order::Descending);
    rows = query.allRows();
    REQUIRE(rows);
    QStringList accounts;
    for (const QVariantList& row : *rows)
        accounts << row.value(MemberQuery::AccountNameValue).toString();
    CHECK(accounts
          == QStringList{QStringLiteral("member10043"), QStringLiteral("member1243"),
                         QStringLiteral("member0002"), QStringLiteral("frank.d"), QStringLiteral("emile.b"),
                         QStringLiteral("emile.a")});

    SipProfileService profiles(temp.context());
    for (const char* id : {"desk-10", "desk-9", "Desk-100"})
        REQUIRE(profiles.add({QString::fromUtf8(id), QString::fromUtf8(id), 2, QStringLiteral("NL")}));
    SipProfileQuery sip(temp.database().connection());
    rows = sip.allRows();
    REQUIRE(rows);
    QStringList ids;
    for (const QVariantList& row : *rows)
        ids << row.value(SipProfileQuery::ProfileIdValue).toString();
    CHECK(ids
          == QStringList{QStringLiteral("desk-9"), QStringLiteral("desk-10"), QStringLiteral("Desk-100")});
}

TEST_CASE("The member list finds any part of an account name, name, e-mail address or city", "[text][search]")
{
    TestOrganisation org;
    const QSqlDatabase db = org.temp.database().connection();
    MemberQuery query(db);
    query.setOrder(MemberQuery::AccountName, ListQuery::Order::Ascending);
    auto accounts = [&query](const QString& text) {
        query.setText(text);
        const std::vector<QVariantList> rows = query.allRows().value();
        QStringList found;
        for (const QVariantList& row : rows)
            found << row.value(MemberQuery::AccountNameValue).toString();
        return found;
    };
    CHECK(accounts(QStringLiteral("OTTERD")) == QStringList{QStringLiteral("emma.smith")}); // Rotterdam
    CHECK(accounts(QStringLiteral("smith@")) == QStringList{QStringLiteral("emma.smith")});
    CHECK(accounts(QStringLiteral("ÜLLER")) == QStringList{QStringLiteral("lukas.mueller")});
    CHECK(accounts(QStringLiteral("rtin")) == QStringList{QStringLiteral("sophie.martin")});
    CHECK(accounts(QStringLiteral("@example.com"))
          == QStringList({QStringLiteral("emma.smith"), QStringLiteral("jan.devries"),
                          QStringLiteral("lukas.mueller"), QStringLiteral("pieter.jansen"),
                          QStringLiteral("sophie.martin")}));
    CHECK(accounts(QStringLiteral("nobody")).isEmpty());
    // One or two characters: Müller's name; De Vries and Paris.
    CHECK(accounts(QStringLiteral("Ü")) == QStringList{QStringLiteral("lukas.mueller")});
    CHECK(accounts(QStringLiteral("ri"))
          == QStringList({QStringLiteral("jan.devries"), QStringLiteral("sophie.martin")}));
    query.setText(QStringLiteral("jansen"));
    CHECK(query.count().value() == 1);
    if (dialect::engineOf(db) == Engine::Sqlite) {
        // Read through the search index, not by reading every member.
        CHECK(firstPagePlan(db, query).contains(QStringLiteral("members_contact_search VIRTUAL TABLE")));
        query.setText(QStringLiteral("ü"));
        CHECK(
            firstPagePlan(db, query).contains(QStringLiteral("members_contact_search_terms VIRTUAL TABLE")));
    }
}
