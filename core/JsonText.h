#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace nm {

// The object as QJsonDocument::Compact writes it ({"a":"x","b":1}: keys in order, no
// spaces), the form the history and the credit ledger store. A flat object of plain strings,
// whole numbers and booleans is written directly, without building a document: a bulk
// change writes thousands of them. Anything else goes through QJsonDocument.
QString compactJson(const QJsonObject& object);

// A flat object written key by key, the same text compactJson() writes of the same object,
// without building a QJsonObject first: a bulk change writes thousands. Keys are plain
// names added in the order a QJsonObject keeps them (ascending, as the history has always
// stored them). The string values are kept as well, for the history's search key.
class JsonObjectText final
{
public:
    void add(QLatin1String key, const QString& value);
    void add(QLatin1String key, qint64 value);
    void add(QLatin1String key, int value) { add(key, qint64(value)); }
    void add(QLatin1String key, bool value);
    void add(QLatin1String key, const char* value) = delete; // a literal is not a bool
    // A value written as JSON text already (a list), with the texts it holds.
    void addJson(QLatin1String key, const QString& json, const QStringList& strings);

    bool isEmpty() const { return m_text.isEmpty(); }
    // "{...}"; "{}" when nothing was added.
    QString text() const;
    const QStringList& strings() const { return m_strings; }

private:
    void addKey(QLatin1String key);

    QString m_text; // the members written so far, without the braces
    QStringList m_strings;
    QLatin1String m_lastKey;
};

} // namespace nm
