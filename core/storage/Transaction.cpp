#include "Transaction.h"

#include "SqlError.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/SearchIndex.h"

#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QSqlQuery>

namespace nm {

namespace {
Q_LOGGING_CATEGORY(lcTransaction, "nm.storage.transaction")

// Open transactions per connection name. A connection is used by one thread, but
// different threads hold different connections, hence the lock.
QMutex depthLock;
QHash<QString, int>& depths()
{
    static QHash<QString, int> map;
    return map;
}

int enter(const QString& connection)
{
    QMutexLocker locker(&depthLock);
    return depths()[connection]++;
}

void leave(const QString& connection)
{
    QMutexLocker locker(&depthLock);
    if (--depths()[connection] <= 0)
        depths().remove(connection);
}
} // namespace

bool Transaction::isOpen(const QSqlDatabase& db)
{
    QMutexLocker locker(&depthLock);
    return depths().value(db.connectionName()) > 0;
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    // Nothing more is written to a file found damaged.
    const QString path = databasePathOf(m_db.driver());
    if (!path.isEmpty() && Database::isMarkedDamaged(path)) {
        m_begin = Database::damagedError(path);
        return;
    }
    const int depth = enter(m_db.connectionName());
    if (depth > 0) {
        m_savepoint = QStringLiteral("nm_savepoint_%1").arg(depth);
        m_begin = execSql(m_db, QStringLiteral("SAVEPOINT ") + m_savepoint);
    } else if (dialect::engineOf(m_db) == Engine::Postgres) {
        // The write lock first, as BEGIN IMMEDIATE takes it on SQLite.
        m_begin = execSql(m_db, QStringLiteral("BEGIN"));
        if (m_begin) {
            m_begin = execSql(m_db,
                              QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(dialect::writeLockKey));
            if (!m_begin)
                (void)execSql(m_db, QStringLiteral("ROLLBACK"));
        }
    } else {
        m_begin = execSql(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    }
    m_active = m_begin.ok();
    if (!m_active)
        leave(m_db.connectionName());
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_begin.ok() ? Status{} : m_begin;
    if (!isNested()) {
        // The rows this change added go into the search index with it. Should that fail,
        // the change is kept: a search reads the rows the index lacks directly.
        if (Status indexed = searchindex::catchUp(m_db); !indexed)
            qCWarning(lcTransaction) << "The search index is behind:" << indexed.error().message;
    }
    Status status
        = execSql(m_db, isNested() ? QStringLiteral("RELEASE ") + m_savepoint : QStringLiteral("COMMIT"));
    if (!status) {
        rollback();
        return status;
    }
    m_active = false;
    leave(m_db.connectionName());
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery query(m_db);
    if (isNested()) {
        query.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        query.exec(QStringLiteral("RELEASE ") + m_savepoint);
    } else {
        query.exec(QStringLiteral("ROLLBACK"));
    }
    leave(m_db.connectionName());
}

} // namespace nm
