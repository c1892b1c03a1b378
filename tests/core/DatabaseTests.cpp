#include "TestSupport.h"
#include "members/MemberService.h"
#include "organisation/OrganisationService.h"
#include "queries/NumberRowsQuery.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/Schema.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace nm;
using namespace nm::test;

namespace {
QStringList tableNames(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(
        dialect::engineOf(db) == Engine::Postgres
            ? QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                             "AND tablename <> 'nm_schema_version' ORDER BY tablename")
            : QStringLiteral("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' "
                             "AND name NOT LIKE 'sqlite_%' ORDER BY name")));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

// A copy, writable by its owner only, of a database the first release wrote (schema 1).
QString copyOfSchema1(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    REQUIRE(QFile::copy(testDataPath(QStringLiteral("numbermanager-schema1.sqlite")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}
} // namespace

TEST_CASE("A fresh database gets the current schema", "[database]")
{
    TempDatabase temp;
    CHECK(temp.database().schemaVersion() == 10);
    CHECK(temp.database().backupPath().isEmpty());
    CHECK(migrations().back().version == 10);
    QStringList expected{QStringLiteral("audit_log"),         QStringLiteral("catalogue"),
                         QStringLiteral("credit_ledger"),     QStringLiteral("members"),
                         QStringLiteral("number_allocation"), QStringLiteral("numbers"),
                         QStringLiteral("organisation"),      QStringLiteral("settings"),
                         QStringLiteral("sip_profiles"),      QStringLiteral("subscriptions")};
    if (temp.database().engine() == Engine::Sqlite) // and the search index, where its rows are up to
        expected.insert(7, QStringLiteral("search_index_state"));
    CHECK(tableNames(temp.database().connection()) == expected);
}

TEST_CASE("The connection has foreign keys on, a WAL journal and a busy timeout", "[database][sqlite]")
{
    TempDatabase temp;
    CHECK(temp.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(temp.scalar(QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(temp.scalar(QStringLiteral("PRAGMA busy_timeout")).toInt() == 5000);
    CHECK_FALSE(temp.database().connectionName().isEmpty());
    CHECK(temp.database().connectionName() != QLatin1String(QSqlDatabase::defaultConnection));
}

TEST_CASE("Reopening a current database keeps its data and makes no backup", "[database]")
{
    TempDatabase temp;
    QSqlQuery insert(temp.database().connection());
    REQUIRE(insert.exec(QStringLiteral(
        "INSERT INTO organisation (id, name, created_at) VALUES (1, 'Acme', '2026-11-26T09:00:00Z')")));
    auto again = temp.openAnother();
    CHECK(again->backupPath().isEmpty());
    QSqlQuery query(again->connection());
    REQUIRE(query.exec(QStringLiteral("SELECT name FROM organisation")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("Acme"));
}

TEST_CASE("An older database is migrated, keeps its data, and a backup copy is kept",
          "[database][migration][sqlite]")
{
    QTemporaryDir dir;
    const QString path = copyOfSchema1(dir);
    const QByteArray original = readFile(path);

    auto opened = Database::open(path);
    REQUIRE(opened);
    Database& db = *opened.value();
    CHECK(db.schemaVersion() == 10);
    REQUIRE_FALSE(db.backupPath().isEmpty());
    CHECK(QFileInfo::exists(db.backupPath()));

    // The backup is the old database as it was: schema 1, with the old data.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-backup"));
        raw.setDatabaseName(db.backupPath());
        raw.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(raw.open());
        QSqlQuery backup(raw);
        REQUIRE(backup.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(backup.next());
        CHECK(backup.value(0).toInt() == 1);
        REQUIRE(backup.exec(QStringLiteral("SELECT count(*) FROM members")));
        REQUIRE(backup.next());
        CHECK(backup.value(0).toInt() == 1);
        backup.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-backup"));

    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT display_name, city, display_sort, account_sort FROM members "
                                      "WHERE account_name = 'JAN.DEVRIES'")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("Jan de Vries"));
    CHECK(query.value(1).toString() == QStringLiteral("Rotterdam"));
    // The sort keys of the names already there are filled in.
    CHECK(query.value(2).toString() == QStringLiteral("jan de vries"));
    CHECK(query.value(3).toString() == QStringLiteral("jan.devries"));
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM settings")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 0);
    CHECK(original != readFile(path));
}

TEST_CASE("The tables check their value lists as OR chains, and still refuse a value outside them",
          "[database][migration][sqlite]")
{
    QTemporaryDir dir;
    const QString path = copyOfSchema1(dir);
    TempDatabase fresh;
    auto migrated = Database::open(path);
    REQUIRE(migrated);
    for (const QSqlDatabase& db : {fresh.database().connection(), migrated.value()->connection()}) {
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'table'")));
        QHash<QString, QString> definitions;
        while (query.next())
            definitions.insert(query.value(0).toString(), query.value(1).toString());
        for (auto it = definitions.cbegin(); it != definitions.cend(); ++it) {
            INFO(it.key().toStdString());
            CHECK_FALSE(it.value().contains(QStringLiteral(" IN (")));
        }
        CHECK(definitions.value(QStringLiteral("numbers"))
                  .contains(
                      QStringLiteral("CHECK (state = 'pending' OR state = 'active' OR state = 'cancelled' "
                                     "OR state = 'expired' OR state = 'released')")));
        CHECK(definitions.value(QStringLiteral("subscriptions"))
                  .contains(QStringLiteral(
                      "CHECK (period_months = 1 OR period_months = 3 OR period_months = 12)")));
        CHECK(definitions.value(QStringLiteral("members"))
                  .contains(QStringLiteral("CHECK (status = 'active' OR status = 'removed')")));
        REQUIRE(query.exec(QStringLiteral("PRAGMA integrity_check")));
        REQUIRE(query.next());
        CHECK(query.value(0).toString() == QStringLiteral("ok"));
    }
    // The old database's member: a status outside the list is still refused, one in it taken.
    QSqlQuery update(migrated.value()->connection());
    CHECK_FALSE(
        update.exec(QStringLiteral("UPDATE members SET status = 'gone' WHERE account_name = 'JAN.DEVRIES'")));
    REQUIRE(update.exec(QStringLiteral("UPDATE members SET status = 'removed', removed_at = "
                                       "'2026-12-01T10:00:00Z' WHERE account_name = 'JAN.DEVRIES'")));
    CHECK(update.numRowsAffected() == 1);
}

TEST_CASE("An older database is searched through the search index it gets, filled with its names",
          "[database][migration][sqlite]")
{
    QTemporaryDir dir;
    const QString path = copyOfSchema1(dir);
    auto migrated = Database::open(path);
    REQUIRE(migrated);
    const QSqlDatabase db = migrated.value()->connection();
    auto names = [&db](const QString& text) {
        NumberRowsQuery query(db);
        query.setSearchText(text);
        const std::vector<QVariantList> rows = query.allRows().value();
        QStringList found;
        for (const QVariantList& row : rows)
            found << row.value(NumberRowsQuery::AssigneeName).toString();
        return found;
    };
    CHECK(names(QStringLiteral("de vri")) == QStringList{QStringLiteral("Jan de Vries")});
    CHECK(names(QStringLiteral("OFFICE")) == QStringList{QStringLiteral("Main office PBX")});
    CHECK(names(QStringLiteral("nobody")).isEmpty());
    // One or two characters, through the index's terms (schema 10).
    CHECK(names(QStringLiteral("Pb")) == QStringList{QStringLiteral("Main office PBX")});
    CHECK(names(QStringLiteral("j")) == QStringList{QStringLiteral("Jan de Vries")});
    auto indexed = [&db](const QString& sql) {
        QSqlQuery query(db);
        REQUIRE(query.exec(sql));
        REQUIRE(query.next());
        return query.value(0).toInt();
    };
    CHECK(indexed(
              QStringLiteral("SELECT count(*) FROM members_search WHERE members_search MATCH '\"devries\"'"))
          == 1);
    CHECK(indexed(
              QStringLiteral("SELECT count(*) FROM members_contact_search WHERE members_contact_search MATCH "
                             "'\"rotterdam\"'"))
          == 1);
    CHECK(
        indexed(QStringLiteral("SELECT count(DISTINCT doc) FROM sip_profiles_search_terms WHERE term >= 'pb' "
                               "AND term < 'pc'"))
        == 1);
}

TEST_CASE("A database written by a newer version is refused and left byte-for-byte unchanged",
          "[database][migration][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        TempDatabase temp;
        REQUIRE(QFile::copy(temp.path(), path));
    }
    {
        // Stamp it as written by a future version, in rollback-journal mode so it is one file.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("stamp"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::currentSchemaVersion + 1)));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("stamp"));
    const QByteArray before = readFile(path);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);

    auto opened = Database::open(path);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == ErrorCode::DatabaseNewer);
    CHECK(opened.error().message.contains(QStringLiteral("newer version")));
    CHECK(readFile(path) == before);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == filesBefore);
}

TEST_CASE("A file that is not a database is refused and left byte-for-byte unchanged", "[database][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    REQUIRE(QFile::copy(testDataPath(QStringLiteral("not-a-database.txt")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray before = readFile(path);

    auto opened = Database::open(path);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == ErrorCode::NotADatabase);
    CHECK(opened.error().message.contains(QStringLiteral("not a Number Manager database")));
    CHECK(readFile(path) == before);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("notes.sqlite")});
}

