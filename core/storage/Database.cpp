#include "Database.h"

#include "Schema.h"
#include "SqlError.h"
#include "platform/Platform.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QSet>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

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
// The database files this process has connections to. Their header is not read again
// through a file of our own: closing any other handle on a file drops every POSIX lock
// the process holds on it (SQLite's included), and another process could then take the
// file for its own (checkpoint and remove the -wal that our connections still read).
QMutex openFilesLock;
QHash<QString, int>& openFiles()
{
    static QHash<QString, int> files;
    return files;
}

bool isOpenHere(const QString& key)
{
    QMutexLocker locker(&openFilesLock);
    return openFiles().value(key) > 0;
}

FileKind inspect(const QString& path, bool openHere)
{
    QFileInfo info(path);
    if (!info.exists())
        return FileKind::Missing;
    if (!info.isFile())
        return FileKind::Other;
    if (info.size() == 0)
        return FileKind::Empty;
    if (openHere)
        return FileKind::Sqlite; // and known to be one
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileKind::Unreadable;
    const QByteArray header = file.read(16);
    return header == QByteArray("SQLite format 3\0", 16) ? FileKind::Sqlite : FileKind::Other;
}

// The folders of a new database that do not exist yet, created readable by the user
// only (0700 on POSIX; Windows' per-user AppData is private already).
bool makePrivateFolders(const QString& folder)
{
    QStringList missing;
    QString next = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    while (!QFileInfo::exists(next)) {
        missing.prepend(next);
        const QString parent = QFileInfo(next).absolutePath();
        if (parent == next)
            break;
        next = parent;
    }
    for (const QString& path : std::as_const(missing))
        if (!QDir().mkdir(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
            return false;
    return true;
}

// An empty file with the given permissions, for SQLite to fill: SQLite would create it
// with the process's default (0644), and its -wal and -shm files take the permissions
// of the database file.
bool createEmptyFile(const QString& path, QFileDevice::Permissions permissions)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::NewOnly, permissions);
}

constexpr QFileDevice::Permissions privateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QMutex damagedLock;
QSet<QString>& damagedPaths()
{
    static QSet<QString> paths;
    return paths;
}

QString canonicalKey(const QString& path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return canonical.isEmpty() ? QFileInfo(path).absoluteFilePath() : canonical;
}

