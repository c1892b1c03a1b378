#include "TestSupport.h"
#include "Validation.h"
#include "members/MemberService.h"
#include "storage/AuditLog.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace nm;
using namespace nm::test;

namespace {

MemberInput memberInput(const QString& accountName = QStringLiteral("jan.devries"))
{
    MemberInput input;
    input.accountName = accountName;
    input.displayName = QStringLiteral("Jan de Vries");
    input.email = QStringLiteral("jan@example.nl");
    input.country = QStringLiteral("NL");
    input.city = QStringLiteral("Rotterdam");
    return input;
}

QString dump(TempDatabase& temp)
{
    return dumpDatabase(temp.database().connection());
}

std::vector<AuditEntry> history(TempDatabase& temp)
{
    auto entries = AuditLog::list(temp.database().connection(), {});
    REQUIRE(entries);
    return entries.value();
}

QStringList accountNames(const std::vector<Member>& members)
{
    QStringList names;
    for (const Member& member : members)
        names << member.accountName;
    return names;
}

struct InvalidCase
{
    const char* description;
    void (*change)(MemberInput&);
    const char* field;
};

} // namespace

TEST_CASE("Adding a member stores every field as typed, the country in upper case", "[members]")
{
    TempDatabase temp;
    MemberService service(temp.context());
    MemberInput input = memberInput(QStringLiteral("Jan.DeVries"));
    input.country = QStringLiteral("nl");

    auto added = service.add(input);
    REQUIRE(added);
    CHECK(added->id > 0);
    CHECK(added->accountName == QStringLiteral("Jan.DeVries"));
    CHECK(added->country == QStringLiteral("NL"));
    CHECK(added->status == MemberStatus::Active);
    CHECK(added->createdAt == fixedStart());
    CHECK_FALSE(added->removedAt.isValid());

    auto found = service.findById(added->id);
    REQUIRE(found);
    CHECK(found->accountName == QStringLiteral("Jan.DeVries"));
    CHECK(found->displayName == QStringLiteral("Jan de Vries"));
    CHECK(found->email == QStringLiteral("jan@example.nl"));
    CHECK(found->country == QStringLiteral("NL"));
    CHECK(found->city == QStringLiteral("Rotterdam"));
    CHECK(found->createdAt == fixedStart());
    CHECK(found->isActive());
}

TEST_CASE("A member is found by account name in any case", "[members]")
{
    TempDatabase temp;
    MemberService service(temp.context());
    REQUIRE(service.add(memberInput(QStringLiteral("Jan.DeVries"))));

    for (const QString& typed :
         {QStringLiteral("jan.devries"), QStringLiteral("JAN.DEVRIES"), QStringLiteral("Jan.DeVries")}) {
        auto found = service.findByAccountName(typed);
        REQUIRE(found);
        CHECK(found->accountName == QStringLiteral("Jan.DeVries"));
    }
}

TEST_CASE("Finding an unknown account name is NotFound and names it", "[members]")
{
    TempDatabase temp;
    MemberService service(temp.context());
    REQUIRE(service.add(memberInput()));

    auto found = service.findByAccountName(QStringLiteral("piet.jansen"));
    REQUIRE_FALSE(found);
    CHECK(found.error().code == ErrorCode::NotFound);
    CHECK(found.error().field == QStringLiteral("account"));
    CHECK(found.error().message.contains(QStringLiteral("\"piet.jansen\"")));

    auto byId = service.findById(9999);
    REQUIRE_FALSE(byId);
    CHECK(byId.error().code == ErrorCode::NotFound);
}

TEST_CASE("A member added with an optional city left empty has no city", "[members]")
{
    TempDatabase temp;
    MemberService service(temp.context());
    MemberInput input = memberInput();
    input.city.clear();
    auto added = service.add(input);
    REQUIRE(added);
    CHECK(service.findByAccountName(input.accountName)->city.isEmpty());
}

