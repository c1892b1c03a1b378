#include "ChangeWatcher.h"

#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace nm {

ChangeWatcher::ChangeWatcher(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{
    connect(&m_poll, &QTimer::timeout, this, &ChangeWatcher::checkNow);
    // A burst of notifications (one per table a change touched) is one change.
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(100);
    connect(&m_coalesce, &QTimer::timeout, this, &ChangeWatcher::changedElsewhere);
}

ChangeWatcher::~ChangeWatcher() = default;

void ChangeWatcher::start()
{
    if (m_database.engine() == Engine::Postgres)
        subscribe();
    m_dataVersion = -1;
    checkNow();
    m_poll.start(m_database.engine() == Engine::Postgres ? reconnectIntervalMs : pollIntervalMs);
}

void ChangeWatcher::stop()
{
    m_poll.stop();
    m_coalesce.stop();
}

void ChangeWatcher::subscribe()
{
    QSqlDriver* driver = m_database.connection().driver();
    if (!driver)
        return;
    const QString channel = QLatin1String(dialect::changeChannel);
    if (!driver->subscribedToNotifications().contains(channel))
        driver->subscribeToNotification(channel);
    connect(driver, &QSqlDriver::notification, this, &ChangeWatcher::onNotification, Qt::UniqueConnection);
}

void ChangeWatcher::onNotification(const QString& name, QSqlDriver::NotificationSource source)
{
    // Our own changes are shown by the page that made them.
    if (name == QLatin1String(dialect::changeChannel) && source == QSqlDriver::OtherSource)
        reportChange();
}

void ChangeWatcher::reportChange()
{
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void ChangeWatcher::checkNow()
{
    QSqlDatabase db = m_database.connection();
    // Inside a long operation (its progress dialog keeps the event loop running) the
    // connection is busy with it: ask next time.
    if (Transaction::isOpen(db))
        return;
    QSqlQuery query(db);
    const bool postgres = m_database.engine() == Engine::Postgres;
    const bool ok = query.exec(postgres ? QStringLiteral("SELECT 1") : QStringLiteral("PRAGMA data_version"))
        && query.next();
    if (!ok) {
        const Error error = databaseError(query);
        if (postgres && error.code == ErrorCode::ConnectionLost) {
            if (m_connected) {
                m_connected = false;
                emit connectionLost(error.message);
            }
            // Try again: a server that restarted takes the same connection settings.
            db.close();
            if (db.open()) {
                (void)execSql(db, QStringLiteral("SET client_min_messages = error"));
                (void)execSql(db, QStringLiteral("SET lock_timeout = '%1ms'").arg(Database::busyTimeoutMs));
                subscribe();
                m_connected = true;
                emit connectionRestored();
                emit changedElsewhere(); // whatever happened meanwhile
            }
        }
        return;
    }
    if (postgres)
        return; // changes come as notifications
    const qint64 version = query.value(0).toLongLong();
    if (m_dataVersion >= 0 && version != m_dataVersion)
        reportChange();
    m_dataVersion = version;
}

} // namespace nm
