#pragma once

#include "Context.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

namespace nm {

class Database;

// What a backup file holds, for the question "restore this?".
struct BackupSummary
{
    QString path;
    QString organisation; // its name, empty when none was created
    qint64 members = 0; // active
    qint64 numbers = 0; // not released
    qint64 creditCents = 0;
    QDateTime lastChange; // the newest history entry; invalid when there is none
    int schemaVersion = 0;
};

struct RestoreResult
{
    BackupSummary restored;
    QString previousCopy; // the copy of the database as it was before the restore
};

// Backups of a SQLite database and their restore. A backup is one file, a consistent
// copy taken online (VACUUM INTO), safe while the desktop program and other processes
// write: copying the database file itself misses what is still in its -wal file. Backup
// files are private to the user (0600 on Unix). A PostgreSQL database is backed up with
// the server's own pg_dump.
class Backup final
{
    Q_DECLARE_TR_FUNCTIONS(nm::Backup)

public:
    // Writes the copy to `target` (replacing a file there only once the copy is
    // complete and sound).
    static Status backUp(const Database& database, const QString& target);

    // Opens `path` read-only and checks it: a Number Manager database (of this or an
    // older schema) that passes SQLite's full integrity check. Refused otherwise, with why.
    static Result<BackupSummary> inspect(const QString& path);

    // Replaces everything in `context.database` with what the backup holds, in one
    // transaction, after inspect() passed and after a copy of the database as it is was
    // kept beside it (RestoreResult::previousCopy). A backup of an older schema is
    // brought up to date first (on a temporary copy; the backup file is not changed).
    // Other administrators' programs see the restored data at once.
    static Result<RestoreResult> restore(const Context& context, const QString& backupPath);

    // The folder of the desktop program's automatic backups: "backups" beside the
    // default database, in the user's application data folder.
    static QString automaticFolder();
    // The desktop program's daily backup: when the newest automatic backup of this
    // database in `folder` is from an earlier local day than `now`, writes
    // "<name>-<yyyyMMdd-HHmmss>.daily.nmbackup" and removes the oldest daily ones beyond
    // `keep`. Returns the new file, or nullopt when today's backup was already made.
    static Result<std::optional<QString>> dailyBackup(const Database& database, const QString& folder,
                                                      const QDateTime& now, int keep = 7);
    // A backup before a risky change ("import", "restore"): "<name>-<stamp>.before-<what>.nmbackup".
    static Result<QString> backUpBefore(const Database& database, const QString& folder, const QString& what,
                                        const QDateTime& now);
};

} // namespace nm
