#include "TestOrganisation.h"
#include "TestSupport.h"
#include "storage/ChangeWatcher.h"

#include <QSignalSpy>

// Connecting to a PostgreSQL server: the address, the password, a lost connection.

using namespace nm;
using namespace nm::test;

TEST_CASE("A server address is checked and shown without its password", "[server]")
{
    auto noDatabase = Database::open(QStringLiteral("postgresql://anna@db.example.nl"));
    REQUIRE_FALSE(noDatabase);
    CHECK(noDatabase.error().code == ErrorCode::InvalidInput);
    CHECK(noDatabase.error().message.contains(QStringLiteral("postgresql://USER@HOST[:PORT]/DATABASE")));

    auto unknownOption = Database::open(QStringLiteral("postgresql://anna@127.0.0.1:1/numbers?host=evil"));
    REQUIRE_FALSE(unknownOption);
    CHECK(unknownOption.error().message.contains(QStringLiteral("takes only ?sslmode")));

    // Port 1: nobody listens. The message names the server, never the password.
    auto refused = Database::open(QStringLiteral("postgresql://anna:s3cret@127.0.0.1:1/numbers"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::ConnectionLost);
    CHECK(refused.error().message.startsWith(QStringLiteral(
        "Number Manager cannot connect to the database postgresql://anna@127.0.0.1:1/numbers: ")));
    CHECK_FALSE(refused.error().message.contains(QStringLiteral("s3cret")));
    CHECK(Database::isServerUrl(QStringLiteral("postgres://a@b/c")));
    CHECK_FALSE(Database::isServerUrl(QStringLiteral("/data/postgresql.sqlite")));
}

TEST_CASE("A lost server connection is noticed, made again, and the work goes on", "[postgres][server]")
{
    REQUIRE(onPostgres());
    TestOrganisation org;
    ChangeWatcher watcher(org.temp.database());
    QSignalSpy lost(&watcher, &ChangeWatcher::connectionLost);
    QSignalSpy restored(&watcher, &ChangeWatcher::connectionRestored);
    watcher.start();
    // The server ends this program's connection (a restart, a network cut).
    const QString database = org.temp.path().section(QLatin1Char('/'), -1);
    postgresAdmin(
        QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1' AND "
                       "application_name = 'NumberManager'")
            .arg(database));
    watcher.checkNow();
    CHECK(lost.count() == 1);
    CHECK(lost.at(0).at(0).toString().contains(QStringLiteral("was lost")));
    CHECK(restored.count() == 1);
    CHECK(watcher.isConnected());
    REQUIRE(MemberService(org.context())
                .add({QStringLiteral("piet.jansen"),
                      QStringLiteral("Piet Jansen"),
                      QStringLiteral("piet@example.nl"),
                      QStringLiteral("NL"),
                      {}}));
}
