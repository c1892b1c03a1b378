#include "JsonText.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <cmath>

namespace nm {

namespace {

// Writes a flat object of plain strings (nothing to escape), whole numbers and booleans;
// false for anything else.
bool writeFlat(const QJsonObject& object, QString& text)
{
    const auto plain = [](const QString& s) {
        for (QChar c : s)
            if (c.unicode() < 0x20 || c == QLatin1Char('"') || c == QLatin1Char('\\') || c.unicode() == 0x7f
                || c.isSurrogate())
                return false;
        return true;
    };
    text.reserve(256);
    text += QLatin1Char('{');
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!plain(it.key()))
            return false;
        if (text.size() > 1)
            text += QLatin1Char(',');
        text += QLatin1Char('"') + it.key() + QLatin1String("\":");
        const QJsonValue value = it.value();
        switch (value.type()) {
        case QJsonValue::String: {
            const QString string = value.toString();
            if (!plain(string))
                return false;
            text += QLatin1Char('"') + string + QLatin1Char('"');
            break;
        }
        case QJsonValue::Bool:
            text += value.toBool() ? QLatin1String("true") : QLatin1String("false");
            break;
        case QJsonValue::Null:
            text += QLatin1String("null");
            break;
        case QJsonValue::Double: {
            const double number = value.toDouble();
            const qint64 whole = value.toInteger();
            if (double(whole) != number || whole > (qint64(1) << 53) || whole < -(qint64(1) << 53)
                || std::signbit(number))
                return false;
            text += QString::number(whole);
            break;
        }
        default:
            return false;
        }
    }
    text += QLatin1Char('}');
    return true;
}

} // namespace

QString compactJson(const QJsonObject& object)
{
    QString text;
    if (writeFlat(object, text))
        return text;
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace nm
