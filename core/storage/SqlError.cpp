#include "SqlError.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSql, "nm.storage.sql")

namespace nm {

Error databaseError(const QSqlError& error)
{
    qCWarning(lcSql) << "SQL error:" << error.nativeErrorCode() << error.text();
    // SQLite primary result codes, as the QSQLITE driver reports them.
    const int native = error.nativeErrorCode().toInt();
    switch (native & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return {
            ErrorCode::DatabaseBusy,
            Database::tr("The database is in use by another program or administrator. Nothing was changed; "
                         "please try again in a moment."),
            {}};
    case 8: // SQLITE_READONLY
        return {
            ErrorCode::DatabaseReadOnly,
            Database::tr("The database file is read-only. Nothing was changed. Check that you may write to "
                         "the file and its folder."),
            {}};
    case 13: // SQLITE_FULL
        return {ErrorCode::DatabaseError, Database::tr("The disk is full. Nothing was changed."), {}};
    case 19: // SQLITE_CONSTRAINT
        return {ErrorCode::Conflict,
                Database::tr("The change conflicts with existing data (%1). Nothing was changed.")
                    .arg(error.databaseText()),
                {}};
    case 26: // SQLITE_NOTADB
        return {ErrorCode::NotADatabase, Database::tr("The file is not a Number Manager database."), {}};
    default:
        break;
    }
    return {ErrorCode::DatabaseError,
            Database::tr("The database reported an error: %1. Nothing was changed.").arg(error.text()),
            {}};
}

Status exec(QSqlQuery& query)
{
    if (!query.exec())
        return databaseError(query);
    return {};
}

Status prepare(QSqlQuery& query, const QString& sql)
{
    if (!query.prepare(sql))
        return databaseError(query);
    return {};
}

Status execSql(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return databaseError(query);
    return {};
}

} // namespace nm
