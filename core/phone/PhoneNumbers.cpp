#include "PhoneNumbers.h"

#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <algorithm>
#include <cstdlib>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>
#include <string>

Q_LOGGING_CATEGORY(lcPhone, "nm.phone", QtInfoMsg)

namespace nm {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

const PhoneNumberUtil& util()
{
    return *PhoneNumberUtil::GetInstance();
}

std::string regionCode(const QString& region)
{
    return region.trimmed().toUpper().toStdString();
}

std::optional<PhoneNumber> parseE164(const QString& e164)
{
    if (!looksLikeE164(e164))
        return std::nullopt;
    PhoneNumber number;
    if (util().Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return std::nullopt;
    return number;
}

QString format(const PhoneNumber& number, PhoneNumberUtil::PhoneNumberFormat style)
{
    std::string text;
    util().Format(number, style, &text);
    return QString::fromStdString(text);
}

PhoneNumber makeNumber(int callingCode, quint64 national, int leadingZeros)
{
    PhoneNumber number;
    number.set_country_code(callingCode);
    number.set_national_number(national);
    if (leadingZeros > 0) {
        number.set_italian_leading_zero(true);
        if (leadingZeros > 1)
            number.set_number_of_leading_zeros(leadingZeros);
    }
    return number;
}

bool isFixedLine(const PhoneNumber& number, const std::string& region)
{
    if (!util().IsValidNumberForRegion(number, region))
        return false;
    const PhoneNumberUtil::PhoneNumberType type = util().GetNumberType(number);
    return type == PhoneNumberUtil::FIXED_LINE || type == PhoneNumberUtil::FIXED_LINE_OR_MOBILE;
}

quint64 powerOfTen(int exponent)
{
    quint64 value = 1;
    for (int i = 0; i < exponent; ++i)
        value *= 10;
    return value;
}

// splitmix64: a good, cheap 64-bit mixer, used for the sampling and the permutation keys.
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// A hash that is the same on every run (qHash is seeded per process), so that a plan's
// permutation, and with it the numbers handed out, never depends on the run.
quint64 stableHash(const QString& text)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

// National significant numbers are at most 15 digits minus the calling code (ITU E.164);
// 15 keeps every value well inside 64 bits.
constexpr int maxNationalLength = 15;
constexpr int lengthSamples = 40;
constexpr int prefixSamples = 8;

} // namespace

void preparePhoneNumbers()
{
    util();
}

bool looksLikeE164(const QString& text)
{
    if (text.size() < 3 || text.size() > 16 || text.at(0) != QLatin1Char('+')
        || text.at(1) == QLatin1Char('0'))
        return false;
    for (qsizetype i = 1; i < text.size(); ++i)
        if (text.at(i) < QLatin1Char('0') || text.at(i) > QLatin1Char('9'))
            return false;
    return true;
}

bool isValidNumber(const QString& e164, const QString& region)
{
    const auto number = parseE164(e164);
    if (!number)
        return false;
    if (region.trimmed().isEmpty())
        return util().IsValidNumber(*number);
    return util().IsValidNumberForRegion(*number, regionCode(region));
}

QString formatInternational(const QString& e164)
{
    const auto number = parseE164(e164);
    return number ? format(*number, PhoneNumberUtil::INTERNATIONAL) : e164;
}

QString formatNational(const QString& e164)
{
    const auto number = parseE164(e164);
    return number ? format(*number, PhoneNumberUtil::NATIONAL) : e164;
}

namespace {

// What an administrator typed, parsed as a valid number (see normalise()).
std::optional<PhoneNumber> parseTyped(const QString& text, const QString& defaultRegion)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    const std::string region
        = defaultRegion.trimmed().isEmpty() ? std::string("ZZ") : regionCode(defaultRegion);
    PhoneNumber number;
    if (util().Parse(trimmed.toStdString(), region, &number) == PhoneNumberUtil::NO_PARSING_ERROR
        && util().IsValidNumber(number))
        return number;