TEST_CASE("Editing a member changes only the given fields", "[members]")
{
    TempDatabase temp;
    MemberService service(temp.context());
    REQUIRE(service.add(memberInput()));

    MemberEdit edit;
    edit.email = QStringLiteral("j.devries@example.com");
    edit.country = QStringLiteral("be");
    auto edited = service.edit(QStringLiteral("JAN.DEVRIES"), edit);
    REQUIRE(edited);
    CHECK(edited->email == QStringLiteral("j.devries@example.com"));
    CHECK(edited->country == QStringLiteral("BE"));

    auto found = service.findByAccountName(QStringLiteral("jan.devries"));
    REQUIRE(found);
    CHECK(found->accountName == QStringLiteral("jan.devries"));
    CHECK(found->displayName == QStringLiteral("Jan de Vries"));
    CHECK(found->email == QStringLiteral("j.devries@example.com"));
    CHECK(found->country == QStringLiteral("BE"));
    CHECK(found->city == QStringLiteral("Rotterdam"));
}

TEST_CASE("Editing a member's city to empty clears it", "[members]")
{
    TempDatabase temp;
    MemberService service(temp.context());
    REQUIRE(service.add(memberInput()));
    MemberEdit edit;
    edit.city = QString();
    REQUIRE(service.edit(QStringLiteral("jan.devries"), edit));
    CHECK(service.findByAccountName(QStringLiteral("jan.devries"))->city.isEmpty());
}

TEST_CASE("Editing a member to the values it already has writes nothing", "[members]")
{
    TempDatabase temp;
    MemberService service(temp.context());
    REQUIRE(service.add(memberInput()));
    const QString before = dump(temp);

    MemberEdit edit;
    edit.displayName = QStringLiteral("Jan de Vries");
    edit.country = QStringLiteral("nl"); // stored as NL: no change
    auto edited = service.edit(QStringLiteral("jan.devries"), edit);
    REQUIRE(edited);
    CHECK(edited->displayName == QStringLiteral("Jan de Vries"));
    CHECK(service.edit(QStringLiteral("jan.devries"), MemberEdit{}));
    CHECK(dump(temp) == before);
}

TEST_CASE("Editing an unknown member is NotFound and changes nothing", "[members]")
{
    TempDatabase temp;
    MemberService service(temp.context());
    REQUIRE(service.add(memberInput()));
    const QString before = dump(temp);

    MemberEdit edit;
    edit.city = QStringLiteral("Delft");
    auto edited = service.edit(QStringLiteral("piet.jansen"), edit);
    REQUIRE_FALSE(edited);
    CHECK(edited.error().code == ErrorCode::NotFound);
    CHECK(edited.error().field == QStringLiteral("account"));
    CHECK(edited.error().message.contains(QStringLiteral("piet.jansen")));
    CHECK(dump(temp) == before);
}

TEST_CASE("Removing a member marks it removed, keeps its record and hides it from find and list", "[members]")
{
    TempDatabase temp;
    MemberService service(temp.context());
    auto added = service.add(memberInput());
    REQUIRE(added);
    REQUIRE(service.add(memberInput(QStringLiteral("piet.jansen"))));
    temp.clock().advanceDays(2);

    auto removed = service.remove(QStringLiteral("Jan.DeVries"));
    REQUIRE(removed);
    CHECK(removed->status == MemberStatus::Removed);
    CHECK(removed->removedAt == fixedStart().addDays(2));

    auto found = service.findByAccountName(QStringLiteral("jan.devries"));
    REQUIRE_FALSE(found);
    CHECK(found.error().code == ErrorCode::NotFound);

    auto byId = service.findById(added->id);
    REQUIRE(byId);
    CHECK(byId->status == MemberStatus::Removed);
    CHECK(byId->removedAt == fixedStart().addDays(2));
    CHECK(byId->displayName == QStringLiteral("Jan de Vries"));

    auto active = service.list();
    REQUIRE(active);
    CHECK(accountNames(*active) == QStringList{QStringLiteral("piet.jansen")});
    CHECK(temp.scalar(QStringLiteral("SELECT count(*) FROM members")).toInt() == 2);
}

