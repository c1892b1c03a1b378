#include "TestSupport.h"
#include "sip/SipProfileService.h"
#include "storage/AuditLog.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

using namespace nm;
using namespace nm::test;

namespace {

SipProfileInput profileInput(const QString& profileId = QStringLiteral("pbx-main"))
{
    SipProfileInput input;
    input.profileId = profileId;
    input.name = QStringLiteral("Main office PBX");
    input.channels = 30;
    input.country = QStringLiteral("NL");
    return input;
}

QString dump(TempDatabase& temp)
{
    return dumpDatabase(temp.database().connection());
}

QStringList profileIds(const std::vector<SipProfile>& profiles)
{
    QStringList ids;
    for (const SipProfile& profile : profiles)
        ids << profile.profileId;
    return ids;
}

struct InvalidCase
{
    const char* description;
    void (*change)(SipProfileInput&);
    const char* field;
};

} // namespace

TEST_CASE("Adding a SIP profile stores every field as typed, the country in upper case", "[sip]")
{
    TempDatabase temp;
    SipProfileService service(temp.context());
    SipProfileInput input = profileInput(QStringLiteral("PBX-Main"));
    input.country = QStringLiteral("be");

    auto added = service.add(input);
    REQUIRE(added);
    CHECK(added->id > 0);
    CHECK(added->status == SipProfileStatus::Active);
    CHECK(added->createdAt == fixedStart());

    auto found = service.findById(added->id);
    REQUIRE(found);
    CHECK(found->profileId == QStringLiteral("PBX-Main"));
    CHECK(found->name == QStringLiteral("Main office PBX"));
    CHECK(found->channels == 30);
    CHECK(found->country == QStringLiteral("BE"));
    CHECK(found->isActive());
    CHECK_FALSE(found->removedAt.isValid());
}

TEST_CASE("A SIP profile is found by profile id in any case", "[sip]")
{
    TempDatabase temp;
    SipProfileService service(temp.context());
    REQUIRE(service.add(profileInput(QStringLiteral("PBX-Main"))));
    for (const QString& typed : {QStringLiteral("pbx-main"), QStringLiteral("PBX-MAIN")}) {
        auto found = service.findByProfileId(typed);
        REQUIRE(found);
        CHECK(found->profileId == QStringLiteral("PBX-Main"));
    }
    auto missing = service.findByProfileId(QStringLiteral("pbx-other"));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);
    CHECK(missing.error().field == QStringLiteral("profile-id"));
    CHECK(missing.error().message.contains(QStringLiteral("\"pbx-other\"")));
}

TEST_CASE("Editing a SIP profile changes only the given fields", "[sip]")
{
    TempDatabase temp;
    SipProfileService service(temp.context());
    REQUIRE(service.add(profileInput()));

    SipProfileEdit edit;
    edit.channels = 60;
    auto edited = service.edit(QStringLiteral("PBX-MAIN"), edit);
    REQUIRE(edited);
    CHECK(edited->channels == 60);

    auto found = service.findByProfileId(QStringLiteral("pbx-main"));
    REQUIRE(found);
    CHECK(found->channels == 60);
    CHECK(found->name == QStringLiteral("Main office PBX"));
    CHECK(found->country == QStringLiteral("NL"));

    SipProfileEdit rename;
    rename.name = QStringLiteral("Head office");
    rename.country = QStringLiteral("de");
    REQUIRE(service.edit(QStringLiteral("pbx-main"), rename));
    found = service.findByProfileId(QStringLiteral("pbx-main"));
    CHECK(found->name == QStringLiteral("Head office"));
    CHECK(found->country == QStringLiteral("DE"));
    CHECK(found->channels == 60);
}

TEST_CASE("Editing a SIP profile to the values it already has writes nothing", "[sip]")
{
    TempDatabase temp;
    SipProfileService service(temp.context());
    REQUIRE(service.add(profileInput()));
    const QString before = dump(temp);
    SipProfileEdit edit;
    edit.channels = 30;
    edit.country = QStringLiteral("nl");
    REQUIRE(service.edit(QStringLiteral("pbx-main"), edit));
    CHECK(dump(temp) == before);
}

