#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace nm {

// Checks shared by members and SIP profiles, each returning a complete translated
// sentence that names the field. Values are never altered here, except that a valid
// country code is returned in upper case (the stored form).
class Validation final
{
    Q_DECLARE_TR_FUNCTIONS(nm::Validation)

public:
    static constexpr int accountNameMinLength = 6;
    static constexpr int accountNameMaxLength = 32;
    static constexpr int profileIdMinLength = 3;
    static constexpr int profileIdMaxLength = 64;
    static constexpr int emailMaxLength = 254;

    // Letters (A-Z, a-z), digits, '.', '-' and '_'; 6 to 32 characters; starting with a
    // letter. ASCII only, so that SQLite's case-insensitive uniqueness (NOCASE) is exact.
    // Field "account".
    static Status accountName(const QString& value);

    // Letters (A-Z, a-z), digits, '.', '-' and '_'; 3 to 64 characters. Field "profile-id".
    static Status profileId(const QString& value);

    // local@domain.tld: no spaces, one '@', a dotted domain ending in a name of two or
    // more letters. Field "email".
    static Status email(const QString& value);
    static bool isEmail(const QString& value);

    // An ISO 3166-1 alpha-2 code of a country or territory that QLocale knows, in any
    // case; returns it in upper case. Field "country".
    static Result<QString> countryCode(const QString& value);
    static bool isCountryCode(const QString& value);

    // Length in Unicode characters (code points), as SQLite's length() counts them:
    // an emoji is one character, not two UTF-16 units.
    static int characterCount(const QString& value);
    // Line breaks, tabs and other control characters: refused in one-line fields.
    static bool containsControlCharacter(const QString& value);

    // A name or other line of text as it is kept: without white space or invisible
    // formatting characters (zero-width space, byte-order mark, direction marks) at
    // either end. Inside the text nothing is changed.
    static QString tidy(const QString& value);
    // Refuses text without a single visible character (only a zero-width space, only a
    // right-to-left override), and text that could not be read: the replacement
    // character U+FFFD that invalid UTF-8 becomes, or a broken UTF-16 surrogate.
    // `label` names the field as the form does ("Display name").
    static Status readableText(const QString& value, const QString& field, const QString& label);
    // tidy(), then readableText() of what was typed: empty when nothing but white space
    // was typed (the caller decides whether the field may be empty).
    static Result<QString> tidyName(const QString& typed, const QString& field, const QString& label);

    // The form of a name that matching and searching compare: Unicode case-folded
    // (ZOË, Zoë and zoë are the same) and compatibility-normalised. Stored beside each
    // name, so that the database compares keys instead of folding ASCII only.
    static QString searchKey(const QString& value);
    // The form of a name that sorting compares, byte for byte on either engine: a person's
    // order. Case and accents do not count ("émile" beside "Emile", before "Frank"), and
    // digits count as numbers ("Member 1243" before "Member 10043"): each run of digits
    // is written as its length in two digits, then the digits without leading zeros.
    static QString sortKey(const QString& value);
};

} // namespace nm
