#pragma once

#include "Result.h"

#include <QSqlError>
#include <QSqlQuery>
#include <optional>

namespace nm {

// Turns a failed statement into an Error with a message an administrator can act on
// (busy, read-only, full disk, constraint), never the raw SQL.
Error databaseError(const QSqlError& error);
inline Error databaseError(const QSqlQuery& query)
{
    return databaseError(query.lastError());
}

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
