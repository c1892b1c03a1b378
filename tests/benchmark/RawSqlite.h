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

} // namespace nm::benchmark
