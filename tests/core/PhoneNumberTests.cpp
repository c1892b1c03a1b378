#include "TestSupport.h"
#include "phone/PhoneNumbers.h"

#include <QElapsedTimer>
#include <QSet>
#include <cstdlib>
#include <iostream>

using namespace nm;

TEST_CASE("A number is valid only in its own region", "[phone]")
{
    CHECK(isValidNumber(QStringLiteral("+31201234567"), QStringLiteral("NL")));
    CHECK(isValidNumber(QStringLiteral("+31201234567"), QStringLiteral("nl")));
    CHECK_FALSE(isValidNumber(QStringLiteral("+31201234567"), QStringLiteral("DE")));
    CHECK(isValidNumber(QStringLiteral("+493012345678"), QStringLiteral("DE")));
    CHECK(isValidNumber(QStringLiteral("+12125550123"), QStringLiteral("US")));
    // The United States and Canada share +1: the area code decides.
    CHECK(isValidNumber(QStringLiteral("+14165550123"), QStringLiteral("CA")));
    CHECK_FALSE(isValidNumber(QStringLiteral("+14165550123"), QStringLiteral("US")));
    CHECK(isValidNumber(QStringLiteral("+442079460018"), QStringLiteral("GB")));

    SECTION("text that is not E.164 is not a valid number")
    {
        CHECK_FALSE(isValidNumber(QStringLiteral("020 123 4567"), QStringLiteral("NL")));
        CHECK_FALSE(isValidNumber(QStringLiteral("+31 20 123 4567"), QStringLiteral("NL")));
        CHECK_FALSE(isValidNumber(QStringLiteral("+3120"), QStringLiteral("NL")));
        CHECK_FALSE(isValidNumber(QString(), QStringLiteral("NL")));
        CHECK_FALSE(isValidNumber(QStringLiteral("+31201234567"), QStringLiteral("XX")));
    }
}

TEST_CASE("Numbers are shown in the international format", "[phone]")
{
    CHECK(formatInternational(QStringLiteral("+31201234567")) == QStringLiteral("+31 20 123 4567"));
    CHECK(formatInternational(QStringLiteral("+31101234567")) == QStringLiteral("+31 10 123 4567"));
    CHECK(formatInternational(QStringLiteral("+493012345678")) == QStringLiteral("+49 30 12345678"));
    CHECK(formatInternational(QStringLiteral("+12125550123")) == QStringLiteral("+1 212-555-0123"));
    CHECK(formatInternational(QStringLiteral("+442079460018")) == QStringLiteral("+44 20 7946 0018"));
    CHECK(formatInternational(QStringLiteral("+390212345678")) == QStringLiteral("+39 02 1234 5678"));
    CHECK(formatNational(QStringLiteral("+31201234567")) == QStringLiteral("020 123 4567"));

    SECTION("text that cannot be parsed comes back unchanged")
    {
        CHECK(formatInternational(QStringLiteral("not a number")) == QStringLiteral("not a number"));
        CHECK(formatInternational(QStringLiteral("0201234567")) == QStringLiteral("0201234567"));
        CHECK(formatInternational(QString()) == QString());
    }
}

