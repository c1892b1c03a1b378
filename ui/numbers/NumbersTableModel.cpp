#include "NumbersTableModel.h"

#include "Clock.h"
#include "Format.h"
#include "phone/PhoneNumbers.h"

#include <QFont>
#include <QLocale>
#include <QLoggingCategory>
#include <QPalette>
#include <QSqlError>
#include <algorithm>

Q_LOGGING_CATEGORY(lcNumbersModel, "nm.ui.numbers")

namespace nm {

namespace {
using Value = NumberRowsQuery::Value;
constexpr auto RowKey = NumberRowsQuery::RowKey;
constexpr auto KindValue = NumberRowsQuery::KindValue;
constexpr auto AssigneeId = NumberRowsQuery::AssigneeId;
constexpr auto AssigneeKey = NumberRowsQuery::AssigneeKey;
constexpr auto AssigneeName = NumberRowsQuery::AssigneeName;
constexpr auto E164 = NumberRowsQuery::E164;
constexpr auto CountryValue = NumberRowsQuery::CountryValue;
constexpr auto StateValue = NumberRowsQuery::StateValue;
constexpr auto Version = NumberRowsQuery::Version;
constexpr auto PaidUntil = NumberRowsQuery::PaidUntil;
constexpr auto AutoRenewValue = NumberRowsQuery::AutoRenewValue;
constexpr auto AssigneeActive = NumberRowsQuery::AssigneeActive;
} // namespace

NumbersTableModel::NumbersTableModel(QSqlDatabase db, QObject* parent)
    : LazyQueryModel(std::make_unique<NumberRowsQuery>(std::move(db)), parent)
{ }

int NumbersTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

NumberRowInfo NumbersTableModel::infoFromValues(const QVariantList& values)
{
    NumberRowInfo info;
    info.rowKey = values.value(RowKey).toString();
    info.kind = values.value(KindValue).toString() == QLatin1String("member") ? AssigneeKind::Member
                                                                              : AssigneeKind::SipProfile;
    info.assigneeId = values.value(AssigneeId).toLongLong();
    info.key = values.value(AssigneeKey).toString();
    info.displayName = values.value(AssigneeName).toString();
    info.e164 = values.value(E164).toString();
    if (!values.value(StateValue).isNull())
        info.state = stateFromKey(values.value(StateValue).toString());
    info.version = values.value(Version).toInt();
    if (!values.value(PaidUntil).isNull())
        info.paidUntil = fromStorage(values.value(PaidUntil).toString());
    info.autoRenew = values.value(AutoRenewValue).toInt() != 0;
    info.assigneeActive = values.value(AssigneeActive).toInt() != 0;
    return info;
}

NumberRowInfo NumbersTableModel::rowInfo(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return infoFromValues(rowValues(row));
}

QVariant NumbersTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantList& values = rowValues(index.row());
    const bool hasNumber = !values.value(E164).isNull();
    // A plain value and a flag rather than an optional: GCC -O2 warns (wrongly) about the optional.
    const std::optional<NumberState> parsed = stateFromKey(values.value(StateValue).toString());
    const bool hasState = hasNumber && parsed.has_value();
    const NumberState state = parsed.value_or(NumberState::Pending);
    const bool endsAtPaidUntil
        = hasState && (state == NumberState::Cancelled || state == NumberState::Expired);
    const bool isMember = values.value(KindValue).toString() == QLatin1String("member");
    const bool removed = values.value(AssigneeActive).toInt() == 0;
    switch (index.column()) {
    case Tick:
        if (role == Qt::CheckStateRole && removed)
            return {};
        if (role == Qt::CheckStateRole)
            return m_ticks.contains(values.value(RowKey).toString()) ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::AccessibleTextRole || role == Qt::ToolTipRole)
            return hasNumber ? tr("Tick %1, %2")
                                   .arg(values.value(AssigneeName).toString(),
                                        formatInternational(values.value(E164).toString()))
                             : tr("Tick %1").arg(values.value(AssigneeName).toString());
        return {};
    case Name:
        if ((role == Qt::DisplayRole || role == Qt::AccessibleTextRole) && removed)
            return tr("%1 (removed)").arg(values.value(AssigneeName).toString());
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return values.value(AssigneeName);
        if (role == Qt::ToolTipRole && removed)
            return isMember ? tr("Removed member %1: the number stays until it expires; reassign or "
                                 "reactivate it for a successor.")
                                  .arg(values.value(AssigneeKey).toString())
                            : tr("Removed SIP profile %1: the number stays until it expires; reassign or "
                                 "reactivate it for a successor.")
                                  .arg(values.value(AssigneeKey).toString());
        if (role == Qt::ToolTipRole)
            return isMember ? tr("Account name: %1").arg(values.value(AssigneeKey).toString())
                            : tr("SIP profile id: %1").arg(values.value(AssigneeKey).toString());
        if (role == Qt::ForegroundRole && removed)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        if (role == Qt::FontRole && removed) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Kind:
        if ((role == Qt::DisplayRole || role == Qt::AccessibleTextRole) && removed)
            return isMember ? tr("Member (removed)") : tr("SIP profile (removed)");
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return assigneeKindDisplayName(isMember ? AssigneeKind::Member : AssigneeKind::SipProfile);
        return {};
    case Number:
        if ((role == Qt::DisplayRole || role == Qt::AccessibleTextRole) && hasNumber)
            return formatInternational(values.value(E164).toString());
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return role == Qt::AccessibleTextRole ? tr("No number") : QString();
        return {};
    case Country:
        if ((role == Qt::DisplayRole || role == Qt::AccessibleTextRole) && hasNumber)
            return countryName(values.value(CountryValue).toString());
        return {};
    case State:
        if ((role == Qt::DisplayRole || role == Qt::AccessibleTextRole) && hasState)
            return stateDisplayName(state);
        return {};
    case ExpiresOn:
        if ((role == Qt::DisplayRole || role == Qt::AccessibleTextRole) && hasNumber) {
            // What happens on the paid-until date, in words: a renewal, or the end.
            const QString date = formatDate(fromStorage(values.value(PaidUntil).toString()));
            if (hasState && state == NumberState::Expired)
                return tr("Expired on %1").arg(date);
            if (!endsAtPaidUntil && values.value(AutoRenewValue).toInt() != 0)
                return tr("Renews on %1").arg(date);
            return tr("Expires on %1").arg(date);
        }
        if (role == Qt::ToolTipRole && hasNumber && !endsAtPaidUntil)
            return values.value(AutoRenewValue).toInt() != 0
                ? tr("Paid until this date; renews automatically unless cancelled.")
                : tr("Paid until this date; then it expires, as automatic renewal is off.");
        return {};
    case AutoRenew:
        if ((role == Qt::DisplayRole || role == Qt::AccessibleTextRole) && hasNumber)
            return values.value(AutoRenewValue).toInt() != 0 ? tr("Yes") : tr("No");
        return {};
    default:
        return {};
    }
}

