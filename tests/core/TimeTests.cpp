#include "Format.h"
#include "TestOrganisation.h"
#include "TestSupport.h"
#include "numbers/Billing.h"
#include "phone/PhoneNumbers.h"

#include <QTimeZone>

// The suite runs under TZ=UTC and TZ=Europe/Amsterdam (see CMakePresets.json): every
// expected date here is a literal that must hold in both.

using namespace nm;
using namespace nm::test;

namespace {

QDateTime utc(int year, int month, int day, int hour = 9)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), QTimeZone::utc());
}

// Renews a number period after period (processing 3 days before each paid-until date)
// and returns the local paid-until dates it went through.
QStringList renewals(TestOrganisation& org, const QString& e164, int count)
{
    QStringList dates;
    for (int i = 0; i < count; ++i) {
        const NumberRecord current = org.reload(e164);
        org.temp.clock().set(current.paidUntil.addDays(-renewalLeadDays));
        const ProcessReport report = org.process();
        REQUIRE(report.renewed == 1);
        dates << isoLocalDate(org.reload(e164).paidUntil);
    }
    return dates;
}

} // namespace

TEST_CASE("The billing day is anchored to the purchase: 31 January renews to 28 February, then 31 March",
          "[time][billing]")
{
    TestOrganisation org;
    SECTION("monthly from 31 January")
    {
        org.temp.clock().set(utc(2027, 1, 31));
        const NumberRecord number = org.buyOne(QStringLiteral("jan.devries"));
        CHECK(isoLocalDate(number.paidUntil) == QStringLiteral("2027-02-28"));
        CHECK(renewals(org, number.e164, 4)
              == QStringList({QStringLiteral("2027-03-31"), QStringLiteral("2027-04-30"),
                              QStringLiteral("2027-05-31"), QStringLiteral("2027-06-30")}));
    }
    SECTION("every 3 months from 30 November")
    {
        org.temp.clock().set(utc(2026, 11, 30));
        const NumberRecord number = org.buyOne(QStringLiteral("jan.devries"), QStringLiteral("NL"),
                                               QStringLiteral("20"), BillingPeriod::ThreeMonths);
        CHECK(isoLocalDate(number.paidUntil) == QStringLiteral("2027-02-28"));
        CHECK(renewals(org, number.e164, 3)
              == QStringList({QStringLiteral("2027-05-30"), QStringLiteral("2027-08-30"),
                              QStringLiteral("2027-11-30")}));
    }
    SECTION("yearly from a leap day")
    {
        org.temp.clock().set(utc(2028, 2, 29));
        const NumberRecord number = org.buyOne(QStringLiteral("jan.devries"), QStringLiteral("NL"),
                                               QStringLiteral("20"), BillingPeriod::TwelveMonths);
        CHECK(isoLocalDate(number.paidUntil) == QStringLiteral("2029-02-28"));
        CHECK(renewals(org, number.e164, 3)
              == QStringList({QStringLiteral("2030-02-28"), QStringLiteral("2031-02-28"),
                              QStringLiteral("2032-02-29")}));
    }
}

TEST_CASE("Billing periods keep the local time of day across daylight saving time", "[time][billing]")
{
    const QDateTime anchor = utc(2027, 1, 31, 12);
    const QTimeZone zone = billingTimeZone();
    const QDateTime february = firstPaidUntil(anchor, 1, zone);
    CHECK(february.toLocalTime().date() == QDate(2027, 2, 28));
    const QDateTime march = nextPaidUntil(anchor, february, 1, zone);
    CHECK(march.toLocalTime().date() == QDate(2027, 3, 31));
    // The wall-clock time stays where it was bought, whatever the offset from UTC is in summer.
    CHECK(march.toLocalTime().time() == anchor.toLocalTime().time());
    // A paid-until date that was not on the anchor's calendar still moves forward a whole period.
    CHECK(nextPaidUntil(anchor, utc(2027, 3, 5, 12), 1, zone).toLocalTime().date() == QDate(2027, 4, 30));
}

TEST_CASE(
    "Dates are shown in the user's time zone: bought at 00:30 on 27 November, it expires on 27 December",
    "[time][format]")
{
    TestOrganisation org;
    // Half past midnight where the user is: in Amsterdam that is still 26 November in UTC.
    org.temp.clock().set(QDateTime(QDate(2026, 11, 27), QTime(0, 30), QTimeZone::systemTimeZone()));
    const NumberRecord number = org.buyOne(QStringLiteral("jan.devries"));
    CHECK(formatDate(number.paidUntil) == QStringLiteral("27 December 2026"));

    const CliResult list = runCli(org.temp, {QStringLiteral("number"), QStringLiteral("list")});
    CHECK(list.out.contains(QStringLiteral("2026-12-27")));
    CHECK_FALSE(list.out.contains(QStringLiteral("2026-12-26")));

    const CliResult cancelled
        = runCli(org.temp, {QStringLiteral("number"), QStringLiteral("cancel"), number.e164});
    CHECK(cancelled.out.contains(QStringLiteral("it expires on 2026-12-27")));
    auto again = org.numbers().cancel({number.e164});
    REQUIRE_FALSE(again);
    CHECK(again.error().message.contains(QStringLiteral("it expires on 27 December 2026")));

    // The history shows the time of day where the user is, with its offset.
    const CliResult history
        = runCli(org.temp, {QStringLiteral("history"), QStringLiteral("--limit"), QStringLiteral("1")});
    CHECK(history.out.contains(QStringLiteral("2026-11-27T00:30:00")));
}

