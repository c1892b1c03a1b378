#include "MembersTableModel.h"

namespace nm {

namespace {
// The row's values as selected: 0 is the key (id), then one per column.
constexpr int valueOf(int column)
{
    return column + 1;
}
} // namespace

MembersTableModel::MembersTableModel(QSqlDatabase db, QObject* parent)
    : LazyQueryModel(std::make_unique<MemberQuery>(std::move(db)), parent)
{ }

int MembersTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MembersTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantList& row = rowValues(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NumberCount)
            return row.value(valueOf(NumberCount)).toInt();
        return row.value(valueOf(index.column())).toString();
    case Qt::TextAlignmentRole:
        if (index.column() == NumberCount)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant MembersTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return LazyQueryModel::headerData(section, orientation, role);
    switch (section) {
    case AccountName:
        return tr("Account name");
    case DisplayName:
        return tr("Display name");
    case Email:
        return tr("E-mail");
    case Country:
        return tr("Country");
    case City:
        return tr("City");
    case NumberCount:
        return tr("Numbers");
    default:
        return {};
    }
}

void MembersTableModel::setFilterText(const QString& text)
{
    m_filterText = text;
    members().setText(text);
    reload();
}

qint64 MembersTableModel::memberIdAt(int row) const
{
    return row >= 0 && row < rowCount() ? key(row).toLongLong() : 0;
}

QString MembersTableModel::accountNameAt(int row) const
{
    return row >= 0 && row < rowCount() ? rowValues(row).value(valueOf(AccountName)).toString() : QString();
}

QString MembersTableModel::displayNameAt(int row) const
{
    return row >= 0 && row < rowCount() ? rowValues(row).value(valueOf(DisplayName)).toString() : QString();
}

int MembersTableModel::numberCountAt(int row) const
{
    return row >= 0 && row < rowCount() ? rowValues(row).value(valueOf(NumberCount)).toInt() : 0;
}

} // namespace nm
