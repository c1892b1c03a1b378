#pragma once

#include <QObject>
#include <QSqlDriver>
#include <QTimer>

namespace nm {

class Database;

// Notices changes that other programs and administrators commit to the database, so
// that open windows can show them within a second or two without anyone asking:
// PostgreSQL tells (LISTEN/NOTIFY on the change channel); SQLite is asked cheaply
// (PRAGMA data_version on a timer, which changes only when another connection commits).
// It also notices a lost server connection, tries again every few seconds, and says
// when it is back.
class ChangeWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeWatcher)

public:
    static constexpr int pollIntervalMs = 1000;
    static constexpr int reconnectIntervalMs = 5000;

    explicit ChangeWatcher(Database& database, QObject* parent = nullptr);
    ~ChangeWatcher() override;

    void start();
    void stop();
    bool isConnected() const { return m_connected; }

    // Asks now (the timer's work), for tests and for a manual refresh.
    void checkNow();

signals:
    void changedElsewhere();
    void connectionLost(const QString& message);
    void connectionRestored();

private:
    void subscribe();
    void onNotification(const QString& name, QSqlDriver::NotificationSource source);
    void reportChange();

    Database& m_database;
    QTimer m_poll;
    QTimer m_coalesce;
    qint64 m_dataVersion = -1;
    bool m_connected = true;
};

} // namespace nm
