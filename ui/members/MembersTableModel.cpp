#include "MembersTableModel.h"

#include "Validation.h"
#include "numbers/Number.h"

namespace nm {

namespace {
// The row's values as selected: 0 is the key (id), then one per column.
constexpr int valueOf(int column)
{
    return column + 1;
}
} // namespace

MembersTableModel::MembersTableModel(QSqlDatabase db, QObject* parent)
    : LazyQueryModel(std::move(db), parent)
{ }

int MembersTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

LazyQueryModel::Query MembersTableModel::query() const
{
    Query q;
    // Numbers a member holds: those still usable, as the per-member limit counts them.
    q.select = QStringLiteral("SELECT m.id, m.account_name, m.display_name, m.email, m.country, m.city, "
                              "(SELECT count(*) FROM numbers n WHERE n.member_id = m.id AND n.state IN %1)")
                   .arg(heldStatesSql());
    q.from = QStringLiteral("FROM members m WHERE m.status = 'active'");
    // The stored case-folded keys: "ZOË" finds "Zoë", which SQLite's lower() would not.
    const QString key = Validation::searchKey(Validation::tidy(m_filterText));
    if (!key.isEmpty()) {
        q.from += QStringLiteral(" AND (instr(m.account_key, ?) > 0 OR instr(m.display_key, ?) > 0 OR "
                                 "instr(m.email_key, ?) > 0 OR instr(m.city_key, ?) > 0)");
        for (int i = 0; i < 4; ++i)
            q.values << key;
    }
    static const QStringList orderColumns{
        QStringLiteral("m.account_name COLLATE NOCASE"), QStringLiteral("m.display_name COLLATE NOCASE"),
        QStringLiteral("m.email COLLATE NOCASE"),        QStringLiteral("m.country"),
        QStringLiteral("m.city COLLATE NOCASE"),         QStringLiteral("7")};
    const QString direction
        = sortOrder() == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    q.orderBy = QStringLiteral("ORDER BY %1 %2, m.id %2")
                    .arg(orderColumns.value(sortColumn(), orderColumns.first()), direction);
    return q;
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
