#include "Money.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace nm {

Result<qint64> parseEuros(const QString& text, const QString& field)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,9})(?:\\.(\\d{1,2}))?\\s*$"));
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
    const qint64 value = cents < 0 ? -cents : cents;
    return QStringLiteral("%1%2.%3").arg(sign).arg(value / 100).arg(value % 100, 2, 10, QLatin1Char('0'));
}

} // namespace nm
