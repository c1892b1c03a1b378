#include "NumbersTableModel.h"

#include "Clock.h"
#include "Format.h"
#include "Validation.h"
#include "phone/PhoneNumbers.h"

#include <QFont>
#include <QLocale>
#include <QLoggingCategory>
#include <QPalette>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

Q_LOGGING_CATEGORY(lcNumbersModel, "nm.ui.numbers")

namespace nm {

namespace {

enum Value
{
    RowKey,
    KindValue,
    AssigneeId,
    AssigneeKey,
    AssigneeName,
    NumberId,
    E164,
    CountryValue,
    StateValue,
    Version,
    PaidUntil,
    AutoRenewValue,
    AssigneeActive
};

// The row key is made here, outside the subquery: built inside it, the count would
// build it for every one of 100,000 rows for nothing.
const QString selectColumns = QStringLiteral(
    "SELECT r.kind || r.aid || '-' || ifnull(r.nid, ''), r.kind, r.aid, r.akey, r.aname, r.nid, r.e164, "
    "r.country, r.state, r.version, r.paid_until, r.auto_renew, r.aactive");

// One arm per kind of assignee. The LEFT JOIN keeps assignees without numbers as one
// row with an empty number; released numbers are no longer the organisation's. A
// removed assignee appears only with the numbers it still holds cancelled (paid for,
// until they expire). The name carries its collation so that "ORDER BY r.aname" is a
// plain column: SQLite then flattens the union and reads the first page in name order
// from members_display_name. %1 is where a search adds its test on the assignee, before
// the join; searches compare the stored case-folded keys.
const QString memberRows = QStringLiteral(
    "SELECT 'member' AS kind, m.id AS aid, m.account_name AS akey, m.display_name COLLATE NOCASE AS aname, "
    "n.id AS nid, n.e164 AS e164, n.country AS country, n.state AS state, n.version AS version, "
    "s.paid_until AS paid_until, s.auto_renew AS auto_renew, m.status = 'active' AS aactive, "
    "m.display_key AS name_key, m.account_key AS id_key "
    "FROM members m LEFT JOIN numbers n ON n.member_id = m.id AND n.state <> 'released' "
    "LEFT JOIN subscriptions s ON s.number_id = n.id "
    "WHERE (m.status = 'active' OR n.state = 'cancelled')%1");
const QString sipRows = QStringLiteral(
    "SELECT 'sip_profile' AS kind, p.id AS aid, p.profile_id AS akey, p.name COLLATE NOCASE AS aname, "
    "n.id AS nid, n.e164 AS e164, n.country AS country, n.state AS state, n.version AS version, "
    "s.paid_until AS paid_until, s.auto_renew AS auto_renew, p.status = 'active' AS aactive, "
    "p.name_key AS name_key, p.profile_key AS id_key "
    "FROM sip_profiles p LEFT JOIN numbers n ON n.sip_profile_id = p.id AND n.state <> 'released' "
    "LEFT JOIN subscriptions s ON s.number_id = n.id "
    "WHERE (p.status = 'active' OR n.state = 'cancelled')%1");

// A search by number digits must not look up every member's numbers: the assignees
// who match by name, or who hold a matching number, are picked before the join.
const QString memberPrefilter
    = QStringLiteral(" AND (instr(m.display_key, ?) > 0 OR instr(m.account_key, ?) > 0 OR m.id IN "
                     "(SELECT member_id FROM numbers WHERE member_id IS NOT NULL AND instr(e164, ?) > 0))");
const QString sipPrefilter = QStringLiteral(
    " AND (instr(p.name_key, ?) > 0 OR instr(p.profile_key, ?) > 0 OR p.id IN "
    "(SELECT sip_profile_id FROM numbers WHERE sip_profile_id IS NOT NULL AND instr(e164, ?) > 0))");

QString orderExpression(int column)
{
    switch (column) {
    case NumbersTableModel::Kind:
        return QStringLiteral("r.kind");
    case NumbersTableModel::Number:
        return QStringLiteral("r.e164 IS NULL, r.e164");
    case NumbersTableModel::Country:
        return QStringLiteral("r.country IS NULL, r.country");
    case NumbersTableModel::State:
        return QStringLiteral(
            "CASE r.state WHEN 'pending' THEN 1 WHEN 'active' THEN 2 WHEN 'cancelled' THEN 3 "
            "WHEN 'expired' THEN 4 ELSE 9 END");
    case NumbersTableModel::ExpiresOn:
        return QStringLiteral("r.paid_until IS NULL, r.paid_until");
    case NumbersTableModel::AutoRenew:
        return QStringLiteral("r.auto_renew IS NULL, r.auto_renew");
    default:
        return QStringLiteral("r.aname");
    }
}

} // namespace

NumbersTableModel::NumbersTableModel(QSqlDatabase db, QObject* parent)
    : LazyQueryModel(db, parent)
    , m_db(db)
{ }

int NumbersTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

LazyQueryModel::Query NumbersTableModel::query() const
{
    Query q;
    q.select = selectColumns;
    QString memberArm = memberRows.arg(QString());
    QString sipArm = sipRows.arg(QString());
    QVariantList armValues;
    QStringList where;
    QVariantList whereValues;
    if (m_state) {
        where << QStringLiteral("r.state = ?");
        whereValues << stateKey(*m_state);
    }
    const QString text = Validation::tidy(m_search);
    if (!text.isEmpty()) {
        const QString key = Validation::searchKey(text);
        const QString digits = searchDigits(text);
        QString match = QStringLiteral("instr(r.name_key, ?) > 0 OR instr(r.id_key, ?) > 0");
        whereValues << key << key;
        if (!digits.isEmpty()) {
            memberArm = memberRows.arg(memberPrefilter);
            sipArm = sipRows.arg(sipPrefilter);
            armValues << key << key << digits << key << key << digits;
            match += QStringLiteral(" OR instr(r.e164, ?) > 0");
            whereValues << digits;
        }
        where << QLatin1Char('(') + match + QLatin1Char(')');
    }
    q.from = QStringLiteral("FROM (") + memberArm + QStringLiteral(" UNION ALL ") + sipArm
        + QStringLiteral(") r");
    if (!where.isEmpty())
        q.from += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    q.values = armValues + whereValues;
    // The tie-breakers make the order total, so that pages (LIMIT/OFFSET) never overlap.
    // Plain column terms only where possible: see memberRows.
    const QString direction
        = sortOrder() == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QStringList terms = orderExpression(sortColumn()).split(QStringLiteral(", "));
    for (const QString& tie : {QStringLiteral("r.aname"), QStringLiteral("r.kind"), QStringLiteral("r.aid"),
                               QStringLiteral("r.nid")})
        if (!terms.contains(tie))
            terms << tie;
    for (QString& term : terms)
        term += direction;
    q.orderBy = QStringLiteral("ORDER BY ") + terms.join(QStringLiteral(", "));
    return q;
}

QString NumbersTableModel::currentSql() const
{
    const Query q = query();
    return QStringLiteral("%1 %2 %3 LIMIT %4").arg(q.select, q.from, q.orderBy).arg(pageSize);
}

NumberRowInfo NumbersTableModel::infoFromValues(const QVariantList& values) const
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
        if ((role == Qt::DisplayRole || role == Qt::AccessibleTextRole) && hasNumber)
            return formatDate(fromStorage(values.value(PaidUntil).toString()));
        if (role == Qt::ToolTipRole && hasNumber && !endsAtPaidUntil)
            return tr("Paid until this date; renews automatically unless cancelled.");
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
        return tr("Kind");
    case Number:
        return tr("Number");
    case Country:
        return tr("Country");
    case State:
        return tr("State");
    case ExpiresOn:
        return tr("Expires on");
    case AutoRenew:
        return tr("Auto-renew");
    default:
        return {};
    }
}