TEST_CASE("Editing or removing an unknown SIP profile is NotFound and changes nothing", "[sip]")
{
    TempDatabase temp;
    SipProfileService service(temp.context());
    REQUIRE(service.add(profileInput()));
    const QString before = dump(temp);

    SipProfileEdit edit;
    edit.channels = 2;
    auto edited = service.edit(QStringLiteral("pbx-other"), edit);
    REQUIRE_FALSE(edited);
    CHECK(edited.error().code == ErrorCode::NotFound);
    CHECK(edited.error().message.contains(QStringLiteral("pbx-other")));
    auto removed = service.remove(QStringLiteral("pbx-other"));
    REQUIRE_FALSE(removed);
    CHECK(removed.error().code == ErrorCode::NotFound);
    CHECK(dump(temp) == before);
}

TEST_CASE("Removing a SIP profile marks it removed and hides it from find and list", "[sip]")
{
    TempDatabase temp;
    SipProfileService service(temp.context());
    auto added = service.add(profileInput());
    REQUIRE(added);
    REQUIRE(service.add(profileInput(QStringLiteral("pbx-branch"))));
    temp.clock().advanceDays(1);

    auto removed = service.remove(QStringLiteral("PBX-MAIN"));
    REQUIRE(removed);
    CHECK(removed->status == SipProfileStatus::Removed);
    CHECK(removed->removedAt == fixedStart().addDays(1));
    CHECK_FALSE(service.findByProfileId(QStringLiteral("pbx-main")));

    auto byId = service.findById(added->id);
    REQUIRE(byId);
    CHECK(byId->status == SipProfileStatus::Removed);

    auto active = service.list();
    REQUIRE(active);
    CHECK(profileIds(*active) == QStringList{QStringLiteral("pbx-branch")});

    auto again = service.remove(QStringLiteral("pbx-main"));
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::NotFound);
}

TEST_CASE("A removed SIP profile's id can be used again", "[sip]")
{
    TempDatabase temp;
    SipProfileService service(temp.context());
    REQUIRE(service.add(profileInput()));
    REQUIRE(service.remove(QStringLiteral("pbx-main")));
    auto again = service.add(profileInput(QStringLiteral("PBX-main")));
    REQUIRE(again);
    CHECK(service.findByProfileId(QStringLiteral("pbx-main"))->id == again->id);

    SipProfileFilter all;
    all.includeRemoved = true;
    CHECK(service.list(all)->size() == 2);
}

TEST_CASE("A duplicate SIP profile id is refused in any case and changes nothing", "[sip]")
{
    TempDatabase temp;
    SipProfileService service(temp.context());
    REQUIRE(service.add(profileInput(QStringLiteral("PBX-Main"))));
    const QString before = dump(temp);
    for (const QString& id :
         {QStringLiteral("PBX-Main"), QStringLiteral("pbx-main"), QStringLiteral("PBX-MAIN")}) {
        auto added = service.add(profileInput(id));
        REQUIRE_FALSE(added);
        CHECK(added.error().code == ErrorCode::Duplicate);
        CHECK(added.error().field == QStringLiteral("profile-id"));
        CHECK(added.error().message.contains(id));
    }
    CHECK(dump(temp) == before);
}

TEST_CASE("The SIP profile list is sorted by profile id in any case and filters by id or name", "[sip]")
{
    TempDatabase temp;
    SipProfileService service(temp.context());
    for (const QString& id : {QStringLiteral("zeta"), QStringLiteral("Alpha"), QStringLiteral("beta")})
        REQUIRE(service.add(profileInput(id)));
    SipProfileInput office = profileInput(QStringLiteral("pbx-7"));
    office.name = QStringLiteral("Büro Köln");
    REQUIRE(service.add(office));

    auto all = service.list();
    REQUIRE(all);
    CHECK(profileIds(*all)
          == QStringList{QStringLiteral("Alpha"), QStringLiteral("beta"), QStringLiteral("pbx-7"),
                         QStringLiteral("zeta")});

    SipProfileFilter filter;
    filter.text = QStringLiteral("KÖLN");
    CHECK(profileIds(service.list(filter).value()) == QStringList{QStringLiteral("pbx-7")});
    filter.text = QStringLiteral("ALP");
    CHECK(profileIds(service.list(filter).value()) == QStringList{QStringLiteral("Alpha")});
}