TEST_CASE("What an administrator types is read as an E.164 number", "[phone]")
{
    const auto nl = QStringLiteral("NL");
    CHECK(normalise(QStringLiteral("020 123 4567"), nl) == QStringLiteral("+31201234567"));
    CHECK(normalise(QStringLiteral("020-1234567"), nl) == QStringLiteral("+31201234567"));
    CHECK(normalise(QStringLiteral("+31201234567"), nl) == QStringLiteral("+31201234567"));
    CHECK(normalise(QStringLiteral("+31 (0)20 123 4567"), nl) == QStringLiteral("+31201234567"));
    CHECK(normalise(QStringLiteral("0031 20 123 4567"), nl) == QStringLiteral("+31201234567"));
    CHECK(normalise(QStringLiteral("  010 123 4567 "), nl) == QStringLiteral("+31101234567"));

    CHECK(normalise(QStringLiteral("030 12345678"), QStringLiteral("DE")) == QStringLiteral("+493012345678"));
    CHECK(normalise(QStringLiteral("+49 (0)30 1234 5678"), nl) == QStringLiteral("+493012345678"));
    CHECK(normalise(QStringLiteral("0049 30 12345678"), nl) == QStringLiteral("+493012345678"));

    CHECK(normalise(QStringLiteral("(212) 555-0123"), QStringLiteral("US"))
          == QStringLiteral("+12125550123"));
    CHECK(normalise(QStringLiteral("+1 212 555 0123"), nl) == QStringLiteral("+12125550123"));
    // North America dials out with 011, but "00" is what a European administrator types.
    CHECK(normalise(QStringLiteral("011 31 20 123 4567"), QStringLiteral("US"))
          == QStringLiteral("+31201234567"));
    CHECK(normalise(QStringLiteral("0031 20 123 4567"), QStringLiteral("US"))
          == QStringLiteral("+31201234567"));

    CHECK(normalise(QStringLiteral("020 7946 0018"), QStringLiteral("GB"))
          == QStringLiteral("+442079460018"));
    CHECK(normalise(QStringLiteral("0044 20 7946 0018"), nl) == QStringLiteral("+442079460018"));

    SECTION("text that is not a valid number gives nothing")
    {
        CHECK_FALSE(normalise(QString(), nl));
        CHECK_FALSE(normalise(QStringLiteral("   "), nl));
        CHECK_FALSE(normalise(QStringLiteral("hello"), nl));
        CHECK_FALSE(normalise(QStringLiteral("123"), nl));
        CHECK_FALSE(normalise(QStringLiteral("020 123"), nl));
        CHECK_FALSE(normalise(QStringLiteral("020 123 4567"), QString())); // national, but of which country?
    }
}

TEST_CASE("Calling codes come from libphonenumber", "[phone]")
{
    CHECK(callingCodeForRegion(QStringLiteral("NL")) == 31);
    CHECK(callingCodeForRegion(QStringLiteral("de")) == 49);
    CHECK(callingCodeForRegion(QStringLiteral("US")) == 1);
    CHECK(callingCodeForRegion(QStringLiteral("CA")) == 1);
    CHECK(callingCodeForRegion(QStringLiteral("XX")) == 0);
    CHECK(callingCodeForRegion(QStringLiteral("NLD")) == 0);
    CHECK(callingCodeForRegion(QString()) == 0);
}

namespace {
QStringList validCandidates(const NumberPlan& plan, int count, quint64 firstIndex = 0)
{
    QStringList numbers;
    for (quint64 index = firstIndex; index < plan.capacity() && numbers.size() < count; ++index)
        if (const auto number = plan.candidate(index))
            numbers << *number;
    return numbers;
}
} // namespace

TEST_CASE("A Dutch area code's plan hands out nine-digit numbers in that area code", "[phone][plan]")
{
    const auto plan = NumberPlan::forAreaCode(QStringLiteral("nl"), QStringLiteral("20"));
    REQUIRE(plan);
    CHECK(plan->region() == QStringLiteral("NL"));
    CHECK(plan->callingCode() == 31);
    CHECK(plan->nationalLength() == 9);
    CHECK(plan->capacity() >= 1'000'000);
    CHECK(plan->capacity() <= 10'000'000);
    const QStringList numbers = validCandidates(*plan, 200);
    REQUIRE(numbers.size() == 200);
    for (const QString& number : numbers) {
        INFO(number.toStdString());
        CHECK(number.startsWith(QStringLiteral("+3120")));
        CHECK(number.size() == 12);
        CHECK(isValidNumber(number, QStringLiteral("NL")));
    }
    CHECK(QSet<QString>(numbers.cbegin(), numbers.cend()).size() == numbers.size());
}

TEST_CASE("Candidates are a fixed permutation: the same every time, spread out and never repeated",
          "[phone][plan]")
{
    const auto plan = NumberPlan::forAreaCode(QStringLiteral("NL"), QStringLiteral("10"));
    REQUIRE(plan);
    const QStringList first = validCandidates(*plan, 20000);
    REQUIRE(first.size() == 20000);
    CHECK(QSet<QString>(first.cbegin(), first.cend()).size() == first.size());

    // The same numbers in the same order from a fresh look-up.
    const auto again = NumberPlan::forAreaCode(QStringLiteral("NL"), QStringLiteral("10"));
    REQUIRE(again);
    CHECK(validCandidates(*again, 100) == first.mid(0, 100));

    // Consecutive purchases do not get consecutive (or nearly consecutive) numbers.
    int close = 0;
    for (int i = 1; i < 1000; ++i)
        if (std::llabs(first.at(i).toLongLong() - first.at(i - 1).toLongLong()) < 1000)
            ++close;
    CHECK(close < 5);

    // Indexes past the space give nothing.
    CHECK_FALSE(plan->candidate(plan->capacity()));
    CHECK_FALSE(plan->candidate(~quint64(0)));
}

