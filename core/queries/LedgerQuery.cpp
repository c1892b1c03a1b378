#include "LedgerQuery.h"

#include "Clock.h"

#include <QJsonDocument>

namespace nm {

LedgerQuery::LedgerQuery(QSqlDatabase db)
    : ListQuery(std::move(db))
{
    setOrder(Time, Order::Descending);
}

std::unique_ptr<ListQuery> LedgerQuery::clone() const
{
    return std::make_unique<LedgerQuery>(*this);
}

ListQuery::Sql LedgerQuery::sql() const
{
    Sql q;
    q.select = QStringLiteral(
        "SELECT id, at, actor, kind, amount_cents, balance_after_cents, description, details");
    q.from = QStringLiteral("FROM credit_ledger WHERE 1 = 1");
    if (m_kind) {
        q.from += QStringLiteral(" AND kind = ?");
        q.values << OrganisationService::kindKey(*m_kind);
    }
    if (m_from.isValid()) {
        q.from += QStringLiteral(" AND at >= ?");
        q.values << toStorage(m_from);
    }
    if (m_until.isValid()) {
        q.from += QStringLiteral(" AND at < ?");
        q.values << toStorage(m_until);
    }
    // Rows are written in time order: the id orders them within a second too.
    static const QStringList columns{QStringLiteral("id"), QStringLiteral("lower(actor)"),
                                     QStringLiteral("kind"), QStringLiteral("amount_cents"),
                                     QStringLiteral("balance_after_cents")};
    q.orderBy = QStringLiteral("ORDER BY %1 %2, id %2")
                    .arg(columns.value(orderColumn(), columns.first()), direction(order()));
    return q;
}

LedgerEntry LedgerQuery::entry(const QVariantList& row)
{
    LedgerEntry entry;
    entry.id = row.value(Id).toLongLong();
    entry.at = fromStorage(row.value(AtValue).toString());
    entry.actor = row.value(ActorValue).toString();
    entry.kind = OrganisationService::kindFromKey(row.value(KindValue).toString());
    entry.amountCents = row.value(AmountValue).toLongLong();
    entry.balanceAfterCents = row.value(BalanceAfterValue).toLongLong();
    entry.storedDescription = row.value(DescriptionValue).toString();
    if (!row.value(DetailsValue).isNull())
        entry.details = QJsonDocument::fromJson(row.value(DetailsValue).toString().toUtf8()).object();
    return entry;
}

} // namespace nm