TEST_CASE("Another program's SQLite database is refused and left unchanged", "[database][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = readFile(path);

    auto opened = Database::open(path);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == ErrorCode::NotADatabase);
    CHECK(readFile(path) == before);
}

TEST_CASE("A failed transaction leaves the database as it was", "[database][transaction]")
{
    TempDatabase temp;
    QSqlDatabase db = temp.database().connection();
    REQUIRE(execSql(db,
                    QStringLiteral("INSERT INTO organisation (id, name, created_at) "
                                   "VALUES (1, 'Acme', '2026-11-26T09:00:00Z')")));
    const QString before = dumpDatabase(db);
    {
        Transaction transaction(db);
        REQUIRE(transaction.isActive());
        REQUIRE(execSql(db, QStringLiteral("UPDATE organisation SET credit_cents = 500")));
        REQUIRE(AuditLog::record(temp.context(), QStringLiteral("credit.top_up"), QStringLiteral("credit"),
                                 QStringLiteral("organisation"), {}, {{QStringLiteral("credit"), 500}}));
        // A constraint violation half-way: the credit may never go negative.
        const Status failed = execSql(db, QStringLiteral("UPDATE organisation SET credit_cents = -1"));
        REQUIRE_FALSE(failed);
        CHECK(failed.error().code == ErrorCode::Conflict);
        // No commit: leaving the scope rolls back.
    }
    CHECK(dumpDatabase(db) == before);
}

