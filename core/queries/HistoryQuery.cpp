#include "HistoryQuery.h"

#include "Clock.h"
#include "Validation.h"
#include "numbers/NumberService.h"
#include "storage/HistoryText.h"

#include <QJsonDocument>
#include <QRegularExpression>

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

std::unique_ptr<ListQuery> HistoryQuery::clone() const
{
    return std::make_unique<HistoryQuery>(*this);
}

ListQuery::Sql HistoryQuery::sql() const
{
    Sql q;
    q.select
        = QStringLiteral("SELECT id, at, actor, action, object_kind, object_id, before_json, after_json");
    q.from = QStringLiteral("FROM audit_log WHERE 1 = 1");
    const QString text = m_text.trimmed();
    if (!text.isEmpty()) {
        // What is stored (names, numbers, the keys), and what the page shows of it in the
        // current language: the words of actions, kinds and fields, numbers as written.
        const QString key = Validation::searchKey(text);
        QStringList any{QStringLiteral("instr(search_key, ?) > 0"), QStringLiteral("instr(action, ?) > 0"),
                        QStringLiteral("instr(object_kind, ?) > 0")};
        q.values << key << key << key;
        static const QRegularExpression written(QStringLiteral("^[+0-9][0-9 ()./-]*$"));
        if (written.match(text).hasMatch()) {
            QString digits = text;
            digits.remove(QRegularExpression(QStringLiteral("[ ()./-]")));
            const QString canonical = NumberService::canonical(text);
            for (const QString& form : {digits, canonical})
                if (!form.isEmpty() && form != key) {
                    any << QStringLiteral("instr(search_key, ?) > 0")
                        << QStringLiteral("instr(object_id, ?) > 0");
                    q.values << form << form;
                }
        }
        const auto oneOf = [&q, &any](const QString& column, const QStringList& keys) {
            if (keys.isEmpty())
                return;
            any << QStringLiteral("%1 IN (%2)")
                       .arg(column, QStringList(keys.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
            for (const QString& k : keys)
                q.values << k;
        };
        oneOf(QStringLiteral("action"), HistoryText::actionsMatching(text));
        oneOf(QStringLiteral("object_kind"), HistoryText::objectKindsMatching(text));
        for (const QString& field : HistoryText::fieldsMatching(text)) {
            any << QStringLiteral("instr(coalesce(before_json, '') || coalesce(after_json, ''), ?) > 0");
            q.values << QStringLiteral("\"%1\":").arg(field);
        }
        q.from += QStringLiteral(" AND (") + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
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
