#include "Database.h"

#include "Schema.h"
#include "SqlError.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcDatabase, "nm.storage.database")

namespace nm {

namespace {

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("numbermanager-%1").arg(counter.fetchAndAddRelaxed(1));
}

enum class FileKind
{
    Missing,
    Empty,
    Sqlite,
    Other,
    Unreadable
};

// Looks at the file's header before SQLite touches it, so that nothing is ever
// written to a file that is not ours.
FileKind inspect(const QString& path)
{
    QFileInfo info(path);
    if (!info.exists())
        return FileKind::Missing;
    if (!info.isFile())
        return FileKind::Other;
    if (info.size() == 0)
        return FileKind::Empty;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileKind::Unreadable;
    const QByteArray header = file.read(16);
    return header == QByteArray("SQLite format 3\0", 16) ? FileKind::Sqlite : FileKind::Other;
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{ }

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("numbermanager.sqlite"));
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const Options& options)
{
    const QString native = QDir::toNativeSeparators(path);
    const FileKind kind = inspect(path);
    switch (kind) {
    case FileKind::Other:
        return Error{ErrorCode::NotADatabase,
                     tr("The file %1 is not a Number Manager database. It was not opened and has not been "
                        "changed.")
                         .arg(native),
                     QStringLiteral("database")};
    case FileKind::Unreadable:
        return Error{ErrorCode::IoError,
                     tr("The file %1 cannot be read. Check that you have permission to open it.").arg(native),
                     QStringLiteral("database")};
    case FileKind::Missing:
        if (!options.createIfMissing || options.readOnly)
            return Error{ErrorCode::NotFound, tr("The database %1 does not exist.").arg(native),
                         QStringLiteral("database")};
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return Error{ErrorCode::IoError,
                         tr("The folder for the database %1 cannot be created.").arg(native),
                         QStringLiteral("database")};
        break;
    case FileKind::Empty:
    case FileKind::Sqlite:
        break;
    }

    const QString name = options.connectionName.isEmpty() ? uniqueConnectionName() : options.connectionName;
    std::unique_ptr<Database> database(new Database(path, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    const QFileInfo info(path);
    database->m_readOnly = options.readOnly || (info.exists() && !info.isWritable());
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (database->m_readOnly)
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(connectOptions);
    if (!db.open())
        return Error{ErrorCode::IoError,
                     tr("The database %1 cannot be opened: %2").arg(native, db.lastError().text()),
                     QStringLiteral("database")};

    // Read the version before anything is written: a newer or foreign file stays untouched.
    QSqlQuery versionQuery(db);
    if (!versionQuery.exec(QStringLiteral("PRAGMA user_version")) || !versionQuery.next()) {
        const Error error = databaseError(versionQuery);
        if (error.code == ErrorCode::NotADatabase)
            return Error{ErrorCode::NotADatabase,
                         tr("The file %1 is not a Number Manager database. It was not opened and has not "
                            "been changed.")
                             .arg(native),
                         QStringLiteral("database")};
        return error;
    }
    const int version = versionQuery.value(0).toInt();
    versionQuery.finish();

    if (version > currentSchemaVersion)
        return Error{ErrorCode::DatabaseNewer,
                     tr("The database %1 was written by a newer version of Number Manager (schema %2; this "
                        "version knows schema %3). Please install the newer version. The file has not been "
                        "changed.")
                         .arg(native)
                         .arg(version)
                         .arg(currentSchemaVersion),
                     QStringLiteral("database")};

    if (version == 0 && kind == FileKind::Sqlite) {
        // A SQLite file without our version stamp: ours only if it holds no tables at all.
        QSqlQuery tables(db);
        if (!tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !tables.next())
            return databaseError(tables);
        if (tables.value(0).toInt() > 0)
            return Error{ErrorCode::NotADatabase,
                         tr("The file %1 is a database of another program, not of Number Manager. It was "
                            "not opened and has not been changed.")
                             .arg(native),
                         QStringLiteral("database")};
    }

    if (database->m_readOnly && version < currentSchemaVersion)
        return Error{ErrorCode::DatabaseReadOnly,
                     tr("The database %1 is read-only and must be upgraded before it can be used. Nothing "
                        "was changed.")
                         .arg(native),
                     QStringLiteral("database")};

    if (Status status = database->configure(); !status)
        return status.error();

    if (version < currentSchemaVersion) {
        if (version > 0) {
            const QString backup
                = QStringLiteral("%1.schema-%2-backup-%3")
                      .arg(path)
                      .arg(version)
                      .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
            QSqlQuery vacuum(db);
            vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
            vacuum.addBindValue(backup);
            if (!vacuum.exec())
                return Error{ErrorCode::IoError,
                             tr("The database %1 could not be backed up before upgrading it (%2). It has "
                                "not been changed.")
                                 .arg(native, vacuum.lastError().text()),
                             QStringLiteral("database")};
            database->m_backupPath = backup;
            qCInfo(lcDatabase) << "Backed up" << path << "to" << backup << "before migrating";
        }
        if (Status status = database->migrate(version); !status)
            return status.error();
    }
    database->m_schemaVersion = currentSchemaVersion;
    return database;
}

Status Database::configure()
{
    QSqlDatabase db = connection();
    if (Status s = execSql(db, QStringLiteral("PRAGMA foreign_keys = ON")); !s)
        return s;
    if (m_readOnly)
        return {};
    QSqlQuery journal(db);
    if (!journal.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return databaseError(journal);
    return execSql(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
}

Status Database::migrate(int fromVersion)
{
    QSqlDatabase db = connection();
    for (const Migration& migration : migrations()) {
        if (migration.version <= fromVersion)
            continue;
        // Each migration is its own transaction, so a failure leaves the previous version intact.
        if (Status s = execSql(db, QStringLiteral("BEGIN IMMEDIATE")); !s)
            return s;
        for (const QString& statement : migration.statements) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                const Error error = databaseError(query);
                (void)execSql(db, QStringLiteral("ROLLBACK"));
                return Error{error.code,
                             tr("Upgrading the database to schema %1 failed: %2")
                                 .arg(migration.version)
                                 .arg(error.message),
                             QStringLiteral("database")};
            }
        }
        Status stamp = execSql(db, QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
        if (stamp)
            stamp = execSql(db, QStringLiteral("COMMIT"));
        if (!stamp) {
            (void)execSql(db, QStringLiteral("ROLLBACK"));
            return stamp;
        }
        qCInfo(lcDatabase) << "Migrated" << m_path << "to schema" << migration.version;
    }
    return {};
}

} // namespace nm
