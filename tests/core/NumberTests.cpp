#include "BulkSetup.h"
#include "Format.h"
#include "JsonText.h"
#include "Money.h"
#include "TestOrganisation.h"
#include "TestSupport.h"
#include "catalogue/Catalogue.h"
#include "io/Csv.h"
#include "io/Importer.h"
#include "members/MemberService.h"
#include "numbers/NumberProcessor.h"
#include "numbers/NumberService.h"
#include "numbers/Provisioner.h"
#include "organisation/OrganisationService.h"
#include "organisation/OrganisationSettings.h"
#include "phone/PhoneNumbers.h"
#include "sip/SipProfileService.h"
#include "storage/AuditLog.h"
#include "storage/HistoryText.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QSet>
#include <QSqlQuery>
#include <QThread>
#include <QTimeZone>
#include <atomic>
#include <thread>

using namespace nm;
using namespace nm::test;

namespace {

// A point in time in UTC, for expected values.
QDateTime utc(int year, int month, int day, int hour = 9)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), QTimeZone::utc());
}

} // namespace

TEST_CASE("Buying numbers gives each ticked assignee a new pending number and charges the credit",
          "[numbers][buy]")
{
    TestOrganisation org;
    const qint64 before = org.credit();
    auto bought = org.numbers().buy(
        org.request({QStringLiteral("jan.devries"), QStringLiteral("Amsterdam office PBX")}));
    REQUIRE(bought);
    REQUIRE(bought->numbers.size() == 2);
    // Two Dutch numbers for one month, 3.50 euros each.
    CHECK(bought->totalCents == 700);
    CHECK(before == 100'000);
    CHECK(org.credit() == 99'300);
    CHECK(bought->creditAfterCents == 99'300);

    const NumberRecord& first = bought->numbers[0];
    const NumberRecord& second = bought->numbers[1];
    CHECK(first.e164 != second.e164);
    for (const NumberRecord& n : bought->numbers) {
        CHECK(n.state == NumberState::Pending);
        CHECK(n.e164.startsWith(QStringLiteral("+3120")));
        CHECK(isValidNumber(n.e164, QStringLiteral("NL")));
        CHECK(n.paidUntil == utc(2026, 12, 26));
        CHECK(n.autoRenew);
        CHECK(n.termsVersion == QStringLiteral("NL-2026-01"));
        CHECK(n.termsAcceptedBy == QStringLiteral("test-admin"));
    }
    CHECK(first.assigneeKind == AssigneeKind::Member);
    CHECK(first.assigneeName == QStringLiteral("jan.devries"));
    CHECK(second.assigneeKind == AssigneeKind::SipProfile);
    CHECK(second.assigneeName == QStringLiteral("pbx-amsterdam"));

    // Stored as bought, with the accepted terms, a ledger row and history.
    const NumberRecord stored = org.reload(first.e164);
    CHECK(stored.state == NumberState::Pending);
    CHECK(stored.termsAcceptedAt == utc(2026, 11, 26));
    CHECK(org.count(QStringLiteral(
              "SELECT count(*) FROM credit_ledger WHERE kind = 'purchase' AND amount_cents = -700"))
          == 1);
    CHECK(org.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'number.buy'")) == 2);
}

TEST_CASE("Buying without agreeing to the terms is refused and changes nothing", "[numbers][buy]")
{
    TestOrganisation org;
    const QString before = org.dump();
    PurchaseRequest request = org.request({QStringLiteral("jan.devries")});
    request.termsAccepted = false;
    auto bought = org.numbers().buy(request);
    REQUIRE_FALSE(bought);
    CHECK(bought.error().code == ErrorCode::TermsNotAccepted);
    CHECK(bought.error().message.contains(QStringLiteral("terms")));
    CHECK(org.dump() == before);
}

TEST_CASE("A purchase that fails for one of five assignees buys nothing and charges nothing",
          "[numbers][buy]")
{
    TestOrganisation org;
    const QString before = org.dump();
    // Berlin numbers need an address in Berlin: Jan (Amsterdam) does not qualify.
    org.addMember(QStringLiteral("anna.schmidt"), QStringLiteral("Anna Schmidt"), QStringLiteral("DE"),
                  QStringLiteral("Berlin"));
    org.addMember(QStringLiteral("max.weber"), QStringLiteral("Max Weber"), QStringLiteral("DE"),
                  QStringLiteral("Berlin"));
    org.addMember(QStringLiteral("lena.fischer"), QStringLiteral("Lena Fischer"), QStringLiteral("DE"),
                  QStringLiteral("Berlin"));
    const QString withMembers = org.dump();
    REQUIRE(withMembers != before);
    auto bought = org.numbers().buy(org.request(
        {QStringLiteral("lukas.mueller"), QStringLiteral("anna.schmidt"), QStringLiteral("jan.devries"),
         QStringLiteral("max.weber"), QStringLiteral("lena.fischer")},
        QStringLiteral("DE"), QStringLiteral("30")));
    REQUIRE_FALSE(bought);
    CHECK(bought.error().code == ErrorCode::ResidencyNotMet);
    CHECK(bought.error().message.contains(QStringLiteral("Jan de Vries (jan.devries)")));
    CHECK(bought.error().message.contains(QStringLiteral("Berlin")));
    CHECK(bought.error().message.contains(QStringLiteral("Nothing was bought or charged")));
    CHECK_FALSE(bought.error().message.contains(QStringLiteral("anna.schmidt")));
    CHECK(org.credit() == 100'000);
    CHECK(org.dump() == withMembers);
}

TEST_CASE("Too little credit buys nothing and says how much is needed", "[numbers][buy][credit]")
{
    TestOrganisation org(100); // one euro
    const QString before = org.dump();
    auto bought
        = org.numbers().buy(org.request({QStringLiteral("jan.devries"), QStringLiteral("emma.smith")}));
    REQUIRE_FALSE(bought);
    CHECK(bought.error().code == ErrorCode::InsufficientCredit);
    CHECK(bought.error().message.contains(QStringLiteral("they cost €7.00 and the credit is €1.00")));
    CHECK(org.dump() == before);
}

TEST_CASE("An unknown assignee, an unknown country or area code, and a bad period are refused",
          "[numbers][buy]")
{
    TestOrganisation org;
    const QString before = org.dump();
    auto unknown
        = org.numbers().buy(org.request({QStringLiteral("jan.devries"), QStringLiteral("nobody.here")}));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().code == ErrorCode::NotFound);
    CHECK(unknown.error().message.contains(QStringLiteral("nobody.here")));

    auto country = org.numbers().buy(org.request({QStringLiteral("jan.devries")}, QStringLiteral("XX")));
    REQUIRE_FALSE(country);
    CHECK(country.error().field == QStringLiteral("country"));

    auto area = org.numbers().buy(
        org.request({QStringLiteral("jan.devries")}, QStringLiteral("NL"), QStringLiteral("999")));
    REQUIRE_FALSE(area);
    CHECK(area.error().field == QStringLiteral("area-code"));
    CHECK(area.error().message.contains(QStringLiteral("999")));

    auto period = org.numbers().buy(org.request({QStringLiteral("jan.devries")}, QStringLiteral("NL"),
                                                QStringLiteral("20"), BillingPeriod(2)));
    REQUIRE_FALSE(period);
    CHECK(period.error().field == QStringLiteral("period"));
    CHECK(org.dump() == before);
}

TEST_CASE("A member over the per-member limit gets no number, and nobody else does either",
          "[numbers][buy][limit]")
{
    TestOrganisation org;
    REQUIRE(OrganisationSettings::setMemberNumberLimit(org.context(), 2));
    org.buyOne(QStringLiteral("jan.devries"));
    org.buyOne(QStringLiteral("jan.devries"));
    const QString before = org.dump();
    auto bought
        = org.numbers().buy(org.request({QStringLiteral("emma.smith"), QStringLiteral("jan.devries")}));
    REQUIRE_FALSE(bought);
    CHECK(bought.error().code == ErrorCode::LimitReached);
    CHECK(bought.error().message.contains(QStringLiteral("jan.devries")));
    CHECK(bought.error().message.contains(QStringLiteral("at most 2")));
    CHECK(org.dump() == before);

    // SIP profiles have channels, not a per-member limit.
    for (int i = 0; i < 3; ++i)
        org.buyOne(QStringLiteral("pbx-amsterdam"));
}

TEST_CASE("The terms version the administrator read must still be the current one", "[numbers][buy]")
{
    TestOrganisation org;
    PurchaseRequest request = org.request({QStringLiteral("jan.devries")});
    request.termsVersion = QStringLiteral("NL-1999-01");
    const QString before = org.dump();
    auto bought = org.numbers().buy(request);
    REQUIRE_FALSE(bought);
    CHECK(bought.error().code == ErrorCode::TermsNotAccepted);
    CHECK(org.dump() == before);
}

TEST_CASE("A cancelled purchase (progress answered no) buys and charges nothing", "[numbers][buy]")
{
    TestOrganisation org;
    const QString before = org.dump();
    auto bought
        = org.numbers().buy(org.request({QStringLiteral("jan.devries"), QStringLiteral("emma.smith")}),
                            [](qint64, qint64) { return false; });
    REQUIRE_FALSE(bought);
    CHECK(bought.error().code == ErrorCode::Cancelled);
    CHECK(org.dump() == before);
}

TEST_CASE("A purchase of hundreds of numbers hands them out in the area code's order, and a stopped one "
          "buys nothing",
          "[numbers][buy]")
{
    TestOrganisation org(1'000'000);
    REQUIRE(test::addMembersInBulk(
        org.temp.database(), 600,
        [](int i) { return QStringLiteral("bulk%1").arg(i, 4, 10, QLatin1Char('0')); },
        [](int i) { return QStringLiteral("Bulk %1").arg(i); }));
    const auto membersFrom = [](qint64 first) {
        PurchaseRequest request;
        request.country = QStringLiteral("NL");
        request.areaCode = QStringLiteral("20");
        request.termsAccepted = true;
        for (qint64 id = first; id < first + 300; ++id)
            request.assignees.push_back({AssigneeKind::Member, id});
        return request;
    };
    // Stopped after 200 of 300: nothing is bought or charged.
    const QString before = org.dump();
    auto stopped = org.numbers().buy(membersFrom(6), [](qint64 done, qint64) { return done < 200; });
    REQUIRE_FALSE(stopped);
    CHECK(stopped.error().code == ErrorCode::Cancelled);
    CHECK(org.dump() == before);

    // The numbers one at a time would have had, in the same order: the first is the one a
    // single purchase gets (see "A purchase writes each number's holder...").
    auto bought = org.numbers().buy(membersFrom(6));
    REQUIRE(bought);
    REQUIRE(bought->numbers.size() == 300);
    CHECK(bought->numbers.front().e164 == QStringLiteral("+31200545767"));
    auto plan = NumberPlan::forAreaCode(QStringLiteral("NL"), QStringLiteral("20"));
    REQUIRE(plan);
    quint64 index = 0;
    for (const NumberRecord& number : bought->numbers) {
        std::optional<QString> expected;
        while (!expected)
            expected = plan->candidate(index++);
        REQUIRE(number.e164 == *expected);
    }
    // The next purchase goes on from there.
    CHECK(org.count(QStringLiteral("SELECT next_index FROM number_allocation")) == int(index));
    const NumberRecord next = org.buyOne(QStringLiteral("jan.devries"));
    std::optional<QString> following;
    while (!following)
        following = plan->candidate(index++);
    CHECK(next.e164 == *following);
}

TEST_CASE("New numbers become active once the provisioning delay has passed", "[numbers][provisioning]")
{
    TestOrganisation org;
    REQUIRE(OrganisationSettings::setProvisioningDelaySeconds(org.context(), 120));
    const NumberRecord number = org.buyOne(QStringLiteral("jan.devries"));

    org.temp.clock().advance(119);
    CHECK(org.process().activated == 0);
    CHECK(org.reload(number.e164).state == NumberState::Pending);

    org.temp.clock().advance(1);
    CHECK(org.process().activated == 1);
    const NumberRecord active = org.reload(number.e164);
    CHECK(active.state == NumberState::Active);
    CHECK(active.activatedAt == QDateTime(QDate(2026, 11, 26), QTime(9, 2), QTimeZone::utc()));
    CHECK(org.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'number.activate'")) == 1);
}

TEST_CASE("Processing in batches provisions every number that is ready in one round, also after numbers that "
          "are not ready yet",
          "[numbers][provisioning]")
{
    TestOrganisation org;
    REQUIRE(OrganisationSettings::setProvisioningDelaySeconds(org.context(), 120));
    // Three Amsterdam numbers (+31 20 ...), then a minute later two Rotterdam numbers
    // (+31 10 ..., read first in a batch, and not ready when the first three are).
    QStringList amsterdam, rotterdam;
    for (const char* name : {"jan.devries", "emma.smith", "pieter.jansen"})
        amsterdam << org.buyOne(QString::fromLatin1(name)).e164;
    org.temp.clock().advance(60);
    for (const char* name : {"jan.devries", "emma.smith"})
        rotterdam << org.buyOne(QString::fromLatin1(name), QStringLiteral("NL"), QStringLiteral("10")).e164;
    REQUIRE(rotterdam.first() < amsterdam.first());

    org.temp.clock().advance(60); // the Amsterdam numbers are ready
    const int batchSize = GENERATE(0, 1, 2);
    INFO("batches of " << batchSize);
    auto processed = NumberProcessor::processInBatches(org.context(), batchSize);
    REQUIRE(processed);
    CHECK(processed->activated == 3);
    for (const QString& e164 : amsterdam)
        CHECK(org.reload(e164).state == NumberState::Active);
    for (const QString& e164 : rotterdam)
        CHECK(org.reload(e164).state == NumberState::Pending);
    CHECK(org.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'number.activate'")) == 3);

    org.temp.clock().advance(60);
    CHECK(NumberProcessor::processInBatches(org.context(), batchSize)->activated == 2);
}

TEST_CASE("The provisioner is an interface: processing asks it which numbers are ready",
          "[numbers][provisioning]")
{
    struct NeverReady final : Provisioner
    {
        int asked = 0;
        std::vector<qint64> ready(const std::vector<PendingNumber>& pending, const QDateTime&) override
        {
            asked += int(pending.size());
            return {};
        }
    };
    TestOrganisation org;
    const NumberRecord number = org.buyOne(QStringLiteral("jan.devries"));
    org.temp.clock().advanceDays(1);
    NeverReady provisioner;
    auto report = NumberProcessor::process(org.context(), provisioner);
    REQUIRE(report);
    CHECK(provisioner.asked == 1);
    CHECK(report->activated == 0);
    CHECK(org.reload(number.e164).state == NumberState::Pending);
}

TEST_CASE(
    "Cancelling charges nothing, the number works until paid-until, expires, and is released after 90 days",
    "[numbers][cancel]")
{
    TestOrganisation org;
    const NumberRecord bought = org.buyOne(QStringLiteral("jan.devries"));
    org.temp.clock().advance(3600);
    org.process();
    CHECK(org.credit() == 99'650);
    CHECK(org.count(QStringLiteral("SELECT count(*) FROM credit_ledger")) == 2); // top-up and purchase

    auto cancelled = org.numbers().cancel({bought.e164});
    REQUIRE(cancelled);
    REQUIRE(cancelled->size() == 1);
    CHECK(cancelled->front().state == NumberState::Cancelled);
    CHECK(cancelled->front().paidUntil == utc(2026, 12, 26));
    CHECK_FALSE(cancelled->front().autoRenew);
    CHECK(org.credit() == 99'650);

    // Usable (and never renewed) until paid-until.
    org.temp.clock().set(bought.paidUntil.addSecs(-1));
    CHECK(org.process().renewed == 0);
    CHECK(org.reload(bought.e164).state == NumberState::Cancelled);
    CHECK(org.reload(bought.e164).isUsable());

    org.temp.clock().set(bought.paidUntil);
    CHECK(org.process().expired == 1);
    NumberRecord expired = org.reload(bought.e164);
    CHECK(expired.state == NumberState::Expired);
    CHECK(expired.expiredAt == utc(2026, 12, 26));
    CHECK(expired.assigneeName == QStringLiteral("jan.devries")); // held for reactivation

    org.temp.clock().set(bought.paidUntil.addDays(holdDays).addSecs(-1));
    CHECK(org.process().released == 0);
    org.temp.clock().set(bought.paidUntil.addDays(holdDays));
    CHECK(org.process().released == 1);
    const NumberRecord released = org.reload(bought.e164);
    CHECK(released.state == NumberState::Released);
    CHECK(released.assigneeKind == AssigneeKind::None);

    CHECK(org.credit() == 99'650);
    CHECK(org.count(QStringLiteral("SELECT count(*) FROM credit_ledger")) == 2);
}

TEST_CASE("Cancelling by member cancels all their usable numbers, a second cancel is refused",
          "[numbers][cancel]")
{
    TestOrganisation org;
    const NumberRecord a = org.buyOne(QStringLiteral("jan.devries"));
    const NumberRecord b = org.buyOne(QStringLiteral("jan.devries"), QStringLiteral("NL"),
                                      QStringLiteral("10"), BillingPeriod::TwelveMonths);
    const NumberRecord other = org.buyOne(QStringLiteral("emma.smith"));
    auto cancelled = org.numbers().cancelForMember(QStringLiteral("JAN DE VRIES"));
    REQUIRE(cancelled);
    CHECK(cancelled->size() == 2);
    CHECK(org.reload(a.e164).state == NumberState::Cancelled);
    CHECK(org.reload(b.e164).paidUntil == utc(2027, 11, 26));
    CHECK(org.reload(other.e164).state == NumberState::Pending);

    const QString before = org.dump();
    auto again = org.numbers().cancel({other.e164, a.e164});
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::InvalidState);
    CHECK(again.error().message.contains(QStringLiteral("already cancelled")));
    CHECK(org.dump() == before); // the other number was not cancelled either

    auto nothing = org.numbers().cancelForMember(QStringLiteral("jan.devries"));
    REQUIRE_FALSE(nothing);
    CHECK(nothing.error().message.contains(QStringLiteral("holds no numbers")));
}

TEST_CASE("Renewal is charged exactly 3 days before paid-until and extends by the period",
          "[numbers][renewal]")
{
    TestOrganisation org;
    const NumberRecord bought = org.buyOne(QStringLiteral("jan.devries"), QStringLiteral("NL"),
                                           QStringLiteral("20"), BillingPeriod::ThreeMonths);
    org.process();
    // 1,000.00 euros less three months of a Dutch number (9.90 euros).
    CHECK(org.credit() == 99'010);

    org.temp.clock().set(bought.paidUntil.addDays(-renewalLeadDays).addSecs(-1));
    CHECK(org.process().renewed == 0);
    CHECK(org.credit() == 99'010);

    org.temp.clock().set(bought.paidUntil.addDays(-renewalLeadDays));
    CHECK(org.process().renewed == 1);
    CHECK(org.credit() == 98'020);
    const NumberRecord renewed = org.reload(bought.e164);
    // Bought 26 November 2026: paid until 26 February, renewed until 26 May (local dates).
    CHECK(isoLocalDate(bought.paidUntil) == QStringLiteral("2027-02-26"));
    CHECK(isoLocalDate(renewed.paidUntil) == QStringLiteral("2027-05-26"));
    CHECK(renewed.state == NumberState::Active);
    CHECK(org.count(QStringLiteral("SELECT count(*) FROM credit_ledger WHERE kind = 'renewal'")) == 1);

    // Not charged twice for the same period.
    org.temp.clock().advanceDays(1);
    CHECK(org.process().renewed == 0);
    CHECK(org.credit() == 98'020);
}

TEST_CASE("A renewal without enough credit fails, says so in the history, and the number expires",
          "[numbers][renewal]")
{
    TestOrganisation org(350); // exactly one month of one Dutch number (3.50 euros)
    const NumberRecord bought = org.buyOne(QStringLiteral("jan.devries"));
    CHECK(org.credit() == 0);

    org.temp.clock().set(bought.paidUntil.addDays(-renewalLeadDays));
    const ProcessReport report = org.process();
    CHECK(report.renewed == 0);
    CHECK(report.renewalsFailed == 1);
    const NumberRecord failed = org.reload(bought.e164);
    CHECK(failed.renewalFailed);
    CHECK_FALSE(failed.autoRenew);
    CHECK(failed.state == NumberState::Active);
    AuditLog::Filter filter;
    filter.text = QStringLiteral("renewal_failed");
    auto history = AuditLog::list(org.temp.database().connection(), filter);
    REQUIRE(history);
    REQUIRE(history->size() == 1);
    // Values, rendered in the reader's language by the history: the credit did not cover the price.
    const QJsonObject after = history->front().after;
    CHECK(after.value(QStringLiteral("creditCents")).toInteger() == 0);
    CHECK(after.value(QStringLiteral("priceCents")).toInteger() == 350);
    CHECK(after.value(QStringLiteral("paidUntil")).toString() == QStringLiteral("2026-12-26T09:00:00Z"));

    // Topping up later does not renew by itself: the number was marked to expire.
    REQUIRE(OrganisationService(org.context()).topUp(10'000));
    org.temp.clock().set(bought.paidUntil);
    CHECK(org.process().expired == 1);
    CHECK(org.reload(bought.e164).state == NumberState::Expired);
}

TEST_CASE("Reactivating undoes a cancellation for free, or buys the renewal of an expired number on hold",
          "[numbers][reactivate]")
{
    TestOrganisation org;
    const NumberRecord bought = org.buyOne(QStringLiteral("jan.devries"));
    org.process();
    REQUIRE(org.numbers().cancel({bought.e164}));
    CHECK(org.credit() == 99'650);
    auto undone = org.numbers().reactivate(bought.e164);
    REQUIRE(undone);
    CHECK(undone->state == NumberState::Pending); // not provisioned yet
    CHECK(undone->autoRenew);
    CHECK(org.credit() == 99'650);

    REQUIRE(org.numbers().cancel({bought.e164}));
    org.temp.clock().set(bought.paidUntil.addDays(10));
    org.process();
    REQUIRE(org.reload(bought.e164).state == NumberState::Expired);
    auto renewed = org.numbers().reactivate(bought.e164);
    REQUIRE(renewed);
    CHECK(renewed->state == NumberState::Active);
    // Reactivated on 5 January 2027: a new month from then.
    CHECK(renewed->paidUntil == utc(2027, 2, 5));
    CHECK(org.credit() == 99'300);

    auto active = org.numbers().reactivate(bought.e164);
    REQUIRE_FALSE(active);
    CHECK(active.error().code == ErrorCode::InvalidState);

    // Cancelled again, it runs out at the end of the period it was reactivated for.
    REQUIRE(org.numbers().cancel({bought.e164}));
    org.temp.clock().set(utc(2027, 2, 5).addSecs(-1));
    CHECK(org.process().expired == 0);
    org.temp.clock().set(utc(2027, 2, 5));
    CHECK(org.process().expired == 1);
    CHECK(org.reload(bought.e164).state == NumberState::Expired);
}

TEST_CASE("A purchase by names finds each by any of its names, and an unknown name buys nothing",
          "[numbers][buy]")
{
    TestOrganisation org;
    auto bought = org.numbers().buy(org.request(
        {QStringLiteral("JAN DE VRIES"), QStringLiteral("pbx-amsterdam"), QStringLiteral("emma.smith")}));
    REQUIRE(bought);
    REQUIRE(bought->numbers.size() == 3);
    CHECK(bought->numbers[0].assigneeName == QStringLiteral("jan.devries"));
    CHECK(bought->numbers[1].assigneeName == QStringLiteral("pbx-amsterdam"));
    CHECK(bought->numbers[2].assigneeName == QStringLiteral("emma.smith"));

    // A member whose display name is its account name is one member, not two.
    org.addMember(QStringLiteral("receptie"), QStringLiteral("Receptie"), QStringLiteral("NL"),
                  QStringLiteral("Amsterdam"));
    // Quotes and a backslash in a name are looked up as typed.
    org.addMember(QStringLiteral("bob.obrien"), QStringLiteral("Bob \"O'Brien\" \\ 2"), QStringLiteral("NL"),
                  QStringLiteral("Amsterdam"));
    auto both = org.numbers().buy(
        org.request({QStringLiteral("RECEPTIE"), QStringLiteral("bob \"o'brien\" \\ 2")}));
    REQUIRE(both);
    REQUIRE(both->numbers.size() == 2);
    CHECK(both->numbers[0].assigneeName == QStringLiteral("receptie"));
    CHECK(both->numbers[1].assigneeName == QStringLiteral("bob.obrien"));

    const QString before = org.dump();
    auto refused
        = org.numbers().buy(org.request({QStringLiteral("emma.smith"), QStringLiteral("nobody.here")}));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::NotFound);
    CHECK(refused.error().message
          == QStringLiteral(
              "Nothing was bought or charged:\nThere is no member or SIP profile called \"nobody.here\"."));
    CHECK(org.dump() == before);
}

TEST_CASE("No number is ever handed out twice, not even after it was released", "[numbers][allocation]")
{
    TestOrganisation org;
    QSet<QString> seen;
    const NumberRecord first = org.buyOne(QStringLiteral("jan.devries"));
    seen.insert(first.e164);
    REQUIRE(org.numbers().cancel({first.e164}));
    org.temp.clock().set(first.paidUntil.addDays(holdDays + 1));
    org.process();
    REQUIRE(org.reload(first.e164).state == NumberState::Released);
    for (int i = 0; i < 5; ++i) {
        auto bought
            = org.numbers().buy(org.request({QStringLiteral("pbx-amsterdam"), QStringLiteral("emma.smith")}));
        REQUIRE(bought);
        for (const NumberRecord& n : bought->numbers) {
            CHECK_FALSE(seen.contains(n.e164));
            seen.insert(n.e164);
        }
    }
    CHECK(seen.size() == 11);
}

TEST_CASE("Allocated numbers are valid numbers of their region in every area code of every country",
          "[numbers][allocation][catalogue]")
{
    TempDatabase temp;
    REQUIRE(OrganisationSettings::setMemberNumberLimit(temp.context(), 1000));
    REQUIRE(OrganisationService(temp.context()).topUp(10'000'000));
    int checked = 0;
    for (const CountryOffer& country : Catalogue::builtIn().countries()) {
        for (const AreaCode& area : country.areaCodes) {
            const QString account
                = QStringLiteral("m%1%2").arg(country.code.toLower()).arg(checked, 5, 10, QLatin1Char('0'));
            MemberInput input{account, area.city, account + QStringLiteral("@example.com"), country.code,
                              area.city};
            REQUIRE(MemberService(temp.context()).add(input));
            PurchaseRequest request;
            request.assigneeNames = {account};
            request.country = country.code;
            request.areaCode = area.code;
            request.termsAccepted = true;
            auto bought = NumberService(temp.context()).buy(request);
            INFO(country.code.toStdString() << " " << area.code.toStdString());
            REQUIRE(bought);
            const QString e164 = bought->numbers.front().e164;
            CHECK(isValidNumber(e164, country.code));
            CHECK(e164.startsWith(QStringLiteral("+%1%2").arg(country.callingCode).arg(area.code)));
            ++checked;
        }
    }
    CHECK(checked >= 20);
}

TEST_CASE("Reassigning by account name, display name or SIP profile name, ignoring case",
          "[numbers][reassign]")
{
    TestOrganisation org;
    const NumberRecord number = org.buyOne(QStringLiteral("jan.devries"));

    auto toEmma = org.numbers().reassign(number.e164, QStringLiteral("EMMA SMITH"));
    REQUIRE(toEmma);
    CHECK(toEmma->assigneeName == QStringLiteral("emma.smith"));
    CHECK(toEmma->version == number.version + 1);

    auto toPbx
        = org.numbers().reassign(formatInternational(number.e164), QStringLiteral("amsterdam office pbx"));
    REQUIRE(toPbx);
    CHECK(toPbx->assigneeKind == AssigneeKind::SipProfile);
    CHECK(org.reload(number.e164).assigneeName == QStringLiteral("pbx-amsterdam"));

    AuditLog::Filter filter;
    filter.text = QStringLiteral("number.reassign");
    auto history = AuditLog::list(org.temp.database().connection(), filter);
    REQUIRE(history);
    REQUIRE(history->size() == 2);
    CHECK(history->front().before.value(QStringLiteral("assignee")).toString()
          == QStringLiteral("emma.smith"));
    CHECK(history->front().after.value(QStringLiteral("assignee")).toString()
          == QStringLiteral("pbx-amsterdam"));
}

TEST_CASE("Reassigning to an unknown or ambiguous name is refused and lists the candidates",
          "[numbers][reassign]")
{
    TestOrganisation org;
    org.addMember(QStringLiteral("jan.jansen"), QStringLiteral("Jan"), QStringLiteral("NL"),
                  QStringLiteral("Delft"));
    org.addMember(QStringLiteral("jan.bakker"), QStringLiteral("Jan"), QStringLiteral("NL"),
                  QStringLiteral("Leiden"));
    const NumberRecord number = org.buyOne(QStringLiteral("emma.smith"));
    const QString before = org.dump();

    auto ambiguous = org.numbers().reassign(number.e164, QStringLiteral("jan"));
    REQUIRE_FALSE(ambiguous);
    CHECK(ambiguous.error().code == ErrorCode::Ambiguous);
    CHECK(ambiguous.error().message.contains(QStringLiteral("jan.jansen")));
    CHECK(ambiguous.error().message.contains(QStringLiteral("jan.bakker")));

    auto unknown = org.numbers().reassign(number.e164, QStringLiteral("Jan de V"));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().code == ErrorCode::NotFound);
    CHECK(unknown.error().message.contains(QStringLiteral("Did you mean")));
    CHECK(unknown.error().message.contains(QStringLiteral("jan.devries")));

    auto same = org.numbers().reassign(number.e164, QStringLiteral("emma.smith"));
    REQUIRE_FALSE(same);
    CHECK(same.error().message.contains(QStringLiteral("already assigned")));

    auto missing = org.numbers().reassign(QStringLiteral("+31 20 000 0000"), QStringLiteral("jan.devries"));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);
    CHECK(org.dump() == before);
}

TEST_CASE("Reassigning to a target that does not meet the number's residency terms is refused",
          "[numbers][reassign]")
{
    TestOrganisation org;
    org.addMember(QStringLiteral("anna.schmidt"), QStringLiteral("Anna Schmidt"), QStringLiteral("DE"),
                  QStringLiteral("Berlin"));
    org.addMember(QStringLiteral("hans.bauer"), QStringLiteral("Hans Bauer"), QStringLiteral("DE"),
                  QStringLiteral("München"));
    const NumberRecord berlin
        = org.buyOne(QStringLiteral("lukas.mueller"), QStringLiteral("DE"), QStringLiteral("30"));
    CHECK(berlin.residency == QStringLiteral("city"));
    const QString before = org.dump();

    auto abroad = org.numbers().reassign(berlin.e164, QStringLiteral("jan.devries"));
    REQUIRE_FALSE(abroad);
    CHECK(abroad.error().code == ErrorCode::ResidencyNotMet);
    CHECK(abroad.error().message.contains(QStringLiteral("Jan de Vries")));

    auto otherCity = org.numbers().reassign(berlin.e164, QStringLiteral("hans.bauer"));
    REQUIRE_FALSE(otherCity);
    CHECK(otherCity.error().code == ErrorCode::ResidencyNotMet);
    CHECK(otherCity.error().message.contains(QStringLiteral("Berlin")));
    CHECK(org.dump() == before);

    REQUIRE(org.numbers().reassign(berlin.e164, QStringLiteral("Anna Schmidt")));
}

TEST_CASE("Reassigning a number someone else changed meanwhile is refused",
          "[numbers][reassign][concurrency]")
{
    TestOrganisation org;
    const NumberRecord number = org.buyOne(QStringLiteral("jan.devries"));
    REQUIRE(org.numbers().reassign(number.e164, QStringLiteral("emma.smith"), number.version));
    auto stale = org.numbers().reassign(number.e164, QStringLiteral("pieter.jansen"), number.version);
    REQUIRE_FALSE(stale);
    CHECK(stale.error().code == ErrorCode::Conflict);
    CHECK(stale.error().message.contains(QStringLiteral("Emma Smith")));
    CHECK(org.reload(number.e164).assigneeName == QStringLiteral("emma.smith"));
}

TEST_CASE(
    "Two connections reassigning the same number at once: exactly one wins, the other gets a clear error",
    "[numbers][reassign][concurrency]")
{
    TestOrganisation org;
    const NumberRecord number = org.buyOne(QStringLiteral("jan.devries"));
    const QString path = org.temp.path();
    const FixedClock clock(fixedStart());

    struct Outcome
    {
        bool ok = false;
        ErrorCode code = ErrorCode::DatabaseError;
        QString message;
    };
    Outcome outcomes[2];
    std::atomic<int> ready{0};
    const QString targets[2] = {QStringLiteral("emma.smith"), QStringLiteral("pbx-amsterdam")};
    auto administrator = [&](int which) {
        auto db = Database::open(path);
        if (!db) {
            outcomes[which].message = db.error().message;
            return;
        }
        const Context context{*db.value(), clock, QStringLiteral("admin-%1").arg(which)};
        NumberService service(context);
        const int seenVersion = service.find(number.e164)->version; // both look at the number first
        ++ready;
        while (ready.load() < 2)
            std::this_thread::yield();
        auto result = service.reassign(number.e164, targets[which], seenVersion);
        outcomes[which].ok = result.ok();
        if (!result) {
            outcomes[which].code = result.error().code;
            outcomes[which].message = result.error().message;
        }
    };
    std::thread first(administrator, 0);
    std::thread second(administrator, 1);
    first.join();
    second.join();

    INFO(outcomes[0].message.toStdString() << " / " << outcomes[1].message.toStdString());
    REQUIRE(int(outcomes[0].ok) + int(outcomes[1].ok) == 1);
    const int winner = outcomes[0].ok ? 0 : 1;
    const Outcome& loser = outcomes[1 - winner];
    CHECK(loser.code == ErrorCode::Conflict);
    // Who won and when (on PostgreSQL the server names its user, whatever the program says).
    const QString winnerName
        = onPostgres() ? QStringLiteral("test-admin") : QStringLiteral("admin-%1").arg(winner);
    CHECK(loser.message.startsWith(winnerName + QStringLiteral(" changed the number ")));
    CHECK(loser.message.contains(QStringLiteral("It now belongs to")));
    CHECK(loser.message.contains(QStringLiteral("Nothing was changed")));
    const NumberRecord now = org.reload(number.e164);
    CHECK(now.assigneeName == (winner == 0 ? QStringLiteral("emma.smith") : QStringLiteral("pbx-amsterdam")));
    CHECK(now.version == number.version + 1);
    CHECK(org.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'number.reassign'")) == 1);
}

TEST_CASE("Removing a member cancels their numbers in the same change", "[numbers][members]")
{
    TestOrganisation org;
    const NumberRecord number = org.buyOne(QStringLiteral("jan.devries"));
    CHECK(org.credit() == 99'650);
    REQUIRE(MemberService(org.context()).remove(QStringLiteral("jan.devries")));
    const NumberRecord after = org.reload(number.e164);
    CHECK(after.state == NumberState::Cancelled);
    CHECK_FALSE(after.autoRenew);
    CHECK(after.paidUntil == utc(2026, 12, 26));
    CHECK(org.credit() == 99'650);
}

TEST_CASE("Credit top-ups are validated and every top-up and charge is in the ledger", "[credit]")
{
    TestOrganisation org(0);
    OrganisationService service(org.context());
    CHECK(service.balanceCents().value() == 0);
    auto zero = service.topUp(0);
    REQUIRE_FALSE(zero);
    CHECK(zero.error().field == QStringLiteral("amount"));
    REQUIRE(service.topUp(2'500));
    org.buyOne(QStringLiteral("jan.devries"));
    auto ledger = service.ledger();
    REQUIRE(ledger);
    REQUIRE(ledger->size() == 2);
    CHECK(ledger->at(0).kind == LedgerKind::Purchase);
    CHECK(ledger->at(0).amountCents == -350);
    CHECK(ledger->at(0).balanceAfterCents == 2'150);
    CHECK(ledger->at(1).kind == LedgerKind::TopUp);
    CHECK(ledger->at(1).amountCents == 2'500);

    CHECK(parseEuros(QStringLiteral("100.00")).value() == 10'000);
    CHECK(parseEuros(QStringLiteral("12.5")).value() == 1'250);
    CHECK(parseEuros(QStringLiteral("7")).value() == 700);
    CHECK_FALSE(parseEuros(QStringLiteral("12,50")));
    CHECK_FALSE(parseEuros(QStringLiteral("-5.00")));
    CHECK_FALSE(parseEuros(QStringLiteral("1.234")));
    CHECK(formatEurosPlain(1'250) == QStringLiteral("12.50"));
}

TEST_CASE("A locked database refuses a purchase with a clear message and nothing changes",
          "[numbers][database]")
{
    TestOrganisation org;
    auto other = org.temp.openAnother();
    setBusyTimeout(org.temp.database().connection(), 50);
    const QString before = org.dump();
    Transaction holding(other->connection());
    REQUIRE(holding.isActive());
    auto bought = org.numbers().buy(org.request({QStringLiteral("jan.devries")}));
    REQUIRE_FALSE(bought);
    CHECK(bought.error().code == ErrorCode::DatabaseBusy);
    holding.rollback();
    CHECK(org.dump() == before);
}

TEST_CASE("Buying goes on where the last purchase in the area code stopped, passing numbers already held",
          "[numbers]")
{
    TestOrganisation org;
    const NumberRecord first = org.buyOne(QStringLiteral("jan.devries"));
    CHECK(org.temp
              .scalar(QStringLiteral("SELECT next_index FROM number_allocation WHERE country = 'NL' AND "
                                     "area_code = '20'"))
              .toInt()
          >= 1);
    // The next candidate is already the organisation's (imported): it is passed by.
    const auto plan = NumberPlan::forAreaCode(QStringLiteral("NL"), QStringLiteral("20"));
    REQUIRE(plan);
    const qint64 next
        = org.temp.scalar(QStringLiteral("SELECT next_index FROM number_allocation")).toLongLong();
    QString held;
    for (quint64 i = quint64(next); held.isEmpty(); ++i)
        held = plan->candidate(i).value_or(QString());
    auto table = Csv::parse(QStringLiteral("number;assigned to\n%1;jan.devries\n").arg(held).toUtf8());
    REQUIRE(table);
    auto imported
        = Importer(org.context()).importTable(FileKind::Numbers, *table, {}, QStringLiteral("n.csv"));
    REQUIRE(imported);
    REQUIRE(imported->applied);

    const NumberRecord second = org.buyOne(QStringLiteral("jan.devries"));
    CHECK(second.e164 != held);
    CHECK(second.e164 != first.e164);
    CHECK(org.temp.scalar(QStringLiteral("SELECT count(*) FROM numbers")).toInt() == 3);
}

TEST_CASE("The history of a change to a number holds only what changed", "[numbers][history]")
{
    TestOrganisation org;
    const NumberRecord number = org.buyOne(QStringLiteral("jan.devries"));
    REQUIRE(org.numbers().cancel({number.e164}));
    CHECK(org.temp.scalar(QStringLiteral("SELECT before_json FROM audit_log WHERE action = 'number.cancel'"))
              .toString()
          == QStringLiteral("{\"autoRenew\":true,\"state\":\"pending\"}"));
    CHECK(org.temp.scalar(QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'number.cancel'"))
              .toString()
          == QStringLiteral("{\"autoRenew\":false,\"state\":\"cancelled\"}"));
}

TEST_CASE("A purchase writes each number's holder, period, price and terms to the history",
          "[numbers][history]")
{
    TestOrganisation org;
    const NumberRecord number = org.buyOne(QStringLiteral("jan.devries"));
    CHECK(org.temp.scalar(QStringLiteral("SELECT before_json FROM audit_log WHERE action = 'number.buy'"))
              .isNull());
    CHECK(
        org.temp.scalar(QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'number.buy'"))
            .toString()
        == QStringLiteral("{\"assignee\":\"jan.devries\",\"assigneeKind\":\"member\",\"autoRenew\":true,"
                          "\"paidUntil\":\"2026-12-26T09:00:00Z\",\"periodMonths\":1,\"priceCents\":350,"
                          "\"state\":\"pending\",\"termsAcceptedBy\":\"test-admin\",\"termsCountry\":\"NL\","
                          "\"termsVersion\":\"NL-2026-01\"}"));
    // What a history search matches: the number, who bought it, and the values.
    CHECK(org.temp.scalar(QStringLiteral("SELECT search_key FROM audit_log WHERE action = 'number.buy'"))
              .toString()
          == QStringLiteral("+31200545767\ntest-admin\njan.devries\nmember\n2026-12-26t09:00:00z\npending\n"
                            "test-admin\nnl\nnl-2026-01"));
    CHECK(number.e164 == QStringLiteral("+31200545767"));
}

TEST_CASE("Renewals are written to the history as one entry per batch that still names each number",
          "[numbers][renewal][history]")
{
    TestOrganisation org;
    const NumberRecord first = org.buyOne(QStringLiteral("jan.devries"));
    const NumberRecord second = org.buyOne(QStringLiteral("emma.smith"));
    org.process();

    org.temp.clock().set(first.paidUntil.addDays(-renewalLeadDays));
    CHECK(org.process().renewed == 2);
    // One entry for both renewals (and two ledger rows: the money is still per number).
    CHECK(org.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE '%renew%'")) == 1);
    CHECK(org.count(QStringLiteral("SELECT count(*) FROM credit_ledger WHERE kind = 'renewal'")) == 2);

    const QSqlDatabase db = org.temp.database().connection();
    AuditLog::Filter filter;
    filter.text = second.e164;
    auto found = AuditLog::list(db, filter);
    REQUIRE(found);
    REQUIRE(found->size() == 3); // bought, activated, renewed
    const AuditEntry& renewal = found->front();
    CHECK(renewal.action == QStringLiteral("numbers.renew"));
    CHECK(HistoryText::actionText(renewal.action) == QStringLiteral("Numbers renewed"));
    CHECK(HistoryText::objectText(renewal.objectKind, renewal.objectId) == QStringLiteral("2 numbers"));
    CHECK(renewal.after.value(QStringLiteral("chargedCents")).toInteger() == 700);
    const QString summary = HistoryText::changeSummary(QString(), compactJson(renewal.after), 0);
    INFO(summary.toStdString());
    CHECK(summary.startsWith(QStringLiteral("Charged: €7.00; Numbers: 2; Renewals: ")));
    CHECK(summary.contains(QStringLiteral(": 26 December 2026 \u2192 26 January 2027 (€3.50); +31 20 ")));
    CHECK(summary.count(QStringLiteral("26 December 2026 \u2192 26 January 2027 (€3.50)")) == 2);

    // A stale screen that changes the renewed number is told what happened to it meanwhile.
    auto last = AuditLog::lastChange(db, QStringLiteral("number"), first.e164);
    REQUIRE(last);
    REQUIRE(last->has_value());
    CHECK((*last)->action == QStringLiteral("numbers.renew"));
    CHECK((*last)->at == utc(2026, 12, 23));
}
