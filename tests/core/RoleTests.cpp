#include "TestOrganisation.h"
#include "TestSupport.h"
#include "catalogue/Catalogue.h"
#include "organisation/OrganisationSettings.h"
#include "storage/AuditLog.h"
#include "storage/DatabaseUsers.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

// Named administrators and roles on a PostgreSQL server, enforced by the server.

using namespace nm;
using namespace nm::test;

namespace {

// Server users are the server's, shared by every test database: each test names its own.
QString uniqueUser(const QString& name)
{
    static int counter = 0;
    return QStringLiteral("%1_%2_%3").arg(name).arg(QCoreApplication::applicationPid()).arg(++counter);
}

std::unique_ptr<Database> openAs(const TempDatabase& temp, const QString& user)
{
    const QString url
        = temp.path().replace(QStringLiteral("//test-admin@"), QStringLiteral("//%1@").arg(user));
    auto opened = Database::open(url);
    if (!opened)
        FAIL(opened.error().message.toStdString());
    return std::move(opened).value();
}

} // namespace

TEST_CASE("A viewer reads everything, and the server refuses every change, saying so", "[postgres][roles]")
{
    REQUIRE(onPostgres());
    TestOrganisation org;
    const NumberRecord number = org.buyOne(QStringLiteral("jan.devries"));
    const QString vera = uniqueUser(QStringLiteral("vera"));
    const CliResult added = runCli(org.temp,
                                   {QStringLiteral("database"), QStringLiteral("add-user"), vera,
                                    QStringLiteral("--role"), QStringLiteral("viewer")});
    INFO(added.err.toStdString());
    REQUIRE(added.code == 0);
    CHECK(added.out == QStringLiteral("%1 may now use this database as viewer.\n").arg(vera));
    const QString before = org.dump();

    auto viewer = openAs(org.temp, vera);
    CHECK(viewer->isReadOnly());
    CHECK(viewer->readOnlyReason() == Database::ReadOnlyReason::Viewer);
    CHECK(viewer->readOnlyMessage().contains(QStringLiteral("You are a viewer")));
    CHECK(viewer->userName() == vera);
    const Context looking{*viewer, org.temp.clock(), vera};

    // Looking works.
    auto members = MemberService(looking).list();
    REQUIRE(members);
    CHECK(members->size() == 5);
    CHECK(NumberService(looking).find(number.e164));

    // Every change is refused by the server, whatever the program would have allowed.
    const auto refusedByServer = [](const auto& result) {
        REQUIRE_FALSE(result);
        INFO(result.error().message.toStdString());
        CHECK(result.error().code == ErrorCode::PermissionDenied);
        CHECK(result.error().message.contains(
            QStringLiteral("you may look at this database but not change it")));
    };
    org.temp.clock().advance(300); // the number is due to be provisioned: processing would write
    refusedByServer(MemberService(looking).add({QStringLiteral("emma.jansen"),
                                                QStringLiteral("Emma"),
                                                QStringLiteral("e@x.nl"),
                                                QStringLiteral("NL"),
                                                {}}));
    refusedByServer(OrganisationService(looking).topUp(1'00));
    refusedByServer(NumberService(looking).reassign(number.e164, QStringLiteral("emma.smith")));
    refusedByServer(NumberService(looking).cancel({number.e164}));
    refusedByServer(OrganisationSettings::setMemberNumberLimit(looking, 3));
    refusedByServer(OrganisationService(looking).rename(QStringLiteral("Viewers Ltd")));
    refusedByServer(NumberProcessor::process(looking));
    refusedByServer(DatabaseUsers::add(looking, uniqueUser(QStringLiteral("sneaky")),
                                       DatabaseUsers::Role::Administrator));
    // Not only the program's services: plain SQL as the viewer is refused too.
    QSqlQuery raw(viewer->connection());
    CHECK_FALSE(raw.exec(QStringLiteral("UPDATE organisation SET credit_cents = 1")));
    CHECK(raw.lastError().nativeErrorCode() == QStringLiteral("42501"));
    CHECK(org.dump() == before);
}

TEST_CASE("Administrators are named by the server in the history, and manage the users", "[postgres][roles]")
{
    REQUIRE(onPostgres());
    TestOrganisation org;
    const QString anna = uniqueUser(QStringLiteral("anna"));
    const QString vera = uniqueUser(QStringLiteral("vera"));
    REQUIRE(DatabaseUsers::add(org.context(), anna, DatabaseUsers::Role::Administrator));
    REQUIRE(DatabaseUsers::add(org.context(), vera, DatabaseUsers::Role::Viewer));

    auto administrator = openAs(org.temp, anna);
    CHECK_FALSE(administrator->isReadOnly());
    // Whatever name the program passes, the server records who is logged in.
    const Context working{*administrator, org.temp.clock(), QStringLiteral("someone else")};
    REQUIRE(MemberService(working).add({QStringLiteral("piet.jansen"),
                                        QStringLiteral("Piet Jansen"),
                                        QStringLiteral("piet@example.nl"),
                                        QStringLiteral("NL"),
                                        {}}));
    AuditLog::Filter filter;
    filter.text = QStringLiteral("piet.jansen");
    auto entries = AuditLog::list(administrator->connection(), filter);
    REQUIRE(entries);
    REQUIRE(entries->size() == 1);
    CHECK(entries->front().actor == anna);

    // An administrator manages users too.
    const QString other = uniqueUser(QStringLiteral("otto"));
    REQUIRE(DatabaseUsers::add(working, other, DatabaseUsers::Role::Viewer));
    auto users = DatabaseUsers::list(org.context());
    REQUIRE(users);
    QStringList listed;
    for (const DatabaseUsers::User& user : *users)
        listed << QStringLiteral("%1:%2%3").arg(user.name, DatabaseUsers::roleKey(user.role),
                                                user.owner ? QStringLiteral(":owner") : QString());
    listed.sort();
    QStringList expected{QStringLiteral("%1:administrator").arg(anna), QStringLiteral("%1:viewer").arg(other),
                         QStringLiteral("%1:viewer").arg(vera),
                         QStringLiteral("test-admin:administrator:owner")};
    expected.sort();
    CHECK(listed == expected);

    // Removed, a viewer is gone from the list and can no longer log in.
    const CliResult removed
        = runCli(org.temp, {QStringLiteral("database"), QStringLiteral("remove-user"), vera});
    INFO(removed.err.toStdString());
    CHECK(removed.code == 0);
    auto after = DatabaseUsers::list(org.context());
    REQUIRE(after);
    CHECK(std::none_of(after->begin(), after->end(),
                       [&](const DatabaseUsers::User& u) { return u.name == vera; }));
    const QString url
        = org.temp.path().replace(QStringLiteral("//test-admin@"), QStringLiteral("//%1@").arg(vera));
    auto gone = Database::open(url);
    REQUIRE_FALSE(gone);
    CHECK(gone.error().code == ErrorCode::ConnectionLost);

    // The owner stays; nobody removes themselves.
    CHECK_FALSE(DatabaseUsers::remove(working, anna));
    CHECK_FALSE(DatabaseUsers::remove(working, QStringLiteral("test-admin")));
}

TEST_CASE("A database file has no users: the user commands say so", "[roles][sqlite]")
{
    TempDatabase temp;
    const CliResult users = runCli(temp, {QStringLiteral("database"), QStringLiteral("users")});
    CHECK(users.code == 1);
    CHECK(users.err.contains(QStringLiteral("A database file has no users")));
}
