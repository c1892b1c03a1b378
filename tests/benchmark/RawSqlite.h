#pragma once

// The baseline of nm_core_benchmark: what a purchase and a cancellation write, written
// straight through the SQLite C API into the same schema, with prepared statements in one
// transaction (one ledger row per purchase, an audit row with the same JSON per number, the
// numbers in the same order). No checks, no Qt in the loop: the cost of the rows themselves.

#include <QString>
#include <QStringList>
#include <optional>

namespace nm::benchmark {

struct RawTimes
{
    double buyMs = 0;
    double cancelMs = 0;
};

// On a copy of a database (the file at `path`, with members 1..count and an organisation
// with credit, no numbers) buys `numbers[i]` for member i + 1, then cancels them all.
// nullopt when SQLite reports an error (printed).
std::optional<RawTimes> rawBuyAndCancel(const QString& path, const QStringList& numbers);

// On a copy of a database whose numbers are due, renews each number due by `dueBy` (stored
// form) once, oldest period first, as NumberProcessor does: per number the credit, a
// ledger row, the subscription's new paid-until date (one month on), an audit row with the
// same JSON, and the number's version; in one transaction. Returns the time in ms and the
// count renewed; nullopt when SQLite reports an error (printed).
struct RawRenewal
{
    double ms = 0;
    qint64 renewed = 0;
};
std::optional<RawRenewal> rawRenew(const QString& path, const QString& dueBy);

} // namespace nm::benchmark