TEST_CASE("Removing an unknown or already removed member is NotFound and changes nothing", "[members]")
{
    TempDatabase temp;
    MemberService service(temp.context());
    REQUIRE(service.add(memberInput()));
    REQUIRE(service.remove(QStringLiteral("jan.devries")));
    const QString before = dump(temp);

    for (const QString& name : {QStringLiteral("jan.devries"), QStringLiteral("nobody.here")}) {
        auto removed = service.remove(name);
        REQUIRE_FALSE(removed);
        CHECK(removed.error().code == ErrorCode::NotFound);
        CHECK(removed.error().message.contains(name));
    }
    CHECK(dump(temp) == before);
}

TEST_CASE("A removed member's account name can be used again", "[members]")
{
    TempDatabase temp;
    MemberService service(temp.context());
    auto first = service.add(memberInput());
    REQUIRE(first);
    REQUIRE(service.remove(QStringLiteral("jan.devries")));

    MemberInput again = memberInput(QStringLiteral("JAN.devries"));
    again.displayName = QStringLiteral("Jan de Vries junior");
    auto second = service.add(again);
    REQUIRE(second);
    CHECK(second->id != first->id);
    auto found = service.findByAccountName(QStringLiteral("jan.devries"));
    REQUIRE(found);
    CHECK(found->id == second->id);
    CHECK(found->displayName == QStringLiteral("Jan de Vries junior"));

    MemberFilter all;
    all.includeRemoved = true;
    auto everyone = service.list(all);
    REQUIRE(everyone);
    REQUIRE(everyone->size() == 2);
}

TEST_CASE("A duplicate account name is refused in any case and changes nothing", "[members]")
{
    TempDatabase temp;
    MemberService service(temp.context());
    REQUIRE(service.add(memberInput(QStringLiteral("Jan.DeVries"))));
    const QString before = dump(temp);

    for (const QString& name :
         {QStringLiteral("Jan.DeVries"), QStringLiteral("jan.devries"), QStringLiteral("JAN.DEVRIES")}) {
        auto added = service.add(memberInput(name));
        REQUIRE_FALSE(added);
        CHECK(added.error().code == ErrorCode::Duplicate);
        CHECK(added.error().field == QStringLiteral("account"));
        CHECK(added.error().message.contains(name));
    }
    CHECK(dump(temp) == before);
}

TEST_CASE("The member list holds active members sorted by account name in any case", "[members]")
{
    TempDatabase temp;
    MemberService service(temp.context());
    for (const QString& name : {QStringLiteral("charlie1"), QStringLiteral("Alpha22"),
                                QStringLiteral("bravo333"), QStringLiteral("delta4444")})
        REQUIRE(service.add(memberInput(name)));
    REQUIRE(service.remove(QStringLiteral("delta4444")));

    auto members = service.list();
    REQUIRE(members);
    CHECK(accountNames(*members)
          == QStringList{QStringLiteral("Alpha22"), QStringLiteral("bravo333"), QStringLiteral("charlie1")});
}

TEST_CASE("The member list filter matches account, display name, e-mail and city in any case, beyond ASCII",
          "[members]")
{
    TempDatabase temp;
    MemberService service(temp.context());
    MemberInput zoe = memberInput(QStringLiteral("zoe.bakker"));
    zoe.displayName = QStringLiteral("Zoë Bakker");
    zoe.email = QStringLiteral("zb@firma.example");
    zoe.city = QStringLiteral("Den Haag");
    REQUIRE(service.add(zoe));
    REQUIRE(service.add(memberInput(QStringLiteral("jan.devries"))));

    const auto filtered = [&service](const QString& text) {
        MemberFilter filter;
        filter.text = text;
        auto members = service.list(filter);
        REQUIRE(members);
        return accountNames(*members);
    };
    const QStringList onlyZoe{QStringLiteral("zoe.bakker")};
    CHECK(filtered(QStringLiteral("ZOË")) == onlyZoe);
    CHECK(filtered(QStringLiteral("ZOE.B")) == onlyZoe);
    CHECK(filtered(QStringLiteral("FIRMA")) == onlyZoe);
    CHECK(filtered(QStringLiteral("haag")) == onlyZoe);
    CHECK(filtered(QStringLiteral("rotterdam")) == QStringList{QStringLiteral("jan.devries")});
    CHECK(filtered(QStringLiteral("nowhere")).isEmpty());
    CHECK(filtered(QString()).size() == 2);
}

