#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace nm {

// The two storage engines. SQLite is the embedded default (one administrator, one
// file); PostgreSQL is the shared server for offices with several administrators.
enum class Engine
{
    Sqlite,
    Postgres
};

// The few differences between the engines, in one place. Everything else (tables,
// constraints, indexes, every query of the services and lists) is written once, in the
// SQL both engines understand.
namespace dialect {

Engine engineOf(const QSqlDatabase& db);

// A schema statement as written in the migrations (SQLite's spelling) for `engine`:
// for PostgreSQL, INTEGER PRIMARY KEY becomes an identity column, INTEGER becomes
// BIGINT (money in cents outgrows 32 bits), NOCASE collations go (matching uses the
// stored case-folded keys), and GLOB becomes a regular expression.
QString schemaStatement(Engine engine, const QString& statement);

// A table of the strings of a JSON array bound as one value (a few hundred keys looked up
// at once, bound once instead of one value each), as a FROM item called `alias`, with
// one column, k.
QString textListTable(Engine engine, const QString& alias);

// Run on PostgreSQL after every migration, in its transaction, and idempotent: the
// functions the shared SQL uses (instr), change notifications for live views, the
// history's author set by the server, and the two roles with their grants.
QStringList postgresSetup();

// The group roles of a PostgreSQL database, one pair per database (a server's roles are
// shared by all its databases): administrators change everything, viewers read
// everything and change nothing. Enforced by the server through grants. Their names,
// "nm_<database>_administrators" and "nm_<database>_viewers", come from the SQL
// function numbermanager_role(kind) that the setup creates.
inline constexpr char administratorsKind[] = "administrators";
inline constexpr char viewersKind[] = "viewers";
// The channel that carries "something changed" to every open program.
inline constexpr char changeChannel[] = "numbermanager_changed";
// The lock every write transaction takes first on PostgreSQL, as BEGIN IMMEDIATE does on
// SQLite: one writer at a time, so that every check made inside a write still holds
// when the write commits.
inline constexpr qint64 writeLockKey = 7'264'426'273; // "NMWRITE" on a phone keypad

} // namespace dialect

} // namespace nm
