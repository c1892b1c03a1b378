#pragma once

#include "BulkSetup.h"
#include "numbers/NumberService.h"

#include <QTextStream>
#include <cstdlib>

namespace nm::benchmark {

// member000000, member000001, ... ("Member 0", ...).
inline Status addMembersInBulk(Database& db, int count)
{
    return test::addMembersInBulk(
        db, count, [](int i) { return QStringLiteral("member%1").arg(i, 6, 10, QLatin1Char('0')); },
        [](int i) { return QStringLiteral("Member %1").arg(i); });
}

// Where the figures go.
inline QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

[[noreturn]] inline void die(const QString& message)
{
    out() << "FAILED: " << message << Qt::endl;
    std::exit(1);
}

// One Amsterdam number (a month, terms agreed) for each of the members with ids
// first + 1 ... first + count.
inline PurchaseRequest amsterdamPurchase(int first, int count)
{
    PurchaseRequest request;
    request.country = QStringLiteral("NL");
    request.areaCode = QStringLiteral("20");
    request.period = BillingPeriod::OneMonth;
    request.termsAccepted = true;
    for (int i = first; i < first + count; ++i)
        request.assignees.push_back({AssigneeKind::Member, qint64(i + 1)});
    return request;
}

} // namespace nm::benchmark
