#include "NumberProcessor.h"

#include "Clock.h"
#include "JsonText.h"
#include "Money.h"
#include "numbers/Billing.h"
#include "numbers/Number.h"
#include "numbers/Provisioner.h"
#include "organisation/OrganisationService.h"
#include "organisation/OrganisationSettings.h"
#include "phone/PhoneNumbers.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <algorithm>
#include <limits>
#include <utility>

namespace nm {

namespace {

// The most rows one step of a batch reads; everything when unbounded.
qint64 limitOf(int batchSize)
{
    return batchSize > 0 ? batchSize : std::numeric_limits<qint64>::max();
}

Status provision(const Context& context, AuditWriter& audit, Provisioner& provisioner, const QDateTime& now,
                 int batchSize, const QString& after, ProcessReport& report)
{
    QSqlDatabase db = context.database.connection();
    std::vector<PendingNumber> pending;
    {
        // In the order of the state index (numbers_state: state, e164), after the last batch:
        // each pending number is read once in a round of batches.
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (Status s = prepare(query,
                               QStringLiteral("SELECT id, e164, created_at FROM numbers WHERE state = "
                                              "'pending' AND e164 > ? ORDER BY e164 LIMIT ?"));
            !s)
            return s;
        query.addBindValue(storedText(after)); // "" before the first: a null QString is NULL
        query.addBindValue(limitOf(batchSize));
        if (Status s = exec(query); !s)
            return s;
        while (query.next())
            pending.push_back({query.value(0).toLongLong(), query.value(1).toString(),
                               fromStorage(query.value(2).toString())});
    }
    if (pending.empty())
        return {};
    if (batchSize > 0 && qint64(pending.size()) >= batchSize) {
        report.more = true;
        report.provisionAfter = pending.back().e164;
    }
    const std::vector<qint64> ready = provisioner.ready(pending, now);
    QSqlQuery update(db);
    update.prepare(
        QStringLiteral("UPDATE numbers SET state = 'active', activated_at = ?, version = version + 1 "
                       "WHERE id = ? AND state = 'pending' RETURNING e164"));
    for (qint64 id : ready) {
        update.addBindValue(toStorage(now));
        update.addBindValue(id);
        if (Status s = exec(update); !s)
            return s;
        if (!update.next())
            continue;
        const QString e164 = update.value(0).toString();
        update.finish();
        if (Status s = audit.record(QStringLiteral("number.activate"), QStringLiteral("number"), e164,
                                    {{QStringLiteral("state"), QStringLiteral("pending")}},
                                    {{QStringLiteral("state"), QStringLiteral("active")}});
            !s)
            return s;
        ++report.activated;
    }
    return {};
}

// The most renewals one history entry lists: small enough to show at once, and for its
// text in the history export (some 66 characters a renewal) to fit one spreadsheet cell
// (32,767 characters).
constexpr qsizetype renewalsPerEntry = 400;
// How many renewed numbers' versions one statement raises.
constexpr qsizetype idsPerBump = 500;

// Renewals, charged 3 days before paid-until. When processing did not run for a while, a
// number owes several periods: every missed period of every number is charged in the
// order its period began (the oldest first, across all numbers), so that the credit goes
// to the periods that were due first. A number whose period the credit cannot pay stops
// renewing (auto-renew off, renewal failed) and expires at the end of the last period
// that was paid, which may already have passed; later periods of other numbers that the
// credit can still pay are charged.
Status renew(const Context& context, AuditWriter& audit, const QDateTime& now, int batchSize,
             ProcessReport& report)
{
    QSqlDatabase db = context.database.connection();
    const QTimeZone zone = billingTimeZone();
    struct Due
    {
        qint64 id;
        QString e164;
        int months;
        qint64 price;
        QDateTime anchor;
        QDateTime paidUntil;
    };
    std::vector<Due> due;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (Status s
            = prepare(query,
                      // CROSS JOIN: SQLite walks the paid-until index and stops at the first
                      // period not yet due, instead of visiting every active number.
                      QStringLiteral(
                          "SELECT n.id, n.e164, s.period_months, s.price_cents, s.billing_anchor, "
                          "s.paid_until FROM subscriptions s CROSS JOIN numbers n "
                          "WHERE n.id = s.number_id AND s.paid_until <= ? AND s.auto_renew = 1 AND "
                          "n.state IN ('pending', 'active') ORDER BY s.paid_until, s.number_id LIMIT ?"));
            !s)
            return s;
        query.addBindValue(toStorage(now.addDays(renewalLeadDays)));
        query.addBindValue(limitOf(batchSize));
        if (Status s = exec(query); !s)
            return s;
        while (query.next()) {
            const QDateTime paidUntil = fromStorage(query.value(5).toString());
            const QString anchor = query.value(4).toString();
            due.push_back({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt(),
                           query.value(3).toLongLong(), anchor.isEmpty() ? paidUntil : fromStorage(anchor),
                           paidUntil});
        }
    }
    if (due.empty())
        return {};
    // A full batch may have more due numbers behind it, none with an earlier period: a
    // number renewed here whose next period ends after the last one read waits for the
    // next batch, so that the oldest periods are still charged first.
    const bool full = batchSize > 0 && qint64(due.size()) >= batchSize;
    if (full)
        report.more = true; // and expiry waits for the next batch
    const QDateTime boundary = due.back().paidUntil;
    qint64 charges = 0;
    std::vector<bool> touched(due.size(), false);