void NumbersTableModel::setSearchText(const QString& text)
{
    if (text == m_search)
        return;
    m_search = text;
    reload();
}

void NumbersTableModel::setStateFilter(std::optional<NumberState> state)
{
    if (state == m_state)
        return;
    m_state = state;
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
    if (ticked)
        m_ticks.insert(rowKey, rowInfo(row));
    else
        m_ticks.remove(rowKey);
    const QModelIndex cell = index(row, Tick);
    emit dataChanged(cell, cell, {Qt::CheckStateRole});
    emit tickedChanged();
}

std::vector<NumberRowInfo> NumbersTableModel::tickedRows() const
{
    std::vector<NumberRowInfo> rows;
    rows.reserve(size_t(m_ticks.size()));
    for (const NumberRowInfo& info : m_ticks)
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
    return int(std::count_if(m_ticks.cbegin(), m_ticks.cend(),
                             [](const NumberRowInfo& info) { return info.isCancellable(); }));
}

void NumbersTableModel::setAllTicked(bool ticked)
{
    if (!ticked) {
        if (m_ticks.isEmpty())
            return;
        m_ticks.clear();
    } else {
        // Every matching row, loaded or not: the keys come from the same query, unpaged.
        const Query q = query();
        QSqlQuery all(m_db);
        all.setForwardOnly(true);
        all.prepare(q.select + QLatin1Char(' ') + q.from);
        for (const QVariant& value : q.values)
            all.addBindValue(value);
        if (!all.exec()) {
            qCWarning(lcNumbersModel) << "tick all failed:" << all.lastError().text();
            return;
        }
        QVariantList values;
        while (all.next()) {
            values.clear();
            for (int c = 0; c <= AssigneeActive; ++c)
                values << all.value(c);
            NumberRowInfo info = infoFromValues(values);
            if (info.assigneeActive)
                m_ticks.insert(info.rowKey, std::move(info));
        }
    }
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
    QHash<QString, NumberRowInfo> fresh;
    auto readRows = [&](const QString& rows, const QList<qint64>& ids) {
        if (ids.isEmpty())
            return true;
        QString sql = selectColumns + QStringLiteral(" FROM (") + rows.arg(QString()) + QStringLiteral(") r");
        // A literal list of integers keeps this one indexed lookup per assignee.
        constexpr int maxListed = 5000;
        if (ids.size() <= maxListed) {
            QStringList list;
            list.reserve(ids.size());
            for (qint64 id : ids)
                list << QString::number(id);
            sql += QStringLiteral(" WHERE r.aid IN (%1)").arg(list.join(QLatin1Char(',')));
        }
        QSqlQuery select(m_db);
        select.setForwardOnly(true);
        if (!select.exec(sql)) {
            qCWarning(lcNumbersModel) << "reading ticked rows failed:" << select.lastError().text();
            return false;
        }
        QVariantList values;
        while (select.next()) {
            const QString rowKey = select.value(RowKey).toString();
            if (!m_ticks.contains(rowKey))
                continue;
            values.clear();
            for (int c = 0; c <= AssigneeActive; ++c)
                values << select.value(c);
            NumberRowInfo info = infoFromValues(values);
            if (info.assigneeActive)
                fresh.insert(rowKey, std::move(info));
        }
        return true;
    };
    if (!readRows(memberRows, members) || !readRows(sipRows, sipProfiles))
        return; // keep the ticks as they were rather than lose them on a read error
    const bool lost = fresh.size() != m_ticks.size();
    m_ticks = std::move(fresh);
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
