#include "Member.h"

namespace nm {

QString memberStatusKey(MemberStatus status)
{
    return status == MemberStatus::Active ? QStringLiteral("active") : QStringLiteral("removed");
}

QJsonObject Member::toJson() const
{
    return QJsonObject{{QStringLiteral("accountName"), accountName},
                       {QStringLiteral("displayName"), displayName},
                       {QStringLiteral("email"), email},
                       {QStringLiteral("country"), country},
                       {QStringLiteral("city"), city},
                       {QStringLiteral("status"), memberStatusKey(status)}};
}

} // namespace nm
