#pragma once

#include "Result.h"

#include <QString>
#include <optional>

namespace nm {

// Money is integer euro cents, and every sum of money is checked: a sum that does not
// fit, or that exceeds the bounds below, is refused with a message, never wrapped.
namespace money {

// The most a catalogue may charge for one number for one billing period: 1,000,000.00 euros.
constexpr qint64 maxPriceCents = 100'000'000;
// The most one top-up may add: 1,000,000.00 euros.
constexpr qint64 maxTopUpCents = 100'000'000;
// The most credit an organisation may hold: 1,000,000,000.00 euros.
constexpr qint64 maxBalanceCents = 100'000'000'000;

// a + b and a * b, or nothing when the result does not fit in 64 bits.
std::optional<qint64> add(qint64 a, qint64 b);
std::optional<qint64> multiply(qint64 a, qint64 b);

// The price of `count` numbers at `priceCents` each; refused (InvalidInput) when the
// total does not fit or exceeds what a credit can ever hold.
Result<qint64> total(qint64 priceCents, qint64 count);

} // namespace money

// These read and write the plain form used by the command-line tool and JSON ("12.50";
// not "12,50", which an English reader takes for twelve hundred and fifty); messages and
// the UI format money through formatMoney().
Result<qint64> parseEuros(const QString& text, const QString& field = QStringLiteral("amount"));
// An amount as an administrator types it in the current language: "12,50" in Dutch.
Result<qint64> parseTypedEuros(const QString& typed);
QString formatEurosPlain(qint64 cents);

} // namespace nm
