#pragma once

#include "Result.h"
#include "storage/Dialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <memory>

namespace nm {

// One named connection to a Number Manager database, brought to the current schema:
// a SQLite file (opened with foreign keys on, a WAL journal and a busy timeout), or a
// database on a PostgreSQL server, named by a URL
// postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=require]. The password comes from
// Options::password, PGPASSWORD or ~/.pgpass (libpq's own lookup), never from the URL's
// display or the logs.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(nm::Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    static constexpr int currentSchemaVersion = 10;
    static constexpr int busyTimeoutMs = 5000;

    struct Options
    {
        QString connectionName; // generated when empty
        bool createIfMissing = true;
        // Open for looking only (a backup, a colleague's copy): every write is refused
        // with a clear message. A file the user may not write to, or one in a folder the
        // user may not write to, is opened this way too (see readOnlyReason()).
        bool readOnly = false;
        // Checks the file for damage (PRAGMA quick_check) before anything can be written.
        bool checkForDamage = true;
        // Opens a damaged file anyway, read-only, so that it can be examined.
        bool allowDamaged = false;
        // PostgreSQL: the password to log in with; empty for libpq's own lookup.
        QString password;
    };

    enum class ReadOnlyReason
    {
        None, // writable
        Requested, // Options::readOnly
        FileNotWritable, // the user may not write to the file
        FolderNotWritable, // nor to its folder, where SQLite keeps its -wal and -shm files
        Damaged, // opened with Options::allowDamaged
        Viewer, // PostgreSQL: the user has the viewer role
    };

    // Whether `location` names a PostgreSQL server (postgresql:// or postgres://).
    static bool isServerUrl(const QString& location);

    // Refuses, leaving the file byte-for-byte unchanged: a file that is not a SQLite
    // database, a database written by a newer Number Manager, and a damaged database
    // (DatabaseDamaged, naming the newest backup copy to restore).
    static Result<std::unique_ptr<Database>> open(const QString& path, const Options& options);
    static Result<std::unique_ptr<Database>> open(const QString& path) { return open(path, Options{}); }

    ~Database();

    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }
    Engine engine() const { return m_engine; }
    // The file, or the server URL (without any password): what the programs show.
    QString path() const { return m_path; }
    // Who is working: the server's user on PostgreSQL; empty on SQLite (the operating
    // system's user name is used there).
    QString userName() const { return m_userName; }
    int schemaVersion() const { return m_schemaVersion; }
    // The copy made before migrating an older database; empty when none was needed.
    QString backupPath() const { return m_backupPath; }
    bool isReadOnly() const { return m_readOnlyReason != ReadOnlyReason::None; }
    ReadOnlyReason readOnlyReason() const { return m_readOnlyReason; }
    // Why the database is read-only, as a sentence for the user; empty when it is not.
    QString readOnlyMessage() const;
    // Whether open() created the file (a new, empty database).
    bool wasCreated() const { return m_created; }

    // What PRAGMA quick_check says of the file: nothing when it is sound.
    Result<QStringList> checkForDamage() const;
    // Full integrity check (slower): every index against its table.
    Result<QStringList> checkIntegrity() const;

    // The default file used by both programs, under the application data location.
    static QString defaultPath();
    // Backup copies kept beside a database (before upgrades, backups made by the
    // programs), newest first.
    static QStringList backupCopies(const QString& path);

    // Damage found while working (SQLITE_CORRUPT): the file at `path` is then refused
    // for writing until the program is restarted on a sound file.
    static void markDamaged(const QString& path);
    static bool isMarkedDamaged(const QString& path);
    // "The database ... is damaged ... restore the newest backup copy, ...".
    static Error damagedError(const QString& path, const QString& detail = {});

private:
    Database(QString path, QString connectionName);
    static Result<std::unique_ptr<Database>> openSqlite(const QString& path, const Options& options);
    static Result<std::unique_ptr<Database>> openPostgres(const QString& url, const Options& options);
    Status configure();
    Status migrate(int fromVersion);
    Status backUpBeforeMigration(int version);

    QString m_path;
    QString m_connectionName;
    Engine m_engine = Engine::Sqlite;
    QString m_userName;
    QString m_backupPath;
    QString m_openKey; // SQLite: the file, as the process-wide list of open files knows it
    int m_schemaVersion = 0;
    ReadOnlyReason m_readOnlyReason = ReadOnlyReason::None;
    bool m_created = false;
};

} // namespace nm
