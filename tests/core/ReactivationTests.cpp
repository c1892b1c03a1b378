#include "BulkSetup.h"
#include "TestOrganisation.h"
#include "TestSupport.h"
#include "numbers/Assignee.h"
#include "organisation/OrganisationSettings.h"
#include "phone/PhoneNumbers.h"
#include "storage/Transaction.h"

#include <QThread>
#include <atomic>
#include <thread>

using namespace nm;
using namespace nm::test;

namespace {

Member member(TestOrganisation& org, const QString& account)
{
    auto found = MemberService(org.context()).findByAccountName(account);
    if (!found)
        FAIL(found.error().message.toStdString());
    return *found;
}

} // namespace

TEST_CASE("A removed member's cancelled number cannot be reactivated for them, only for a successor",
          "[numbers][reactivate]")
{
    TestOrganisation org;
    const NumberRecord number = org.buyOne(QStringLiteral("jan.devries"));
    REQUIRE(MemberService(org.context()).remove(QStringLiteral("jan.devries")));
    CHECK(org.reload(number.e164).state == NumberState::Cancelled);
    const QString before = org.dump();

    auto refused = org.numbers().reactivate(number.e164);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidState);
    CHECK(
        refused.error().message.contains(QStringLiteral("Jan de Vries (jan.devries), who has been removed")));
    CHECK(org.dump() == before);

    const CliResult cli
        = runCli(org.temp, {QStringLiteral("number"), QStringLiteral("reactivate"), number.e164});
    CHECK(cli.code == 1);
    CHECK(cli.err.contains(QStringLiteral("who has been removed")));
    CHECK(org.dump() == before);

    // For the successor: reassigned and renewing again, in one transaction.
    auto forSuccessor = org.numbers().reactivate(number.e164, QStringLiteral("Pieter Jansen"));
    REQUIRE(forSuccessor);
    const NumberRecord after = org.reload(number.e164);
    CHECK(after.assigneeName == QStringLiteral("pieter.jansen"));
    CHECK(after.state == NumberState::Pending);
    CHECK(after.autoRenew);
    CHECK(after.assigneeActive);
}

TEST_CASE("Reactivating meets the per-member limit, as buying does", "[numbers][reactivate]")
{
    TestOrganisation org;
    REQUIRE(OrganisationSettings::setMemberNumberLimit(org.context(), 2));
    const NumberRecord first = org.buyOne(QStringLiteral("jan.devries"));
    REQUIRE(org.numbers().cancel({first.e164}));
    // Cancelled, the first number still counts: one more fits, a third would not.
    const NumberRecord second = org.buyOne(QStringLiteral("jan.devries"));
    REQUIRE(org.numbers().reactivate(first.e164));

    // An expired number on hold no longer counts; reactivating it would make three.
    REQUIRE(org.numbers().cancel({first.e164}));
    org.temp.clock().set(first.paidUntil.addSecs(60));
    org.process();
    REQUIRE(org.reload(first.e164).state == NumberState::Expired);
    const NumberRecord third = org.buyOne(QStringLiteral("jan.devries"));
    CHECK(third.assigneeName == QStringLiteral("jan.devries"));
    const QString before = org.dump();
    auto refused = org.numbers().reactivate(first.e164);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::LimitReached);
    CHECK(refused.error().message
          == QStringLiteral(
              "Jan de Vries (jan.devries) already holds 2 numbers; a member may hold at most 2."));
    CHECK(org.dump() == before);
    CHECK(second.assigneeName == QStringLiteral("jan.devries"));
}

TEST_CASE("Reactivating checks the number's residency terms against the holder's address now",
          "[numbers][reactivate][terms]")
{
    TestOrganisation org;
    // A Belgian number needs an address in Belgium.
    org.addMember(QStringLiteral("anna.peeters"), QStringLiteral("Anna Peeters"), QStringLiteral("BE"),
                  QStringLiteral("Gent"));
    const NumberRecord number
        = org.buyOne(QStringLiteral("anna.peeters"), QStringLiteral("BE"), QStringLiteral("2"));
    REQUIRE(org.numbers().cancel({number.e164}));
    // Moving while the number is cancelled is allowed (cancelling is one of the remedies)...
    MemberEdit move;
    move.country = QStringLiteral("NL");
    move.city = QStringLiteral("Breda");
    REQUIRE(MemberService(org.context()).edit(QStringLiteral("anna.peeters"), move));
    // ...but reactivating it for her then is not.
    const QString before = org.dump();
    auto refused = org.numbers().reactivate(number.e164);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::ResidencyNotMet);
    CHECK(refused.error().message.contains(QStringLiteral("has no address in Belgium")));
    CHECK(org.dump() == before);
}

