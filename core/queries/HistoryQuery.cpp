#include "HistoryQuery.h"

#include "Clock.h"

#include <QJsonDocument>

namespace nm {

namespace {
QJsonObject fromJsonText(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}
} // namespace

HistoryQuery::HistoryQuery(QSqlDatabase db)
    : ListQuery(std::move(db))
{
    setOrder(Time, Order::Descending);
}

ListQuery::Sql HistoryQuery::sql() const
{
    Sql q;
    q.select
        = QStringLiteral("SELECT id, at, actor, action, object_kind, object_id, before_json, after_json");
    q.from = QStringLiteral("FROM audit_log WHERE 1 = 1");
    if (!m_text.trimmed().isEmpty()) {
        q.from += QStringLiteral(" AND ") + AuditLog::searchCondition();
        q.values << AuditLog::searchValues(m_text);
    }
    if (m_from.isValid()) {
        q.from += QStringLiteral(" AND at >= ?");
        q.values << toStorage(m_from);
    }
    if (m_until.isValid()) {
        q.from += QStringLiteral(" AND at < ?");
        q.values << toStorage(m_until);
    }
    static const QStringList columns{QStringLiteral("at"), QStringLiteral("lower(actor)"),
                                     QStringLiteral("action"), QStringLiteral("lower(object_id)")};
    q.orderBy = QStringLiteral("ORDER BY %1 %2, id %2")
                    .arg(columns.value(orderColumn(), columns.first()), direction(order()));
    return q;
}

AuditEntry HistoryQuery::entry(const QVariantList& row)
{
    AuditEntry entry;
    entry.id = row.value(Id).toLongLong();
    entry.at = fromStorage(row.value(AtValue).toString());
    entry.actor = row.value(ActorValue).toString();
    entry.action = row.value(ActionValue).toString();
    entry.objectKind = row.value(ObjectKindValue).toString();
    entry.objectId = row.value(ObjectIdValue).toString();
    entry.before = fromJsonText(row.value(BeforeValue));
    entry.after = fromJsonText(row.value(AfterValue));
    return entry;
}

} // namespace nm