bool NumbersTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != Tick || role != Qt::CheckStateRole)
        return false;
    setTicked(index.row(), value.value<Qt::CheckState>() == Qt::Checked);
    return true;
}

Qt::ItemFlags NumbersTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == Tick && rowValues(index.row()).value(AssigneeActive).toInt() != 0)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant NumbersTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return LazyQueryModel::headerData(section, orientation, role);
    if (section == Tick) {
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return tr("Tick the members and SIP profiles to assign or cancel numbers for");
        return role == Qt::DisplayRole ? QVariant(QString()) : QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Type");
    case Number:
        return tr("Number");
    case Country:
        return tr("Country");
    case State:
        return tr("State");
    case ExpiresOn:
        return tr("Renews or expires");
    case AutoRenew:
        return tr("Auto-renew");
    default:
        return {};
    }
}

void NumbersTableModel::setSearchText(const QString& text)
{
    if (text == rows().searchText())
        return;
    rows().setSearchText(text);
    reload();
}

void NumbersTableModel::setStateFilter(std::optional<NumberState> state)
{
    if (state == rows().state())
        return;
    rows().setState(state);
    reload();
}

void NumbersTableModel::setFilters(const NumberRowsQuery::Filters& filters)
{
    if (filters == rows().filters())
        return;
    rows().setFilters(filters);
    reload();
}