// "file:///path/to/db?mode=ro&immutable=1": a database in a read-only folder, where SQLite
// cannot create the -shm file that reading a WAL database needs.
QString immutableUri(const QString& path)
{
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
        + QStringLiteral("?mode=ro&immutable=1");
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
    if (!m_openKey.isEmpty()) {
        QMutexLocker locker(&openFilesLock);
        if (--openFiles()[m_openKey] <= 0)
            openFiles().remove(m_openKey);
    }
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

QStringList Database::backupCopies(const QString& path)
{
    const QFileInfo info(path);
    QDir dir = info.absoluteDir();
    QFileInfoList copies
        = dir.entryInfoList({info.fileName() + QStringLiteral(".*backup*")}, QDir::Files, QDir::Time);
    QStringList paths;
    for (const QFileInfo& copy : copies)
        if (!copy.fileName().endsWith(QLatin1String("-wal"))
            && !copy.fileName().endsWith(QLatin1String("-shm")))
            paths << copy.absoluteFilePath();
    return paths;
}

void Database::markDamaged(const QString& path)
{
    QMutexLocker locker(&damagedLock);
    damagedPaths().insert(canonicalKey(path));
}

bool Database::isMarkedDamaged(const QString& path)
{
    QMutexLocker locker(&damagedLock);
    return !damagedPaths().isEmpty() && damagedPaths().contains(canonicalKey(path));
}

Error Database::damagedError(const QString& path, const QString& detail)
{
    const QString native = QDir::toNativeSeparators(path);
    const QStringList copies = backupCopies(path);
    QString message = tr("The database %1 is damaged, so Number Manager will not write to it: what it "
                         "would write could be lost or spread the damage. Nothing was changed.")
                          .arg(native);
    if (!detail.isEmpty())
        message += QLatin1Char(' ') + tr("(SQLite reports: %1)").arg(detail.simplified());
    message += QLatin1Char(' ');
    if (copies.isEmpty())
        message += tr("To recover, close Number Manager and put back a copy of the file from your own "
                      "backups; there is no backup copy beside it.");
    else
        message += tr("To recover, close Number Manager and put the newest backup copy, %1, in its place "
                      "(keep the damaged file aside for your IT support).")
                       .arg(QDir::toNativeSeparators(copies.first()));
    return Error{ErrorCode::DatabaseDamaged, message, QStringLiteral("database")};
}

QString Database::readOnlyMessage() const
{
    const QString native = QDir::toNativeSeparators(m_path);
    switch (m_readOnlyReason) {
    case ReadOnlyReason::None:
        return {};
    case ReadOnlyReason::Requested:
        return tr("The database %1 is open read-only: you can look, but not change anything.").arg(native);
    case ReadOnlyReason::FileNotWritable:
        return tr("You may not write to the database %1, so it is open read-only: you can look, but not "
                  "change "
                  "anything.")
            .arg(native);
    case ReadOnlyReason::FolderNotWritable:
        return tr("The database %1 is in a folder you may not write to, so it is open read-only: you can "
                  "look, but not change anything. To work with it, copy it to a folder of your own.")
            .arg(native);
    case ReadOnlyReason::Damaged:
        return damagedError(m_path).message;
    case ReadOnlyReason::Viewer:
        return tr("You are a viewer of the database %1 (user %2): you can look at everything, but only its "
                  "administrators can change anything.")
            .arg(m_path, m_userName);
    }
    return {};
}

namespace {
// What a checking pragma reports besides "ok".
Result<QStringList> problemsReported(const QSqlDatabase& db, const QString& pragma)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(pragma))
        return databaseError(query);
    QStringList problems;
    while (query.next())
        if (query.value(0).toString() != QLatin1String("ok"))
            problems << query.value(0).toString();
    return problems;
}
} // namespace

Result<QStringList> Database::checkForDamage() const
{
    return problemsReported(connection(), QStringLiteral("PRAGMA quick_check(20)"));
}

Result<QStringList> Database::checkIntegrity() const
{
    return problemsReported(connection(), QStringLiteral("PRAGMA integrity_check(100)"));
}