TEST_CASE("Auto-renew can be turned off and on per number: off, the number expires at paid-until",
          "[numbers][auto-renew]")
{
    TestOrganisation org;
    const NumberRecord number = org.buyOne(QStringLiteral("jan.devries"));
    auto off = org.numbers().setAutoRenew(number.e164, false);
    REQUIRE(off);
    CHECK_FALSE(off->autoRenew);
    CHECK(off->state == NumberState::Pending);

    const CliResult on
        = runCli(org.temp,
                 {QStringLiteral("number"), QStringLiteral("auto-renew"), number.e164, QStringLiteral("on")});
    CHECK(on.code == 0);
    CHECK(on.out.contains(QStringLiteral("renews automatically")));
    CHECK(org.reload(number.e164).autoRenew);

    REQUIRE(org.numbers().setAutoRenew(number.e164, false));
    org.temp.clock().set(number.paidUntil.addSecs(1));
    const ProcessReport report = org.process();
    CHECK(report.renewed == 0);
    CHECK(report.expired == 1);
    CHECK(org.reload(number.e164).state == NumberState::Expired);

    auto expired = org.numbers().setAutoRenew(number.e164, true);
    REQUIRE_FALSE(expired);
    CHECK(expired.error().message.contains(QStringLiteral("reactivate it")));
}

TEST_CASE("Cancelling the same number twice in one list cancels it once", "[numbers][cancel]")
{
    TestOrganisation org;
    const NumberRecord number = org.buyOne(QStringLiteral("jan.devries"));
    auto cancelled = org.numbers().cancel({number.e164, formatInternational(number.e164), number.e164});
    REQUIRE(cancelled);
    CHECK(cancelled->size() == 1);
    CHECK(org.reload(number.e164).state == NumberState::Cancelled);

    const NumberRecord other = org.buyOne(QStringLiteral("emma.smith"));
    const CliResult cli
        = runCli(org.temp, {QStringLiteral("number"), QStringLiteral("cancel"), other.e164, other.e164});
    CHECK(cli.code == 0);
    CHECK(cli.out.count(QStringLiteral("Cancelled +31")) == 1);
}

TEST_CASE("Reassigning to a member removed meanwhile is refused: the target is checked under the write lock",
          "[numbers][reassign][concurrency]")
{
    TestOrganisation org;
    const NumberRecord number = org.buyOne(QStringLiteral("jan.devries"));
    const QString path = org.temp.path();

    // Another administrator removes Emma; while that change is under way, this one reassigns to her.
    auto other = org.temp.openAnother();
    Context otherContext{*other, org.temp.clock(), QStringLiteral("other-admin")};
    Transaction removal(other->connection());
    REQUIRE(removal.isActive());
    REQUIRE(MemberService(otherContext).remove(QStringLiteral("emma.smith")));

    std::atomic<bool> started = false;
    Result<NumberRecord> reassigned = Error{};
    std::thread administrator([&] {
        auto opened = Database::open(path);
        if (!opened) { // no REQUIRE off the test's thread
            reassigned = opened.error();
            started = true;
            return;
        }
        Context context{*opened.value(), org.temp.clock(), QStringLiteral("test-admin")};
        started = true;
        reassigned = NumberService(context).reassign(number.e164, QStringLiteral("emma.smith"));
    });
    while (!started)
        QThread::msleep(5);
    QThread::msleep(300); // the reassignment is waiting for the write lock
    REQUIRE(removal.commit());
    administrator.join();

    REQUIRE_FALSE(reassigned);
    INFO(reassigned.error().message.toStdString());
    CHECK(reassigned.error().code == ErrorCode::NotFound);
    const NumberRecord after = org.reload(number.e164);
    CHECK(after.assigneeName == QStringLiteral("jan.devries"));
    CHECK(member(org, QStringLiteral("jan.devries")).isActive());
}

TEST_CASE("Cancelling more numbers than are read at once cancels them all, or nothing when one is unknown",
          "[numbers][cancel]")
{
    TestOrganisation org(1'000'000);
    const Status added = test::addMembersInBulk(
        org.temp.database(), 1'100,
        [](int i) { return QStringLiteral("bulk%1").arg(i, 4, 10, QLatin1Char('0')); },
        [](int i) { return QStringLiteral("Bulk %1").arg(i); });
    INFO((added ? QString() : added.error().message).toStdString());
    REQUIRE(added);
    PurchaseRequest request;
    request.country = QStringLiteral("NL");
    request.areaCode = QStringLiteral("20");
    request.termsAccepted = true;
    for (qint64 id = 6; id <= 1'105; ++id) // after the organisation's five members
        request.assignees.push_back({AssigneeKind::Member, id});
    auto bought = org.numbers().buy(request);
    REQUIRE(bought);
    REQUIRE(bought->numbers.size() == 1'100);
    QStringList numbers;
    for (const NumberRecord& number : bought->numbers)
        numbers << number.e164;
    const QString before = dumpDatabase(org.temp.database().connection());

    // Unknown as the last of 1,101: nothing is cancelled.
    auto refused = org.numbers().cancel(numbers + QStringList{QStringLiteral("+31201111111")});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::NotFound);
    CHECK(refused.error().message
          == QStringLiteral("The number +31 20 111 1111 does not belong to this organisation."));
    CHECK(dumpDatabase(org.temp.database().connection()) == before);

    // In two forms, the second time as shown on the Numbers page: each cancelled once.
    QStringList again = numbers;
    for (qsizetype i = 0; i < 50; ++i)
        again << formatInternational(numbers.at(i));
    auto cancelled = org.numbers().cancel(again);
    REQUIRE(cancelled);
    CHECK(cancelled->size() == 1'100);
    CHECK(org.reload(numbers.first()).state == NumberState::Cancelled);
    CHECK(org.reload(numbers.at(777)).state == NumberState::Cancelled);
    CHECK(org.reload(numbers.last()).state == NumberState::Cancelled);
}
