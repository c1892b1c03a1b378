#pragma once

#include <QDate>
#include <QString>

namespace nm {

// How the UI shows money and dates: in the language the administrator chose
// (QLocale's default, set when the language is switched). "€ 12,50" and
// "26 november 2026" in Dutch; "€12.50" and "26 November 2026" in English.
QString formatMoney(qint64 cents);
QString formatDate(const QDate& date);
QString formatDateTime(const QDateTime& time); // in local time, short

} // namespace nm
