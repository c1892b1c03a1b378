#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace nm {

// One named SQLite connection to a Number Manager database file, opened with foreign
// keys on, a WAL journal and a busy timeout, and brought to the current schema.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(nm::Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    static constexpr int currentSchemaVersion = 3;
    static constexpr int busyTimeoutMs = 5000;

    struct Options
    {
        QString connectionName; // generated when empty
        bool createIfMissing = true;
        // Open for looking only (a backup, a colleague's copy): every write is refused
        // with a clear message. A file the user may not write to is opened this way too.
        bool readOnly = false;
    };

    // Refuses, leaving the file byte-for-byte unchanged: a file that is not a SQLite
    // database, and a database written by a newer Number Manager.
    static Result<std::unique_ptr<Database>> open(const QString& path, const Options& options);
    static Result<std::unique_ptr<Database>> open(const QString& path) { return open(path, Options{}); }

    ~Database();

    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }
    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    // The copy made before migrating an older database; empty when none was needed.
    QString backupPath() const { return m_backupPath; }
    bool isReadOnly() const { return m_readOnly; }

    // The default file used by both programs, under the application data location.
    static QString defaultPath();

private:
    Database(QString path, QString connectionName);
    Status configure();
    Status migrate(int fromVersion);

    QString m_path;
    QString m_connectionName;
    QString m_backupPath;
    int m_schemaVersion = 0;
    bool m_readOnly = false;
};

} // namespace nm