TEST_CASE("Every invalid member field is refused with its field named, and nothing changes",
          "[members][validation]")
{
    static const InvalidCase cases[] = {
        {"empty account name", [](MemberInput& m) { m.accountName.clear(); }, "account"},
        {"account name of 5 characters", [](MemberInput& m) { m.accountName = QStringLiteral("abcde"); },
         "account"},
        {"account name of 33 characters",
         [](MemberInput& m) { m.accountName = QStringLiteral("a").repeated(33); }, "account"},
        {"account name starting with a digit",
         [](MemberInput& m) { m.accountName = QStringLiteral("1jansen"); }, "account"},
        {"account name starting with a dot",
         [](MemberInput& m) { m.accountName = QStringLiteral(".jansen"); }, "account"},
        {"account name with a space", [](MemberInput& m) { m.accountName = QStringLiteral("jan devries"); },
         "account"},
        {"account name with an @", [](MemberInput& m) { m.accountName = QStringLiteral("jan@devries"); },
         "account"},
        {"account name with an accented letter",
         [](MemberInput& m) { m.accountName = QStringLiteral("jän.devries"); }, "account"},
        {"account name with SQL",
         [](MemberInput& m) { m.accountName = QStringLiteral("'; DROP TABLE members; --"); }, "account"},
        {"empty display name", [](MemberInput& m) { m.displayName.clear(); }, "display-name"},
        {"blank display name", [](MemberInput& m) { m.displayName = QStringLiteral(" \t "); },
         "display-name"},
        {"display name of 101 characters",
         [](MemberInput& m) { m.displayName = QStringLiteral("x").repeated(101); }, "display-name"},
        {"display name on two lines", [](MemberInput& m) { m.displayName = QStringLiteral("Jan\nde Vries"); },
         "display-name"},
        {"empty e-mail", [](MemberInput& m) { m.email.clear(); }, "email"},
        {"e-mail without domain", [](MemberInput& m) { m.email = QStringLiteral("x@"); }, "email"},
        {"e-mail without @", [](MemberInput& m) { m.email = QStringLiteral("jan.example.nl"); }, "email"},
        {"e-mail without local part", [](MemberInput& m) { m.email = QStringLiteral("@example.nl"); },
         "email"},
        {"e-mail without top-level domain", [](MemberInput& m) { m.email = QStringLiteral("jan@example"); },
         "email"},
        {"e-mail with a one-letter top-level domain",
         [](MemberInput& m) { m.email = QStringLiteral("jan@example.n"); }, "email"},
        {"e-mail with a space", [](MemberInput& m) { m.email = QStringLiteral("jan de vries@example.nl"); },
         "email"},
        {"display name of only a zero-width space",
         [](MemberInput& m) { m.displayName = QStringLiteral("\u200b"); }, "display-name"},
        {"display name of only a right-to-left override",
         [](MemberInput& m) { m.displayName = QStringLiteral("\u202e"); }, "display-name"},
        {"display name with text that could not be read (invalid UTF-8)",
         [](MemberInput& m) { m.displayName = QString::fromUtf8("Jan \xff\xfe Vries"); }, "display-name"},
        {"display name with a broken surrogate pair",
         [](MemberInput& m) {
             m.displayName = QStringLiteral("Jan ") + QChar(0xd800) + QStringLiteral(" Vries");
         },
         "display-name"},
        {"city of only a zero-width space", [](MemberInput& m) { m.city = QStringLiteral("\u200b \u200b"); },
         "city"},
        {"e-mail with two @", [](MemberInput& m) { m.email = QStringLiteral("jan@@example.nl"); }, "email"},
        {"e-mail with a doubled dot",
         [](MemberInput& m) { m.email = QStringLiteral("jan..vries@example.nl"); }, "email"},
        {"e-mail ending its local part in a dot",
         [](MemberInput& m) { m.email = QStringLiteral("jan.@example.nl"); }, "email"},
        {"e-mail with an empty domain label",
         [](MemberInput& m) { m.email = QStringLiteral("jan@example..nl"); }, "email"},
        {"e-mail with a domain starting with a hyphen",
         [](MemberInput& m) { m.email = QStringLiteral("jan@-example.nl"); }, "email"},
        {"empty country", [](MemberInput& m) { m.country.clear(); }, "country"},
        {"unknown country XX", [](MemberInput& m) { m.country = QStringLiteral("XX"); }, "country"},
        {"three-letter country code", [](MemberInput& m) { m.country = QStringLiteral("NLD"); }, "country"},
        {"numeric region code", [](MemberInput& m) { m.country = QStringLiteral("150"); }, "country"},
        {"European Union as a country", [](MemberInput& m) { m.country = QStringLiteral("EU"); }, "country"},
        {"one-letter country", [](MemberInput& m) { m.country = QStringLiteral("N"); }, "country"},
        {"city of 101 characters", [](MemberInput& m) { m.city = QStringLiteral("y").repeated(101); },
         "city"},
        {"city with a tab", [](MemberInput& m) { m.city = QStringLiteral("Rotter\tdam"); }, "city"},
    };

    for (const InvalidCase& invalid : cases) {
        DYNAMIC_SECTION(invalid.description)
        {
            TempDatabase temp;
            MemberService service(temp.context());
            REQUIRE(service.add(memberInput(QStringLiteral("existing.member"))));
            const QString before = dump(temp);

            MemberInput input = memberInput();
            invalid.change(input);
            auto added = service.add(input);
            REQUIRE_FALSE(added);
            CHECK(added.error().code == ErrorCode::InvalidInput);
            CHECK(added.error().field == QLatin1String(invalid.field));
            CHECK_FALSE(added.error().message.isEmpty());
            CHECK(added.error().message.endsWith(QLatin1Char('.')));
            CHECK(MemberService::validate(input).error().field == QLatin1String(invalid.field));
            CHECK(dump(temp) == before);
        }
    }
}