    // "00" is the international prefix almost everywhere an administrator would type it,
    // also when the default region dials out differently (011 in North America).
    QString digits;
    for (const QChar c : trimmed)
        if (c.isDigit() || c == QLatin1Char('+'))
            digits += c;
    if (digits.startsWith(QLatin1String("00"))) {
        PhoneNumber international;
        if (util().Parse("+" + digits.mid(2).toStdString(), "ZZ", &international)
                == PhoneNumberUtil::NO_PARSING_ERROR
            && util().IsValidNumber(international))
            return international;
    }
    return std::nullopt;
}

QString regionOfValid(const PhoneNumber& number)
{
    std::string region;
    util().GetRegionCodeForNumber(number, &region);
    return region == "ZZ" || region == "001" ? QString() : QString::fromStdString(region);
}

QString areaCodeOfValid(const PhoneNumber& number)
{
    const int length = util().GetLengthOfGeographicalAreaCode(number);
    if (length <= 0)
        return {};
    std::string national;
    util().GetNationalSignificantNumber(number, &national);
    return QString::fromStdString(national.substr(0, size_t(length)));
}

} // namespace

std::optional<QString> normalise(const QString& text, const QString& defaultRegion)
{
    const auto number = parseTyped(text, defaultRegion);
    if (!number)
        return std::nullopt;
    return format(*number, PhoneNumberUtil::E164);
}

