#include "NumberRowsQuery.h"

#include "Clock.h"
#include "Validation.h"
#include "phone/PhoneNumbers.h"
#include "storage/SqlError.h"

#include <QSqlQuery>

namespace nm {

namespace {

// The row key is made here, outside the union: built inside it, the count would build
// it for every one of 100,000 rows for nothing.
const QString selectColumns = QStringLiteral(
    "SELECT r.kind || CAST(r.aid AS TEXT) || '-' || coalesce(CAST(r.nid AS TEXT), ''), r.kind, r.aid, "
    "r.akey, "
    "r.aname, r.nid, r.e164, r.country, r.state, r.version, r.paid_until, r.auto_renew, r.aactive");

// One arm per kind of assignee. The LEFT JOIN keeps assignees without numbers as one row
// with an empty number; released numbers are no longer the organisation's. A removed
// assignee appears only with the numbers it still holds cancelled (paid for, until they
// expire). %1 is where a search adds its test on the assignee, before the join.
const QString memberRows = QStringLiteral(
    "SELECT 'member' AS kind, m.id AS aid, m.account_name AS akey, m.display_name AS aname, "
    "n.id AS nid, n.e164 AS e164, n.country AS country, n.area_code AS area_code, n.state AS state, "
    "n.version AS version, s.paid_until AS paid_until, s.auto_renew AS auto_renew, m.status = 'active' AS "
    "aactive, "
    "m.display_key AS name_key, m.account_key AS id_key, m.display_sort AS name_sort "
    "FROM members m LEFT JOIN numbers n ON n.member_id = m.id AND n.state <> 'released' "
    "LEFT JOIN subscriptions s ON s.number_id = n.id "
    "WHERE (m.status = 'active' OR n.state = 'cancelled')%1");
const QString sipRows = QStringLiteral(
    "SELECT 'sip_profile' AS kind, p.id AS aid, p.profile_id AS akey, p.name AS aname, "
    "n.id AS nid, n.e164 AS e164, n.country AS country, n.area_code AS area_code, n.state AS state, "
    "n.version AS version, s.paid_until AS paid_until, s.auto_renew AS auto_renew, p.status = 'active' AS "
    "aactive, "
    "p.name_key AS name_key, p.profile_key AS id_key, p.name_sort AS name_sort "
    "FROM sip_profiles p LEFT JOIN numbers n ON n.sip_profile_id = p.id AND n.state <> 'released' "
    "LEFT JOIN subscriptions s ON s.number_id = n.id "
    "WHERE (p.status = 'active' OR n.state = 'cancelled')%1");

// A search by number digits must not look up every member's numbers: the assignees who
// match by name, or who hold a matching number, are picked before the join.
const QString memberPrefilter
    = QStringLiteral(" AND (instr(m.display_key, ?) > 0 OR instr(m.account_key, ?) > 0 OR m.id IN "
                     "(SELECT member_id FROM numbers WHERE member_id IS NOT NULL AND instr(e164, ?) > 0))");
const QString sipPrefilter = QStringLiteral(
    " AND (instr(p.name_key, ?) > 0 OR instr(p.profile_key, ?) > 0 OR p.id IN "
    "(SELECT sip_profile_id FROM numbers WHERE sip_profile_id IS NOT NULL AND instr(e164, ?) > 0))");

QString orderExpression(int column)
{
    switch (column) {
    case NumberRowsQuery::Kind:
        return QStringLiteral("r.kind");
    case NumberRowsQuery::Number:
        return QStringLiteral("r.e164 IS NULL, r.e164");
    case NumberRowsQuery::Country:
        return QStringLiteral("r.country IS NULL, r.country");
    case NumberRowsQuery::State:
        return QStringLiteral(
            "CASE r.state WHEN 'pending' THEN 1 WHEN 'active' THEN 2 WHEN 'cancelled' THEN 3 "
            "WHEN 'expired' THEN 4 ELSE 9 END");
    case NumberRowsQuery::ExpiresOn:
        return QStringLiteral("r.paid_until IS NULL, r.paid_until");
    case NumberRowsQuery::AutoRenew:
        return QStringLiteral("r.auto_renew IS NULL, r.auto_renew");
    default:
        return QStringLiteral("r.name_sort");
    }
}

} // namespace

NumberRowsQuery::NumberRowsQuery(QSqlDatabase db)
    : ListQuery(std::move(db))
{
    setOrder(Name, Order::Ascending);
}

ListQuery::Sql NumberRowsQuery::sql() const
{
    Sql q;
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
    if (m_filters.kind) {
        where << QStringLiteral("r.kind = ?");
        whereValues << (*m_filters.kind == AssigneeKind::SipProfile ? QStringLiteral("sip_profile")
                                                                    : QStringLiteral("member"));
    }
    if (!m_filters.country.isEmpty()) {
        where << QStringLiteral("r.country = ?");
        whereValues << m_filters.country.toUpper();
    }
    if (!m_filters.areaCode.isEmpty()) {
        where << QStringLiteral("r.area_code = ?");
        whereValues << m_filters.areaCode;
    }
    if (m_filters.withoutNumber)
        where << QStringLiteral("r.nid IS NULL");
    if (m_filters.autoRenewOff)
        where << QStringLiteral("r.auto_renew = 0");
    if (m_filters.expiresBefore.isValid()) {
        // Numbers that will stop then: not renewing (cancelled, or auto-renew off), still usable.
        where << QStringLiteral("r.auto_renew = 0 AND r.state IN ('pending', 'active', 'cancelled') "
                                "AND r.paid_until <= ?");
        whereValues << toStorage(m_filters.expiresBefore);
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
    // The tie-breakers make the order total, so that pages never overlap.
    const QString dir = QLatin1Char(' ') + direction(order());
    QStringList terms = orderExpression(orderColumn()).split(QStringLiteral(", "));
    for (const QString& tie : {QStringLiteral("r.name_sort"), QStringLiteral("r.kind"),
                               QStringLiteral("r.aid"), QStringLiteral("r.nid")})
        if (!terms.contains(tie))
            terms << tie;
    for (QString& term : terms)
        term += dir;
    q.orderBy = QStringLiteral("ORDER BY ") + terms.join(QStringLiteral(", "));
    return q;
}

Result<std::vector<QVariantList>> NumberRowsQuery::rowsOf(AssigneeKind kind, const QList<qint64>& ids) const
{
    std::vector<QVariantList> rows;
    if (ids.isEmpty())
        return rows;
    const QString arm = (kind == AssigneeKind::Member ? memberRows : sipRows).arg(QString());
    QString sql = selectColumns + QStringLiteral(" FROM (") + arm + QStringLiteral(") r");
    // A literal list of integers keeps this one indexed lookup per assignee.
    constexpr int maxListed = 5000;
    if (ids.size() <= maxListed) {
        QStringList list;
        list.reserve(ids.size());
        for (qint64 id : ids)
            list << QString::number(id);
        sql += QStringLiteral(" WHERE r.aid IN (%1)").arg(list.join(QLatin1Char(',')));
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