TEST_CASE("Validation messages name the field in words", "[members][validation]")
{
    TempDatabase temp;
    MemberService service(temp.context());
    const auto messageFor = [&service](void (*change)(MemberInput&)) {
        MemberInput input = memberInput();
        change(input);
        auto added = service.add(input);
        REQUIRE_FALSE(added);
        return added.error().message;
    };
    CHECK(messageFor([](MemberInput& m) { m.email = QStringLiteral("x@"); })
          == QStringLiteral(
              "The e-mail address \"x@\" is not valid. Enter an address such as name@example.com."));
    CHECK(messageFor([](MemberInput& m) {
              m.accountName = QStringLiteral("abcde");
          }).startsWith(QStringLiteral("The account name \"abcde\" is too short")));
    CHECK(messageFor([](MemberInput& m) {
              m.accountName = QStringLiteral("a").repeated(33);
          }).contains(QStringLiteral("is too long: an account name has 6 to 32 characters.")));
    CHECK(messageFor([](MemberInput& m) {
              m.accountName = QStringLiteral("jan%2devries");
          }).contains(QStringLiteral("\"jan%2devries\" may contain only letters")));
    CHECK(messageFor([](MemberInput& m) {
              m.accountName = QStringLiteral("1jansen");
          }).contains(QStringLiteral("must start with a letter")));
    CHECK(messageFor([](MemberInput& m) {
              m.country = QStringLiteral("XX");
          }).contains(QStringLiteral("country code \"XX\"")));
    CHECK(messageFor([](MemberInput& m) {
              m.displayName = QStringLiteral(" ");
          }).contains(QStringLiteral("display name")));
    CHECK(messageFor([](MemberInput& m) {
              m.city = QStringLiteral("y").repeated(101);
          }).contains(QStringLiteral("city")));
}

