#pragma once

#include "Clock.h"
#include "Context.h"
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

// A fresh database file in its own temporary folder, a fixed clock and a context
// acting as "test-admin".
class TempDatabase
{
public:
    TempDatabase();
    ~TempDatabase();

    Database& database() { return *m_database; }
    FixedClock& clock() { return m_clock; }
    Context context() { return Context{*m_database, m_clock, QStringLiteral("test-admin")}; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

    // A second, independent connection to the same file (as another administrator).
    std::unique_ptr<Database> openAnother() const;
    // Scalar result of a query, for assertions.
    QVariant scalar(const QString& sql) const;

private:
    QTemporaryDir m_dir;
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

QByteArray readFile(const QString& path);

// Path of a file under tests/data.
QString testDataPath(const QString& name);

} // namespace nm::test
