#include "SipProfile.h"

namespace nm {

QString sipProfileStatusKey(SipProfileStatus status)
{
    return status == SipProfileStatus::Active ? QStringLiteral("active") : QStringLiteral("removed");
}

QJsonObject SipProfile::toJson() const
{
    return QJsonObject{{QStringLiteral("profileId"), profileId},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("channels"), channels},
                       {QStringLiteral("country"), country},
                       {QStringLiteral("status"), sipProfileStatusKey(status)}};
}

} // namespace nm
