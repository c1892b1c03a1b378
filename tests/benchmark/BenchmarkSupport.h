#pragma once

#include "BulkSetup.h"

namespace nm::benchmark {

// member000000, member000001, ... ("Member 0", ...).
inline Status addMembersInBulk(Database& db, int count)
{
    return test::addMembersInBulk(
        db, count, [](int i) { return QStringLiteral("member%1").arg(i, 6, 10, QLatin1Char('0')); },
        [](int i) { return QStringLiteral("Member %1").arg(i); });
}

} // namespace nm::benchmark