    QSqlQuery extend(db);
    QSqlQuery fail(db);
    for (auto [query, sql] :
         {std::pair{&extend, QStringLiteral("UPDATE subscriptions SET paid_until = ? WHERE number_id = ?")},
          std::pair{&fail,
                    QStringLiteral("UPDATE subscriptions SET auto_renew = 0, renewal_failed = 1 WHERE "
                                   "number_id = ?")}})
        if (Status s = prepare(*query, sql); !s)
            return s;

    CreditAccount credit(context);
    // One history entry per batch of renewals, at most renewalsPerEntry each: the log grows
    // by some 120 bytes of text per renewal instead of a row of some 210, and still says, per
    // number, what its paid-until was before and after and what it cost.
    // The entry's list is written as text as it grows: [[number, before, after, cents], ...]
    // (numbers and stored times hold nothing to escape), with its texts for the search key.
    QString renewals;
    QStringList renewalTexts;
    qsizetype inEntry = 0;
    qint64 chargedCents = 0;
    const auto writeRenewals = [&]() -> Status {
        if (inEntry == 0)
            return {};
        JsonObjectText after;
        after.add(QLatin1String("chargedCents"), chargedCents);
        after.add(QLatin1String("count"), qint64(inEntry));
        after.addJson(QLatin1String("renewals"), renewals + QLatin1Char(']'), renewalTexts);
        const Status s = audit.record(QStringLiteral("numbers.renew"), QStringLiteral("numbers"),
                                      QString::number(inEntry), JsonObjectText(), after);
        renewals.clear();
        renewalTexts.clear();
        inEntry = 0;
        chargedCents = 0;
        return s;
    };
    // Oldest period first: a min-heap on the end of each number's current period.
    const auto later = [&due](size_t a, size_t b) {
        return due[a].paidUntil != due[b].paidUntil ? due[a].paidUntil > due[b].paidUntil
                                                    : due[a].id > due[b].id;
    };
    std::vector<size_t> heap(due.size());
    for (size_t i = 0; i < due.size(); ++i)
        heap[i] = i;
    std::make_heap(heap.begin(), heap.end(), later);
    while (!heap.empty()) {
        if (full && (due[heap.front()].paidUntil > boundary || charges >= batchSize))
            break;
        std::pop_heap(heap.begin(), heap.end(), later);
        const size_t index = heap.back();
        Due& number = due[index];
        heap.pop_back();
        touched[index] = true;
        ++charges;
        JsonObjectText details;
        details.add(QLatin1String("months"), number.months);
        details.add(QLatin1String("number"), number.e164);
        const Status charged = credit.charge(number.price, LedgerKind::Renewal, details);
        // Too little credit, or a price no credit can pay (stored before prices were
        // bounded): this number stops renewing; the others go on.
        if (!charged && charged.error().code != ErrorCode::InsufficientCredit
            && charged.error().code != ErrorCode::InvalidInput)
            return charged;
        if (!charged) {
            auto balance = credit.balance();
            if (!balance)
                return balance.error();
            fail.addBindValue(number.id);
            if (Status s = exec(fail); !s)
                return s;
            // Values, not a sentence: the history shows them in the reader's language.
            if (Status s = audit.record(QStringLiteral("number.renewal_failed"), QStringLiteral("number"),
                                        number.e164, {{QStringLiteral("autoRenew"), true}},
                                        {{QStringLiteral("autoRenew"), false},
                                         {QStringLiteral("creditCents"), *balance},
                                         {QStringLiteral("priceCents"), number.price},
                                         {QStringLiteral("paidUntil"), toStorage(number.paidUntil)}});
                !s)
                return s;
            ++report.renewalsFailed;
            continue;
        }
        const QDateTime extended = nextPaidUntil(number.anchor, number.paidUntil, number.months, zone);
        const QString afterText = toStorage(extended);
        extend.addBindValue(afterText);
        extend.addBindValue(number.id);
        if (Status s = exec(extend); !s)
            return s;
        // Each renewal as [number, paid until before, after, charged]; the batch's history entry
        // is written once, below.
        const QString before = toStorage(number.paidUntil);
        renewals += (inEntry == 0 ? QLatin1String("[[\"") : QLatin1String(",[\"")) + number.e164
            + QLatin1String("\",\"") + before + QLatin1String("\",\"") + afterText + QLatin1String("\",")
            + QString::number(number.price) + QLatin1Char(']');
        renewalTexts << number.e164 << before << afterText;
        ++inEntry;
        // Each price was just taken from the credit, so the sum fits; checked all the same.
        const std::optional<qint64> sum = money::add(chargedCents, number.price);
        if (!sum)
            return Error{ErrorCode::InvalidInput,
                         NumberProcessor::tr("The renewals of this batch cost more than any credit can hold; "
                                             "nothing was renewed."),
                         {}};
        chargedCents = *sum;
        if (inEntry >= renewalsPerEntry)
            if (Status s = writeRenewals(); !s)
                return s;
        number.paidUntil = extended;
        ++report.renewed;
        if (extended.addDays(-renewalLeadDays) <= now) {
            heap.push_back(size_t(&number - due.data()));
            std::push_heap(heap.begin(), heap.end(), later);
        }
    }
    if (Status s = writeRenewals(); !s)
        return s;
    // The versions of the numbers renewed (or stopped), 500 per statement: ids are
    // integers, nothing to quote.
    QStringList ids;
    for (size_t i = 0; i < due.size(); ++i) {
        if (touched[i])
            ids << QString::number(due[i].id);
        if (ids.size() == idsPerBump || (i + 1 == due.size() && !ids.isEmpty())) {
            if (Status s = execSql(db,
                                   QStringLiteral("UPDATE numbers SET version = version + 1 WHERE id IN (%1)")
                                       .arg(ids.join(QLatin1Char(','))));
                !s)
                return s;
            ids.clear();
        }
    }
    return {};
}

Status expireAndRelease(const Context& context, AuditWriter& audit, const QDateTime& now, int batchSize,
                        ProcessReport& report)
{
    QSqlDatabase db = context.database.connection();
    struct Change
    {
        qint64 id;
        QString e164;
        QString state;
        QString at;
    };
    std::vector<Change> expiring;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        // CROSS JOIN: by the paid-until index of the subscriptions that have not ended
        // (subscriptions_live; see renew()).
        if (Status s
            = prepare(query,
                      QStringLiteral("SELECT n.id, n.e164, n.state, s.paid_until FROM subscriptions s "
                                     "CROSS JOIN numbers n WHERE n.id = s.number_id AND s.ended = 0 AND "
                                     "s.paid_until <= ? AND n.state IN ('pending', 'active', 'cancelled') "
                                     "ORDER BY s.paid_until, s.number_id LIMIT ?"));
            !s)
            return s;
        query.addBindValue(toStorage(now));
        query.addBindValue(limitOf(batchSize));
        if (Status s = exec(query); !s)
            return s;
        while (query.next())
            expiring.push_back({query.value(0).toLongLong(), query.value(1).toString(),
                                query.value(2).toString(), query.value(3).toString()});
    }
    if (batchSize > 0 && qint64(expiring.size()) >= batchSize)
        report.more = true;
    QSqlQuery expire(db);
    expire.prepare(
        QStringLiteral("UPDATE numbers SET state = 'expired', expired_at = ?, version = version + 1 "
                       "WHERE id = ?"));
    QSqlQuery end(db);
    end.prepare(QStringLiteral("UPDATE subscriptions SET ended = 1 WHERE number_id = ?"));
    for (const Change& change : expiring) {
        expire.addBindValue(change.at);
        expire.addBindValue(change.id);
        if (Status s = exec(expire); !s)
            return s;
        end.addBindValue(change.id);
        if (Status s = exec(end); !s)
            return s;
        if (Status s = audit.record(QStringLiteral("number.expire"), QStringLiteral("number"), change.e164,
                                    {{QStringLiteral("state"), change.state}},
                                    {{QStringLiteral("state"), QStringLiteral("expired")},
                                     {QStringLiteral("expiredAt"), change.at}});
            !s)
            return s;
        ++report.expired;
    }

