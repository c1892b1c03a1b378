#include "NumberRowsQuery.h"

#include "Clock.h"
#include "Validation.h"
#include "phone/PhoneNumbers.h"
#include "storage/SearchIndex.h"
#include "storage/SqlError.h"

#include <QSqlQuery>
#include <algorithm>

namespace nm {

namespace {

// Who holds a row's number, as the SQL of one arm names it.
struct Holder
{
    QString kind, id, key, name, active, nameKey, idKey, sort;
};
const Holder memberHolder{QStringLiteral("'member'"),
                          QStringLiteral("m.id"),
                          QStringLiteral("m.account_name"),
                          QStringLiteral("m.display_name"),
                          QStringLiteral("m.status = 'active'"),
                          QStringLiteral("m.display_key"),
                          QStringLiteral("m.account_key"),
                          QStringLiteral("m.display_sort")};
const Holder sipHolder{QStringLiteral("'sip_profile'"),       QStringLiteral("p.id"),
                       QStringLiteral("p.profile_id"),        QStringLiteral("p.name"),
                       QStringLiteral("p.status = 'active'"), QStringLiteral("p.name_key"),
                       QStringLiteral("p.profile_key"),       QStringLiteral("p.name_sort")};
// An arm read from the numbers, with whichever holder each has.
const Holder eitherHolder{QStringLiteral("CASE WHEN m.id IS NULL THEN 'sip_profile' ELSE 'member' END"),
                          QStringLiteral("coalesce(m.id, p.id)"),
                          QStringLiteral("coalesce(m.account_name, p.profile_id)"),
                          QStringLiteral("coalesce(m.display_name, p.name)"),
                          QStringLiteral("coalesce(m.status, p.status) = 'active'"),
                          QStringLiteral("coalesce(m.display_key, p.name_key)"),
                          QStringLiteral("coalesce(m.account_key, p.profile_key)"),
                          QStringLiteral("coalesce(m.display_sort, p.name_sort)")};

// The values of NumberRowsQuery::Value, in order.
QString valueColumns(const Holder& h)
{
    return QStringLiteral(
               "%1 || CAST(%2 AS TEXT) || '-' || coalesce(CAST(n.id AS TEXT), ''), %1, %2, %3, %4, "
               "n.id, n.e164, n.country, n.state, n.version, s.paid_until, s.auto_renew, %5")
        .arg(h.kind, h.id, h.key, h.name, h.active);
}

// Every member (or SIP profile) with each of its numbers that is not released, or alone
// when it has none. %1 is the holder's table.
QString assigneeFrom(const Holder& h, const QString& table, const QString& alias, const QString& column)
{
    return QStringLiteral("FROM %1 %2 LEFT JOIN numbers n ON n.%3 = %4 AND n.state <> 'released' "
                          "LEFT JOIN subscriptions s ON s.number_id = n.id")
        .arg(table, alias, column, h.id);
}
const QString memberFrom
    = assigneeFrom(memberHolder, QStringLiteral("members"), QStringLiteral("m"), QStringLiteral("member_id"));
const QString sipFrom = assigneeFrom(sipHolder, QStringLiteral("sip_profiles"), QStringLiteral("p"),
                                     QStringLiteral("sip_profile_id"));
// Every number with its holder; from the subscriptions when the order is theirs.
const QString holderJoins = QStringLiteral(
    "LEFT JOIN members m ON m.id = n.member_id LEFT JOIN sip_profiles p ON p.id = n.sip_profile_id");
const QString numbersFrom
    = QStringLiteral("FROM numbers n %1 LEFT JOIN subscriptions s ON s.number_id = n.id").arg(holderJoins);
const QString subscriptionsFrom
    = QStringLiteral("FROM subscriptions s JOIN numbers n ON n.id = s.number_id %1").arg(holderJoins);
// A number still on the page: held by an active assignee, or cancelled (paid for, until
// it expires) by a removed one, so that it can go to a successor.
const QString numberShown
    = QStringLiteral("n.state <> 'released' AND coalesce(m.status, p.status) IS NOT NULL AND "
                     "(coalesce(m.status, p.status) = 'active' OR n.state = 'cancelled')");

// One statement of the rows, read in the order through an index: its values, then the
// keys that order it. A segment is one or more arms whose rows interleave, merged by the
// database (a compound with ORDER BY); the segments of an order follow one another.
struct Arm
{
    struct Key
    {
        QString expression;
        bool text = true; // else an integer (for a value to compare with)
    };
    const Holder* holder = nullptr;
    QString from;
    QStringList where;
    QList<Key> keys;
    bool hasNumbers = true; // false: only assignees without numbers
    bool mayLackNumber = false; // rows of assignees without numbers come too
    std::optional<AssigneeKind> kind; // nullopt: both kinds
    // What the arm reads its rows by: a member's or SIP profile's id (an assignee arm),
    // or a number's (the others), and the column that holds it.
    enum class Rows
    {
        Members,
        SipProfiles,
        Numbers
    } rows
        = Rows::Numbers;
    QString rowsColumn = QStringLiteral("n.id");
};
using Segment = std::vector<Arm>;

Arm::Key text(const QString& expression)
{
    return {expression, true};
}
Arm::Key integer(const QString& expression)
{
    return {expression, false};
}
QString kindName(AssigneeKind kind)
{
    return kind == AssigneeKind::Member ? QStringLiteral("member") : QStringLiteral("sip_profile");
}

// The active members or SIP profiles, with each of their numbers or alone.
Arm assigneeArm(AssigneeKind kind)
{
    Arm arm;
    arm.kind = kind;
    arm.holder = kind == AssigneeKind::Member ? &memberHolder : &sipHolder;
    arm.from = kind == AssigneeKind::Member ? memberFrom : sipFrom;
    arm.where << (kind == AssigneeKind::Member ? QStringLiteral("m.status = 'active'")
                                               : QStringLiteral("p.status = 'active'"));
    arm.mayLackNumber = true;
    arm.rows = kind == AssigneeKind::Member ? Arm::Rows::Members : Arm::Rows::SipProfiles;
    arm.rowsColumn = kind == AssigneeKind::Member ? QStringLiteral("m.id") : QStringLiteral("p.id");
    return arm;
}

// The removed assignees' cancelled numbers (few: sorted apart), of one kind or both.
Arm removedArm(std::optional<AssigneeKind> kind)
{
    Arm arm;
    arm.kind = kind;
    arm.holder = &eitherHolder;
    arm.from = numbersFrom;
    arm.where << QStringLiteral("n.state = 'cancelled' AND coalesce(m.status, p.status) = 'removed'");
    if (kind)
        arm.where << (*kind == AssigneeKind::Member ? QStringLiteral("n.member_id IS NOT NULL")
                                                    : QStringLiteral("n.sip_profile_id IS NOT NULL"));
    return arm;
}

// The segments of each order. Rows without a number come after the numbered ones in an
// order by a number's column (before them, descending), by name.
std::vector<Segment> segmentsFor(int column)
{
    std::vector<Segment> segments;
    if (column == NumberRowsQuery::Kind) {
        // Members, then SIP profiles, each by name.
        for (AssigneeKind kind : {AssigneeKind::Member, AssigneeKind::SipProfile}) {
            Arm assignees = assigneeArm(kind);
            assignees.keys = {text(assignees.holder->sort), integer(assignees.holder->id),
                              integer(QStringLiteral("coalesce(n.id, 0)"))};
            Arm removed = removedArm(kind);
            removed.keys
                = {text(eitherHolder.sort), integer(eitherHolder.id), integer(QStringLiteral("n.id"))};
            segments.push_back({assignees, removed});
        }
        return segments;
    }
    if (column == NumberRowsQuery::Name || column == NumberRowsQuery::Tick) {
        Segment byName;
        for (AssigneeKind kind : {AssigneeKind::Member, AssigneeKind::SipProfile}) {
            Arm arm = assigneeArm(kind);
            arm.keys = {text(arm.holder->sort), text(QLatin1Char('\'') + kindName(kind) + QLatin1Char('\'')),
                        integer(arm.holder->id), integer(QStringLiteral("coalesce(n.id, 0)"))};
            byName.push_back(arm);
        }
        Arm removed = removedArm(std::nullopt);
        removed.keys = {text(eitherHolder.sort), text(eitherHolder.kind), integer(eitherHolder.id),
                        integer(QStringLiteral("n.id"))};
        byName.push_back(removed);
        segments.push_back(byName);
        return segments;
    }
    auto numbered = [](const QString& from, QList<Arm::Key> keys) {
        Arm arm;
        arm.holder = &eitherHolder;
        arm.from = from;
        arm.where << numberShown;
        arm.keys = std::move(keys);
        if (from == subscriptionsFrom)
            arm.rowsColumn = QStringLiteral("s.number_id");
        return arm;
    };
    switch (column) {
    case NumberRowsQuery::Number:
        segments.push_back({numbered(numbersFrom, {text(QStringLiteral("n.e164"))})});
        break;
    case NumberRowsQuery::Country:
        segments.push_back(
            {numbered(numbersFrom, {text(QStringLiteral("n.country")), text(QStringLiteral("n.e164"))})});
        break;
    case NumberRowsQuery::State:
        // In the order of a number's life, each state read by its index.
        for (NumberState state :
             {NumberState::Pending, NumberState::Active, NumberState::Cancelled, NumberState::Expired}) {
            Arm arm = numbered(numbersFrom, {text(QStringLiteral("n.e164"))});
            arm.where << QStringLiteral("n.state = '%1'").arg(stateKey(state));
            segments.push_back({arm});
        }
        break;
    case NumberRowsQuery::ExpiresOn:
        segments.push_back(
            {numbered(subscriptionsFrom,
                      {text(QStringLiteral("s.paid_until")), integer(QStringLiteral("s.number_id"))})});
        break;
    default: // AutoRenew; s.number_id, not n.id: the index orders it
        segments.push_back(
            {numbered(subscriptionsFrom,
                      {integer(QStringLiteral("s.auto_renew")), text(QStringLiteral("s.paid_until")),
                       integer(QStringLiteral("s.number_id"))})});
        break;
    }
    Segment withoutNumber;
    for (AssigneeKind kind : {AssigneeKind::Member, AssigneeKind::SipProfile}) {
        Arm arm = assigneeArm(kind);
        arm.where << QStringLiteral("n.id IS NULL");
        arm.hasNumbers = false;
        arm.keys = {text(arm.holder->sort), text(QLatin1Char('\'') + kindName(kind) + QLatin1Char('\'')),
                    integer(arm.holder->id)};
        withoutNumber.push_back(arm);
    }
    segments.push_back(withoutNumber);
    return segments;
}

// A search that matches few rows, through the search index: the rows each kind of arm can
// have (their holder or number matches), by the arm's kind of rows. The search's own
// conditions still decide each row; these only let the database read the matches instead
// of every row in the order. A kind without them is read in its order.
struct Narrowed
{
    std::optional<searchindex::Candidates> members, sipProfiles, numbers;
};

Narrowed narrowSearch(const QSqlDatabase& db, const QString& key, const QString& digits)
{
    using searchindex::Candidates, searchindex::Index, searchindex::sparseMatches;
    if (!searchindex::available(db))
        return {};
    const std::optional<Candidates> memberMatch = searchindex::candidates(Index::MemberNames, key);
    const std::optional<Candidates> sipMatch = searchindex::candidates(Index::SipProfiles, key);
    const std::optional<Candidates> numberMatch
        = digits.isEmpty() ? std::nullopt : searchindex::candidates(Index::Numbers, digits);
    if (!memberMatch || !sipMatch || (!digits.isEmpty() && !numberMatch))
        return {};
    // Few enough? Counted up to the limit only.
    int matches = 0;
    for (const std::optional<Candidates>* match : {&memberMatch, &sipMatch, &numberMatch}) {
        if (!*match)
            continue;
        const int found = searchindex::count(db, **match, sparseMatches - matches);
        if (found < 0)
            return {}; // searched by reading the rows, which reports any failure
        matches += found;
        if (matches > sparseMatches)
            return {};
    }
    Narrowed narrowed;
    narrowed.members = memberMatch;
    narrowed.sipProfiles = sipMatch;
    // The numbers of the holders that match, and those with the digits, with their holders.
    Candidates numbers{QStringLiteral("SELECT id FROM numbers WHERE member_id IN (%1)").arg(memberMatch->sql),
                       memberMatch->values};
    numbers += {QStringLiteral("SELECT id FROM numbers WHERE sip_profile_id IN (%1)").arg(sipMatch->sql),
                sipMatch->values};
    if (numberMatch) {
        *narrowed.members
            += {QStringLiteral("SELECT member_id FROM numbers WHERE id IN (%1)").arg(numberMatch->sql),
                numberMatch->values};
        *narrowed.sipProfiles
            += {QStringLiteral("SELECT sip_profile_id FROM numbers WHERE id IN (%1)").arg(numberMatch->sql),
                numberMatch->values};
        numbers += *numberMatch;
    }
    // A few holders may hold many numbers (an office's PBX, most of them): then the rows read
    // by number are found sooner in their order than by sorting all those numbers.
    const int held = searchindex::count(db, numbers, sparseMatches);
    if (held >= 0 && held <= sparseMatches)
        narrowed.numbers = numbers;
    return narrowed;
}

} // namespace

NumberRowsQuery::NumberRowsQuery(QSqlDatabase db)
    : ListQuery(std::move(db))
{
    setOrder(Name, Order::Ascending);
}

// A row's values: ValueCount values, its segment, then the segment's keys.
std::vector<NumberRowsQuery::Part> NumberRowsQuery::segments(const QVariantList* after) const
{
    QStringList conditions;
    QVariantList conditionValues;
    if (m_state) {
        conditions << QStringLiteral("n.state = ?");
        conditionValues << stateKey(*m_state);
    }
    if (!m_filters.country.isEmpty()) {
        conditions << QStringLiteral("n.country = ?");
        conditionValues << m_filters.country.toUpper();
    }
    if (!m_filters.areaCode.isEmpty()) {
        conditions << QStringLiteral("n.area_code = ?");
        conditionValues << m_filters.areaCode;
    }
    if (m_filters.autoRenewOff)
        conditions << QStringLiteral("s.auto_renew = 0");
    if (m_filters.expiresBefore.isValid()) {
        // Numbers that will stop then: not renewing (cancelled, or auto-renew off), still usable.
        conditions << QStringLiteral("s.auto_renew = 0 AND n.state IN ('pending', 'active', 'cancelled') "
                                     "AND s.paid_until <= ?");
        conditionValues << toStorage(m_filters.expiresBefore);
    }
    const bool needsNumber = !conditions.isEmpty();
    const QString tidied = Validation::tidy(m_search);
    const QString key = tidied.isEmpty() ? QString() : Validation::searchKey(tidied);
    const QString digits = tidied.isEmpty() ? QString() : searchDigits(tidied);
    const Narrowed narrowed = key.isEmpty() ? Narrowed{} : narrowSearch(db(), key, digits);

    const bool ascending = order() == Order::Ascending;
    const QString dir = QLatin1Char(' ') + direction(order());
    const QString op = ascending ? QStringLiteral(">") : QStringLiteral("<");
    std::vector<Segment> all = segmentsFor(orderColumn());
    const int afterSegment = after ? after->value(ValueCount, -1).toInt() : -1;
    std::vector<Part> statements;
    for (int index = 0; index < int(all.size()); ++index) {
        // Descending, the segments come last to first: skip those before the row's.
        if (after && (ascending ? index < afterSegment : index > afterSegment))
            continue;
        Sql q;
        q.compound = true;
        QStringList parts, counted;
        for (Arm& arm : all[size_t(index)]) {
            if ((needsNumber && !arm.hasNumbers) || (m_filters.withoutNumber && !arm.mayLackNumber))
                continue;
            if (m_filters.kind && arm.kind && *arm.kind != *m_filters.kind)
                continue;
            QVariantList values;
            if (m_filters.kind && !arm.kind)
                arm.where << (*m_filters.kind == AssigneeKind::Member
                                  ? QStringLiteral("n.member_id IS NOT NULL")
                                  : QStringLiteral("n.sip_profile_id IS NOT NULL"));
            if (m_filters.withoutNumber && arm.hasNumbers)
                arm.where << QStringLiteral("n.id IS NULL");
            arm.where << conditions;
            values << conditionValues;
            if (!key.isEmpty()) {
                QString match = QStringLiteral("instr(%1, ?) > 0 OR instr(%2, ?) > 0")
                                    .arg(arm.holder->nameKey, arm.holder->idKey);
                values << key << key;
                if (!digits.isEmpty() && arm.hasNumbers) {
                    match += QStringLiteral(" OR instr(n.e164, ?) > 0");
                    values << digits;
                }
                arm.where << QLatin1Char('(') + match + QLatin1Char(')');
                const std::optional<searchindex::Candidates>& rows = arm.rows == Arm::Rows::Members
                    ? narrowed.members
                    : arm.rows == Arm::Rows::SipProfiles ? narrowed.sipProfiles
                                                         : narrowed.numbers;
                if (rows) {
                    arm.where << QStringLiteral("%1 IN (%2)").arg(arm.rowsColumn, rows->sql);
                    values << rows->values;
                }
            }
            QStringList keys;
            for (const Arm::Key& armKey : std::as_const(arm.keys))
                keys << armKey.expression;
            if (after && index == afterSegment) {
                // Keyset paging: the rows after `after`, found through the index by the
                // first key, the others compared as a row value.
                QStringList marks;
                for (int k = 0; k < keys.size(); ++k)
                    marks << QStringLiteral("?");
                arm.where << QStringLiteral("%1 %2= ?").arg(keys.first(), op);
                values << after->value(ValueCount + 1);
                arm.where << QStringLiteral("(%1) %2 (%3)")
                                 .arg(keys.join(QStringLiteral(", ")), op, marks.join(QStringLiteral(", ")));
                for (int k = 0; k < keys.size(); ++k)
                    values << after->value(ValueCount + 1 + k);
            }
            parts << QStringLiteral("SELECT %1, %2, %3 %4 WHERE %5")
                         .arg(valueColumns(*arm.holder), QString::number(index),
                              keys.join(QStringLiteral(", ")), arm.from,
                              arm.where.join(QStringLiteral(" AND ")));
            counted << QStringLiteral("SELECT 1 %1 WHERE %2")
                           .arg(arm.from, arm.where.join(QStringLiteral(" AND ")));
            q.values << values;
        }
        if (parts.isEmpty())
            continue;
        q.from = parts.join(QStringLiteral(" UNION ALL "));
        QStringList terms;
        for (int k = 0; k < all[size_t(index)].front().keys.size(); ++k)
            terms << QString::number(ValueCount + 2 + k) + dir;
        q.orderBy = QStringLiteral("ORDER BY ") + terms.join(QStringLiteral(", "));
        statements.push_back({q, counted.join(QStringLiteral(" UNION ALL "))});
    }
    if (!ascending)
        std::reverse(statements.begin(), statements.end());
    return statements;
}

ListQuery::Sql NumberRowsQuery::sql() const
{
    // The first statement, for measuring; the rows are read by read().
    std::vector<Part> all = segments(nullptr);
    if (!all.empty())
        return all.front().sql;
    Sql none;
    none.compound = true;
    none.from = QStringLiteral("SELECT %1, 0 %2 WHERE 1 = 0").arg(valueColumns(memberHolder), memberFrom);
    return none;
}

std::unique_ptr<ListQuery> NumberRowsQuery::clone() const
{
    return std::make_unique<NumberRowsQuery>(*this);
}

ListQuery::Statement NumberRowsQuery::countStatement() const
{
    // Every arm, unordered.
    QStringList arms;
    QVariantList values;
    for (const Part& part : segments(nullptr)) {
        arms << part.counted;
        values << part.sql.values;
    }
    if (arms.isEmpty())
        return {QStringLiteral("SELECT 0"), {}};
    return {QStringLiteral("SELECT count(*) FROM (%1) r").arg(arms.join(QStringLiteral(" UNION ALL "))),
            values};
}

Status NumberRowsQuery::read(const QVariantList* after, int offset, int limit, const Visitor& visit) const
{
    if (after && after->size() <= ValueCount + 1)
        after = nullptr; // not one of this order's rows: from the start
    int remaining = limit;
    int skip = after ? 0 : offset; // without a row to start after: the first `offset` rows
    bool more = true;
    for (const Part& part : segments(after)) {
        if (!more || remaining == 0)
            break;
        const Sql& q = part.sql;
        const Status status = each(
            statement(q, remaining >= 0 && skip == 0 ? QStringLiteral("LIMIT %1").arg(remaining) : QString()),
            q.values, [&](const QVariantList& row) {
                if (skip > 0) {
                    --skip;
                    return true;
                }
                more = visit(row);
                if (remaining > 0)
                    --remaining;
                return more && remaining != 0;
            });
        if (!status)
            return status;
    }
    return {};
}

Result<std::vector<QVariantList>> NumberRowsQuery::rowsOf(AssigneeKind kind, const QList<qint64>& ids) const
{
    std::vector<QVariantList> rows;
    if (ids.isEmpty())
        return rows;
    const Holder& holder = kind == AssigneeKind::Member ? memberHolder : sipHolder;
    QString sql
        = QStringLiteral("SELECT %1 %2 WHERE (%3 OR n.state = 'cancelled')")
              .arg(valueColumns(holder), kind == AssigneeKind::Member ? memberFrom : sipFrom, holder.active);
    // A literal list of integers keeps this one indexed lookup per assignee.
    constexpr int maxListed = 5000;
    if (ids.size() <= maxListed) {
        QStringList list;
        list.reserve(ids.size());
        for (qint64 id : ids)
            list << QString::number(id);
        sql += QStringLiteral(" AND %1 IN (%2)").arg(holder.id, list.join(QLatin1Char(',')));
    }
    QSqlQuery select(db());
    select.setForwardOnly(true);
    if (!select.exec(sql))
        return databaseError(select);
    while (select.next()) {
        QVariantList values;
        values.reserve(ValueCount);
        for (int c = 0; c < ValueCount; ++c)
            values << select.value(c);
        rows.push_back(std::move(values));
    }
    return rows;
}

} // namespace nm