TEST_CASE("Account names of 6 and 32 characters with dots, hyphens and underscores are accepted",
          "[members][validation]")
{
    TempDatabase temp;
    MemberService service(temp.context());
    const QString thirtyTwo = QStringLiteral("z") + QStringLiteral("a1._-").repeated(6) + QStringLiteral("b");
    REQUIRE(thirtyTwo.size() == 32);
    for (const QString& name : {QStringLiteral("abcdef"), thirtyTwo, QStringLiteral("J.de-Vries_2")}) {
        auto added = service.add(memberInput(name));
        INFO(name.toStdString());
        REQUIRE(added);
        CHECK(added->accountName == name);
    }
}

TEST_CASE("Limits count characters, not UTF-16 units: 100 emoji make a valid display name",
          "[members][validation]")
{
    TempDatabase temp;
    MemberService service(temp.context());
    MemberInput input = memberInput();
    input.displayName = QStringLiteral("😀").repeated(100);
    input.city = QStringLiteral("ש").repeated(100);
    REQUIRE(input.displayName.size() == 200);
    auto added = service.add(input);
    REQUIRE(added);
    CHECK(service.findByAccountName(input.accountName)->displayName == input.displayName);

    input = memberInput(QStringLiteral("second.member"));
    input.displayName = QStringLiteral("😀").repeated(101);
    auto refused = service.add(input);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == QStringLiteral("display-name"));
}

TEST_CASE("Sensible e-mail addresses are accepted", "[members][validation]")
{
    for (const QString& email :
         {QStringLiteral("jan@example.nl"), QStringLiteral("jan.de-vries+nm@sub.example.co.uk"),
          QStringLiteral("o'brien@example.ie"), QStringLiteral("JAN_1@EXAMPLE.COM"),
          QStringLiteral("zoë@bücher.de")}) {
        INFO(email.toStdString());
        CHECK(Validation::isEmail(email));
        CHECK(Validation::email(email));
    }
}

TEST_CASE("Country codes are ISO codes QLocale knows, in any case, returned in upper case",
          "[members][validation]")
{
    CHECK(Validation::countryCode(QStringLiteral("nl")).value() == QStringLiteral("NL"));
    CHECK(Validation::countryCode(QStringLiteral("Gb")).value() == QStringLiteral("GB"));
    CHECK(Validation::isCountryCode(QStringLiteral("XK"))); // Kosovo
    CHECK_FALSE(Validation::isCountryCode(QStringLiteral("XX")));
    CHECK_FALSE(Validation::isCountryCode(QStringLiteral("ZZ")));
    CHECK_FALSE(Validation::isCountryCode(QStringLiteral("QO")));
    CHECK_FALSE(Validation::isCountryCode(QStringLiteral(" NL")));
    CHECK(Validation::countryCode(QStringLiteral("XX")).error().field == QStringLiteral("country"));
}

TEST_CASE("Invalid edits are refused with their field named, and nothing changes", "[members][validation]")
{
    TempDatabase temp;
    MemberService service(temp.context());
    REQUIRE(service.add(memberInput()));
    const QString before = dump(temp);

    MemberEdit badEmail;
    badEmail.email = QStringLiteral("x@");
    MemberEdit badCountry;
    badCountry.country = QStringLiteral("XX");
    MemberEdit blankName;
    blankName.displayName = QStringLiteral("   ");
    MemberEdit longCity;
    longCity.city = QStringLiteral("c").repeated(101);
    // A valid change together with an invalid one: neither is made.
    badCountry.city = QStringLiteral("Delft");

    const std::pair<MemberEdit, const char*> edits[]
        = {{badEmail, "email"}, {badCountry, "country"}, {blankName, "display-name"}, {longCity, "city"}};
    for (const auto& [edit, field] : edits) {
        auto edited = service.edit(QStringLiteral("jan.devries"), edit);
        REQUIRE_FALSE(edited);
        CHECK(edited.error().code == ErrorCode::InvalidInput);
        CHECK(edited.error().field == QLatin1String(field));
    }
    CHECK(dump(temp) == before);
}