    std::vector<Change> releasing;
    {
        // Those whose hold is over, in the order they expired (numbers_expired): not the
        // numbers still on hold, which may be many.
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (Status s = prepare(query,
                               QStringLiteral("SELECT id, e164, state, expired_at FROM numbers WHERE "
                                              "state = 'expired' AND expired_at <= ? ORDER BY expired_at, id "
                                              "LIMIT ?"));
            !s)
            return s;
        query.addBindValue(toStorage(now.toUTC().addDays(-holdDays)));
        query.addBindValue(limitOf(batchSize));
        if (Status s = exec(query); !s)
            return s;
        while (query.next())
            releasing.push_back({query.value(0).toLongLong(), query.value(1).toString(),
                                 query.value(2).toString(),
                                 toStorage(fromStorage(query.value(3).toString()).addDays(holdDays))});
    }
    if (batchSize > 0 && qint64(releasing.size()) >= batchSize)
        report.more = true;
    // Released numbers leave the organisation: nobody holds them, and the unique
    // constraint on e164 keeps them from ever being handed out again.
    QSqlQuery release(db);
    release.prepare(
        QStringLiteral("UPDATE numbers SET state = 'released', released_at = ?, member_id = NULL, "
                       "sip_profile_id = NULL, version = version + 1 WHERE id = ?"));
    for (const Change& change : releasing) {
        release.addBindValue(change.at);
        release.addBindValue(change.id);
        if (Status s = exec(release); !s)
            return s;
        if (Status s = audit.record(QStringLiteral("number.release"), QStringLiteral("number"), change.e164,
                                    {{QStringLiteral("state"), QStringLiteral("expired")}},
                                    {{QStringLiteral("state"), QStringLiteral("released")}});
            !s)
            return s;
        ++report.released;
    }
    return {};
}

} // namespace

