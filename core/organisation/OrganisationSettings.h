#pragma once

#include "Result.h"

#include <QSqlDatabase>

namespace nm {

struct Context;

// Organisation-wide settings, stored in the database so that every administrator of
// the organisation works under the same rules. Each key, its type and its default are
// named here and nowhere else.
class OrganisationSettings final
{
public:
    static constexpr int defaultMemberNumberLimit = 10;
    static constexpr int defaultProvisioningDelaySeconds = 120;

    explicit OrganisationSettings(QSqlDatabase db);

    // The most numbers one member may hold (rule 5).
    int memberNumberLimit() const;
    // How long the local provisioner takes to make a new number active.
    int provisioningDelaySeconds() const;

    // Written with an audit entry, in one transaction.
    static Status setMemberNumberLimit(const Context& context, int limit);
    static Status setProvisioningDelaySeconds(const Context& context, int seconds);

private:
    int intValue(const char* key, int fallback) const;
    QSqlDatabase m_db;
};

} // namespace nm
