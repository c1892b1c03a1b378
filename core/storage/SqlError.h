#pragma once

#include "Result.h"

#include <QSqlError>
#include <QSqlQuery>
#include <optional>

class QSqlDriver;

namespace nm {

// The driver property that holds a connection's database file (set by Database::open),
// so that an error can say which file is damaged or on which disk space ran out.
inline constexpr char databasePathProperty[] = "nm_database_path";
QString databasePathOf(const QSqlDriver* driver);

// Turns a failed statement into an Error with a message an administrator can act on
// (busy, read-only, full disk, damaged file, constraint), never the raw SQL. Damage
// marks the file (Database::markDamaged), so that nothing more is written to it.
// `freeBytes` (of the database's disk) is looked up when not given.
Error databaseError(const QSqlError& error, const QString& databasePath = {},
                    std::optional<qint64> freeBytes = std::nullopt);
Error databaseError(const QSqlQuery& query);

// Prepares and executes; on failure returns the mapped error.
Status exec(QSqlQuery& query);
Status prepare(QSqlQuery& query, const QString& sql);
Status execSql(const QSqlDatabase& db, const QString& sql);

// QSQLITE binds a null QString as SQL NULL; text columns that are NOT NULL store ''.
inline QVariant storedText(const QString& text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

// The one row of `sql` (one bound value), read by `read`, or none.
template <typename T, typename Reader>
Result<std::optional<T>> selectOne(const QSqlDatabase& db, const QString& sql, const QVariant& value,
                                   Reader read)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (Status s = prepare(query, sql); !s)
        return s.error();
    query.addBindValue(value);
    if (Status s = exec(query); !s)
        return s.error();
    if (!query.next())
        return std::optional<T>();
    return std::optional<T>(read(query));
}

} // namespace nm