TEST_CASE("Adding, editing and removing a member each write one history entry with before and after",
          "[members][audit]")
{
    TempDatabase temp;
    MemberService service(temp.context());
    REQUIRE(service.add(memberInput()));

    auto entries = history(temp);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].action == QStringLiteral("member.add"));
    CHECK(entries[0].objectKind == QStringLiteral("member"));
    CHECK(entries[0].objectId == QStringLiteral("jan.devries"));
    CHECK(entries[0].actor == QStringLiteral("test-admin"));
    CHECK(entries[0].at == fixedStart());
    CHECK(entries[0].before.isEmpty());
    CHECK(entries[0].after.value(QStringLiteral("accountName")).toString() == QStringLiteral("jan.devries"));
    CHECK(entries[0].after.value(QStringLiteral("displayName")).toString() == QStringLiteral("Jan de Vries"));
    CHECK(entries[0].after.value(QStringLiteral("email")).toString() == QStringLiteral("jan@example.nl"));
    CHECK(entries[0].after.value(QStringLiteral("country")).toString() == QStringLiteral("NL"));
    CHECK(entries[0].after.value(QStringLiteral("city")).toString() == QStringLiteral("Rotterdam"));
    CHECK(entries[0].after.value(QStringLiteral("status")).toString() == QStringLiteral("active"));

    temp.clock().advance(60);
    MemberEdit edit;
    edit.city = QStringLiteral("Delft");
    edit.displayName = QStringLiteral("Jan de Vries"); // unchanged: not in the entry
    REQUIRE(service.edit(QStringLiteral("jan.devries"), edit));
    entries = history(temp);
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].action == QStringLiteral("member.edit"));
    CHECK(entries[0].at == fixedStart().addSecs(60));
    CHECK(entries[0].before == QJsonObject{{QStringLiteral("city"), QStringLiteral("Rotterdam")}});
    CHECK(entries[0].after == QJsonObject{{QStringLiteral("city"), QStringLiteral("Delft")}});

    REQUIRE(service.remove(QStringLiteral("jan.devries")));
    entries = history(temp);
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].action == QStringLiteral("member.remove"));
    CHECK(entries[0].objectId == QStringLiteral("jan.devries"));
    CHECK(entries[0].before.value(QStringLiteral("status")).toString() == QStringLiteral("active"));
    CHECK(entries[0].before.value(QStringLiteral("city")).toString() == QStringLiteral("Delft"));
    CHECK(entries[0].after.value(QStringLiteral("status")).toString() == QStringLiteral("removed"));
}

TEST_CASE("When the history entry cannot be written, the member change is undone",
          "[members][audit][transaction]")
{
    TempDatabase temp;
    MemberService service(temp.context());
    REQUIRE(service.add(memberInput()));
    // The audit insert fails after the change was made.
    refuseInserts(temp.database().connection(), QStringLiteral("audit_log"), QStringLiteral("1 = 1"),
                  QStringLiteral("history refused"));
    const QString before = dump(temp);

    auto added = service.add(memberInput(QStringLiteral("piet.jansen")));
    REQUIRE_FALSE(added);
    MemberEdit edit;
    edit.city = QStringLiteral("Delft");
    auto edited = service.edit(QStringLiteral("jan.devries"), edit);
    REQUIRE_FALSE(edited);
    auto removed = service.remove(QStringLiteral("jan.devries"));
    REQUIRE_FALSE(removed);
    CHECK(removed.error().code == ErrorCode::Conflict);
    CHECK(dump(temp) == before);
}

