#include "NumberTotals.h"

#include "Clock.h"
#include "Money.h"
#include "storage/SqlError.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace nm {

Result<NumberTotals> NumberTotals::read(const QSqlDatabase& db, const QDateTime& until)
{
    NumberTotals totals;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT count(*) FROM numbers WHERE state IN ('pending', 'active', 'cancelled')"))
        || !query.next())
        return databaseError(query);
    totals.numbers = query.value(0).toInt();
    // Per billing period, then each sum over its months: one rounding, not one per number.
    if (!query.exec(
            QStringLiteral("SELECT s.period_months, sum(s.price_cents) FROM subscriptions s JOIN numbers n "
                           "ON n.id = s.number_id WHERE n.state IN ('pending', 'active') "
                           "GROUP BY s.period_months")))
        return databaseError(query);
    qint64 thousandths = 0;
    while (query.next()) {
        const qint64 months = query.value(0).toLongLong();
        const auto sum = money::multiply(query.value(1).toLongLong(), 1000);
        if (!sum || months <= 0)
            return Error{ErrorCode::DatabaseError,
                         QCoreApplication::translate(
                             "nm::NumberTotals", "The monthly cost of the numbers is too large to add up."),
                         QString()};
        const auto added = money::add(thousandths, *sum / months);
        if (!added)
            return Error{ErrorCode::DatabaseError,
                         QCoreApplication::translate(
                             "nm::NumberTotals", "The monthly cost of the numbers is too large to add up."),
                         QString()};
        thousandths = *added;
    }
    totals.monthlyCents = (thousandths + 500) / 1000;
    QSqlQuery due(db);
    due.setForwardOnly(true);
    if (Status s = prepare(due,
                           QStringLiteral("SELECT coalesce(sum(s.price_cents), 0) FROM subscriptions s "
                                          "JOIN numbers n ON n.id = s.number_id WHERE n.state IN ('pending', "
                                          "'active') AND s.auto_renew = 1 AND s.paid_until < ?"));
        !s)
        return s.error();
    due.addBindValue(toStorage(until));
    if (Status s = exec(due); !s)
        return s.error();
    if (!due.next())
        return databaseError(due);
    totals.renewalsDueCents = due.value(0).toLongLong();
    return totals;
}

} // namespace nm
