#pragma once

#include "Result.h"
#include "numbers/Number.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

namespace nm {

// The values in the cells of the files Number Manager writes and reads. Exports write
// them in the current language (decimal comma in Dutch, "Actief", "ja"); imports read
// either language, whatever the program's language, so that a file made on a Dutch
// desktop imports on an English one.
class Cells final
{
    Q_DECLARE_TR_FUNCTIONS(nm::Cells)

public:
    // "NL", "nl", "Nederland", "Netherlands", "The Netherlands": the ISO code, or nullopt.
    static std::optional<QString> country(const QString& text);

    // "12,50" in Dutch, "12.50" in English: no currency sign, no thousands separator, so
    // that a spreadsheet in that language reads it as a number.
    static QString money(qint64 cents);
    // "12,50", "12.50", "€ 12,50", "1.234,50", "1,234.50": cents. InvalidInput (naming
    // `field`) for anything else, a negative amount, or more than two decimals.
    static Result<qint64> parseMoney(const QString& text, const QString& field);

    // Local time, "2026-12-27 14:00" (ISO, which spreadsheets read in every language).
    static QString dateTime(const QDateTime& time);
    // "2026-12-27 14:00", "2026-12-27", "27-12-2026" (Dutch), "27-12-2026 14:00", in local
    // time; nullopt otherwise. A date alone is the start of that day.
    static std::optional<QDateTime> parseDateTime(const QString& text);

    static QString yesNo(bool value); // "yes" / "ja"
    // yes/no, ja/nee, true/false, waar/onwaar, 1/0, on/off, aan/uit.
    static std::optional<bool> parseYesNo(const QString& text);

    // "Active", "Geannuleerd", "pending", ...: any language, any case; nullopt otherwise.
    static std::optional<NumberState> parseState(const QString& text);
    // "Member", "Lid", "SIP profile", "SIP-profiel", "sip_profile".
    static std::optional<AssigneeKind> parseAssigneeKind(const QString& text);

    // A text cell as written to a CSV file: one that a spreadsheet would run as a formula
    // (starting with =, +, -, @) gets an apostrophe first, which spreadsheets hide and
    // imports remove. Phone numbers ("+31 20 ...") are written as they are.
    static QString guardedText(const QString& text);
    static QString unguardedText(const QString& text);
};

} // namespace nm
