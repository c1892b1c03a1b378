#include "SipProfilesTableModel.h"

#include "Validation.h"
#include "numbers/Number.h"

namespace nm {

namespace {
constexpr int valueOf(int column)
{
    return column + 1; // value 0 is the key (id)
}
} // namespace

SipProfilesTableModel::SipProfilesTableModel(QSqlDatabase db, QObject* parent)
    : LazyQueryModel(std::move(db), parent)
{ }

int SipProfilesTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

LazyQueryModel::Query SipProfilesTableModel::query() const
{
    Query q;
    q.select
        = QStringLiteral("SELECT p.id, p.profile_id, p.name, p.channels, p.country, "
                         "(SELECT count(*) FROM numbers n WHERE n.sip_profile_id = p.id AND n.state IN %1)")
              .arg(heldStatesSql());
    q.from = QStringLiteral("FROM sip_profiles p WHERE p.status = 'active'");
    // The stored case-folded keys: Unicode case-insensitive, unlike SQLite's lower().
    const QString key = Validation::searchKey(Validation::tidy(m_filterText));
    if (!key.isEmpty()) {
        q.from += QStringLiteral(" AND (instr(p.profile_key, ?) > 0 OR instr(p.name_key, ?) > 0)");
        q.values << key << key;
    }
    static const QStringList orderColumns{
        QStringLiteral("p.profile_id COLLATE NOCASE"), QStringLiteral("p.name COLLATE NOCASE"),
        QStringLiteral("p.channels"), QStringLiteral("p.country"), QStringLiteral("6")};
    const QString direction
        = sortOrder() == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    q.orderBy = QStringLiteral("ORDER BY %1 %2, p.id %2")
                    .arg(orderColumns.value(sortColumn(), orderColumns.first()), direction);
    return q;
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