bool NumbersTableModel::isTicked(int row) const
{
    return row >= 0 && row < rowCount() && m_ticks.contains(key(row).toString());
}

void NumbersTableModel::setTicked(int row, bool ticked)
{
    if (row < 0 || row >= rowCount() || isTicked(row) == ticked)
        return;
    if (ticked && rowValues(row).value(AssigneeActive).toInt() == 0)
        return; // nothing can be bought for, or cancelled of, a removed holder
    const QString rowKey = key(row).toString();
    ++m_tickEdits;
    m_cancellable.reset();
    if (ticked)
        m_ticks.insert(rowKey, rowInfo(row));
    else
        m_ticks.remove(rowKey);
    const QModelIndex cell = index(row, Tick);
    emit dataChanged(cell, cell, {Qt::CheckStateRole});
    emit tickedChanged();
}

std::vector<NumberRowInfo> NumbersTableModel::sortedByName(const QHash<QString, NumberRowInfo>& ticks)
{
    std::vector<NumberRowInfo> rows;
    rows.reserve(size_t(ticks.size()));
    for (const NumberRowInfo& info : ticks)
        rows.push_back(info);
    std::sort(rows.begin(), rows.end(), [](const NumberRowInfo& a, const NumberRowInfo& b) {
        const int byName = a.displayName.compare(b.displayName, Qt::CaseInsensitive);
        if (byName != 0)
            return byName < 0;
        return a.rowKey < b.rowKey;
    });
    return rows;
}

int NumbersTableModel::tickedCancellableCount() const
{
    if (!m_cancellable)
        m_cancellable = int(std::count_if(m_ticks.cbegin(), m_ticks.cend(),
                                          [](const NumberRowInfo& info) { return info.isCancellable(); }));
    return *m_cancellable;
}

void NumbersTableModel::setAllTicked(bool ticked)
{
    ++m_tickAllRequests; // a "tick all" still being read no longer counts
    ++m_tickEdits;
    m_tickingAll = false;
    if (!ticked) {
        if (m_ticks.isEmpty())
            return;
        m_ticks.clear();
        m_cancellable.reset();
        emitTickColumnChanged();
        emit tickedChanged();
        return;
    }
    // Every matching row, loaded or not: the keys come from the same query, unpaged. A
    // million rows take seconds to read: on the reader's thread when there is one.
    auto read = [](const ListQuery& query) {
        QHash<QString, NumberRowInfo> all;
        const Status status = query.forEach([&all](const QVariantList& values) {
            NumberRowInfo info = infoFromValues(values);
            if (info.assigneeActive)
                all.insert(info.rowKey, std::move(info));
            return true;
        });
        return std::make_shared<Result<QHash<QString, NumberRowInfo>>>(
            status ? Result<QHash<QString, NumberRowInfo>>(std::move(all)) : status.error());
    };
    const quint64 request = m_tickAllRequests;
    if (runOnRowReader([this, read, request](const ListQuery& query) {
            auto all = read(query);
            return std::function<void()>([this, request, all] {
                if (request == m_tickAllRequests) // else ticked or unticked all since
                    takeAllTicks(std::move(*all));
            });
        })) {
        m_tickingAll = true;
        emit tickedChanged();
        return;
    }
    takeAllTicks(std::move(*read(listQuery())));
}

