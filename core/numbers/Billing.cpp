#include "Billing.h"

namespace nm {

QDateTime firstPaidUntil(const QDateTime& anchor, int months)
{
    return anchor.toLocalTime().addMonths(months).toUTC();
}

QDateTime nextPaidUntil(const QDateTime& anchor, const QDateTime& paidUntil, int months)
{
    if (!anchor.isValid())
        return firstPaidUntil(paidUntil, months);
    // Counted from the anchor every time, never from the previous (possibly shortened)
    // date: 28 February is followed by 31 March, not 28 March.
    const QDate start = anchor.toLocalTime().date();
    const QDate end = paidUntil.toLocalTime().date();
    const QDateTime local = anchor.toLocalTime();
    int step = (end.year() - start.year()) * 12 + (end.month() - start.month()) + months;
    QDateTime next = local.addMonths(step);
    while (next <= paidUntil) // a paid-until date that was not on the anchor's calendar
        next = local.addMonths(step += months);
    return next.toUTC();
}

} // namespace nm
