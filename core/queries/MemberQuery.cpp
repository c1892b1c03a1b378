#include "MemberQuery.h"

#include "Clock.h"
#include "Validation.h"
#include "numbers/Number.h"
#include "storage/SearchIndex.h"

namespace nm {

MemberQuery::MemberQuery(QSqlDatabase db)
    : ListQuery(std::move(db))
{ }

std::unique_ptr<ListQuery> MemberQuery::clone() const
{
    return std::make_unique<MemberQuery>(*this);
}

ListQuery::Sql MemberQuery::sql() const
{
    Sql q;
    // Numbers a member holds: those still usable, as the per-member limit counts them.
    q.select = QStringLiteral("SELECT m.id, m.account_name, m.display_name, m.email, m.country, m.city, "
                              "(SELECT count(*) FROM numbers n WHERE n.member_id = m.id AND n.state IN %1), "
                              "m.status, m.created_at, m.removed_at, m.version")
                   .arg(heldStatesSql());
    q.from = QStringLiteral("FROM members m WHERE 1 = 1");
    if (!m_includeRemoved)
        q.from += QStringLiteral(" AND m.status = 'active'");
    const QString key = Validation::searchKey(Validation::tidy(m_text));
    if (!key.isEmpty()) {
        q.from += QStringLiteral(" AND (instr(m.account_key, ?) > 0 OR instr(m.display_key, ?) > 0 OR "
                                 "instr(m.email_key, ?) > 0 OR instr(m.city_key, ?) > 0)");
        for (int i = 0; i < 4; ++i)
            q.values << key;
        // Few matches: those rows only, through the search index, not every member in the order.
        if (searchindex::available(db())) {
            using searchindex::Index;
            std::optional<searchindex::Candidates> matches = searchindex::candidates(Index::MemberNames, key);
            const std::optional<searchindex::Candidates> contact
                = searchindex::candidates(Index::MemberContact, key);
            if (matches && contact) {
                *matches += *contact;
                const int found = searchindex::count(db(), *matches, searchindex::sparseMatches);
                if (found >= 0 && found <= searchindex::sparseMatches) {
                    q.from += QStringLiteral(" AND m.id IN (%1)").arg(matches->sql);
                    q.values << matches->values;
                }
            }
        }
    }
    static const QStringList columns{QStringLiteral("m.account_sort"), QStringLiteral("m.display_sort"),
                                     QStringLiteral("m.email_key"),    QStringLiteral("m.country"),
                                     QStringLiteral("m.city_key"),     QStringLiteral("7")};
    q.orderBy = QStringLiteral("ORDER BY %1 %2, m.id %2")
                    .arg(columns.value(orderColumn(), columns.first()), direction(order()));
    return q;
}

Member MemberQuery::member(const QVariantList& row)
{
    Member member;
    member.id = row.value(Id).toLongLong();
    member.accountName = row.value(AccountNameValue).toString();
    member.displayName = row.value(DisplayNameValue).toString();
    member.email = row.value(EmailValue).toString();
    member.country = row.value(CountryValue).toString();
    member.city = row.value(CityValue).toString();
    member.status = row.value(StatusValue).toString() == QLatin1String("removed") ? MemberStatus::Removed
                                                                                  : MemberStatus::Active;
    member.createdAt = fromStorage(row.value(CreatedAtValue).toString());
    if (!row.value(RemovedAtValue).isNull())
        member.removedAt = fromStorage(row.value(RemovedAtValue).toString());
    member.version = row.value(VersionValue).toInt();
    return member;
}

} // namespace nm
