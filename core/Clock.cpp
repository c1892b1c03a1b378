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
    // "2026-11-26T09:00:00Z", as QDateTime::toString(Qt::ISODate) writes a UTC time, by
    // hand: that call formats through QString::asprintf, a tenth of a bulk cancellation.
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    if (date.year() < 0 || date.year() > 9999)
        return utc.toString(Qt::ISODate);
    char16_t text[20];
    const auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, date.year(), 4);
    text[4] = u'-';
    put(5, date.month(), 2);
    text[7] = u'-';
    put(8, date.day(), 2);
    text[10] = u'T';
    put(11, clock.hour(), 2);
    text[13] = u':';
    put(14, clock.minute(), 2);
    text[16] = u':';
    put(17, clock.second(), 2);
    text[19] = u'Z';
    return QString(reinterpret_cast<const QChar*>(text), 20);
}

QDateTime fromStorage(const QString& text)
{
    // What toStorage() writes, "2026-11-26T09:00:00Z", read by hand: QDateTime::fromString
    // is most of the cost of reading a number's record. Any other form goes to Qt.
    if (text.size() == 20 && text.at(4) == QLatin1Char('-') && text.at(7) == QLatin1Char('-')
        && text.at(10) == QLatin1Char('T') && text.at(13) == QLatin1Char(':')
        && text.at(16) == QLatin1Char(':') && text.at(19) == QLatin1Char('Z')) {
        bool digits = true;
        const auto number = [&text, &digits](int at, int length) {
            int value = 0;
            for (int i = at; i < at + length; ++i) {
                const char16_t c = text.at(i).unicode();
                if (c < u'0' || c > u'9')
                    digits = false;
                value = value * 10 + int(c - u'0');
            }
            return value;
        };
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        const QTime time(number(11, 2), number(14, 2), number(17, 2));
        if (digits && date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC); // as QDateTime::toUTC() gives it
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}

} // namespace nm