std::optional<NumberFacts> analyse(const QString& text, const QString& defaultRegion)
{
    const auto number = parseTyped(text, defaultRegion);
    if (!number)
        return std::nullopt;
    // Finding the area code is libphonenumber's slowest step (it formats the number), and an
    // import asks it for every row. The area code of a valid number follows from its calling
    // code, its length and its leading digits (area codes have at most five, and six are
    // kept), so it is worked out once per such key on each thread.
    std::string national;
    util().GetNationalSignificantNumber(*number, &national);
    const size_t kept = std::max<size_t>(6, national.size() > 4 ? national.size() - 4 : 0);
    const QString key = QString::number(number->country_code()) + QLatin1Char(' ')
        + QString::number(national.size()) + QLatin1Char(' ')
        + QString::fromStdString(national.substr(0, std::min(kept, national.size())));
    thread_local QHash<QString, QString> areaCodes;
    auto known = areaCodes.constFind(key);
    if (known == areaCodes.constEnd()) {
        if (areaCodes.size() > 100'000)
            areaCodes.clear();
        known = areaCodes.insert(key, areaCodeOfValid(*number));
    }
    return NumberFacts{format(*number, PhoneNumberUtil::E164), regionOfValid(*number), *known};
}

QString internationalE164(const QString& text)
{
    QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
        trimmed = trimmed.mid(4);
    QString digits;
    for (const QChar c : trimmed) {
        if (c.isDigit() || c == QLatin1Char('+'))
            digits += c;
        else if (!c.isSpace() && c != QLatin1Char('-') && c != QLatin1Char('.') && c != QLatin1Char('/')
                 && c != QLatin1Char('(') && c != QLatin1Char(')'))
            return {};
    }
    if (digits.startsWith(QLatin1String("00")))
        digits = QLatin1Char('+') + digits.mid(2);
    if (!digits.startsWith(QLatin1Char('+')) || digits.lastIndexOf(QLatin1Char('+')) != 0)
        return {};
    PhoneNumber number;
    if (util().Parse(digits.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return {};
    const QString e164 = format(number, PhoneNumberUtil::E164);
    // Parse() drops what does not fit; a lookup needs every digit typed.
    return e164 == digits && looksLikeE164(e164) && e164.size() >= 7 ? e164 : QString();
}

QString regionOf(const QString& e164)
{
    const auto number = parseE164(e164);
    if (!number || !util().IsValidNumber(*number))
        return {};
    return regionOfValid(*number);
}

QString areaCodeOf(const QString& e164)
{
    const auto number = parseE164(e164);
    if (!number || !util().IsValidNumber(*number))
        return {};
    return areaCodeOfValid(*number);
}

QString searchDigits(const QString& text)
{
    QString digits;
    for (QChar c : text) {
        if (c.isDigit())
            digits += c;
        else if (!c.isSpace() && c != QLatin1Char('+') && c != QLatin1Char('-') && c != QLatin1Char('(')
                 && c != QLatin1Char(')') && c != QLatin1Char('.') && c != QLatin1Char('/'))
            return {};
    }
    if (digits.startsWith(QLatin1String("00")))
        return digits.mid(2);
    if (digits.startsWith(QLatin1Char('0')))
        return digits.mid(1);
    return digits;
}

int callingCodeForRegion(const QString& region)
{
    const std::string code = regionCode(region);
    if (code.size() != 2)
        return 0;
    return util().GetCountryCodeForRegion(code);
}

namespace {

struct PlanCache
{
    QMutex mutex;
    QHash<QString, NumberPlan> plans;
};

PlanCache& planCache()
{
    static PlanCache cache;
    return cache;
}

} // namespace

Result<NumberPlan> NumberPlan::forAreaCode(const QString& regionIn, const QString& areaCode)
{
    const QString region = regionIn.trimmed().toUpper();
    const QString key = region + QLatin1Char(':') + areaCode;
    {
        QMutexLocker lock(&planCache().mutex);
        const auto found = planCache().plans.constFind(key);
        if (found != planCache().plans.constEnd())
            return *found;
    }

    const int callingCode = callingCodeForRegion(region);
    if (callingCode == 0)
        return Error{ErrorCode::InvalidInput, tr("\"%1\" is not a country with phone numbers.").arg(region),
                     QStringLiteral("country")};
    bool digitsOnly = !areaCode.isEmpty() && areaCode.size() < maxNationalLength;
    for (const QChar c : areaCode)
        digitsOnly = digitsOnly && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    if (!digitsOnly)
        return Error{
            ErrorCode::InvalidInput,
            tr("Country \"%1\", area code \"%2\": an area code has digits only.").arg(region, areaCode),
            QStringLiteral("areaCode")};
    int leadingZeros = 0;
    while (leadingZeros < areaCode.size() && areaCode.at(leadingZeros) == QLatin1Char('0'))
        ++leadingZeros;
    const auto noNumbers = [&] {
        return Error{
            ErrorCode::InvalidInput,
            tr("Country \"%1\", area code \"%2\": there are no fixed-line numbers with this area code.")
                .arg(region, areaCode),
            QStringLiteral("areaCode")};
    };
    if (leadingZeros == areaCode.size())
        return noNumbers();

    const std::string regionStd = region.toStdString();
    const int areaLength = int(areaCode.size());
    const quint64 areaNumber = areaCode.toULongLong();
    const quint64 seed = stableHash(key);

    // The length the region's example fixed-line number has, or the length that leaves
    // seven subscriber digits when that is longer: real-looking numbers with room to spare.
    int exampleLength = 0;
    PhoneNumber example;
    if (util().GetExampleNumberForType(regionStd, PhoneNumberUtil::FIXED_LINE, &example)) {
        std::string nsn;
        util().GetNationalSignificantNumber(example, &nsn);
        exampleLength = int(nsn.size());
    }
    const int target = std::max(exampleLength, areaLength + 7);

    // How often a random subscriber number of each length is a fixed-line number here.
    std::array<int, maxNationalLength + 1> hits{};
    int bestHits = 0;
    for (int length = areaLength + 1; length <= maxNationalLength; ++length) {
        const int subscriberDigits = length - areaLength;
        const quint64 space = powerOfTen(subscriberDigits);
        const PhoneNumber lowest = makeNumber(callingCode, areaNumber * space, leadingZeros);
        if (!util().IsPossibleNumberForType(lowest, PhoneNumberUtil::FIXED_LINE))
            continue;
        for (int sample = 0; sample < lengthSamples; ++sample) {
            const quint64 subscriber = mix(seed ^ (quint64(length) << 32) ^ quint64(sample)) % space;
            if (isFixedLine(makeNumber(callingCode, areaNumber * space + subscriber, leadingZeros),
                            regionStd))
                ++hits[length];
        }
        bestHits = std::max(bestHits, hits[length]);
    }
    if (bestHits == 0)
        return noNumbers();
    int chosen = 0;
    for (int length = areaLength + 1; length <= maxNationalLength; ++length) {
        if (hits[length] * 2 < bestHits)
            continue;
        if (chosen == 0 || std::abs(length - target) < std::abs(chosen - target)
            || (std::abs(length - target) == std::abs(chosen - target) && length > chosen))
            chosen = length;
    }

    NumberPlan plan;
    plan.m_region = region;
    plan.m_regionStd = regionStd;
    plan.m_areaCode = areaCode;
    plan.m_callingCode = callingCode;
    plan.m_nationalLength = chosen;
    plan.m_leadingZeros = leadingZeros;
    const int subscriberDigits = chosen - areaLength;
    plan.m_prefixDigits = std::min(2, subscriberDigits);
    plan.m_restDigits = subscriberDigits - plan.m_prefixDigits;
    plan.m_restSpace = powerOfTen(plan.m_restDigits);
    plan.m_areaValue = areaNumber * powerOfTen(subscriberDigits);

    // The first subscriber digits that mostly hold fixed-line numbers (US exchanges start
    // at 2, a Belgian "4" is mostly mobile): candidates come from those only, so that
    // most candidates are valid.
    const quint64 prefixCount = powerOfTen(plan.m_prefixDigits);
    const int samples = plan.m_restSpace < quint64(prefixSamples) ? int(plan.m_restSpace) : prefixSamples;
    std::vector<quint16> some;
    for (quint64 prefix = 0; prefix < prefixCount; ++prefix) {
        int valid = 0;
        for (int sample = 0; sample < samples; ++sample) {
            const quint64 rest = samples == int(plan.m_restSpace)
                ? quint64(sample)
                : mix(seed ^ (prefix << 20) ^ quint64(sample)) % plan.m_restSpace;
            const quint64 national = plan.m_areaValue + prefix * plan.m_restSpace + rest;
            if (isFixedLine(makeNumber(callingCode, national, leadingZeros), regionStd))
                ++valid;
        }
        if (valid * 2 >= samples)
            plan.m_prefixes.push_back(quint16(prefix));
        else if (valid > 0)
            some.push_back(quint16(prefix));
    }
    if (plan.m_prefixes.empty())
        plan.m_prefixes = std::move(some);
    if (plan.m_prefixes.empty())
        return noNumbers();
    plan.m_capacity = quint64(plan.m_prefixes.size()) * plan.m_restSpace;

    // A balanced Feistel network over the smallest even number of bits that covers the
    // space; cycle-walking keeps its output inside the space (fewer than 4 steps on average).
    int bits = 2;
    while (bits < 64 && (quint64(1) << bits) < plan.m_capacity)
        bits += 2;
    plan.m_halfBits = bits / 2;
    for (size_t i = 0; i < plan.m_keys.size(); ++i)
        plan.m_keys[i] = mix(seed + i);

    qCDebug(lcPhone) << "Number plan" << key << "length" << chosen << "prefixes" << plan.m_prefixes.size()
                     << "capacity" << plan.m_capacity;
    QMutexLocker lock(&planCache().mutex);
    planCache().plans.insert(key, plan);
    return plan;
}

quint64 NumberPlan::feistel(quint64 value) const
{
    const quint64 mask = (quint64(1) << m_halfBits) - 1;
    quint64 left = value >> m_halfBits;
    quint64 right = value & mask;
    for (const quint64 key : m_keys) {
        const quint64 next = left ^ (mix(right ^ key) & mask);
        left = right;
        right = next;
    }
    return (left << m_halfBits) | right;
}

quint64 NumberPlan::permute(quint64 index) const
{
    quint64 value = index;
    do {
        value = feistel(value);
    } while (value >= m_capacity);
    return value;
}

std::optional<QString> NumberPlan::candidate(quint64 index) const
{
    if (index >= m_capacity)
        return std::nullopt;
    const quint64 position = permute(index);
    const quint64 national
        = m_areaValue + quint64(m_prefixes[position / m_restSpace]) * m_restSpace + position % m_restSpace;
    if (!util().IsValidNumberForRegion(makeNumber(m_callingCode, national, m_leadingZeros), m_regionStd))
        return std::nullopt;

    // "+", the calling code, then the national number with its leading zeros, right-aligned.
    char buffer[24];
    int length = 0;
    buffer[length++] = '+';
    char code[8];
    int codeLength = 0;
    for (int value = m_callingCode; value > 0; value /= 10)
        code[codeLength++] = char('0' + value % 10);
    while (codeLength > 0)
        buffer[length++] = code[--codeLength];
    quint64 remaining = national;
    for (int i = m_nationalLength - 1; i >= 0; --i) {
        buffer[length + i] = char('0' + remaining % 10);
        remaining /= 10;
    }
    length += m_nationalLength;
    return QString::fromLatin1(buffer, length);
}

namespace {
// From this many expected candidates a purchase has them found on a helper thread.
constexpr qint64 streamThreshold = 256;
// How far the helper runs ahead of the caller at most, and how many it hands over at once.
constexpr size_t streamAhead = 4096;
constexpr size_t streamBatch = 64;
} // namespace

CandidateStream::CandidateStream(const NumberPlan& plan, quint64 first, qint64 expected)
    : m_plan(plan)
    , m_next(first)
{
    if (expected >= streamThreshold)
        m_helper = std::thread([this] { produce(); });
}

CandidateStream::~CandidateStream()
{
    if (!m_helper.joinable())
        return;
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_helper.join();
}

void CandidateStream::produce()
{
    // Handed over a few dozen at a time, and each side woken only when the other waits for
    // it: not a lock and a wake-up per number.
    std::vector<Candidate> batch;
    const auto handOver = [this, &batch](bool last) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopping || m_found.size() < streamAhead; });
        if (m_stopping)
            return false;
        for (Candidate& candidate : batch)
            m_found.push_back(std::move(candidate));
        batch.clear();
        m_exhausted = last;
        const bool wake = m_callerWaiting;
        lock.unlock();
        if (wake)
            m_changed.notify_all();
        return true;
    };
    for (quint64 index = m_next; index < m_plan.capacity(); ++index) {
        if (std::optional<QString> candidate = m_plan.candidate(index))
            batch.push_back({index, std::move(*candidate)});
        if (batch.size() == streamBatch && !handOver(false))
            return;
    }
    handOver(true);
}

std::optional<CandidateStream::Candidate> CandidateStream::next()
{
    if (!m_helper.joinable()) {
        while (m_next < m_plan.capacity()) {
            const quint64 index = m_next++;
            if (std::optional<QString> candidate = m_plan.candidate(index))
                return Candidate{index, std::move(*candidate)};
        }
        return std::nullopt;
    }
    std::unique_lock lock(m_mutex);
    m_callerWaiting = true;
    m_changed.wait(lock, [this] { return !m_found.empty() || m_exhausted; });
    m_callerWaiting = false;
    if (m_found.empty())
        return std::nullopt;
    Candidate candidate = std::move(m_found.front());
    m_found.pop_front();
    // The helper, waiting while it is far enough ahead, goes on once half of that is taken.
    const bool wake = m_found.size() == streamAhead / 2;
    lock.unlock();
    if (wake)
        m_changed.notify_all();
    return candidate;
}

} // namespace nm
