#pragma once

#include <QDateTime>
#include <memory>

namespace nm {

// Time comes from here, never from QDateTime::currentDateTime() directly, so that
// provisioning, renewal and expiry can be driven by tests and scripts.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // always UTC
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now);
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& now);
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void advanceDays(int days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};

// NUMBERMANAGER_NOW (an ISO 8601 date-time; UTC when no offset is given) fixes the
// clock for scripts; otherwise the system clock. Returns nullptr and sets *error when
// the variable is set but cannot be read.
std::unique_ptr<Clock> clockFromEnvironment(QString* error = nullptr);

// The ISO text stored in the database for a point in time (UTC, seconds precision).
QString toStorage(const QDateTime& time);
QDateTime fromStorage(const QString& text);

} // namespace nm
