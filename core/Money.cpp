#include "Money.h"

#include "Format.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QtNumeric>

namespace nm {

namespace money {

std::optional<qint64> add(qint64 a, qint64 b)
{
    qint64 sum = 0;
    if (qAddOverflow(a, b, &sum))
        return std::nullopt;
    return sum;
}

std::optional<qint64> multiply(qint64 a, qint64 b)
{
    qint64 product = 0;
    if (qMulOverflow(a, b, &product))
        return std::nullopt;
    return product;
}

Result<qint64> total(qint64 priceCents, qint64 count)
{
    const std::optional<qint64> product = multiply(priceCents, count);
    const int shownCount = count > INT_MAX ? INT_MAX : int(count);
    if (!product || *product > maxBalanceCents || *product < 0)
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("nm::Money",
                                                 "%Ln number(s) at %1 each cost more than a credit can hold "
                                                 "(at most %2). Nothing was bought or charged.",
                                                 "", shownCount)
                         .arg(formatMoney(priceCents), formatMoney(maxBalanceCents)),
                     QStringLiteral("count")};
    return *product;
}

} // namespace money

Result<qint64> parseTypedEuros(const QString& typed)
{
    QString text = typed.trimmed();
    if (QLocale().decimalPoint() == QLatin1String(","))
        text.replace(QLatin1Char(','), QLatin1Char('.'));
    return parseEuros(text);
}

Result<qint64> parseEuros(const QString& text, const QString& field)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,9})(?:\\.(\\d{1,2}))?\\s*$"));
    static const QRegularExpression negative(QStringLiteral("^\\s*-\\s*\\d"));
    if (negative.match(text).hasMatch())
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("nm::Money",
                                                 "The amount \"%1\" is negative. Enter a positive amount of "
                                                 "euros, such as 100.00.")
                         .arg(text),
                     field};
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("nm::Money",
                                                 "The amount \"%1\" is not valid. Enter euros with a decimal "
                                                 "point and at most two decimals, such as 100.00.")
                         .arg(text),
                     field};
    QString fraction = match.captured(2);
    while (fraction.size() < 2)
        fraction += QLatin1Char('0');
    return match.captured(1).toLongLong() * 100 + fraction.toLongLong();
}

QString formatEurosPlain(qint64 cents)
{
    const QString sign = cents < 0 ? QStringLiteral("-") : QString();
    // Built from the magnitude's parts, so that the most negative value does not overflow.
    const quint64 value = cents < 0 ? quint64(0) - quint64(cents) : quint64(cents);
    return QStringLiteral("%1%2.%3").arg(sign).arg(value / 100).arg(value % 100, 2, 10, QLatin1Char('0'));
}

} // namespace nm
