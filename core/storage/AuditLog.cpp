#include "AuditLog.h"

#include "Clock.h"
#include "Context.h"
#include "Format.h"
#include "JsonText.h"
#include "Validation.h"
#include "queries/HistoryQuery.h"
#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <functional>

namespace nm {

namespace {
QVariant toJsonText(const QJsonObject& object)
{
    if (object.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return compactJson(object);
}

} // namespace

AuditWriter::AuditWriter(const Context& context)
    : m_context(context)
    , m_query(context.database.connection())
{
    m_prepared
        = prepare(m_query,
                  QStringLiteral("INSERT INTO audit_log (at, actor, action, object_kind, object_id, "
                                 "before_json, after_json, search_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
}

Status AuditWriter::record(const QString& action, const QString& objectKind, const QString& objectId,
                           const QJsonObject& before, const QJsonObject& after)
{
    return write(action, objectKind, objectId, toJsonText(before), toJsonText(after),
                 AuditLog::searchKey(m_context.actor, objectId, before, after));
}

Status AuditWriter::record(const QString& action, const QString& objectKind, const QString& objectId,
                           const JsonObjectText& before, const JsonObjectText& after)
{
    const auto text = [](const JsonObjectText& object) {
        return object.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(object.text());
    };
    return write(action, objectKind, objectId, text(before), text(after),
                 AuditLog::searchKey(m_context.actor, objectId, before.strings() + after.strings()));
}

Status AuditWriter::write(const QString& action, const QString& objectKind, const QString& objectId,
                          const QVariant& before, const QVariant& after, const QString& searchKey)
{
    if (!m_prepared)
        return m_prepared;
    const QDateTime at = m_context.clock.now();
    if (!m_bound || at != m_at)
        m_query.bindValue(0, toStorage(at));
    if (!m_bound)
        m_query.bindValue(1, m_context.actor);
    if (!m_bound || action != m_action)
        m_query.bindValue(2, action);
    if (!m_bound || objectKind != m_objectKind)
        m_query.bindValue(3, objectKind);
    m_query.bindValue(4, objectId);
    m_query.bindValue(5, before);
    m_query.bindValue(6, after);
    m_query.bindValue(7, searchKey);
    m_bound = true;
    m_at = at;
    m_action = action;
    m_objectKind = objectKind;
    return exec(m_query);
}

Status AuditLog::record(const Context& context, const QString& action, const QString& objectKind,
                        const QString& objectId, const QJsonObject& before, const QJsonObject& after)
{
    return AuditWriter(context).record(action, objectKind, objectId, before, after);
}

Result<std::optional<AuditEntry>> AuditLog::lastChange(const QSqlDatabase& db, const QString& objectKind,
                                                       const QString& objectId)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // A number is also changed by the batch entries that name it (renewals).
    const bool number = objectKind == QLatin1String("number");
    if (Status s
        = prepare(query,
                  QStringLiteral("SELECT at, actor, action FROM audit_log WHERE (object_kind = ? AND "
                                 "object_id = ?)%1 ORDER BY id DESC LIMIT 1")
                      .arg(number ? QStringLiteral(" OR (object_kind = 'numbers' AND "
                                                   "instr(after_json, ?) > 0)")
                                  : QString()));
        !s)
        return s.error();
    query.addBindValue(objectKind);
    query.addBindValue(objectId);
    if (number) // as a JSON string, so that +3120123456 does not match +31201234567
        query.addBindValue(QStringLiteral("\"%1\"").arg(objectId));
    if (Status s = exec(query); !s)
        return s.error();
    if (!query.next())
        return std::optional<AuditEntry>();
    AuditEntry entry;
    entry.at = fromStorage(query.value(0).toString());
    entry.actor = query.value(1).toString();
    entry.action = query.value(2).toString();
    entry.objectKind = objectKind;
    entry.objectId = objectId;
    return std::optional<AuditEntry>(entry);
}

Error AuditLog::changedMeanwhile(const QSqlDatabase& db, const QString& objectKind, const QString& objectId,
                                 const QString& what, const QString& field, const QString& now)
{
    auto last = lastChange(db, objectKind, objectId);
    QString message;
    if (last && last->has_value())
        message = QCoreApplication::translate("nm::AuditLog", "%1 changed %2 at %3, after you looked at it.")
                      .arg((*last)->actor, what, formatDateTime((*last)->at));
    else
        message
            = QCoreApplication::translate("nm::AuditLog", "Someone else changed %1 after you looked at it.")
                  .arg(what);
    if (!now.isEmpty())
        message += QLatin1Char(' ') + now;
    message += QLatin1Char(' ')
        + QCoreApplication::translate("nm::AuditLog", "Nothing was changed. Look at it again and retry.");
    return Error{ErrorCode::Conflict, message, field};
}

QString AuditLog::searchKey(const QString& actor, const QString& objectId, const QJsonObject& before,
                            const QJsonObject& after)
{
    QStringList values;
    // The texts of the values, those inside lists too (a batch of renewals names its numbers).
    const std::function<void(const QJsonValue&)> collect = [&values, &collect](const QJsonValue& value) {
        if (value.isString())
            values << value.toString();
        else if (value.isArray())
            for (const QJsonValue& item : value.toArray())
                collect(item);
    };
    for (const QJsonObject* object : {&before, &after})
        for (auto it = object->constBegin(); it != object->constEnd(); ++it)
            collect(*it);
    return searchKey(actor, objectId, values);
}

QString AuditLog::searchKey(const QString& actor, const QString& objectId, const QStringList& values)
{
    return Validation::searchKey((QStringList{objectId, actor} + values).join(QLatin1Char('\n')));
}

Status AuditLog::forEach(const QSqlDatabase& db, const Filter& filter,
                         const std::function<bool(const AuditEntry&)>& visit)
{
    HistoryQuery query(db);
    query.setText(filter.text);
    query.setRange(filter.from, filter.until);
    return query.forEach([&visit](const QVariantList& row) { return visit(HistoryQuery::entry(row)); },
                         filter.limit);
}

Result<std::vector<AuditEntry>> AuditLog::list(const QSqlDatabase& db, const Filter& filter)
{
    std::vector<AuditEntry> entries;
    if (Status s = forEach(db, filter,
                           [&entries](const AuditEntry& entry) {
                               entries.push_back(entry);
                               return true;
                           });
        !s)
        return s.error();
    return entries;
}

} // namespace nm
