#include "NumberProcessor.h"

#include "Clock.h"
#include "Money.h"
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

namespace nm {

namespace {

Status provision(const Context& context, AuditWriter& audit, Provisioner& provisioner, const QDateTime& now,
                 ProcessReport& report)
{
    QSqlDatabase db = context.database.connection();
    std::vector<PendingNumber> pending;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT id, e164, created_at FROM numbers WHERE state = 'pending'")))
            return databaseError(query);
        while (query.next())
            pending.push_back({query.value(0).toLongLong(), query.value(1).toString(),
                               fromStorage(query.value(2).toString())});
    }
    if (pending.empty())
        return {};
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

Status renew(const Context& context, AuditWriter& audit, const QDateTime& now, ProcessReport& report)
{
    QSqlDatabase db = context.database.connection();
    struct Due
    {
        qint64 id;
        QString e164;
        int months;
        qint64 price;
        QDateTime paidUntil;
    };
    std::vector<Due> due;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral(
            "SELECT n.id, n.e164, s.period_months, s.price_cents, s.paid_until "
            "FROM numbers n JOIN subscriptions s ON s.number_id = n.id "
            "WHERE n.state IN ('pending', 'active') AND s.auto_renew = 1 AND s.paid_until <= ? "
            "ORDER BY s.paid_until, n.id"));
        query.addBindValue(toStorage(now.addDays(renewalLeadDays)));
        if (Status s = exec(query); !s)
            return s;
        while (query.next())
            due.push_back({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt(),
                           query.value(3).toLongLong(), fromStorage(query.value(4).toString())});
    }
    QSqlQuery extend(db);
    extend.prepare(QStringLiteral("UPDATE subscriptions SET paid_until = ? WHERE number_id = ?"));
    QSqlQuery fail(db);
    fail.prepare(
        QStringLiteral("UPDATE subscriptions SET auto_renew = 0, renewal_failed = 1 WHERE number_id = ?"));
    QSqlQuery bump(db);
    bump.prepare(QStringLiteral("UPDATE numbers SET version = version + 1 WHERE id = ?"));
    for (const Due& number : due) {
        QDateTime paidUntil = number.paidUntil;
        // A number can owe several periods when processing did not run for a while.
        while (paidUntil.addDays(-renewalLeadDays) <= now) {
            const QString description
                = NumberProcessor::tr("Renewal of %1 for %n month(s)", "", number.months)
                      .arg(formatInternational(number.e164));
            const Status charged
                = OrganisationService::charge(context, number.price, LedgerKind::Renewal, description);
            if (!charged && charged.error().code != ErrorCode::InsufficientCredit)
                return charged;
            if (!charged) {
                fail.addBindValue(number.id);
                if (Status s = exec(fail); !s)
                    return s;
                const QString reason
                    = NumberProcessor::tr(
                          "The renewal of %1 failed: the credit of %2 euros does not cover %3 euros. "
                          "The number expires on %4 unless it is reactivated.")
                          .arg(formatInternational(number.e164),
                               formatEurosPlain(OrganisationService(context).balanceCents()),
                               formatEurosPlain(number.price), paidUntil.date().toString(Qt::ISODate));
                if (Status s = audit.record(
                        QStringLiteral("number.renewal_failed"), QStringLiteral("number"), number.e164,
                        {{QStringLiteral("autoRenew"), true}},
                        {{QStringLiteral("autoRenew"), false}, {QStringLiteral("reason"), reason}});
                    !s)
                    return s;
                ++report.renewalsFailed;
                break;
            }
            const QDateTime extended = paidUntil.addMonths(number.months);
            extend.addBindValue(toStorage(extended));
            extend.addBindValue(number.id);
            if (Status s = exec(extend); !s)
                return s;
            if (Status s = audit.record(QStringLiteral("number.renew"), QStringLiteral("number"), number.e164,
                                        {{QStringLiteral("paidUntil"), toStorage(paidUntil)}},
                                        {{QStringLiteral("paidUntil"), toStorage(extended)},
                                         {QStringLiteral("chargedCents"), number.price}});
                !s)
                return s;
            paidUntil = extended;
            ++report.renewed;
        }
        bump.addBindValue(number.id);
        if (Status s = exec(bump); !s)
            return s;
    }
    return {};
}

Status expireAndRelease(const Context& context, AuditWriter& audit, const QDateTime& now,
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
        query.prepare(
            QStringLiteral("SELECT n.id, n.e164, n.state, s.paid_until FROM numbers n "
                           "JOIN subscriptions s ON s.number_id = n.id "
                           "WHERE n.state IN ('pending', 'active', 'cancelled') AND s.paid_until <= ?"));
        query.addBindValue(toStorage(now));
        if (Status s = exec(query); !s)
            return s;
        while (query.next())
            expiring.push_back({query.value(0).toLongLong(), query.value(1).toString(),
                                query.value(2).toString(), query.value(3).toString()});
    }
    QSqlQuery expire(db);
    expire.prepare(
        QStringLiteral("UPDATE numbers SET state = 'expired', expired_at = ?, version = version + 1 "
                       "WHERE id = ?"));
    for (const Change& change : expiring) {
        expire.addBindValue(change.at);
        expire.addBindValue(change.id);
        if (Status s = exec(expire); !s)
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
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(
                QStringLiteral("SELECT id, e164, state, expired_at FROM numbers WHERE state = 'expired'")))
            return databaseError(query);
        while (query.next()) {
            const QDateTime releaseAt = fromStorage(query.value(3).toString()).addDays(holdDays);
            if (releaseAt <= now)
                releasing.push_back({query.value(0).toLongLong(), query.value(1).toString(),
                                     query.value(2).toString(), toStorage(releaseAt)});
        }
    }
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

Result<ProcessReport> NumberProcessor::process(const Context& context, Provisioner& provisioner)
{
    Transaction transaction(context.database.connection());
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    const QDateTime now = context.clock.now();
    ProcessReport report;
    AuditWriter audit(context);
    if (Status s = provision(context, audit, provisioner, now, report); !s)
        return s.error();
    if (Status s = renew(context, audit, now, report); !s)
        return s.error();
    if (Status s = expireAndRelease(context, audit, now, report); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return report;
}

Result<ProcessReport> NumberProcessor::process(const Context& context)
{
    LocalProvisioner provisioner(
        OrganisationSettings(context.database.connection()).provisioningDelaySeconds());
    return process(context, provisioner);
}

} // namespace nm
