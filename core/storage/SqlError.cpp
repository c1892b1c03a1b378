#include "SqlError.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QStorageInfo>

// For the log, not the user's terminal: off unless QT_LOGGING_RULES asks for it.
Q_LOGGING_CATEGORY(lcSql, "nm.storage.sql", QtCriticalMsg)

namespace nm {

namespace {

// Below this, a failed write is a full disk whatever SQLite calls it ("disk I/O error"
// when the -wal or -shm file cannot grow).
constexpr qint64 nearlyFullBytes = 8 * 1024 * 1024;

Error diskFull(const QString& path)
{
    const QString folder
        = path.isEmpty() ? QString() : QDir::toNativeSeparators(QFileInfo(path).absolutePath());
    return {
        ErrorCode::DiskFull,
        folder.isEmpty()
            ? Database::tr("The disk is full. Nothing was changed. Make room on the disk and try again.")
            : Database::tr("The disk that holds %1 is full. Nothing was changed. Make room on the disk and "
                           "try again.")
                  .arg(folder),
        {}};
}

} // namespace

QString databasePathOf(const QSqlDriver* driver)
{
    return driver ? driver->property(databasePathProperty).toString() : QString();
}

namespace {

// PostgreSQL's SQLSTATE codes (QPSQL reports them as the native code).
Error postgresError(const QSqlError& error, const QString& server)
{
    const QString state = error.nativeErrorCode();
    // The server's own first line, without "ERROR:" and its position details.
    QString said = error.databaseText().section(QLatin1Char('\n'), 0, 0).trimmed();
    if (said.startsWith(QLatin1String("ERROR:")))
        said = said.mid(6).trimmed();
    if (state == QLatin1String("55P03") || state == QLatin1String("40P01") || state == QLatin1String("40001"))
        return {
            ErrorCode::DatabaseBusy,
            Database::tr("The database is in use by another program or administrator. Nothing was changed; "
                         "please try again in a moment."),
            {}};
    if (state == QLatin1String("42501"))
        return {ErrorCode::PermissionDenied,
                Database::tr(
                    "The database server refused the change: you may look at this database but not change "
                    "it (you are not one of its administrators). Nothing was changed."),
                {}};
    if (state == QLatin1String("25006"))
        return {ErrorCode::DatabaseReadOnly,
                Database::tr("The database is open read-only. Nothing was changed."),
                {}};
    if (state.startsWith(QLatin1String("23")))
        return {ErrorCode::Conflict,
                Database::tr("The change conflicts with existing data (%1). Nothing was changed.").arg(said),
                {}};
    if (state == QLatin1String("53100"))
        return {
            ErrorCode::DiskFull,
            Database::tr("The database server's disk is full. Nothing was changed. Ask its administrator to "
                         "make room."),
            {}};
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")) || state.isEmpty())
        return {ErrorCode::ConnectionLost,
                Database::tr("The connection to the database server %1 was lost. Nothing was changed; Number "
                             "Manager connects again, then try once more.")
                    .arg(server),
                {}};
    if (state.startsWith(QLatin1String("XX")))
        return {ErrorCode::DatabaseDamaged,
                Database::tr("The database server reports damaged data (%1). Nothing was changed. Ask its "
                             "administrator to check the server.")
                    .arg(said),
                {}};
    return {ErrorCode::DatabaseError,
            Database::tr("The database reported an error: %1. Nothing was changed.").arg(said),
            {}};
}

} // namespace

Error databaseError(const QSqlError& error, const QString& databasePath, std::optional<qint64> freeBytes)
{
    qCWarning(lcSql) << "SQL error:" << error.nativeErrorCode() << error.text();
    if (Database::isServerUrl(databasePath))
        return postgresError(error, databasePath);
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
    case 10: { // SQLITE_IOERR
        if (!freeBytes && !databasePath.isEmpty()) {
            const QStorageInfo storage(QFileInfo(databasePath).absolutePath());
            if (storage.isValid())
                freeBytes = storage.bytesAvailable();
        }
        if (freeBytes && *freeBytes >= 0 && *freeBytes < nearlyFullBytes)
            return diskFull(databasePath);
        return {
            ErrorCode::IoError,
            Database::tr("The database file could not be read or written (%1). Nothing was changed. Check "
                         "the disk or network drive it is on.")
                .arg(error.databaseText()),
            {}};
    }
    case 11: // SQLITE_CORRUPT
        if (!databasePath.isEmpty()) {
            Database::markDamaged(databasePath);
            return Database::damagedError(databasePath, error.databaseText());
        }
        return {ErrorCode::DatabaseDamaged,
                Database::tr("The database file is damaged. Nothing was changed. Restore the newest backup "
                             "copy."),
                {}};
    case 13: // SQLITE_FULL
        return diskFull(databasePath);
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

Error databaseError(const QSqlQuery& query)
{
    return databaseError(query.lastError(), databasePathOf(query.driver()));
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
