#include "HistoryTableModel.h"

#include "Clock.h"
#include "Format.h"
#include "numbers/Number.h"
#include "storage/AuditLog.h"
#include "storage/HistoryText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace nm {

namespace {

enum Value
{
    Id,
    At,
    Actor,
    ActionValue,
    ObjectKind,
    ObjectId,
    Before,
    After
};

} // namespace

HistoryTableModel::HistoryTableModel(QSqlDatabase db, QObject* parent)
    : LazyQueryModel(std::make_unique<HistoryQuery>(std::move(db)), parent)
{
    sort(Time, Qt::DescendingOrder);
}

int HistoryTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QVariantList& row = rowValues(index.row());
    switch (index.column()) {
    case Time:
        return formatDateTime(fromStorage(row.value(At).toString()));
    case Administrator:
        return row.value(Actor).toString();
    case Action:
        return role == Qt::ToolTipRole ? row.value(ActionValue).toString()
                                       : HistoryText::actionText(row.value(ActionValue).toString());
    case Object:
        return HistoryText::objectText(row.value(ObjectKind).toString(), row.value(ObjectId).toString());
    case Change:
        return HistoryText::changeSummary(row.value(Before).toString(), row.value(After).toString());
    default:
        return {};
    }
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return LazyQueryModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Administrator:
        return tr("Administrator");
    case Action:
        return tr("Action");
    case Object:
        return tr("Object");
    case Change:
        return tr("Change");
    default:
        return {};
    }
}

void HistoryTableModel::setFilter(const Filter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    history().setText(filter.text);
    // Whole local days, as the administrator picked them.
    history().setRange(filter.from.isValid() ? filter.from.startOfDay() : QDateTime(),
                       filter.until.isValid() ? filter.until.addDays(1).startOfDay() : QDateTime());
    reload();
}

QString HistoryTableModel::actionAt(int row) const
{
    return row >= 0 && row < rowCount() ? rowValues(row).value(ActionValue).toString() : QString();
}

QString HistoryTableModel::objectIdAt(int row) const
{
    return row >= 0 && row < rowCount() ? rowValues(row).value(ObjectId).toString() : QString();
}

QDateTime HistoryTableModel::timeAt(int row) const
{
    return row >= 0 && row < rowCount() ? fromStorage(rowValues(row).value(At).toString()) : QDateTime();
}

} // namespace nm
