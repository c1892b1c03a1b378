#include "Assignee.h"

#include "Format.h"
#include "Validation.h"
#include "catalogue/Catalogue.h"
#include "organisation/OrganisationSettings.h"
#include "storage/Dialect.h"
#include "storage/SqlError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>
#include <algorithm>

namespace nm {

namespace {

const QString memberColumns
    = QStringLiteral("'member', id, account_name, display_name, country, city, status = 'active'");
const QString sipColumns
    = QStringLiteral("'sip_profile', id, profile_id, name, country, '', status = 'active'");

// The columns above, from column `first` on.
Assignee readAssignee(const QSqlQuery& query, int first = 0)
{
    Assignee a;
    a.kind = query.value(first).toString() == QLatin1String("member") ? AssigneeKind::Member
                                                                      : AssigneeKind::SipProfile;
    a.id = query.value(first + 1).toLongLong();
    a.key = query.value(first + 2).toString();
    a.displayName = query.value(first + 3).toString();
    a.country = query.value(first + 4).toString();
    a.city = query.value(first + 5).toString();
    a.active = query.value(first + 6).toBool();
    return a;
}

// Adds `found` to `matches` unless it is there already (one who matches by two names).
void addOnce(std::vector<Assignee>& matches, Assignee found)
{
    const bool again = std::any_of(matches.begin(), matches.end(), [&found](const Assignee& a) {
        return a.kind == found.kind && a.id == found.id;
    });
    if (!again)
        matches.push_back(std::move(found));
}

Result<std::vector<Assignee>> runQuery(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (Status s = prepare(query, sql); !s)
        return s.error();
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (Status s = exec(query); !s)
        return s.error();
    std::vector<Assignee> found;
    while (query.next())
        found.push_back(readAssignee(query));
    return found;
}

QString listLabels(const std::vector<Assignee>& assignees)
{
    QStringList labels;
    for (const Assignee& a : assignees)
        labels << a.label();
    return QLocale().createSeparatedList(labels);
}

} // namespace

QString Assignee::label() const
{
    if (kind == AssigneeKind::SipProfile)
        return AssigneeResolver::tr("SIP profile %1 (%2)").arg(displayName, key);
    return AssigneeResolver::tr("%1 (%2)").arg(displayName, key);
}

AssigneeResolver::AssigneeResolver(QSqlDatabase db)
    : m_db(std::move(db))
{ }

AssigneeResolver::~AssigneeResolver() = default;

Result<Assignee> AssigneeResolver::resolve(const QString& name) const
{
    const QString wanted = Validation::tidy(name);
    if (wanted.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("Enter the name of a member or SIP profile."),
                     QStringLiteral("to")};
    // Stored case-folded keys: one indexed lookup per name column.
    const QString key = Validation::searchKey(wanted);
    if (!m_byName) {
        m_byName = std::make_unique<QSqlQuery>(m_db);
        m_byName->setForwardOnly(true);
        // UNION ALL, and one who matches by both names is counted once below: a UNION
        // would build a temporary table on every lookup to drop that duplicate.
        const QString sql
            = QStringLiteral(
                  "SELECT %1 FROM members WHERE status = 'active' AND account_key = ? "
                  "UNION ALL SELECT %1 FROM members WHERE status = 'active' AND display_key = ? "
                  "UNION ALL SELECT %2 FROM sip_profiles WHERE status = 'active' AND profile_key = ? "
                  "UNION ALL SELECT %2 FROM sip_profiles WHERE status = 'active' AND name_key = ?")
                  .arg(memberColumns, sipColumns);
        if (Status s = prepare(*m_byName, sql); !s) {
            m_byName.reset();
            return s.error();
        }
    }
    for (int i = 0; i < 4; ++i)
        m_byName->addBindValue(key);
    if (Status s = exec(*m_byName); !s)
        return s.error();
    std::vector<Assignee> exact;
    while (m_byName->next())
        addOnce(exact, readAssignee(*m_byName));
    m_byName->finish();
    if (exact.size() == 1)
        return std::move(exact.front());
    if (exact.size() > 1)
        return Error{ErrorCode::Ambiguous,
                     tr("\"%1\" matches more than one member or SIP profile: %2. Enter the account name or "
                        "SIP profile id instead.")
                         .arg(wanted, listLabels(exact)),
                     QStringLiteral("to")};
    auto similar = search(wanted, 5);
    if (!similar)
        return similar.error();
    if (similar->empty())
        return Error{ErrorCode::NotFound, tr("There is no member or SIP profile called \"%1\".").arg(wanted),
                     QStringLiteral("to")};
    return Error{ErrorCode::NotFound,
                 tr("There is no member or SIP profile called \"%1\". Did you mean: %2?")
                     .arg(wanted, listLabels(*similar)),
                 QStringLiteral("to")};
}

Result<Assignee> AssigneeResolver::byId(const AssigneeRef& ref, bool activeOnly) const
{
    const bool member = ref.kind == AssigneeKind::Member;
    std::unique_ptr<QSqlQuery>& query = member ? m_memberById : m_sipById;
    if (!query) {
        query = std::make_unique<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        const QString sql = member
            ? QStringLiteral("SELECT %1 FROM members WHERE id = ?").arg(memberColumns)
            : QStringLiteral("SELECT %1 FROM sip_profiles WHERE id = ?").arg(sipColumns);
        if (Status s = prepare(*query, sql); !s) {
            query.reset();
            return s.error();
        }
    }
    query->addBindValue(ref.id);
    if (Status s = exec(*query); !s)
        return s.error();
    std::optional<Assignee> found;
    if (query->next())
        found = readAssignee(*query);
    query->finish();
    if (!found || (activeOnly && !found->active))
        return gone(ref.kind);
    return *found;
}

Error AssigneeResolver::gone(AssigneeKind kind)
{
    return Error{ErrorCode::NotFound,
                 kind == AssigneeKind::Member
                     ? tr("The member no longer exists; it may have been removed by another administrator.")
                     : tr("The SIP profile no longer exists; it may have been removed by another "
                          "administrator."),
                 QStringLiteral("to")};
}

namespace {
// Ids as a literal list for "IN (...)": integers only, so nothing to quote, and one indexed
// lookup per id; a few hundred per statement.
constexpr size_t idsPerStatement = 500;

QString idList(const std::vector<qint64>& ids, size_t from, size_t to)
{
    QString list;
    list.reserve(int((to - from) * 8));
    for (size_t i = from; i < to; ++i) {
        if (i > from)
            list += QLatin1Char(',');
        list += QString::number(ids[i]);
    }
    return list;
}
} // namespace

Result<std::vector<Result<Assignee>>> AssigneeResolver::byRefs(const std::vector<AssigneeRef>& refs) const
{
    QHash<qint64, Assignee> members;
    QHash<qint64, Assignee> sipProfiles;
    for (const AssigneeKind kind : {AssigneeKind::Member, AssigneeKind::SipProfile}) {
        const bool member = kind == AssigneeKind::Member;
        std::vector<qint64> ids;
        for (const AssigneeRef& ref : refs)
            if (ref.kind == kind)
                ids.push_back(ref.id);
        QHash<qint64, Assignee>& found = member ? members : sipProfiles;
        for (size_t from = 0; from < ids.size(); from += idsPerStatement) {
            const size_t to = std::min(ids.size(), from + idsPerStatement);
            QSqlQuery query(m_db);
            query.setForwardOnly(true);
            const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE id IN (%3)")
                                    .arg(member ? memberColumns : sipColumns,
                                         member ? QStringLiteral("members") : QStringLiteral("sip_profiles"),
                                         idList(ids, from, to));
            if (Status s = prepare(query, sql); !s)
                return s.error();
            if (Status s = exec(query); !s)
                return s.error();
            while (query.next()) {
                const Assignee assignee = readAssignee(query);
                found.insert(assignee.id, assignee);
            }
        }
    }
    std::vector<Result<Assignee>> resolved;
    resolved.reserve(refs.size());
    for (const AssigneeRef& ref : refs) {
        const QHash<qint64, Assignee>& found = ref.kind == AssigneeKind::Member ? members : sipProfiles;
        const auto it = found.constFind(ref.id);
        if (it == found.constEnd() || !it->active)
            resolved.push_back(gone(ref.kind));
        else
            resolved.push_back(*it);
    }
    return resolved;
}

Result<std::vector<Result<Assignee>>> AssigneeResolver::resolveAll(const QStringList& names) const
{
    // The distinct keys, a few hundred per statement, bound once as a JSON array.
    QStringList keys;
    keys.reserve(names.size());
    QHash<QString, std::vector<Assignee>> matches;
    QStringList distinct;
    for (const QString& name : names) {
        keys << Validation::searchKey(Validation::tidy(name));
        if (!keys.back().isEmpty() && !matches.contains(keys.back())) {
            matches.insert(keys.back(), {});
            distinct << keys.back();
        }
    }
    const QString wanted = dialect::textListTable(dialect::engineOf(m_db), QStringLiteral("w"));
    const QString sql
        = QStringLiteral("SELECT w.k, %1 FROM %3 JOIN members ON account_key = w.k WHERE status = 'active' "
                         "UNION ALL SELECT w.k, %1 FROM %3 JOIN members ON display_key = w.k "
                         "WHERE status = 'active' "
                         "UNION ALL SELECT w.k, %2 FROM %3 JOIN sip_profiles ON profile_key = w.k "
                         "WHERE status = 'active' "
                         "UNION ALL SELECT w.k, %2 FROM %3 JOIN sip_profiles ON name_key = w.k "
                         "WHERE status = 'active'")
              .arg(memberColumns, sipColumns, wanted);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (Status s = prepare(query, sql); !s)
        return s.error();
    constexpr qsizetype keysPerStatement = 500;
    for (qsizetype from = 0; from < distinct.size(); from += keysPerStatement) {
        const QString list = QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(distinct.mid(from, keysPerStatement)))
                .toJson(QJsonDocument::Compact));
        for (int arm = 0; arm < 4; ++arm)
            query.addBindValue(list);
        if (Status s = exec(query); !s)
            return s.error();
        while (query.next()) {
            // A key that JSON could not carry as it is finds nothing here: it is looked up alone.
            const auto it = matches.find(query.value(0).toString());
            if (it != matches.end())
                addOnce(*it, readAssignee(query, 1));
        }
        query.finish();
    }
    std::vector<Result<Assignee>> resolved;
    resolved.reserve(size_t(names.size()));
    for (qsizetype i = 0; i < names.size(); ++i) {
        const auto it = matches.constFind(keys[i]);
        // No single match (a message with similar names), or not looked up above: alone.
        if (it == matches.constEnd() || it->size() != 1)
            resolved.push_back(resolve(names[i]));
        else
            resolved.push_back(it->front());
    }
    return resolved;
}