TEST_CASE("A second administrator waiting on a locked database gets a clear busy error",
          "[database][transaction]")
{
    TempDatabase temp;
    auto other = temp.openAnother();
    QSqlDatabase mine = temp.database().connection();
    setBusyTimeout(other->connection(), 50);
    Transaction holding(mine);
    REQUIRE(holding.isActive());
    Transaction waiting(other->connection());
    CHECK_FALSE(waiting.isActive());
    REQUIRE_FALSE(waiting.beginStatus());
    CHECK(waiting.beginStatus().error().code == ErrorCode::DatabaseBusy);
    CHECK(waiting.beginStatus().error().message.contains(QStringLiteral("in use")));
}

TEST_CASE("The history lists entries newest first and filters by text and date", "[database][audit]")
{
    TempDatabase temp;
    REQUIRE(AuditLog::record(temp.context(), QStringLiteral("member.add"), QStringLiteral("member"),
                             QStringLiteral("jan.devries"), {},
                             {{QStringLiteral("city"), QStringLiteral("Rotterdam")}}));
    temp.clock().advanceDays(1);
    REQUIRE(AuditLog::record(temp.context(), QStringLiteral("sip.add"), QStringLiteral("sip_profile"),
                             QStringLiteral("pbx-main"), {}, {}));
    auto all = AuditLog::list(temp.database().connection(), {});
    REQUIRE(all);
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).objectId == QStringLiteral("pbx-main"));
    CHECK(all->at(1).after.value(QStringLiteral("city")).toString() == QStringLiteral("Rotterdam"));
    CHECK(all->at(1).actor == QStringLiteral("test-admin"));

    AuditLog::Filter byText;
    byText.text = QStringLiteral("JAN");
    auto found = AuditLog::list(temp.database().connection(), byText);
    REQUIRE(found);
    REQUIRE(found->size() == 1);
    CHECK(found->at(0).action == QStringLiteral("member.add"));

    AuditLog::Filter byDate;
    byDate.from = fixedStart().addSecs(3600);
    auto later = AuditLog::list(temp.database().connection(), byDate);
    REQUIRE(later);
    REQUIRE(later->size() == 1);
    CHECK(later->at(0).action == QStringLiteral("sip.add"));
}

