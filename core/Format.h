#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace nm {

// How money, counts, dates and countries are shown, to people: in the language the
// administrator chose (QLocale's default, set when the language is switched) and in
// the user's time zone. "€ 12,50", "20.000" and "26 november 2026" in Dutch; "€12.50",
// "20,000" and "26 November 2026" in English. Stored data stays in cents, UTC and codes.
QString formatMoney(qint64 cents);
QString formatCount(qint64 count);
QString formatDate(const QDate& date);
// The local calendar day of a stored (UTC) point in time.
QString formatDate(const QDateTime& time);
QString formatDateTime(const QDateTime& time); // in local time, short

// For the command-line tool's columns: "2026-11-26" and "2026-11-26T10:00:00+01:00",
// local time.
QString isoLocalDate(const QDateTime& time);
QString isoLocalDateTime(const QDateTime& time);

// The name of a country or territory (ISO 3166 code) in the current language: "België",
// "Verenigde Arabische Emiraten"; the code itself when it is not known.
QString countryName(const QString& code);
QString countryName(const QString& code, const QString& language);

// A sentence whose last word is a name that ends in a full stop ("Groot B.V.") ends with
// that one full stop: the sentence's own is left off ("… is now called Groot B.V.").
QString endSentence(const QString& sentence);

} // namespace nm