Result<QHash<qint64, int>> AssigneeResolver::heldCounts(const std::vector<qint64>& memberIds) const
{
    QHash<qint64, int> held;
    for (size_t from = 0; from < memberIds.size(); from += idsPerStatement) {
        const size_t to = std::min(memberIds.size(), from + idsPerStatement);
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        // Through the members' index: with "state IN" the held states SQLite reads every
        // held number by the state index instead (without statistics it guesses that cheaper).
        if (Status s = prepare(query,
                               QStringLiteral("SELECT member_id, count(*) FROM numbers WHERE member_id IN "
                                              "(%1) AND state NOT IN %2 GROUP BY member_id")
                                   .arg(idList(memberIds, from, to), unheldStatesSql()));
            !s)
            return s.error();
        if (Status s = exec(query); !s)
            return s.error();
        while (query.next())
            held.insert(query.value(0).toLongLong(), query.value(1).toInt());
    }
    return held;
}

Result<Assignee> AssigneeResolver::byRef(const AssigneeRef& ref) const
{
    return byId(ref, true);
}

Result<Assignee> AssigneeResolver::holder(const AssigneeRef& ref) const
{
    return byId(ref, false);
}

Result<std::vector<Assignee>> AssigneeResolver::search(const QString& text, int limit) const
{
    const QString key = Validation::searchKey(Validation::tidy(text));
    return runQuery(
        m_db,
        QStringLiteral("SELECT * FROM (SELECT %1, display_sort AS sort_key FROM members WHERE status = "
                       "'active' AND (instr(account_key, ?) > 0 OR instr(display_key, ?) > 0) "
                       "UNION ALL SELECT %2, name_sort FROM sip_profiles WHERE status = 'active' AND "
                       "(instr(profile_key, ?) > 0 OR instr(name_key, ?) > 0)) AS candidates "
                       "ORDER BY sort_key, 3 LIMIT ?")
            .arg(memberColumns, sipColumns),
        {key, key, key, key, limit});
}

