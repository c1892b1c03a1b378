#pragma once

#include "organisation/OrganisationService.h"
#include "queries/ListQuery.h"

#include <QDateTime>
#include <optional>

namespace nm {

// The credit ledger: every top-up and charge with the balance after it, newest first
// unless sorted otherwise; filtered by kind and by a [from, until) time range.
class LedgerQuery final : public ListQuery
{
public:
    enum Column
    {
        Time,
        Administrator,
        Kind,
        Amount,
        BalanceAfter,
        ColumnCount
    };
    enum Value
    {
        Id,
        AtValue,
        ActorValue,
        KindValue,
        AmountValue,
        BalanceAfterValue,
        DescriptionValue,
        DetailsValue
    };

    explicit LedgerQuery(QSqlDatabase db);

    void setKind(std::optional<LedgerKind> kind) { m_kind = kind; }
    std::optional<LedgerKind> kind() const { return m_kind; }
    void setRange(const QDateTime& from, const QDateTime& until)
    {
        m_from = from;
        m_until = until;
    }

    static LedgerEntry entry(const QVariantList& row);

    std::unique_ptr<ListQuery> clone() const override;

protected:
    Sql sql() const override;

private:
    std::optional<LedgerKind> m_kind;
    QDateTime m_from;
    QDateTime m_until;
};

} // namespace nm
