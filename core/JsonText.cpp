#include "JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <cmath>

namespace nm {

namespace {

// A string with nothing JSON escapes (nor anything whose escaping is left to QJsonDocument).
bool plain(const QString& s)
{
    for (QChar c : s)
        if (c.unicode() < 0x20 || c == QLatin1Char('"') || c == QLatin1Char('\\') || c.unicode() == 0x7f
            || c.isSurrogate())
            return false;
    return true;
}

// Writes a flat object of plain strings (nothing to escape), whole numbers and booleans;
// false for anything else.
bool writeFlat(const QJsonObject& object, QString& text)
{
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

void JsonObjectText::addKey(QLatin1String key)
{
    Q_ASSERT(m_lastKey.isNull() || m_lastKey < key);
    m_lastKey = key;
    if (!m_text.isEmpty())
        m_text += QLatin1Char(',');
    m_text += QLatin1Char('"') + key + QLatin1String("\":");
}

void JsonObjectText::add(QLatin1String key, const QString& value)
{
    addKey(key);
    if (plain(value)) {
        m_text += QLatin1Char('"') + value + QLatin1Char('"');
    } else {
        // Escaped as QJsonDocument escapes it: this writer's text is compactJson()'s.
        const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        m_text += QString::fromUtf8(array.sliced(1, array.size() - 2));
    }
    m_strings << value;
}

void JsonObjectText::add(QLatin1String key, qint64 value)
{
    addKey(key);
    m_text += QString::number(value);
}

void JsonObjectText::add(QLatin1String key, bool value)
{
    addKey(key);
    m_text += value ? QLatin1String("true") : QLatin1String("false");
}

void JsonObjectText::addJson(QLatin1String key, const QString& json, const QStringList& strings)
{
    addKey(key);
    m_text += json;
    m_strings += strings;
}

QString JsonObjectText::text() const
{
    return QLatin1Char('{') + m_text + QLatin1Char('}');
}

} // namespace nm