TEST_CASE("North American candidates have an exchange starting with 2 to 9", "[phone][plan]")
{
    for (const auto& [region, area] : {std::pair{"US", "212"}, std::pair{"CA", "416"}}) {
        const auto plan = NumberPlan::forAreaCode(QLatin1String(region), QLatin1String(area));
        REQUIRE(plan);
        CHECK(plan->nationalLength() == 10);
        const QStringList numbers = validCandidates(*plan, 300);
        REQUIRE(numbers.size() == 300);
        for (const QString& number : numbers) {
            INFO(number.toStdString());
            CHECK(number.startsWith(QStringLiteral("+1") + QLatin1String(area)));
            CHECK(number.at(5) >= QLatin1Char('2'));
            CHECK(isValidNumber(number, QLatin1String(region)));
        }
    }
}

TEST_CASE("An Italian area code keeps its leading zero", "[phone][plan]")
{
    const auto plan = NumberPlan::forAreaCode(QStringLiteral("IT"), QStringLiteral("02"));
    REQUIRE(plan);
    const QStringList numbers = validCandidates(*plan, 100);
    REQUIRE(numbers.size() == 100);
    for (const QString& number : numbers) {
        INFO(number.toStdString());
        CHECK(number.startsWith(QStringLiteral("+3902")));
        CHECK(number.size() == 13); // +39, then ten digits: 02 and eight more
        CHECK(isValidNumber(number, QStringLiteral("IT")));
    }
}

TEST_CASE("A number plan is refused for an unknown region or a code that holds no fixed-line numbers",
          "[phone][plan]")
{
    SECTION("unknown region")
    {
        const auto plan = NumberPlan::forAreaCode(QStringLiteral("XX"), QStringLiteral("20"));
        REQUIRE_FALSE(plan);
        CHECK(plan.error().code == ErrorCode::InvalidInput);
        CHECK(plan.error().message.contains(QStringLiteral("\"XX\"")));
    }
    SECTION("an area code that is not digits")
    {
        const auto plan = NumberPlan::forAreaCode(QStringLiteral("DE"), QStringLiteral("3x"));
        REQUIRE_FALSE(plan);
        CHECK(plan.error().message
              == QStringLiteral("Country \"DE\", area code \"3x\": an area code has digits only."));
        CHECK_FALSE(NumberPlan::forAreaCode(QStringLiteral("DE"), QString()));
    }
    SECTION("a mobile prefix is not an area code")
    {
        const auto plan = NumberPlan::forAreaCode(QStringLiteral("NL"), QStringLiteral("6"));
        REQUIRE_FALSE(plan);
        CHECK(plan.error().message.contains(QStringLiteral("\"NL\"")));
        CHECK(plan.error().message.contains(QStringLiteral("\"6\"")));
    }
    SECTION("an area code that does not exist")
    {
        // Dutch numbers never start with 0 after the trunk prefix.
        CHECK_FALSE(NumberPlan::forAreaCode(QStringLiteral("NL"), QStringLiteral("0")));
        CHECK_FALSE(NumberPlan::forAreaCode(QStringLiteral("GB"), QStringLiteral("99")));
    }
}

// Not run by ctest (hidden): `nm_core_tests "[.benchmark]"` prints what a candidate costs.
TEST_CASE("Candidate timing", "[.benchmark]")
{
    for (const auto& [region, area] : {std::pair{"NL", "20"}, std::pair{"DE", "30"}, std::pair{"US", "212"},
                                       std::pair{"GB", "20"}, std::pair{"AU", "8"}}) {
        QElapsedTimer timer;
        timer.start();
        const auto plan = NumberPlan::forAreaCode(QLatin1String(region), QLatin1String(area));
        REQUIRE(plan);
        const qint64 planNs = timer.nsecsElapsed();
        constexpr int count = 100000;
        int valid = 0;
        timer.restart();
        for (quint64 index = 0; index < count; ++index)
            valid += plan->candidate(index).has_value() ? 1 : 0;
        const double perCandidateUs = double(timer.nsecsElapsed()) / count / 1000.0;
        std::cout << region << ' ' << area << ": plan " << planNs / 1000000.0 << " ms, candidate() "
                  << perCandidateUs << " us, " << valid * 100 / count << "% valid, capacity "
                  << plan->capacity() << ", length " << plan->nationalLength() << '\n';
    }
}