void ProcessReport::add(const ProcessReport& other)
{
    activated += other.activated;
    renewed += other.renewed;
    renewalsFailed += other.renewalsFailed;
    expired += other.expired;
    released += other.released;
    more = other.more;
    provisionAfter = other.provisionAfter;
}

Result<ProcessReport> NumberProcessor::process(const Context& context, Provisioner& provisioner,
                                               int batchSize, const QString& provisionAfter)
{
    Transaction transaction(context.database.connection());
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    const QDateTime now = context.clock.now();
    ProcessReport report;
    AuditWriter audit(context);
    if (Status s = provision(context, audit, provisioner, now, batchSize, provisionAfter, report); !s)
        return s.error();
    const bool morePending = std::exchange(report.more, false);
    if (Status s = renew(context, audit, now, batchSize, report); !s)
        return s.error();
    // Expiry waits until the renewals that could still save a number are charged (not for
    // the pending numbers, which it does not touch).
    if (!report.more)
        if (Status s = expireAndRelease(context, audit, now, batchSize, report); !s)
            return s.error();
    report.more = report.more || morePending;
    if (Status s = transaction.commit(); !s)
        return s.error();
    return report;
}

Result<ProcessReport> NumberProcessor::process(const Context& context, int batchSize,
                                               const QString& provisionAfter)
{
    LocalProvisioner provisioner(
        OrganisationSettings(context.database.connection()).provisioningDelaySeconds());
    return process(context, provisioner, batchSize, provisionAfter);
}

Result<ProcessReport>
NumberProcessor::processInBatches(const Context& context, int batchSize,
                                  const std::function<bool(const ProcessReport&)>& carryOn)
{
    ProcessReport total;
    do {
        auto batch = process(context, batchSize, total.provisionAfter);
        if (!batch)
            return batch.error();
        total.add(*batch);
        if (total.more && carryOn && !carryOn(total))
            break;
    } while (total.more);
    return total;
}

} // namespace nm
