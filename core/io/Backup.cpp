#include "Backup.h"

#include "Clock.h"
#include "Format.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SearchIndex.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUuid>

Q_LOGGING_CATEGORY(lcBackup, "nm.backup")

namespace nm {

namespace {

constexpr QFileDevice::Permissions privateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
const QString backupSuffix = QStringLiteral(".nmbackup");
const QString stampFormat = QStringLiteral("yyyyMMdd-HHmmss");

Error serverRefusal()
{
    return Error{
        ErrorCode::InvalidState,
        Backup::tr("A database on a PostgreSQL server is backed up and restored with the server's own "
                   "tools: pg_dump -Fc DATABASE > FILE, and pg_restore. Ask your database administrator."),
        QStringLiteral("database")};
}

// The tables of a Number Manager database, children before parents (the order rows are
// deleted in; they are copied in the other order).
QStringList tablesOf(const QSqlDatabase& db, const QString& schema)
{
    static const QStringList known{QStringLiteral("subscriptions"), QStringLiteral("numbers"),
                                   QStringLiteral("credit_ledger"), QStringLiteral("audit_log"),
                                   QStringLiteral("members"),       QStringLiteral("sip_profiles"),
                                   QStringLiteral("settings"),      QStringLiteral("catalogue"),
                                   QStringLiteral("organisation"),  QStringLiteral("number_allocation")};
    QStringList present;
    QSqlQuery query(db);
    // Tables only: not the search index (a virtual table and its shadow tables), which
    // the tables' triggers keep up to date as their rows are deleted and copied.
    query.exec(QStringLiteral("SELECT name FROM pragma_table_list WHERE schema = '%1' AND type = 'table' AND "
                              "name NOT LIKE 'sqlite_%'")
                   .arg(schema));
    while (query.next())
        present << query.value(0).toString();
    QStringList ordered;
    for (const QString& table : known)
        if (present.removeAll(table) > 0)
            ordered << table;
    return ordered + present;
}

QString nativePath(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// A consistent copy of the database file at `source` in `target` (which must not exist),
// taken on a connection of its own, so that it can run in any thread.
Status vacuumInto(const QString& source, const QString& target)
{
    Database::Options options;
    options.readOnly = true;
    options.checkForDamage = false;
    options.createIfMissing = false;
    auto database = Database::open(source, options);
    if (!database)
        return database.error();
    {
        QFile file(target);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, privateFile))
            return Error{
                ErrorCode::IoError,
                Backup::tr("The backup %1 cannot be created: %2").arg(nativePath(target), file.errorString()),
                QStringLiteral("file")};
    }
    QSqlQuery vacuum((*database)->connection());
    vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
    vacuum.addBindValue(target);
    if (!vacuum.exec()) {
        const Error error = databaseError(vacuum);
        QFile::remove(target);
        return Error{
            error.code == ErrorCode::DiskFull ? ErrorCode::DiskFull : ErrorCode::IoError,
            Backup::tr("The backup %1 could not be written: %2").arg(nativePath(target), error.message),
            QStringLiteral("file")};
    }
    return {};
}

// Whether the SQLite file at `path` passes `check` ("quick_check", "integrity_check").
Result<QStringList> problemsOf(const QString& path, const QString& check)
{
    Database::Options options;
    options.readOnly = true;
    options.checkForDamage = false;
    options.createIfMissing = false;
    auto database = Database::open(path, options);
    if (!database)
        return database.error();
    return check == QLatin1String("quick_check") ? (*database)->checkForDamage()
                                                 : (*database)->checkIntegrity();
}

struct PreparedCopy
{
    std::unique_ptr<QTemporaryDir> folder;
    QString path; // the copy, at the current schema
    BackupSummary summary;
};

// Copies the backup into a temporary folder, brings the copy to the current schema, and
// checks it; every refusal names the backup file, not the copy.
Result<PreparedCopy> prepare(const QString& backupPath)
{
    const QString native = nativePath(backupPath);
    const QFileInfo info(backupPath);
    if (!info.exists())
        return Error{ErrorCode::NotFound, Backup::tr("The backup %1 does not exist.").arg(native),
                     QStringLiteral("file")};
    if (!info.isFile())
        return Error{ErrorCode::InvalidInput, Backup::tr("%1 is not a file.").arg(native),
                     QStringLiteral("file")};
    const auto notOurs = [&] {
        return Error{
            ErrorCode::NotADatabase,
            Backup::tr("The file %1 is not a Number Manager database or backup. Nothing was restored.")
                .arg(native),
            QStringLiteral("file")};
    };
    if (info.size() < 512)
        return notOurs();

    PreparedCopy copy;
    copy.folder = std::make_unique<QTemporaryDir>();
    if (!copy.folder->isValid())
        return Error{ErrorCode::IoError,
                     Backup::tr("No temporary folder could be made for the restore: %1")
                         .arg(copy.folder->errorString()),
                     QStringLiteral("file")};
    copy.path = copy.folder->filePath(QStringLiteral("restore.sqlite"));
    if (!QFile::copy(backupPath, copy.path))
        return Error{ErrorCode::IoError, Backup::tr("The backup %1 cannot be read.").arg(native),
                     QStringLiteral("file")};
    QFile::setPermissions(copy.path, privateFile);

    Database::Options options;
    options.createIfMissing = false;
    auto opened = Database::open(copy.path, options);
    if (!opened) {
        switch (opened.error().code) {
        case ErrorCode::NotADatabase:
            return notOurs();
        case ErrorCode::DatabaseNewer:
            return Error{
                ErrorCode::DatabaseNewer,
                Backup::tr("The backup %1 was made by a newer version of Number Manager. Install that "
                           "version to restore it. Nothing was restored.")
                    .arg(native),
                QStringLiteral("file")};
        case ErrorCode::DatabaseDamaged:
            Database::markDamaged(copy.path); // the copy, which goes with its folder
            return Error{ErrorCode::DatabaseDamaged,
                         Backup::tr("The backup %1 is damaged and cannot be restored. Choose another backup. "
                                    "Nothing was restored.")
                             .arg(native),
                         QStringLiteral("file")};
        default:
            return opened.error();
        }
    }
    Database& database = **opened;
    auto problems = database.checkIntegrity();
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        return Error{
            ErrorCode::DatabaseDamaged,
            Backup::tr("The backup %1 fails SQLite's integrity check (%2) and cannot be restored. Choose "
                       "another backup. Nothing was restored.")
                .arg(native, problems->first().left(200)),
            QStringLiteral("file")};

    BackupSummary& summary = copy.summary;
    summary.path = backupPath;
    summary.schemaVersion = database.schemaVersion();
    const QSqlDatabase db = database.connection();
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT name, credit_cents FROM organisation")) && query.next()) {
        summary.organisation = query.value(0).toString();
        summary.creditCents = query.value(1).toLongLong();
    }
    if (query.exec(QStringLiteral("SELECT count(*) FROM members WHERE status = 'active'")) && query.next())
        summary.members = query.value(0).toLongLong();
    if (query.exec(QStringLiteral("SELECT count(*) FROM numbers WHERE state <> 'released'")) && query.next())
        summary.numbers = query.value(0).toLongLong();
    if (query.exec(QStringLiteral("SELECT max(at) FROM audit_log")) && query.next()
        && !query.value(0).isNull())
        summary.lastChange = fromStorage(query.value(0).toString());
    return copy;
}