TEST_CASE("Every invalid SIP profile field is refused with its field named, and nothing changes",
          "[sip][validation]")
{
    static const InvalidCase cases[] = {
        {"empty profile id", [](SipProfileInput& p) { p.profileId.clear(); }, "profile-id"},
        {"profile id of 2 characters", [](SipProfileInput& p) { p.profileId = QStringLiteral("ab"); },
         "profile-id"},
        {"profile id of 65 characters",
         [](SipProfileInput& p) { p.profileId = QStringLiteral("p").repeated(65); }, "profile-id"},
        {"profile id with a space", [](SipProfileInput& p) { p.profileId = QStringLiteral("pbx main"); },
         "profile-id"},
        {"profile id with a slash", [](SipProfileInput& p) { p.profileId = QStringLiteral("pbx/main"); },
         "profile-id"},
        {"profile id with SQL",
         [](SipProfileInput& p) { p.profileId = QStringLiteral("'; DROP TABLE sip_profiles; --"); },
         "profile-id"},
        {"empty name", [](SipProfileInput& p) { p.name.clear(); }, "name"},
        {"blank name", [](SipProfileInput& p) { p.name = QStringLiteral("   "); }, "name"},
        {"name of 101 characters", [](SipProfileInput& p) { p.name = QStringLiteral("n").repeated(101); },
         "name"},
        {"name on two lines", [](SipProfileInput& p) { p.name = QStringLiteral("Main\r\nPBX"); }, "name"},
        {"0 channels", [](SipProfileInput& p) { p.channels = 0; }, "channels"},
        {"301 channels", [](SipProfileInput& p) { p.channels = 301; }, "channels"},
        {"negative channels", [](SipProfileInput& p) { p.channels = -5; }, "channels"},
        {"empty country", [](SipProfileInput& p) { p.country.clear(); }, "country"},
        {"unknown country XX", [](SipProfileInput& p) { p.country = QStringLiteral("XX"); }, "country"},
        {"three-letter country", [](SipProfileInput& p) { p.country = QStringLiteral("DEU"); }, "country"},
    };
    for (const InvalidCase& invalid : cases) {
        DYNAMIC_SECTION(invalid.description)
        {
            TempDatabase temp;
            SipProfileService service(temp.context());
            REQUIRE(service.add(profileInput(QStringLiteral("existing"))));
            const QString before = dump(temp);

            SipProfileInput input = profileInput();
            invalid.change(input);
            auto added = service.add(input);
            REQUIRE_FALSE(added);
            CHECK(added.error().code == ErrorCode::InvalidInput);
            CHECK(added.error().field == QLatin1String(invalid.field));
            CHECK(added.error().message.endsWith(QLatin1Char('.')));
            CHECK(dump(temp) == before);
        }
    }
}

TEST_CASE("Channel counts of 1 and 300 and profile ids of 3 and 64 characters are accepted",
          "[sip][validation]")
{
    TempDatabase temp;
    SipProfileService service(temp.context());
    SipProfileInput small = profileInput(QStringLiteral("a.1"));
    small.channels = 1;
    SipProfileInput large
        = profileInput(QStringLiteral("9") + QStringLiteral("x_-.").repeated(15) + QStringLiteral("end"));
    REQUIRE(large.profileId.size() == 64);
    large.channels = 300;
    auto first = service.add(small);
    REQUIRE(first);
    CHECK(first->channels == 1);
    auto second = service.add(large);
    REQUIRE(second);
    CHECK(second->channels == 300);
    CHECK(service.findByProfileId(large.profileId)->channels == 300);
}

TEST_CASE("The channel-count message names the channels and the allowed range", "[sip][validation]")
{
    TempDatabase temp;
    SipProfileService service(temp.context());
    SipProfileEdit edit;
    REQUIRE(service.add(profileInput()));
    edit.channels = 301;
    auto edited = service.edit(QStringLiteral("pbx-main"), edit);
    REQUIRE_FALSE(edited);
    CHECK(edited.error().field == QStringLiteral("channels"));
    CHECK(edited.error().message.contains(QStringLiteral("channels")));
    CHECK(edited.error().message.contains(QStringLiteral("1 to 300")));
    CHECK(edited.error().message.contains(QStringLiteral("301")));
    CHECK(service.findByProfileId(QStringLiteral("pbx-main"))->channels == 30);
}

