#include "SipProfilesTableModel.h"

namespace nm {

namespace {
constexpr int valueOf(int column)
{
    return column + 1; // value 0 is the key (id)
}
} // namespace

SipProfilesTableModel::SipProfilesTableModel(QSqlDatabase db, QObject* parent)
    : LazyQueryModel(std::make_unique<SipProfileQuery>(std::move(db)), parent)
{ }

int SipProfilesTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SipProfilesTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantList& row = rowValues(index.row());
    const bool numeric = index.column() == Channels || index.column() == NumberCount;
    switch (role) {
    case Qt::DisplayRole:
        if (numeric)
            return row.value(valueOf(index.column())).toInt();
        return row.value(valueOf(index.column())).toString();
    case Qt::TextAlignmentRole:
        if (numeric)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant SipProfilesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return LazyQueryModel::headerData(section, orientation, role);
    switch (section) {
    case ProfileId:
        return tr("Profile id");
    case Name:
        return tr("Name");
    case Channels:
        return tr("Channels");
    case Country:
        return tr("Country");
    case NumberCount:
        return tr("Numbers");
    default:
        return {};
    }
}

void SipProfilesTableModel::setFilterText(const QString& text)
{
    m_filterText = text;
    profiles().setText(text);
    reload();
}

qint64 SipProfilesTableModel::recordIdAt(int row) const
{
    return row >= 0 && row < rowCount() ? key(row).toLongLong() : 0;
}

QString SipProfilesTableModel::profileIdAt(int row) const
{
    return row >= 0 && row < rowCount() ? rowValues(row).value(valueOf(ProfileId)).toString() : QString();
}

QString SipProfilesTableModel::nameAt(int row) const
{
    return row >= 0 && row < rowCount() ? rowValues(row).value(valueOf(Name)).toString() : QString();
}

int SipProfilesTableModel::numberCountAt(int row) const
{
    return row >= 0 && row < rowCount() ? rowValues(row).value(valueOf(NumberCount)).toInt() : 0;
}

} // namespace nm
