#include "LedgerTableModel.h"

#include "Format.h"

namespace nm {

LedgerTableModel::LedgerTableModel(QSqlDatabase db, QObject* parent)
    : LazyQueryModel(std::make_unique<LedgerQuery>(std::move(db)), parent)
{ }

int LedgerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LedgerTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LedgerEntry entry = LedgerQuery::entry(rowValues(index.row()));
    if (role == Qt::TextAlignmentRole && (index.column() == Amount || index.column() == BalanceAfter))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Time:
        return formatDateTime(entry.at);
    case Administrator:
        return entry.actor;
    case What:
        return entry.description();
    case Amount:
        // A top-up adds ("+€100.00"), a charge takes off ("-€3.50").
        return entry.amountCents > 0 ? tr("+%1", "money added").arg(formatMoney(entry.amountCents))
                                     : formatMoney(entry.amountCents);
    case BalanceAfter:
        return formatMoney(entry.balanceAfterCents);
    default:
        return {};
    }
}

QVariant LedgerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return LazyQueryModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Date");
    case Administrator:
        return tr("Who");
    case What:
        return tr("What");
    case Amount:
        return tr("Amount");
    case BalanceAfter:
        return tr("Balance after");
    default:
        return {};
    }
}

void LedgerTableModel::setKind(std::optional<LedgerKind> kind)
{
    if (kind == ledger().kind())
        return;
    ledger().setKind(kind);
    reload();
}

} // namespace nm
