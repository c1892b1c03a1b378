#include "AuditLog.h"

#include "Clock.h"
#include "Context.h"
#include "Validation.h"
#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace nm {

namespace {
QVariant toJsonText(const QJsonObject& object)
{
    if (object.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject fromJsonText(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
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
    if (!m_prepared)
        return m_prepared;
    m_query.addBindValue(toStorage(m_context.clock.now()));
    m_query.addBindValue(m_context.actor);
    m_query.addBindValue(action);
    m_query.addBindValue(objectKind);
    m_query.addBindValue(objectId);
    m_query.addBindValue(toJsonText(before));
    m_query.addBindValue(toJsonText(after));
    m_query.addBindValue(AuditLog::searchKey(m_context.actor, objectId, before, after));
    return exec(m_query);
}

Status AuditLog::record(const Context& context, const QString& action, const QString& objectKind,
                        const QString& objectId, const QJsonObject& before, const QJsonObject& after)
{
    return AuditWriter(context).record(action, objectKind, objectId, before, after);
}

QString AuditLog::searchKey(const QString& actor, const QString& objectId, const QJsonObject& before,
                            const QJsonObject& after)
{
    QStringList parts{objectId, actor};
    for (const QJsonObject* object : {&before, &after})
        for (auto it = object->constBegin(); it != object->constEnd(); ++it)
            if (it->isString())
                parts << it->toString();
    return Validation::searchKey(parts.join(QLatin1Char('\n')));
}

QString AuditLog::searchCondition()
{
    // action and object_kind are ASCII keys ("member.add"); the rest is in search_key.
    return QStringLiteral("(instr(search_key, ?) > 0 OR instr(action, ?) > 0 OR instr(object_kind, ?) > 0)");
}

QVariantList AuditLog::searchValues(const QString& text)
{
    const QString key = Validation::searchKey(text.trimmed());
    return {key, key, key};
}

Result<std::vector<AuditEntry>> AuditLog::list(const QSqlDatabase& db, const Filter& filter)
{
    QString sql
        = QStringLiteral("SELECT id, at, actor, action, object_kind, object_id, before_json, after_json "
                         "FROM audit_log WHERE 1 = 1");
    QVariantList values;
    if (!filter.text.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND ") + searchCondition();
        values << searchValues(filter.text);
    }
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND at >= ?");
        values << toStorage(filter.from);
    }
    if (filter.until.isValid()) {
        sql += QStringLiteral(" AND at < ?");
        values << toStorage(filter.until);
    }
    sql += QStringLiteral(" ORDER BY at DESC, id DESC");
    if (filter.limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);

    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (Status s = prepare(query, sql); !s)
        return s.error();
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (Status s = exec(query); !s)
        return s.error();
    std::vector<AuditEntry> entries;
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = fromStorage(query.value(1).toString());
        entry.actor = query.value(2).toString();
        entry.action = query.value(3).toString();
        entry.objectKind = query.value(4).toString();
        entry.objectId = query.value(5).toString();
        entry.before = fromJsonText(query.value(6));
        entry.after = fromJsonText(query.value(7));
        entries.push_back(std::move(entry));
    }
    return entries;
}

} // namespace nm