QString stem(const Database& database)
{
    return QFileInfo(database.path()).completeBaseName();
}

} // namespace

Status Backup::backUp(const Database& database, const QString& target)
{
    if (database.engine() == Engine::Postgres)
        return serverRefusal();
    const QFileInfo info(target);
    if (info.exists() && !info.isFile())
        return Error{ErrorCode::InvalidInput, tr("%1 is not a file.").arg(nativePath(target)),
                     QStringLiteral("file")};
    if (info.absoluteFilePath() == QFileInfo(database.path()).absoluteFilePath())
        return Error{ErrorCode::InvalidInput,
                     tr("A backup cannot replace the database itself. Choose another file."),
                     QStringLiteral("file")};
    if (!QDir().mkpath(info.absolutePath()))
        return Error{ErrorCode::IoError,
                     tr("The folder %1 cannot be created.").arg(nativePath(info.absolutePath())),
                     QStringLiteral("file")};
    // Written beside the target, checked, then put in its place: a failed or interrupted
    // backup never replaces a good one.
    const QString partial = info.absoluteFilePath() + QStringLiteral(".partial-")
        + QUuid::createUuid().toString(QUuid::Id128).left(8);
    if (Status s = vacuumInto(database.path(), partial); !s)
        return s;
    auto problems = problemsOf(partial, QStringLiteral("quick_check"));
    if (!problems || !problems->isEmpty()) {
        QFile::remove(partial);
        return Error{
            ErrorCode::DatabaseDamaged,
            tr("The backup of %1 did not pass its check; the database may be damaged. Run \"database "
               "check\".")
                .arg(nativePath(database.path())),
            QStringLiteral("database")};
    }
    if (info.exists() && !QFile::remove(info.absoluteFilePath())) {
        QFile::remove(partial);
        return Error{ErrorCode::IoError, tr("The file %1 cannot be replaced.").arg(nativePath(target)),
                     QStringLiteral("file")};
    }
    if (!QFile::rename(partial, info.absoluteFilePath())) {
        QFile::remove(partial);
        return Error{ErrorCode::IoError, tr("The backup %1 cannot be put in place.").arg(nativePath(target)),
                     QStringLiteral("file")};
    }
    qCInfo(lcBackup) << "Backed up" << database.path() << "to" << target;
    return {};
}

Result<BackupSummary> Backup::inspect(const QString& path)
{
    auto copy = prepare(path);
    if (!copy)
        return copy.error();
    return copy->summary;
}

