#include "Format.h"

#include "Translations.h"

#include <QLocale>
#include <QTimeZone>
#include <unicode/uloc.h>

namespace nm {

QString formatMoney(qint64 cents)
{
    // Display only: the value is exact in cents, and bounded (money::maxBalanceCents) far
    // below where a double loses a cent; the double never flows back. A charge is shown
    // with a minus sign ("-€ 3,50"), not in accountants' parentheses.
    const QLocale locale;
    const QString amount
        = locale.toCurrencyString(double(cents < 0 ? -cents : cents) / 100.0, QStringLiteral("€"), 2);
    return cents < 0 ? locale.negativeSign() + amount : amount;
}

QString formatCount(qint64 count)
{
    return QLocale().toString(count);
}

QString formatDate(const QDate& date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString formatDate(const QDateTime& time)
{
    return formatDate(time.toLocalTime().date());
}

QString formatDateTime(const QDateTime& time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString isoLocalDate(const QDateTime& time)
{
    return time.toLocalTime().date().toString(Qt::ISODate);
}

QString isoLocalDateTime(const QDateTime& time)
{
    // With its offset, so that the text means one point in time wherever it is read.
    const QDateTime local = time.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

QString countryName(const QString& code, const QString& language)
{
    // ICU (which libphonenumber brings along) knows every territory's name in every language.
    const QByteArray locale = "_" + code.toUpper().toLatin1();
    const QByteArray display = language.toLatin1();
    UChar buffer[128];
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length
        = uloc_getDisplayCountry(locale.constData(), display.constData(), buffer, 128, &status);
    if (U_FAILURE(status) || length <= 0 || status == U_USING_DEFAULT_WARNING)
        return code.toUpper();
    const QString name = QString::fromUtf16(reinterpret_cast<const char16_t*>(buffer), length);
    // ICU answers an unknown code with the code itself.
    return name;
}

QString countryName(const QString& code)
{
    return countryName(code, currentLanguage());
}

QString endSentence(const QString& sentence)
{
    if (sentence.endsWith(QLatin1String("..")))
        return sentence.chopped(1);
    return sentence;
}

} // namespace nm
