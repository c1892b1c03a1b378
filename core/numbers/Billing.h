#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace nm {

// The billing calendar. A subscription's periods are whole months counted from its
// anchor (the moment it was bought, or reactivated after expiry), in the user's time
// zone: the paid-until date keeps the anchor's day of the month and time of day, or the
// month's last day when the month is shorter. Bought on 31 January, monthly: 28 February,
// 31 March, 30 April; bought on 29 February, yearly: 28 February, then 29 February again
// in the next leap year. Stored and returned in UTC.

// The user's time zone, to be looked up once for a whole batch of dates and passed on: a
// date turned to local time without it makes the C library look at /etc/localtime each
// time where TZ is not set (11 us a date, a third of a renewal round).
QTimeZone billingTimeZone();

// The end of the first period of a subscription anchored at `anchor`.
QDateTime firstPaidUntil(const QDateTime& anchor, int months, const QTimeZone& zone);
// The end of the period that follows the one ending at `paidUntil`.
QDateTime nextPaidUntil(const QDateTime& anchor, const QDateTime& paidUntil, int months,
                        const QTimeZone& zone);

} // namespace nm
