#include "Billing.h"

namespace nm {

QTimeZone billingTimeZone()
{
    const QTimeZone system = QTimeZone::systemTimeZone();
    // A zone Qt cannot name (a TZ rule written out): local time's offset now, as Qt has it.
    return system.isValid() ? system : QTimeZone(QDateTime::currentDateTime().offsetFromUtc());
}

QDateTime firstPaidUntil(const QDateTime& anchor, int months, const QTimeZone& zone)
{
    return anchor.toTimeZone(zone).addMonths(months).toUTC();
}

QDateTime nextPaidUntil(const QDateTime& anchor, const QDateTime& paidUntil, int months,
                        const QTimeZone& zone)
{
    if (!anchor.isValid())
        return firstPaidUntil(paidUntil, months, zone);
    // Counted from the anchor every time, never from the previous (possibly shortened)
    // date: 28 February is followed by 31 March, not 28 March.
    const QDateTime local = anchor.toTimeZone(zone);
    const QDate start = local.date();
    const QDate end = paidUntil.toTimeZone(zone).date();
    int step = (end.year() - start.year()) * 12 + (end.month() - start.month()) + months;
    QDateTime next = local.addMonths(step);
    while (next <= paidUntil) // a paid-until date that was not on the anchor's calendar
        next = local.addMonths(step += months);
    return next.toUTC();
}

} // namespace nm
