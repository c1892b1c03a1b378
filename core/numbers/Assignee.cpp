#include "Assignee.h"

#include "storage/SqlError.h"

#include <QLocale>
#include <QSqlQuery>

namespace nm {

namespace {

const QString memberColumns = QStringLiteral("'member', id, account_name, display_name, country, city");
const QString sipColumns = QStringLiteral("'sip_profile', id, profile_id, name, country, ''");

Assignee readAssignee(const QSqlQuery& query)
{
    Assignee a;
    a.kind = query.value(0).toString() == QLatin1String("member") ? AssigneeKind::Member
                                                                  : AssigneeKind::SipProfile;
    a.id = query.value(1).toLongLong();
    a.key = query.value(2).toString();
    a.displayName = query.value(3).toString();
    a.country = query.value(4).toString();
    a.city = query.value(5).toString();
    return a;
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

Result<Assignee> AssigneeResolver::resolve(const QString& name) const
{
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("Enter the name of a member or SIP profile."),
                     QStringLiteral("to")};
    // lower() folds ASCII only in SQLite; compare case-folded in C++ for the rest.
    // One indexed lookup per name column: an OR across columns would scan every member.
    auto exact = runQuery(
        m_db,
        QStringLiteral(
            "SELECT %1 FROM members WHERE status = 'active' AND account_name = ? COLLATE NOCASE "
            "UNION SELECT %1 FROM members WHERE status = 'active' AND display_name = ? COLLATE NOCASE "
            "UNION SELECT %2 FROM sip_profiles WHERE status = 'active' AND profile_id = ? COLLATE NOCASE "
            "UNION SELECT %2 FROM sip_profiles WHERE status = 'active' AND name = ? COLLATE NOCASE")
            .arg(memberColumns, sipColumns),
        {wanted, wanted, wanted, wanted});
    if (!exact)
        return exact.error();
    if (exact->size() == 1)
        return exact->front();
    if (exact->size() > 1)
        return Error{ErrorCode::Ambiguous,
                     tr("\"%1\" matches more than one member or SIP profile: %2. Enter the account name or "
                        "SIP profile id instead.")
                         .arg(wanted, listLabels(*exact)),
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

AssigneeResolver::AssigneeResolver(QSqlDatabase db)
    : m_db(std::move(db))
{ }

AssigneeResolver::~AssigneeResolver() = default;

Result<Assignee> AssigneeResolver::byRef(const AssigneeRef& ref) const
{
    const bool member = ref.kind == AssigneeKind::Member;
    std::unique_ptr<QSqlQuery>& query = member ? m_memberById : m_sipById;
    if (!query) {
        query = std::make_unique<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        const QString sql = member
            ? QStringLiteral("SELECT %1 FROM members WHERE id = ? AND status = 'active'").arg(memberColumns)
            : QStringLiteral("SELECT %1 FROM sip_profiles WHERE id = ? AND status = 'active'")
                  .arg(sipColumns);
        if (Status s = prepare(*query, sql); !s) {
            query.reset();
            return s.error();
        }
    }
    query->addBindValue(ref.id);
    if (Status s = exec(*query); !s)
        return s.error();
    if (!query->next())
        return Error{
            ErrorCode::NotFound,
            member ? tr("The member no longer exists; it may have been removed by another administrator.")
                   : tr("The SIP profile no longer exists; it may have been removed by another "
                        "administrator."),
            QStringLiteral("to")};
    Assignee found = readAssignee(*query);
    query->finish();
    return found;
}

Result<std::vector<Assignee>> AssigneeResolver::search(const QString& text, int limit) const
{
    return runQuery(
        m_db,
        QStringLiteral(
            "SELECT * FROM (SELECT %1 FROM members WHERE status = 'active' AND "
            "(instr(lower(account_name), lower(?)) > 0 OR instr(lower(display_name), lower(?)) > 0) "
            "UNION ALL SELECT %2 FROM sip_profiles WHERE status = 'active' AND "
            "(instr(lower(profile_id), lower(?)) > 0 OR instr(lower(name), lower(?)) > 0)) "
            "ORDER BY 4 COLLATE NOCASE LIMIT ?")
            .arg(memberColumns, sipColumns),
        {text, text, text, text, limit});
}

QString residencyProblem(const Assignee& assignee, const QString& residency, const QString& country,
                         const QString& city)
{
    if (residency == QLatin1String("none"))
        return {};
    const QString countryName = QLocale::territoryToString(QLocale::codeToTerritory(country));
    const bool inCountry = assignee.country.compare(country, Qt::CaseInsensitive) == 0;
    if (residency == QLatin1String("city")) {
        if (!inCountry || assignee.city.trimmed().compare(city.trimmed(), Qt::CaseInsensitive) != 0)
            return AssigneeResolver::tr(
                       "%1 has no address in %2 (%3), which the terms of this area code require.")
                .arg(assignee.label(), city, countryName);
        return {};
    }
    if (!inCountry)
        return AssigneeResolver::tr("%1 has no address in %2, which the terms of numbers there require.")
            .arg(assignee.label(), countryName);
    return {};
}

} // namespace nm