Result<int> AssigneeResolver::heldCount(qint64 memberId, qint64 except) const
{
    if (!m_held) {
        m_held = std::make_unique<QSqlQuery>(m_db);
        m_held->setForwardOnly(true);
        if (Status s = prepare(*m_held,
                               QStringLiteral("SELECT count(*) FROM numbers WHERE member_id = ? "
                                              "AND id <> ? AND state IN %1")
                                   .arg(heldStatesSql()));
            !s) {
            m_held.reset();
            return s.error();
        }
    }
    m_held->addBindValue(memberId);
    m_held->addBindValue(except);
    if (Status s = exec(*m_held); !s)
        return s.error();
    const int count = m_held->next() ? m_held->value(0).toInt() : 0;
    m_held->finish();
    return count;
}

Status AssigneeResolver::checkLimit(const Assignee& assignee, qint64 except) const
{
    if (assignee.kind != AssigneeKind::Member)
        return {};
    auto held = heldCount(assignee.id, except);
    if (!held)
        return held.error();
    return checkLimitHeld(assignee, *held);
}

Status AssigneeResolver::checkLimitHeld(const Assignee& assignee, int held) const
{
    if (assignee.kind != AssigneeKind::Member)
        return {};
    if (!m_limit)
        m_limit = OrganisationSettings(m_db).memberNumberLimit();
    if (held + 1 > *m_limit)
        return Error{ErrorCode::LimitReached,
                     tr("%1 already holds %Ln number(s); a member may hold at most %2.", "", held)
                         .arg(assignee.label(), formatCount(*m_limit)),
                     QStringLiteral("to")};
    return {};
}

QString residencyProblem(const Assignee& assignee, const QString& residency, const QString& country,
                         const QString& city, const Catalogue& catalogue)
{
    if (residency == QLatin1String("none"))
        return {};
    const QString name = countryName(country);
    const bool inCountry = assignee.country.compare(country, Qt::CaseInsensitive) == 0;
    if (residency == QLatin1String("city")) {
        if (!inCountry || !catalogue.sameCity(country, city, assignee.city))
            return AssigneeResolver::tr(
                       "%1 has no address in %2 (%3), which the terms of this area code require.")
                .arg(assignee.label(), city, name);
        return {};
    }
    if (!inCountry)
        return AssigneeResolver::tr("%1 has no address in %2, which the terms of numbers there require.")
            .arg(assignee.label(), name);
    return {};
}

} // namespace nm