void NumbersTableModel::takeAllTicks(Result<QHash<QString, NumberRowInfo>> all)
{
    m_tickingAll = false;
    if (!all) {
        qCWarning(lcNumbersModel) << "tick all failed:" << all.error().message;
    } else {
        QHash<QString, NumberRowInfo> ticks = std::move(all).value();
        for (auto it = m_ticks.cbegin(); it != m_ticks.cend(); ++it)
            ticks.insert(it.key(), it.value());
        m_ticks = std::move(ticks);
        m_cancellable.reset();
        ++m_tickEdits;
    }
    emitTickColumnChanged();
    emit tickedChanged();
}

void NumbersTableModel::tickAllOf(const AssigneeRef& assignee)
{
    auto rowsOfAssignee = rows().rowsOf(assignee.kind, {assignee.id});
    if (!rowsOfAssignee) {
        qCWarning(lcNumbersModel) << "tick all of an assignee failed:" << rowsOfAssignee.error().message;
        return;
    }
    for (const QVariantList& values : *rowsOfAssignee) {
        NumberRowInfo info = infoFromValues(values);
        if (info.assigneeActive)
            m_ticks.insert(info.rowKey, std::move(info));
    }
    m_cancellable.reset();
    emitTickColumnChanged();
    emit tickedChanged();
}

void NumbersTableModel::emitTickColumnChanged()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, Tick), index(rowCount() - 1, Tick), {Qt::CheckStateRole});
}

void NumbersTableModel::refresh()
{
    LazyQueryModel::refresh();
    syncTicks();
}

// Brings the ticked rows up to date (state, version) and forgets those that are gone,
// such as the empty row of an assignee who has just been given a number.
void NumbersTableModel::syncTicks()
{
    if (m_ticks.isEmpty())
        return;
    QList<qint64> members;
    QList<qint64> sipProfiles;
    for (const NumberRowInfo& info : std::as_const(m_ticks))
        (info.kind == AssigneeKind::Member ? members : sipProfiles) << info.assigneeId;
    // The ticked rows as they are now, only those still there and tickable: after "tick
    // all" of a million rows, read and matched on the reader's thread.
    const QHash<QString, NumberRowInfo> ticks = m_ticks; // shared, not copied
    auto read = [members, sipProfiles, ticks](const NumberRowsQuery& query) {
        QHash<QString, NumberRowInfo> found;
        for (const auto& [kind, ids] :
             {std::pair{AssigneeKind::Member, members}, std::pair{AssigneeKind::SipProfile, sipProfiles}}) {
            auto rowsOfKind = query.rowsOf(kind, ids);
            if (!rowsOfKind)
                return std::make_shared<Result<QHash<QString, NumberRowInfo>>>(rowsOfKind.error());
            for (const QVariantList& values : *rowsOfKind) {
                NumberRowInfo info = infoFromValues(values);
                if (ticks.contains(info.rowKey) && info.assigneeActive)
                    found.insert(info.rowKey, std::move(info));
            }
        }
        return std::make_shared<Result<QHash<QString, NumberRowInfo>>>(std::move(found));
    };
    const quint64 edits = m_tickEdits;
    if (runOnRowReader([this, read, edits](const ListQuery& query) {
            auto fresh = read(static_cast<const NumberRowsQuery&>(query));
            return std::function<void()>([this, fresh, edits] {
                if (edits == m_tickEdits) // else ticked or unticked since: brought up to date next time
                    takeTicks(std::move(*fresh));
            });
        }))
        return;
    takeTicks(std::move(*read(rows())));
}

void NumbersTableModel::takeTicks(Result<QHash<QString, NumberRowInfo>> fresh)
{
    if (!fresh) {
        qCWarning(lcNumbersModel) << "reading ticked rows failed:" << fresh.error().message;
        return; // keep the ticks as they were rather than lose them on a read error
    }
    const bool lost = fresh->size() != m_ticks.size();
    m_ticks = std::move(fresh).value();
    m_cancellable.reset();
    if (lost)
        emitTickColumnChanged();
    emit tickedChanged();
}

void NumbersTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace nm
