#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <memory>

namespace nm {

// One named SQLite connection to a Number Manager database file, opened with foreign
// keys on, a WAL journal and a busy timeout, and brought to the current schema.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(nm::Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    static constexpr int currentSchemaVersion = 4;
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
    };

    enum class ReadOnlyReason
    {
        None, // writable
        Requested, // Options::readOnly
        FileNotWritable, // the user may not write to the file
        FolderNotWritable, // nor to its folder, where SQLite keeps its -wal and -shm files
        Damaged, // opened with Options::allowDamaged
    };

    // Refuses, leaving the file byte-for-byte unchanged: a file that is not a SQLite
    // database, a database written by a newer Number Manager, and a damaged database
    // (DatabaseDamaged, naming the newest backup copy to restore).
    static Result<std::unique_ptr<Database>> open(const QString& path, const Options& options);
    static Result<std::unique_ptr<Database>> open(const QString& path) { return open(path, Options{}); }

    ~Database();

    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }
    QString path() const { return m_path; }
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
    Status configure();
    Status migrate(int fromVersion);
    Status backUpBeforeMigration(int version);

    QString m_path;
    QString m_connectionName;
    QString m_backupPath;
    int m_schemaVersion = 0;
    ReadOnlyReason m_readOnlyReason = ReadOnlyReason::None;
    bool m_created = false;
};

} // namespace nm
