#include "SipProfileQuery.h"

#include "Clock.h"
#include "Validation.h"
#include "numbers/Number.h"

namespace nm {

SipProfileQuery::SipProfileQuery(QSqlDatabase db)
    : ListQuery(std::move(db))
{ }

std::unique_ptr<ListQuery> SipProfileQuery::clone() const
{
    return std::make_unique<SipProfileQuery>(*this);
}

ListQuery::Sql SipProfileQuery::sql() const
{
    Sql q;
    q.select
        = QStringLiteral("SELECT p.id, p.profile_id, p.name, p.channels, p.country, "
                         "(SELECT count(*) FROM numbers n WHERE n.sip_profile_id = p.id AND n.state IN %1), "
                         "p.status, p.created_at, p.removed_at, p.version")
              .arg(heldStatesSql());
    q.from = QStringLiteral("FROM sip_profiles p WHERE 1 = 1");
    if (!m_includeRemoved)
        q.from += QStringLiteral(" AND p.status = 'active'");
    const QString key = Validation::searchKey(Validation::tidy(m_text));
    if (!key.isEmpty()) {
        q.from += QStringLiteral(" AND (instr(p.profile_key, ?) > 0 OR instr(p.name_key, ?) > 0)");
        q.values << key << key;
    }
    static const QStringList columns{QStringLiteral("p.profile_sort"), QStringLiteral("p.name_sort"),
                                     QStringLiteral("p.channels"), QStringLiteral("p.country"),
                                     QStringLiteral("6")};
    q.orderBy = QStringLiteral("ORDER BY %1 %2, p.id %2")
                    .arg(columns.value(orderColumn(), columns.first()), direction(order()));
    return q;
}

SipProfile SipProfileQuery::profile(const QVariantList& row)
{
    SipProfile profile;
    profile.id = row.value(Id).toLongLong();
    profile.profileId = row.value(ProfileIdValue).toString();
    profile.name = row.value(NameValue).toString();
    profile.channels = row.value(ChannelsValue).toInt();
    profile.country = row.value(CountryValue).toString();
    profile.status = row.value(StatusValue).toString() == QLatin1String("removed") ? SipProfileStatus::Removed
                                                                                   : SipProfileStatus::Active;
    profile.createdAt = fromStorage(row.value(CreatedAtValue).toString());
    if (!row.value(RemovedAtValue).isNull())
        profile.removedAt = fromStorage(row.value(RemovedAtValue).toString());
    profile.version = row.value(VersionValue).toInt();
    return profile;
}

} // namespace nm
