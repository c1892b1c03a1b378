#pragma once

#include "Result.h"

#include <QSqlError>
#include <QSqlQuery>

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

} // namespace nm
