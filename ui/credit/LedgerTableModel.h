#pragma once

#include "common/LazyQueryModel.h"
#include "queries/LedgerQuery.h"

namespace nm {

// The credit ledger, page by page: when, who, what, the amount and the balance after it.
class LedgerTableModel final : public LazyQueryModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LedgerTableModel)

public:
    enum Column
    {
        Time = LedgerQuery::Time,
        Administrator = LedgerQuery::Administrator,
        What = LedgerQuery::Kind, // sorted by kind
        Amount = LedgerQuery::Amount,
        BalanceAfter = LedgerQuery::BalanceAfter,
        ColumnCount = LedgerQuery::ColumnCount
    };

    explicit LedgerTableModel(QSqlDatabase db, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setKind(std::optional<LedgerKind> kind);
    std::optional<LedgerKind> kind() const { return ledger().kind(); }

private:
    LedgerQuery& ledger() { return static_cast<LedgerQuery&>(listQuery()); }
    const LedgerQuery& ledger() const { return static_cast<const LedgerQuery&>(listQuery()); }
};

} // namespace nm