TEST_CASE("Hostile and non-Latin text is stored exactly as typed (trimmed) and found again unchanged",
          "[members][hostile]")
{
    TempDatabase temp;
    MemberService service(temp.context());
    const QStringList texts{QStringLiteral("O'Brien \"quoted\""),
                            QStringLiteral("'; DROP TABLE members; --"),
                            QStringLiteral("👩‍💻 Zoë"),
                            QStringLiteral("مريم"),
                            QStringLiteral("שלום"),
                            QStringLiteral("inner  spaces  kept"),
                            QStringLiteral("100% %1 %2 \\n")};
    int i = 0;
    for (const QString& text : texts) {
        INFO(text.toStdString());
        MemberInput input = memberInput(QStringLiteral("member%1").arg(++i, 3, 10, QLatin1Char('0')));
        input.displayName = text;
        input.city = text;
        auto added = service.add(input);
        REQUIRE(added);
        CHECK(added->displayName == text);
        auto found = service.findByAccountName(input.accountName);
        REQUIRE(found);
        CHECK(found->displayName == text);
        CHECK(found->city == text);
    }
    CHECK(temp.scalar(QStringLiteral("SELECT count(*) FROM members")).toInt() == texts.size());
    auto entries = history(temp);
    REQUIRE(entries.size() == size_t(texts.size()));
    CHECK(entries[0].after.value(QStringLiteral("displayName")).toString() == texts.last());
}

TEST_CASE("A write while another administrator holds the database is DatabaseBusy and changes nothing",
          "[members][transaction]")
{
    TempDatabase temp;
    MemberService service(temp.context());
    REQUIRE(service.add(memberInput()));
    setBusyTimeout(temp.database().connection(), 50);
    const QString before = dump(temp);
    auto other = temp.openAnother();
    {
        Transaction holding(other->connection());
        REQUIRE(holding.isActive());

        auto added = service.add(memberInput(QStringLiteral("piet.jansen")));
        REQUIRE_FALSE(added);
        CHECK(added.error().code == ErrorCode::DatabaseBusy);
        CHECK(added.error().message.contains(QStringLiteral("in use")));

        MemberEdit edit;
        edit.city = QStringLiteral("Delft");
        auto edited = service.edit(QStringLiteral("jan.devries"), edit);
        REQUIRE_FALSE(edited);
        CHECK(edited.error().code == ErrorCode::DatabaseBusy);

        auto removed = service.remove(QStringLiteral("jan.devries"));
        REQUIRE_FALSE(removed);
        CHECK(removed.error().code == ErrorCode::DatabaseBusy);

        // Reading still works while another administrator writes.
        CHECK(service.findByAccountName(QStringLiteral("jan.devries")));
    }
    CHECK(dump(temp) == before);
    // Once the other administrator is done, the same change succeeds.
    CHECK(service.add(memberInput(QStringLiteral("piet.jansen"))));
}

TEST_CASE("The history keeps names with quotes, backslashes and emoji exactly, as JSON", "[member][history]")
{
    TempDatabase temp;
    MemberService service(temp.context());
    MemberInput plain = memberInput(QStringLiteral("anna.jansen"));
    plain.displayName = QStringLiteral("Anna Jansen");
    REQUIRE(service.add(plain));
    MemberInput odd = memberInput(QStringLiteral("odd.one"));
    odd.displayName = QStringLiteral("Jan \"JJ\" de Vries \\ Zoë 😀");
    REQUIRE(service.add(odd));

    QSqlQuery rows(temp.database().connection());
    REQUIRE(
        rows.exec(QStringLiteral("SELECT object_id, after_json FROM audit_log WHERE action = 'member.add' "
                                 "ORDER BY id")));
    REQUIRE(rows.next());
    CHECK(rows.value(0).toString() == QStringLiteral("anna.jansen"));
    const QString plainJson = rows.value(1).toString();
    CHECK(plainJson.contains(QStringLiteral("\"displayName\":\"Anna Jansen\"")));
    CHECK_FALSE(plainJson.contains(QStringLiteral("\": ")));
    REQUIRE(rows.next());
    const QString oddJson = rows.value(1).toString();
    CHECK(oddJson.contains(QStringLiteral("\"displayName\":\"Jan \\\"JJ\\\" de Vries \\\\ Zoë 😀\"")));
    const QJsonObject parsed = QJsonDocument::fromJson(oddJson.toUtf8()).object();
    CHECK(parsed.value(QStringLiteral("displayName")).toString()
          == QStringLiteral("Jan \"JJ\" de Vries \\ Zoë 😀"));
}