Result<RestoreResult> Backup::restore(const Context& context, const QString& backupPath)
{
    Database& database = context.database;
    if (database.engine() == Engine::Postgres)
        return serverRefusal();
    if (database.isReadOnly())
        return Error{ErrorCode::DatabaseReadOnly, database.readOnlyMessage(), QStringLiteral("database")};
    if (QFileInfo(backupPath).absoluteFilePath() == QFileInfo(database.path()).absoluteFilePath())
        return Error{ErrorCode::InvalidInput, tr("That is the database itself, not a backup of it."),
                     QStringLiteral("file")};
    auto copy = prepare(backupPath);
    if (!copy)
        return copy.error();

    // The database as it is now, kept beside it (where the damage message looks for copies).
    RestoreResult result;
    result.restored = copy->summary;
    result.previousCopy = database.path() + QStringLiteral(".before-restore-backup-")
        + context.clock.now().toUTC().toString(stampFormat);
    if (Status s = backUp(database, result.previousCopy); !s)
        return Error{s.error().code,
                     tr("Nothing was restored: the database as it is could not be kept first. %1")
                         .arg(s.error().message),
                     QStringLiteral("database")};

    QSqlDatabase db = database.connection();
    {
        QSqlQuery attach(db);
        attach.prepare(QStringLiteral("ATTACH DATABASE ? AS restored"));
        attach.addBindValue(copy->path);
        if (!attach.exec())
            return databaseError(attach);
    }
    const auto detach
        = qScopeGuard([&db] { QSqlQuery(db).exec(QStringLiteral("DETACH DATABASE restored")); });
    {
        Transaction transaction(db);
        if (!transaction.isActive())
            return transaction.beginStatus().error();
        if (Status s = execSql(db, QStringLiteral("PRAGMA defer_foreign_keys = ON")); !s)
            return s.error();
        const QStringList tables = tablesOf(db, QStringLiteral("main"));
        const QStringList restoredTables = tablesOf(db, QStringLiteral("restored"));
        for (const QString& table : tables)
            if (Status s = execSql(db, QStringLiteral("DELETE FROM main.%1").arg(table)); !s)
                return s.error();
        for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
            if (!restoredTables.contains(*it))
                continue;
            QStringList columns;
            const QSqlRecord record = db.record(*it);
            for (int i = 0; i < record.count(); ++i)
                columns << record.fieldName(i);
            const QString list = columns.join(QStringLiteral(", "));
            if (Status s = execSql(
                    db, QStringLiteral("INSERT INTO main.%1 (%2) SELECT %2 FROM restored.%1").arg(*it, list));
                !s)
                return s.error();
        }
        // Every row was replaced: the search index is filled again from them.
        if (Status s = searchindex::rebuild(db); !s)
            return s.error();
        const QJsonObject after{{QStringLiteral("file"), QFileInfo(backupPath).fileName()},
                                {QStringLiteral("members"), result.restored.members},
                                {QStringLiteral("numbers"), result.restored.numbers},
                                {QStringLiteral("creditCents"), result.restored.creditCents}};
        if (Status s
            = AuditLog::record(context, QStringLiteral("database.restore"), QStringLiteral("database"),
                               QFileInfo(backupPath).fileName(), {}, after);
            !s)
            return s.error();
        if (Status s = transaction.commit(); !s)
            return s.error();
    }
    qCInfo(lcBackup) << "Restored" << database.path() << "from" << backupPath;
    return result;
}

QString Backup::automaticFolder()
{
    return QFileInfo(Database::defaultPath()).absolutePath() + QStringLiteral("/backups");
}

Result<std::optional<QString>> Backup::dailyBackup(const Database& database, const QString& folder,
                                                   const QDateTime& now, int keep)
{
    if (database.engine() == Engine::Postgres)
        return std::optional<QString>();
    const QString prefix = stem(database) + QLatin1Char('-');
    const QString suffix = QStringLiteral(".daily") + backupSuffix;
    QDir dir(folder);
    QStringList daily = dir.entryList({prefix + QStringLiteral("*") + suffix}, QDir::Files, QDir::Name);
    const auto dayOf = [&](const QString& name) {
        const QString stamp = name.mid(prefix.size(), stampFormat.size());
        QDateTime time = QDateTime::fromString(stamp, stampFormat);
        time.setTimeZone(QTimeZone::utc());
        return time.toLocalTime().date();
    };
    if (!daily.isEmpty() && dayOf(daily.last()) >= now.toLocalTime().date())
        return std::optional<QString>();
    const QString target = dir.filePath(prefix + now.toUTC().toString(stampFormat) + suffix);
    if (Status s = backUp(database, target); !s)
        return s.error();
    daily << QFileInfo(target).fileName();
    daily.sort();
    while (daily.size() > keep)
        dir.remove(daily.takeFirst());
    return std::optional<QString>(target);
}

Result<QString> Backup::backUpBefore(const Database& database, const QString& folder, const QString& what,
                                     const QDateTime& now)
{
    const QString target
        = QDir(folder).filePath(stem(database) + QLatin1Char('-') + now.toUTC().toString(stampFormat)
                                + QStringLiteral(".before-") + what + backupSuffix);
    if (Status s = backUp(database, target); !s)
        return s.error();
    return target;
}

} // namespace nm