bool Database::isServerUrl(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<std::unique_ptr<Database>> Database::open(const QString& location, const Options& options)
{
    return isServerUrl(location) ? openPostgres(location, options) : openSqlite(location, options);
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString& path, const Options& options)
{
    const QString native = QDir::toNativeSeparators(path);
    const FileKind kind = inspect(path, isOpenHere(canonicalKey(path)));
    bool created = false;
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
        if (!makePrivateFolders(QFileInfo(path).absolutePath()))
            return Error{ErrorCode::IoError,
                         tr("The folder for the database %1 cannot be created.").arg(native),
                         QStringLiteral("database")};
        if (!createEmptyFile(path, privateFile))
            return Error{
                ErrorCode::IoError,
                tr("The database %1 cannot be created. Check that you may write to its folder.").arg(native),
                QStringLiteral("database")};
        created = true;
        break;
    case FileKind::Empty:
    case FileKind::Sqlite:
        break;
    }

    const QString name = options.connectionName.isEmpty() ? uniqueConnectionName() : options.connectionName;
    std::unique_ptr<Database> database(new Database(path, name));
    database->m_created = created;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const QFileInfo shm(path + QStringLiteral("-shm"));
    if (options.readOnly)
        database->m_readOnlyReason = ReadOnlyReason::Requested;
    else if (!platform::isWritable(folder))
        database->m_readOnlyReason = ReadOnlyReason::FolderNotWritable;
    else if (!platform::isWritable(info))
        database->m_readOnlyReason = ReadOnlyReason::FileNotWritable;
    if (options.allowDamaged && database->m_readOnlyReason == ReadOnlyReason::None)
        database->m_readOnlyReason = ReadOnlyReason::Requested; // for examining, never for changing

    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (database->isReadOnly())
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    // Reading a WAL database needs its -shm file; where that cannot be made (a read-only
    // folder) and no -wal holds changes, the file is read as it is on disk.
    if (database->isReadOnly() && !platform::isWritable(folder) && !shm.exists()
        && (!wal.exists() || wal.size() == 0)) {
        connectOptions += QStringLiteral(";QSQLITE_OPEN_URI");
        db.setDatabaseName(immutableUri(path));
    } else {
        db.setDatabaseName(path);
    }
    db.setConnectOptions(connectOptions);
    if (!db.open())
        return Error{ErrorCode::IoError,
                     tr("The database %1 cannot be opened: %2").arg(native, db.lastError().text()),
                     QStringLiteral("database")};
    // Lets every later error on this connection name its file (damage, a full disk).
    db.driver()->setProperty(databasePathProperty, info.absoluteFilePath());
    database->m_openKey = canonicalKey(path);
    {
        QMutexLocker locker(&openFilesLock);
        ++openFiles()[database->m_openKey];
    }

    // Read the version before anything is written: a newer or foreign file stays untouched.
    QSqlQuery versionQuery(db);
    if (!versionQuery.exec(QStringLiteral("PRAGMA user_version")) || !versionQuery.next()) {
        const Error error = databaseError(versionQuery);
        // With SQLite's header in place, a file SQLite cannot read is a damaged database.
        if (kind == FileKind::Sqlite
            && (error.code == ErrorCode::NotADatabase || error.code == ErrorCode::DatabaseDamaged)) {
            markDamaged(path);
            return damagedError(path, versionQuery.lastError().databaseText());
        }
        if (error.code == ErrorCode::NotADatabase)
            return Error{ErrorCode::NotADatabase,
                         tr("The file %1 is not a Number Manager database. It was not opened and has not "
                            "been changed.")
                             .arg(native),
                         QStringLiteral("database")};
        if (database->m_readOnlyReason == ReadOnlyReason::FolderNotWritable)
            return Error{ErrorCode::DatabaseReadOnly,
                         tr("The database %1 is in a folder you may not write to, and it holds changes that "
                            "SQLite cannot read from there (its -wal file). Copy the database with its -wal "
                            "file to a folder of your own, or ask who may write to the folder to open it "
                            "once. Nothing was changed.")
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

    // Damage is looked for before anything is written (the migration below, any change).
    if (options.checkForDamage && kind == FileKind::Sqlite) {
        auto problems = database->checkForDamage();
        if (!problems && problems.error().code != ErrorCode::DatabaseDamaged)
            return problems.error();
        const QString detail = problems ? problems->join(QStringLiteral("; ")) : problems.error().message;
        if (!problems || !problems->isEmpty()) {
            markDamaged(path);
            if (!options.allowDamaged)
                return damagedError(path, detail.left(300));
            database->m_readOnlyReason = ReadOnlyReason::Damaged;
        }
    }

    if (database->isReadOnly() && version < currentSchemaVersion)
        return Error{ErrorCode::DatabaseReadOnly,
                     tr("The database %1 is read-only and must be upgraded before it can be used. Nothing "
                        "was changed.")
                         .arg(native),
                     QStringLiteral("database")};

    if (Status status = database->configure(); !status)
        return status.error();

    if (version < currentSchemaVersion) {
        if (version > 0)
            if (Status status = database->backUpBeforeMigration(version); !status)
                return status.error();
        if (Status status = database->migrate(version); !status)
            return status.error();
    }
    database->m_schemaVersion = currentSchemaVersion;
    return database;
}

Status Database::backUpBeforeMigration(int version)
{
    const QString native = QDir::toNativeSeparators(m_path);
    const QString backup
        = QStringLiteral("%1.schema-%2-backup-%3")
              .arg(m_path)
              .arg(version)
              .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    // The copy is as private as the database itself.
    if (!createEmptyFile(backup, QFileInfo(m_path).permissions()))
        return Error{ErrorCode::IoError,
                     tr("The database %1 could not be backed up before upgrading it (the copy %2 cannot be "
                        "created). It has not been changed.")
                         .arg(native, QDir::toNativeSeparators(backup)),
                     QStringLiteral("database")};
    QSqlQuery vacuum(connection());
    vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
    vacuum.addBindValue(backup);
    if (!vacuum.exec()) {
        QFile::remove(backup);
        return Error{ErrorCode::IoError,
                     tr("The database %1 could not be backed up before upgrading it (%2). It has "
                        "not been changed.")
                         .arg(native, databaseError(vacuum).message),
                     QStringLiteral("database")};
    }
    m_backupPath = backup;
    qCInfo(lcDatabase) << "Backed up" << m_path << "to" << backup << "before migrating";
    return {};
}

Status Database::configure()
{
    QSqlDatabase db = connection();
    if (m_engine == Engine::Postgres)
        return {};
    if (Status s = execSql(db, QStringLiteral("PRAGMA foreign_keys = ON")); !s)
        return s;
    if (isReadOnly())
        return {};
    QSqlQuery journal(db);
    if (!journal.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return databaseError(journal);
    return execSql(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
}

Status Database::migrate(int fromVersion)
{
    QSqlDatabase db = connection();
    const bool postgres = m_engine == Engine::Postgres;
    const auto failed = [&](int version, const Error& error) {
        (void)execSql(db, QStringLiteral("ROLLBACK"));
        return Error{error.code,
                     tr("Upgrading the database to schema %1 failed: %2").arg(version).arg(error.message),
                     QStringLiteral("database")};
    };
    for (const Migration& migration : migrations()) {
        if (migration.version <= fromVersion)
            continue;
        // Each migration is its own transaction, so a failure leaves the previous version intact.
        if (Status s = execSql(db, postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
            !s)
            return s;
        if (postgres) {
            // One program migrates; another one waiting finds the work done.
            if (Status s
                = execSql(db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(dialect::writeLockKey));
                !s)
                return failed(migration.version, s.error());
            if (Status s
                = execSql(db,
                          QStringLiteral("CREATE TABLE IF NOT EXISTS nm_schema_version (version INTEGER "
                                         "NOT NULL)"));
                !s)
                return failed(migration.version, s.error());
            QSqlQuery current(db);
            if (!current.exec(QStringLiteral("SELECT max(version) FROM nm_schema_version"))
                || !current.next())
                return failed(migration.version, databaseError(current));
            if (current.value(0).toInt() >= migration.version) {
                (void)execSql(db, QStringLiteral("ROLLBACK"));
                continue;
            }
        }
        for (const QString& statement : migration.statements) {
            QSqlQuery query(db);
            if (!query.exec(dialect::schemaStatement(m_engine, statement)))
                return failed(migration.version, databaseError(query));
        }
        if (migration.code)
            if (Status s = migration.code(db); !s)
                return failed(migration.version, s.error());
        Status stamp;
        if (postgres) {
            stamp = execSql(db, QStringLiteral("DELETE FROM nm_schema_version"));
            if (stamp)
                stamp = execSql(db,
                                QStringLiteral("INSERT INTO nm_schema_version (version) VALUES (%1)")
                                    .arg(migration.version));
            // Functions, notifications and grants cover the tables of the newest schema.
            if (migration.version == currentSchemaVersion)
                for (const QString& statement : dialect::postgresSetup())
                    if (stamp)
                        stamp = execSql(db, statement);
        } else {
            stamp = execSql(db, QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
        }
        if (!stamp)
            return failed(migration.version, stamp.error());
        if (Status s = execSql(db, QStringLiteral("COMMIT")); !s)
            return failed(migration.version, s.error());
        qCInfo(lcDatabase) << "Migrated" << m_path << "to schema" << migration.version;
    }
    return {};
}

} // namespace nm
