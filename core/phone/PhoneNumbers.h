#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <array>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace nm {

// Phone-number handling over libphonenumber, which stays behind this header.
// Regions are ISO 3166-1 alpha-2 codes ("NL"); case does not matter.

// Loads libphonenumber's metadata and compiles its patterns, which the first number checked
// or shown would otherwise wait for (a quarter of the Numbers page's first opening). The
// desktop program does it on a helper thread as it starts.
void preparePhoneNumbers();
// Whether e164 ("+31201234567") is a valid number that belongs to region.
bool isValidNumber(const QString& e164, const QString& region);
// "+31 20 123 4567"; the input unchanged when it cannot be parsed.
QString formatInternational(const QString& e164);
// "020 123 4567" in the number's own country; the input unchanged when it cannot be parsed.
QString formatNational(const QString& e164);
// What an administrator types ("020 123 4567", "+31 20 1234567", "0031 20 ...") as E.164,
// reading national numbers as numbers of defaultRegion. nullopt unless it is a valid number.
std::optional<QString> normalise(const QString& text, const QString& defaultRegion);
// What an import needs to know of a number typed in any form, from one parse: its E.164
// text, region ("NL"; empty for a non-geographic number) and geographic area code ("20";
// empty for a mobile number). nullopt unless it is a valid number.
struct NumberFacts
{
    QString e164;
    QString region;
    QString areaCode;
};
std::optional<NumberFacts> analyse(const QString& text, const QString& defaultRegion);
// Any number written in international form ("+31 20 123 4567", "0031 20 ...",
// "tel:+31-20-123-4567") as E.164, whether or not it is valid today; empty when the text
// is not a number in international form. How numbers typed to look one up are read.
QString internationalE164(const QString& text);
// "+" and 2 to 15 digits, the first not 0: the form every stored number has (no parse:
// whether it is a valid number is libphonenumber's to say).
bool looksLikeE164(const QString& text);
// The region (ISO code) a valid E.164 number belongs to: "NL" for +31201234567; empty
// when it is not valid or belongs to no single region.
QString regionOf(const QString& e164);
// The geographic area code of a valid number, without the trunk prefix: "20" for
// +31201234567; empty for a mobile or non-geographic number.
QString areaCodeOf(const QString& e164);
// What a search for a number matches in stored E.164 text: the digits typed, without
// an international (00) or national (0) prefix, so that "020 123", "+31 20 123" and
// "0031 20" all find +3120123...; empty when the text has letters (a name, not a number).
QString searchDigits(const QString& text);
// The international calling code of a region (31 for "NL"); 0 for an unknown region.
int callingCodeForRegion(const QString& region);

// The candidate numbers of one geographic area code, for handing out new numbers.
// The national significant number length and the subscriber-number prefixes that hold
// fixed-line numbers are worked out from libphonenumber's metadata once per area code
// (and cached), so candidate() itself is cheap.
class NumberPlan final
{
    Q_DECLARE_TR_FUNCTIONS(nm::NumberPlan)

public:
    // Refuses an unknown region, an area code that is not digits, and an area code
    // under which libphonenumber knows no fixed-line numbers.
    static Result<NumberPlan> forAreaCode(const QString& region, const QString& areaCode);

    // The index-th candidate of a fixed pseudo-random permutation of the area code's
    // subscriber-number space (the same on every run and machine, and consecutive
    // indexes are far apart), as E.164 text; nullopt when that candidate is not a valid
    // number for the region, or index >= capacity().
    std::optional<QString> candidate(quint64 index) const;
    // The size of the candidate space (most, not all, candidates are valid numbers).
    quint64 capacity() const { return m_capacity; }

    QString region() const { return m_region; }
    QString areaCode() const { return m_areaCode; }
    int callingCode() const { return m_callingCode; }
    // Digits after the country calling code, area code included (9 for the Netherlands).
    int nationalLength() const { return m_nationalLength; }

private:
    NumberPlan() = default;
    quint64 permute(quint64 index) const;
    quint64 feistel(quint64 value) const;

    QString m_region;
    std::string m_regionStd; // as libphonenumber takes it, converted once
    QString m_areaCode;
    int m_callingCode = 0;
    int m_nationalLength = 0;
    int m_prefixDigits = 0; // digits of the subscriber number chosen from m_prefixes
    int m_restDigits = 0; // the free digits after the prefix
    quint64 m_restSpace = 1; // 10^m_restDigits
    quint64 m_areaValue = 0; // the area code shifted left by the subscriber digits
    int m_leadingZeros = 0; // of the national number (Italy: "02...")
    std::vector<quint16> m_prefixes;
    quint64 m_capacity = 0;
    int m_halfBits = 1;
    std::array<quint64, 4> m_keys{};
};

// The valid candidates of a plan from index `first` on, in order. For a purchase of many
// numbers they are found on a helper thread, ahead of the caller: checking a candidate
// with libphonenumber is a fifth of a bulk purchase, and it then runs beside the writing
// of the numbers before it. For a few numbers each is checked when asked for.
class CandidateStream final
{
    Q_DISABLE_COPY_MOVE(CandidateStream)

public:
    // `expected`: about how many candidates the caller will take.
    CandidateStream(const NumberPlan& plan, quint64 first, qint64 expected);
    ~CandidateStream(); // stops the helper thread

    struct Candidate
    {
        quint64 index = 0;
        QString e164;
    };
    // The next valid candidate; nullopt when the plan has none left.
    std::optional<Candidate> next();

private:
    void produce();

    const NumberPlan m_plan;
    quint64 m_next; // the next index to check (the helper's, once it runs)
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Candidate> m_found;
    bool m_exhausted = false; // the helper has found every candidate there is
    bool m_stopping = false;
    bool m_callerWaiting = false;
    std::thread m_helper;
};

} // namespace nm
