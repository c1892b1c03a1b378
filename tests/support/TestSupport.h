#pragma once

#include "Clock.h"
#include "Context.h"
#include "queries/ListQuery.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QString>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <memory>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
template <> struct StringMaker<QDateTime>
{
    static std::string convert(const QDateTime& value) { return value.toString(Qt::ISODate).toStdString(); }
};
} // namespace Catch

namespace nm::test {

// 26 November 2026, 09:00 UTC: every test starts here unless it moves the clock.
QDateTime fixedStart();

// The engine the suite runs on: SQLite, or PostgreSQL when NM_TEST_POSTGRES names the
// folder of the throwaway server that the test run started (tests/postgres/server.sh).
bool onPostgres();
// The server's address and port, and a new empty database on it (dropped with `drop`).
QString postgresUrl(const QString& user, const QString& database);
QString createPostgresDatabase();
void dropPostgresDatabase(const QString& name);
// Runs SQL on the server as its superuser (to create roles and users for tests).
void postgresAdmin(const QString& sql);

// A fresh database (a file in its own temporary folder, or a new database on the test
// server), a fixed clock and a context acting as "test-admin".
class TempDatabase
{
public:
    TempDatabase();
    ~TempDatabase();

    Database& database() { return *m_database; }
    FixedClock& clock() { return m_clock; }
    Context context() { return Context{*m_database, m_clock, QStringLiteral("test-admin")}; }
    // The file, or the server URL: what --database takes.
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

    // A second, independent connection to the same file (as another administrator).
    std::unique_ptr<Database> openAnother() const;
    // Scalar result of a query, for assertions.
    QVariant scalar(const QString& sql) const;

private:
    QTemporaryDir m_dir;
    QString m_postgresDatabase; // on PostgreSQL: the database made for this test
    QString m_path;
    FixedClock m_clock;
    std::unique_ptr<Database> m_database;
};

// What the command-line tool answered.
struct CliResult
{
    int code = -1;
    QString out;
    QString err;
};

// Runs numbermanager-cli in-process on the temporary database, with its fixed clock.
CliResult runCli(TempDatabase& temp, const QStringList& arguments);
// The same on any database file (one that is damaged, or does not exist yet).
CliResult runCli(const QString& databasePath, const Clock& clock, const QStringList& arguments);

// A dump of every row of every table: compare before and after to show nothing changed.
QString dumpDatabase(const QSqlDatabase& db);

// The database's plan (EXPLAIN QUERY PLAN, SQLite) for the first page of `query`, one
// line per step: whether a list reads through an index.
QString firstPagePlan(const QSqlDatabase& db, const ListQuery& query);

// Makes every insert into `table` for which `condition` (SQL over NEW) holds fail with
// `message`, on either engine: to show that a failure late in a change undoes all of it.
void refuseInserts(const QSqlDatabase& db, const QString& table, const QString& condition,
                   const QString& message);
// How long a write on this connection waits for another administrator's transaction.
void setBusyTimeout(const QSqlDatabase& db, int milliseconds);

QByteArray readFile(const QString& path);

// Restores English (the test default) whatever a test switched to.
struct LanguageGuard
{
    LanguageGuard() = default;
    // Switches to `language` ("nl") until the guard goes.
    explicit LanguageGuard(const QString& language);
    ~LanguageGuard();
    Q_DISABLE_COPY_MOVE(LanguageGuard)
};

// Path of a file under tests/data.
QString testDataPath(const QString& name);

} // namespace nm::test
