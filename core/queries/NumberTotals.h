#pragma once

#include "Result.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace nm {

// The organisation's numbers at a glance, for the Numbers page and the status bar.
struct NumberTotals
{
    int numbers = 0; // pending, active or cancelled: still the organisation's to use
    qint64 monthlyCents = 0; // what the pending and active numbers cost a month, rounded
    qint64 renewalsDueCents = 0; // renewals due before `until` (auto-renew on)

    static Result<NumberTotals> read(const QSqlDatabase& db, const QDateTime& until);
};

} // namespace nm