TEST_CASE("A transaction inside another commits into it, rolling back the outer one undoes both",
          "[database][transaction]")
{
    TempDatabase temp;
    QSqlDatabase db = temp.database().connection();
    const QString before = dumpDatabase(db);
    {
        Transaction outer(db);
        REQUIRE(outer.isActive());
        CHECK_FALSE(outer.isNested());
        {
            Transaction inner(db);
            REQUIRE(inner.isActive());
            CHECK(inner.isNested());
            REQUIRE(execSql(db,
                            QStringLiteral("INSERT INTO organisation (id, name, created_at) "
                                           "VALUES (1, 'Acme', '2026-11-26T09:00:00Z')")));
            REQUIRE(inner.commit());
        }
        {
            Transaction failing(db);
            REQUIRE(execSql(db, QStringLiteral("UPDATE organisation SET credit_cents = 100")));
            // Not committed: only this savepoint is undone.
        }
        CHECK(temp.scalar(QStringLiteral("SELECT credit_cents FROM organisation")).toInt() == 0);
        CHECK(temp.scalar(QStringLiteral("SELECT count(*) FROM organisation")).toInt() == 1);
        // The outer transaction is never committed.
    }
    CHECK(dumpDatabase(db) == before);

    // And a committed outer transaction keeps what its inner ones committed.
    {
        Transaction outer(db);
        Transaction inner(db);
        REQUIRE(execSql(db,
                        QStringLiteral("INSERT INTO organisation (id, name, created_at) "
                                       "VALUES (1, 'Acme', '2026-11-26T09:00:00Z')")));
        REQUIRE(inner.commit());
        REQUIRE(outer.commit());
    }
    CHECK(temp.scalar(QStringLiteral("SELECT name FROM organisation")).toString() == QStringLiteral("Acme"));
}

TEST_CASE("A database opened read-only refuses every change with a clear message and keeps its data",
          "[database]")
{
    TempDatabase temp;
    REQUIRE(MemberService(temp.context())
                .add({QStringLiteral("jan.devries"), QStringLiteral("Jan de Vries"),
                      QStringLiteral("jan@example.nl"), QStringLiteral("NL"), QStringLiteral("Amsterdam")}));
    const QString before = dumpDatabase(temp.database().connection());

    Database::Options options;
    options.readOnly = true;
    auto opened = Database::open(temp.path(), options);
    REQUIRE(opened);
    CHECK(opened.value()->isReadOnly());
    const Context readOnly{*opened.value(), temp.clock(), QStringLiteral("test-admin")};

    auto added
        = MemberService(readOnly).add({QStringLiteral("emma.smith"), QStringLiteral("Emma Smith"),
                                       QStringLiteral("emma@example.com"), QStringLiteral("NL"), QString()});
    REQUIRE_FALSE(added);
    CHECK(added.error().code == ErrorCode::DatabaseReadOnly);
    CHECK(added.error().message.contains(QStringLiteral("read-only")));
    CHECK(added.error().message.contains(QStringLiteral("Nothing was changed")));
    auto topped = OrganisationService(readOnly).topUp(1'000);
    REQUIRE_FALSE(topped);
    CHECK(topped.error().code == ErrorCode::DatabaseReadOnly);
    CHECK(dumpDatabase(temp.database().connection()) == before);

    // Looking still works.
    auto found = MemberService(readOnly).findByAccountName(QStringLiteral("JAN.DEVRIES"));
    REQUIRE(found);
    CHECK(found->displayName == QStringLiteral("Jan de Vries"));

    // A read-only open never creates a file.
    auto missing = Database::open(temp.dir() + QStringLiteral("/missing.sqlite"), options);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);
    CHECK_FALSE(QFileInfo::exists(temp.dir() + QStringLiteral("/missing.sqlite")));
}
