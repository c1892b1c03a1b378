#include "Format.h"

#include <QDateTime>
#include <QLocale>

namespace nm {

QString formatMoney(qint64 cents)
{
    // Display only: the value is exact in cents, the double never flows back.
    return QLocale().toCurrencyString(double(cents) / 100.0, QStringLiteral("€"), 2);
}

QString formatDate(const QDate& date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString formatDateTime(const QDateTime& time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace nm
