#include "Clock.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace nm {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

FixedClock::FixedClock(QDateTime now)
    : m_now(now.toUTC())
{ }

void FixedClock::set(const QDateTime& now)
{
    m_now = now.toUTC();
}

std::unique_ptr<Clock> clockFromEnvironment(QString* error)
{
    const QString fixed = qEnvironmentVariable("NUMBERMANAGER_NOW");
    if (fixed.isEmpty())
        return std::make_unique<SystemClock>();
    QDateTime time = QDateTime::fromString(fixed, Qt::ISODate);
    if (!time.isValid()) {
        if (error)
            *error = QCoreApplication::translate("nm::Clock",
                                                 "NUMBERMANAGER_NOW is set to \"%1\", which is not an ISO "
                                                 "date-time such as 2026-11-26T09:00:00Z.")
                         .arg(fixed);
        return nullptr;
    }
    if (time.timeSpec() == Qt::LocalTime && !fixed.contains(QLatin1Char('+'))
        && !fixed.endsWith(QLatin1Char('Z')))
        time.setTimeZone(QTimeZone::utc());
    return std::make_unique<FixedClock>(time);
}

QString toStorage(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QDateTime fromStorage(const QString& text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}

} // namespace nm