TEST_CASE("Adding, editing and removing a SIP profile each write one history entry with before and after",
          "[sip][audit]")
{
    TempDatabase temp;
    SipProfileService service(temp.context());
    REQUIRE(service.add(profileInput()));
    SipProfileEdit edit;
    edit.channels = 10;
    REQUIRE(service.edit(QStringLiteral("pbx-main"), edit));
    REQUIRE(service.remove(QStringLiteral("pbx-main")));

    auto entries = AuditLog::list(temp.database().connection(), {});
    REQUIRE(entries);
    REQUIRE(entries->size() == 3);
    const AuditEntry& removed = entries->at(0);
    const AuditEntry& edited = entries->at(1);
    const AuditEntry& added = entries->at(2);

    CHECK(added.action == QStringLiteral("sip.add"));
    CHECK(added.objectKind == QStringLiteral("sip_profile"));
    CHECK(added.objectId == QStringLiteral("pbx-main"));
    CHECK(added.actor == QStringLiteral("test-admin"));
    CHECK(added.before.isEmpty());
    CHECK(added.after
          == QJsonObject{{QStringLiteral("profileId"), QStringLiteral("pbx-main")},
                         {QStringLiteral("name"), QStringLiteral("Main office PBX")},
                         {QStringLiteral("channels"), 30},
                         {QStringLiteral("country"), QStringLiteral("NL")},
                         {QStringLiteral("status"), QStringLiteral("active")}});

    CHECK(edited.action == QStringLiteral("sip.edit"));
    CHECK(edited.before == QJsonObject{{QStringLiteral("channels"), 30}});
    CHECK(edited.after == QJsonObject{{QStringLiteral("channels"), 10}});

    CHECK(removed.action == QStringLiteral("sip.remove"));
    CHECK(removed.before.value(QStringLiteral("status")).toString() == QStringLiteral("active"));
    CHECK(removed.after.value(QStringLiteral("status")).toString() == QStringLiteral("removed"));
    CHECK(removed.after.value(QStringLiteral("channels")).toInt() == 10);
}

TEST_CASE("Hostile and non-Latin SIP profile names are stored exactly as typed", "[sip][hostile]")
{
    TempDatabase temp;
    SipProfileService service(temp.context());
    const QStringList names{
        QStringLiteral("O'Brien \"quoted\""), QStringLiteral("'; DROP TABLE sip_profiles; --"),
        QStringLiteral("👩‍💻 Zoë"), QStringLiteral("مريم"), QStringLiteral("שלום")};
    int i = 0;
    for (const QString& name : names) {
        SipProfileInput input = profileInput(QStringLiteral("pbx-%1").arg(++i));
        input.name = name;
        REQUIRE(service.add(input));
        auto found = service.findByProfileId(input.profileId);
        REQUIRE(found);
        CHECK(found->name == name);
    }
    CHECK(temp.scalar(QStringLiteral("SELECT count(*) FROM sip_profiles")).toInt() == names.size());
}

TEST_CASE(
    "A SIP profile write while another administrator holds the database is DatabaseBusy and changes nothing",
    "[sip][transaction]")
{
    TempDatabase temp;
    SipProfileService service(temp.context());
    REQUIRE(service.add(profileInput()));
    setBusyTimeout(temp.database().connection(), 50);
    const QString before = dump(temp);
    auto other = temp.openAnother();
    {
        Transaction holding(other->connection());
        REQUIRE(holding.isActive());
        auto added = service.add(profileInput(QStringLiteral("pbx-branch")));
        REQUIRE_FALSE(added);
        CHECK(added.error().code == ErrorCode::DatabaseBusy);
        SipProfileEdit edit;
        edit.channels = 2;
        auto edited = service.edit(QStringLiteral("pbx-main"), edit);
        REQUIRE_FALSE(edited);
        CHECK(edited.error().code == ErrorCode::DatabaseBusy);
        auto removed = service.remove(QStringLiteral("pbx-main"));
        REQUIRE_FALSE(removed);
        CHECK(removed.error().code == ErrorCode::DatabaseBusy);
    }
    CHECK(dump(temp) == before);
    CHECK(service.add(profileInput(QStringLiteral("pbx-branch"))));
}