TEST_CASE("Catching up renews every missed period in order, oldest first across numbers, until the credit "
          "runs out, and then those numbers expire",
          "[time][renewal]")
{
    // Two numbers bought on 10 and 20 January, and credit for three renewals after buying them.
    TestOrganisation org(2 * 350 + 3 * 350);
    org.temp.clock().set(utc(2027, 1, 10));
    const NumberRecord early = org.buyOne(QStringLiteral("jan.devries"));
    org.temp.clock().set(utc(2027, 1, 20));
    const NumberRecord late = org.buyOne(QStringLiteral("emma.smith"));
    REQUIRE(org.credit() == 1'050);

    // Nobody ran the program from January to 25 April: six periods were due. The same in one
    // transaction, or in batches of one or two numbers (as the desktop program does, with
    // batches of 2,000).
    org.temp.clock().set(utc(2027, 4, 25));
    const int batchSize = GENERATE(0, 1, 2);
    INFO("batches of " << batchSize);
    auto processed = NumberProcessor::processInBatches(org.context(), batchSize);
    REQUIRE(processed);
    const ProcessReport report = *processed;
    // 10 Feb (early), 20 Feb (late), 10 Mar (early) are paid; 20 Mar (late) is not, and early's
    // 10 April period finds no credit either.
    CHECK(report.renewed == 3);
    CHECK(report.renewalsFailed == 2);
    CHECK(report.expired == 2);
    CHECK(org.credit() == 0);

    const NumberRecord earlyAfter = org.reload(early.e164);
    CHECK(earlyAfter.state == NumberState::Expired);
    CHECK(isoLocalDate(earlyAfter.paidUntil) == QStringLiteral("2027-04-10"));
    CHECK(isoLocalDate(earlyAfter.expiredAt) == QStringLiteral("2027-04-10"));
    const NumberRecord lateAfter = org.reload(late.e164);
    CHECK(lateAfter.state == NumberState::Expired);
    CHECK(isoLocalDate(lateAfter.paidUntil) == QStringLiteral("2027-03-20"));
    CHECK(lateAfter.renewalFailed);

    auto ledger = OrganisationService(org.context()).ledger();
    REQUIRE(ledger);
    QStringList charged;
    for (auto it = ledger->rbegin(); it != ledger->rend(); ++it)
        if (it->kind == LedgerKind::Renewal)
            charged << formatInternational(it->details.value(QStringLiteral("number")).toString());
    CHECK(charged
          == QStringList({formatInternational(early.e164), formatInternational(late.e164),
                          formatInternational(early.e164)}));
}

TEST_CASE("Times are stored as UTC ISO 8601 to the second, whatever zone they were made in", "[time]")
{
    const QTimeZone amsterdam("Europe/Amsterdam");
    REQUIRE(amsterdam.isValid());
    // Summer time (+02:00), the morning the clocks went forward, with milliseconds.
    CHECK(toStorage(QDateTime(QDate(2026, 3, 29), QTime(3, 30, 7, 999), amsterdam))
          == QStringLiteral("2026-03-29T01:30:07Z"));
    // Winter time (+01:00), across midnight and the year.
    CHECK(toStorage(QDateTime(QDate(2027, 1, 1), QTime(0, 15), amsterdam))
          == QStringLiteral("2026-12-31T23:15:00Z"));
    CHECK(toStorage(QDateTime(QDate(999, 2, 3), QTime(4, 5, 6), QTimeZone::utc()))
          == QStringLiteral("0999-02-03T04:05:06Z"));
    CHECK(toStorage(QDateTime()).isEmpty());
    // And back, also from the forms older versions or other programs wrote.
    CHECK(fromStorage(QStringLiteral("2026-03-29T01:30:07Z"))
          == QDateTime(QDate(2026, 3, 29), QTime(1, 30, 7), QTimeZone::utc()));
    CHECK(fromStorage(QStringLiteral("2026-03-29T03:30:07+02:00"))
          == QDateTime(QDate(2026, 3, 29), QTime(1, 30, 7), QTimeZone::utc()));
    CHECK(fromStorage(QStringLiteral("2026-03-29T01:30:07.250Z"))
          == QDateTime(QDate(2026, 3, 29), QTime(1, 30, 7, 250), QTimeZone::utc()));
    CHECK_FALSE(fromStorage(QStringLiteral("2026-02-30T01:30:07Z")).isValid());
    CHECK_FALSE(fromStorage(QStringLiteral("2026-0x-29T01:30:07Z")).isValid());
    CHECK_FALSE(fromStorage(QString()).isValid());
}
