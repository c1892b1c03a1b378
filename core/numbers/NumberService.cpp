#include "NumberService.h"

#include "Clock.h"
#include "Format.h"
#include "JsonText.h"
#include "Money.h"
#include "Validation.h"
#include "numbers/Billing.h"
#include "organisation/OrganisationService.h"
#include "phone/PhoneNumbers.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>
#include <optional>
#include <vector>

namespace nm {

namespace {

const QString selectNumbers = QStringLiteral(
    "SELECT n.id, n.e164, n.country, n.area_code, n.state, n.member_id, n.sip_profile_id, "
    "m.account_name, m.display_name, p.profile_id, p.name, s.period_months, s.price_cents, s.paid_until, "
    "s.auto_renew, s.renewal_failed, n.version, n.created_at, n.activated_at, n.expired_at, n.released_at, "
    "n.terms_version, n.terms_accepted_at, n.terms_accepted_by, n.residency, n.residency_city, "
    "s.billing_anchor, coalesce(m.status, p.status, 'active') = 'active' "
    "FROM numbers n JOIN subscriptions s ON s.number_id = n.id "
    "LEFT JOIN members m ON m.id = n.member_id LEFT JOIN sip_profiles p ON p.id = n.sip_profile_id");

QDateTime optionalTime(const QVariant& value)
{
    return value.isNull() || value.toString().isEmpty() ? QDateTime() : fromStorage(value.toString());
}

NumberRecord readNumber(const QSqlQuery& q)
{
    NumberRecord r;
    r.id = q.value(0).toLongLong();
    r.e164 = q.value(1).toString();
    r.country = q.value(2).toString();
    r.areaCode = q.value(3).toString();
    r.state = stateFromKey(q.value(4).toString()).value_or(NumberState::Pending);
    if (!q.value(5).isNull()) {
        r.assigneeKind = AssigneeKind::Member;
        r.assigneeId = q.value(5).toLongLong();
        r.assigneeName = q.value(7).toString();
        r.assigneeDisplayName = q.value(8).toString();
    } else if (!q.value(6).isNull()) {
        r.assigneeKind = AssigneeKind::SipProfile;
        r.assigneeId = q.value(6).toLongLong();
        r.assigneeName = q.value(9).toString();
        r.assigneeDisplayName = q.value(10).toString();
    }
    r.periodMonths = q.value(11).toInt();
    r.priceCents = q.value(12).toLongLong();
    r.paidUntil = fromStorage(q.value(13).toString());
    r.autoRenew = q.value(14).toBool();
    r.renewalFailed = q.value(15).toBool();
    r.version = q.value(16).toInt();
    r.createdAt = fromStorage(q.value(17).toString());
    r.activatedAt = optionalTime(q.value(18));
    r.expiredAt = optionalTime(q.value(19));
    r.releasedAt = optionalTime(q.value(20));
    r.termsVersion = q.value(21).toString();
    r.termsAcceptedAt = fromStorage(q.value(22).toString());
    r.termsAcceptedBy = q.value(23).toString();
    r.residency = q.value(24).toString();
    r.residencyCity = q.value(25).toString();
    r.billingAnchor = optionalTime(q.value(26));
    if (!r.billingAnchor.isValid())
        r.billingAnchor = r.paidUntil;
    r.assigneeActive = q.value(27).toBool();
    return r;
}

Result<std::vector<NumberRecord>> queryNumbers(const QSqlDatabase& db, const QString& where,
                                               const QVariantList& values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (Status s = prepare(query, selectNumbers + QLatin1Char(' ') + where); !s)
        return s.error();
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (Status s = exec(query); !s)
        return s.error();
    std::vector<NumberRecord> records;
    while (query.next())
        records.push_back(readNumber(query));
    return records;
}

// Looks numbers up by E.164 with one statement prepared once, for loops over many numbers.
class NumberLookup
{
public:
    explicit NumberLookup(const QSqlDatabase& db)
        : m_db(db)
        , m_query(db)
    {
        m_query.setForwardOnly(true);
        m_prepared = prepare(m_query, selectNumbers + QStringLiteral(" WHERE n.e164 = ?"));
    }

    // Reads the numbers among `e164s` a few hundred per statement, for find() to hand out
    // once each: a bulk change of thousands of numbers then needs no statement per number.
    // The numbers are written into the statement as text: E.164 text ("+" and digits,
    // looksLikeE164) has nothing to quote, and 500 placeholders cost SQLite's parser and Qt
    // more than the lookups themselves. Any other text is left to find().
    Status prefetch(const QStringList& e164s)
    {
        constexpr qsizetype perStatement = 500;
        QStringList stored;
        for (const QString& e164 : e164s)
            if (looksLikeE164(e164))
                stored << QLatin1Char('\'') + e164 + QLatin1Char('\'');
        for (qsizetype from = 0; from < stored.size(); from += perStatement) {
            auto records = queryNumbers(m_db,
                                        QStringLiteral("WHERE n.e164 IN (%1)")
                                            .arg(stored.mid(from, perStatement).join(QLatin1Char(','))),
                                        {});
            if (!records)
                return records.error();
            for (NumberRecord& record : std::move(records).value())
                m_prefetched.insert(record.e164, std::move(record));
        }
        return {};
    }

    // nullopt when the number is not the organisation's.
    Result<std::optional<NumberRecord>> find(const QString& e164)
    {
        // Each prefetched record once: a second look (after a change) reads it again.
        if (auto it = m_prefetched.find(e164); it != m_prefetched.end()) {
            std::optional<NumberRecord> record = std::move(it.value());
            m_prefetched.erase(it);
            return record;
        }
        if (!m_prepared)
            return m_prepared.error();
        m_query.addBindValue(e164);
        if (Status s = exec(m_query); !s)
            return s.error();
        std::optional<NumberRecord> record;
        if (m_query.next())
            record = readNumber(m_query);
        m_query.finish();
        return record;
    }

private:
    QSqlDatabase m_db;
    QSqlQuery m_query;
    Status m_prepared;
    QHash<QString, NumberRecord> m_prefetched;
};

// Records the change of one number from `before` to `after` as `action`: only what changed
// of the fields the history shows of a number (its holder, state, paid-until and
// auto-renew), so that the log stays small. Keys in JsonObjectText's order.
Status recordChange(AuditWriter& audit, const NumberRecord& before, const NumberRecord& after,
                    const QString& action)
{
    JsonObjectText was;
    JsonObjectText is;
    const auto changed = [&was, &is](QLatin1String key, const auto& old, const auto& now) {
        if (old == now)
            return;
        was.add(key, old);
        is.add(key, now);
    };
    changed(QLatin1String("assignee"), before.assigneeName, after.assigneeName);
    changed(QLatin1String("assigneeKind"), assigneeKindKey(before.assigneeKind),
            assigneeKindKey(after.assigneeKind));
    changed(QLatin1String("autoRenew"), before.autoRenew, after.autoRenew);
    if (before.paidUntil != after.paidUntil) // formatted only when it changed
        changed(QLatin1String("paidUntil"), toStorage(before.paidUntil), toStorage(after.paidUntil));
    if (before.state != after.state)
        changed(QLatin1String("state"), stateKey(before.state), stateKey(after.state));
    return audit.record(action, QStringLiteral("number"), after.e164, was, is);
}

// An UPDATE of one row that sets only the columns that change: one statement per set of
// changed columns (a bit per entry of `columns`), prepared when first needed.
class PartialUpdate
{
public:
    // `always` is set on every update ("" for none); the key is bound last.
    PartialUpdate(const QSqlDatabase& db, const QString& table, const QString& key, const QString& always,
                  QStringList columns)
        : m_db(db)
        , m_table(table)
        , m_key(key)
        , m_always(always)
        , m_columns(std::move(columns))
        , m_statements(size_t(1) << m_columns.size())
    { }

    Result<QSqlQuery*> statement(unsigned changes)
    {
        std::optional<QSqlQuery>& slot = m_statements.at(changes);
        if (slot)
            return &*slot;
        QStringList set;
        if (!m_always.isEmpty())
            set << m_always;
        for (qsizetype bit = 0; bit < m_columns.size(); ++bit)
            if (changes & (1u << bit))
                set << m_columns.at(bit);
        QSqlQuery query(m_db);
        if (Status s = prepare(query,
                               QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?")
                                   .arg(m_table, set.join(QStringLiteral(", ")), m_key));
            !s)
            return s.error();
        slot = std::move(query);
        return &*slot;
    }

private:
    QSqlDatabase m_db;
    QString m_table;
    QString m_key;
    QString m_always;
    QStringList m_columns;
    std::vector<std::optional<QSqlQuery>> m_statements;
};

// Every statement a change of one number needs, prepared once per transaction. Only the
// columns that change are written: a reassign sets the holder and leaves the state's and
// the dates' indexes alone, and binds 3 values instead of 9.
class NumberWriter
{
public:
    explicit NumberWriter(const Context& context)
        : m_audit(context)
        , m_number(context.database.connection(), QStringLiteral("numbers"), QStringLiteral("id"),
                   QStringLiteral("version = version + 1"),
                   {QStringLiteral("state = ?"), QStringLiteral("member_id = ?, sip_profile_id = ?")})
        , m_subscription(context.database.connection(), QStringLiteral("subscriptions"),
                         QStringLiteral("number_id"), {},
                         {QStringLiteral("auto_renew = ?"), QStringLiteral("paid_until = ?"),
                          QStringLiteral("renewal_failed = ?"), QStringLiteral("billing_anchor = ?"),
                          QStringLiteral("ended = ?")})
    { }

    // Writes `after` over `before` (the row as read in this transaction) and records the
    // change as `action`.
    Status write(const NumberRecord& before, NumberRecord& after, const QString& action)
    {
        const bool stateChanged = before.state != after.state;
        const bool holderChanged
            = before.assigneeKind != after.assigneeKind || before.assigneeId != after.assigneeId;
        // The number's row always gets a new version, even when only its subscription changes.
        auto number = m_number.statement((stateChanged ? 1u : 0u) | (holderChanged ? 2u : 0u));
        if (!number)
            return number.error();
        if (stateChanged)
            number.value()->addBindValue(stateKey(after.state));
        if (holderChanged) {
            number.value()->addBindValue(after.assigneeKind == AssigneeKind::Member
                                             ? QVariant(after.assigneeId)
                                             : QVariant(QMetaType::fromType<qint64>()));
            number.value()->addBindValue(after.assigneeKind == AssigneeKind::SipProfile
                                             ? QVariant(after.assigneeId)
                                             : QVariant(QMetaType::fromType<qint64>()));
        }
        number.value()->addBindValue(after.id);
        if (Status s = exec(*number.value()); !s)
            return s;

        // A stored anchor left empty reads as paid-until (readNumber), so it is written
        // whenever paid-until moves.
        const bool paidUntilChanged = before.paidUntil != after.paidUntil;
        // A subscription has ended while its number is expired or released (see the expiry).
        const unsigned subscriptionChanges = (before.autoRenew != after.autoRenew ? 1u : 0u)
            | (paidUntilChanged ? 2u : 0u) | (before.renewalFailed != after.renewalFailed ? 4u : 0u)
            | (paidUntilChanged || before.billingAnchor != after.billingAnchor ? 8u : 0u)
            | (before.isUsable() != after.isUsable() ? 16u : 0u);
        if (subscriptionChanges != 0) {
            auto subscription = m_subscription.statement(subscriptionChanges);
            if (!subscription)
                return subscription.error();
            QSqlQuery& q = *subscription.value();
            if (subscriptionChanges & 1u)
                q.addBindValue(after.autoRenew ? 1 : 0);
            if (subscriptionChanges & 2u)
                q.addBindValue(toStorage(after.paidUntil));
            if (subscriptionChanges & 4u)
                q.addBindValue(after.renewalFailed ? 1 : 0);
            if (subscriptionChanges & 8u)
                q.addBindValue(toStorage(after.billingAnchor));
            if (subscriptionChanges & 16u)
                q.addBindValue(after.isUsable() ? 0 : 1);
            q.addBindValue(after.id);
            if (Status s = exec(q); !s)
                return s;
        }
        after.version = before.version + 1;
        return recordChange(m_audit, before, after, action);
    }

private:
    AuditWriter m_audit;
    PartialUpdate m_number;
    PartialUpdate m_subscription;
};

// Cancels `records` (usable, each read in this transaction, each once) a few hundred per
// statement: their state and auto-renew are set for the lot, and each gets its history
// entry. A bulk cancellation then costs a few statements per 500 numbers, not two each.
Status cancelAll(const Context& context, std::vector<NumberRecord>& records)
{
    constexpr size_t perStatement = 500;
    const QString marks = QStringList(qsizetype(perStatement), QStringLiteral("?")).join(QLatin1Char(','));
    QSqlQuery state(context.database.connection());
    QSqlQuery autoRenew(context.database.connection());
    if (Status s = prepare(state,
                           QStringLiteral("UPDATE numbers SET state = 'cancelled', version = version + 1 "
                                          "WHERE id IN (%1)")
                               .arg(marks));
        !s)
        return s;
    if (Status s = prepare(
            autoRenew,
            QStringLiteral("UPDATE subscriptions SET auto_renew = 0 WHERE number_id IN (%1)").arg(marks));
        !s)
        return s;
    AuditWriter audit(context);
    const QVariant none(QMetaType::fromType<qint64>()); // fills the last statement's places
    for (size_t from = 0; from < records.size(); from += perStatement) {
        const size_t to = std::min(records.size(), from + perStatement);
        for (size_t i = from; i < from + perStatement; ++i) {
            const QVariant id = i < to ? QVariant(records[i].id) : none;
            state.bindValue(int(i - from), id);
            autoRenew.bindValue(int(i - from), i < to && records[i].autoRenew ? id : none);
        }
        if (Status s = exec(state); !s)
            return s;
        if (Status s = exec(autoRenew); !s)
            return s;
        for (size_t i = from; i < to; ++i) {
            NumberRecord& record = records[i];
            const NumberRecord before = record;
            record.state = NumberState::Cancelled;
            record.autoRenew = false;
            ++record.version;
            if (Status s = recordChange(audit, before, record, QStringLiteral("number.cancel")); !s)
                return s;
        }
    }
    return {};
}

Result<std::vector<NumberRecord>> cancelUsableOf(const Context& context, const Assignee& assignee)
{
    const QString column = assignee.kind == AssigneeKind::Member ? QStringLiteral("n.member_id")
                                                                 : QStringLiteral("n.sip_profile_id");
    auto held = queryNumbers(
        context.database.connection(),
        QStringLiteral("WHERE %1 = ? AND n.state IN ('pending', 'active') ORDER BY n.id").arg(column),
        {assignee.id});
    if (!held)
        return held.error();
    std::vector<NumberRecord> cancelled = std::move(held).value();
    if (Status s = cancelAll(context, cancelled); !s)
        return s.error();
    return cancelled;
}

// `e164` is canonical(number), when the caller has it already (each parse costs).
Result<NumberRecord> findNumber(NumberLookup& lookup, const QString& number,
                                const std::optional<QString>& canonicalForm = std::nullopt)
{
    // A text in the stored form ("+" and digits) is first looked up as it is; only when no
    // stored number matches is it parsed (libphonenumber), so that a list of numbers copied
    // from the program or a CSV costs no parse per number.
    if (!canonicalForm && looksLikeE164(number)) {
        auto exact = lookup.find(number);
        if (!exact)
            return exact.error();
        if (exact->has_value())
            return **exact;
    }
    const QString e164 = canonicalForm ? *canonicalForm : NumberService::canonical(number);
    if (e164.isEmpty())
        return Error{
            ErrorCode::InvalidInput,
            NumberService::tr("\"%1\" is not a phone number. Enter it in international form, such as "
                              "+31 20 123 4567.")
                .arg(number),
            QStringLiteral("number")};
    auto found = lookup.find(e164);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{ErrorCode::NotFound,
                     NumberService::tr("The number %1 does not belong to this organisation.")
                         .arg(formatInternational(e164)),
                     QStringLiteral("number")};
    return **found;
}

// The holder a number's terms are checked against: `holder` of record, by name.
QString holderText(const NumberRecord& r)
{
    if (r.assigneeKind == AssigneeKind::SipProfile)
        return NumberService::tr("SIP profile %1 (%2)").arg(r.assigneeDisplayName, r.assigneeName);
    return NumberService::tr("%1 (%2)").arg(r.assigneeDisplayName, r.assigneeName);
}

} // namespace

NumberService::NumberService(const Context& context)
    : m_context(context)
{ }

QString NumberService::canonical(const QString& typed)
{
    return internationalE164(typed);
}

Result<qint64> NumberService::quote(const QString& country, BillingPeriod period, int count) const
{
    auto catalogue = Catalogue::effective(m_context.database.connection());
    if (!catalogue)
        return catalogue.error();
    const CountryOffer* offer = catalogue->country(country);
    if (!offer)
        return Error{ErrorCode::NotFound, tr("The catalogue has no numbers in \"%1\".").arg(country),
                     QStringLiteral("country")};
    return money::total(offer->priceCents(period), count);
}

Result<PurchaseResult> NumberService::buy(const PurchaseRequest& request, const ProgressCallback& progress)
{
    const int months = int(request.period);
    if (months != 1 && months != 3 && months != 12)
        return Error{ErrorCode::InvalidInput, tr("The billing period must be 1, 3 or 12 months."),
                     QStringLiteral("period")};
    if (!request.termsAccepted)
        return Error{ErrorCode::TermsNotAccepted,
                     tr("You must agree to the terms for numbers in this country before you can buy them."),
                     QStringLiteral("accept-terms")};
    if (request.assignees.empty() && request.assigneeNames.isEmpty())
        return Error{ErrorCode::InvalidInput,
                     tr("Choose at least one member or SIP profile to assign numbers to."),
                     QStringLiteral("to")};

    QSqlDatabase db = m_context.database.connection();
    // Everything that decides the purchase is read under the write lock: the catalogue
    // and its terms, who gets a number, their limits and the credit.
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.beginStatus().error();

    auto catalogue = Catalogue::effective(db);
    if (!catalogue)
        return catalogue.error();
    const CountryOffer* offer = catalogue->country(request.country);
    if (!offer)
        return Error{
            ErrorCode::NotFound,
            tr("The catalogue has no numbers in \"%1\". Choose one of its countries.").arg(request.country),
            QStringLiteral("country")};
    const AreaCode* area = offer->areaCode(request.areaCode);
    if (!area)
        return Error{ErrorCode::NotFound,
                     tr("%1 has no area code \"%2\" in the catalogue.")
                         .arg(countryName(offer->code), request.areaCode),
                     QStringLiteral("area-code")};
    if (!request.termsVersion.isEmpty() && request.termsVersion != offer->terms.version)
        return Error{ErrorCode::TermsNotAccepted,
                     tr("The terms for this country have changed since you read them. Read the new terms and "
                        "agree to them again."),
                     QStringLiteral("accept-terms")};

    auto plan = NumberPlan::forAreaCode(offer->code, area->code);
    if (!plan)
        return plan.error();

    // Who gets a number, and why not, all checked before anything is written.
    const AssigneeResolver resolver(db);
    std::vector<Assignee> assignees;
    QSet<QPair<int, qint64>> seen;
    QStringList problems;
    std::optional<ErrorCode> problemCode; // the first problem's kind, for callers that branch on it
    auto addProblem = [&](const Error& error) {
        problems << error.message;
        if (!problemCode)
            problemCode = error.code;
    };
    auto take = [&](const Result<Assignee>& resolved) {
        if (!resolved) {
            addProblem(resolved.error());
            return;
        }
        if (!seen.contains({int(resolved->kind), resolved->id})) {
            seen.insert({int(resolved->kind), resolved->id});
            assignees.push_back(*resolved);
        }
    };
    if (!request.assigneeNames.isEmpty()) {
        auto resolved = resolver.resolveAll(request.assigneeNames);
        if (!resolved)
            return resolved.error();
        for (const Result<Assignee>& one : *resolved)
            take(one);
    }
    {
        auto resolved = resolver.byRefs(request.assignees);
        if (!resolved)
            return resolved.error();
        for (const Result<Assignee>& one : *resolved)
            take(one);
    }
    std::vector<qint64> memberIds;
    for (const Assignee& assignee : assignees)
        if (assignee.kind == AssigneeKind::Member)
            memberIds.push_back(assignee.id);
    auto held = resolver.heldCounts(memberIds);
    if (!held)
        return held.error();

    for (const Assignee& assignee : assignees) {
        const QString residencyIssue
            = residencyProblem(assignee, residencyKey(offer->residency), offer->code, area->city, *catalogue);
        if (!residencyIssue.isEmpty())
            addProblem(Error{ErrorCode::ResidencyNotMet, residencyIssue, {}});
        if (Status s = resolver.checkLimitHeld(assignee, held->value(assignee.id)); !s) {
            if (s.error().code != ErrorCode::LimitReached)
                return s.error();
            addProblem(s.error());
        }
    }
    if (!problems.isEmpty()) {
        constexpr int shown = 20;
        QStringList lines = problems.mid(0, shown);
        if (problems.size() > shown)
            lines << tr("... and %Ln more.", "", int(problems.size() - shown));
        return Error{*problemCode,
                     tr("Nothing was bought or charged:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')),
                     QStringLiteral("to")};
    }

    const qint64 price = offer->priceCents(request.period);
    const qint64 count = qint64(assignees.size());
    auto total = money::total(price, count);
    if (!total)
        return total.error();
    CreditAccount credit(m_context);
    auto balance = credit.balance();
    if (!balance)
        return balance.error();
    if (*balance < *total)
        return Error{
            ErrorCode::InsufficientCredit,
            tr("There is not enough credit for %Ln number(s): they cost %1 and the credit is %2. Top up "
               "the credit and try again. Nothing was bought or charged.",
               "", int(count))
                .arg(formatMoney(*total), formatMoney(*balance)),
            QStringLiteral("credit")};
    const QJsonObject details{{QStringLiteral("count"), count},
                              {QStringLiteral("country"), offer->code},
                              {QStringLiteral("areaCode"), area->code},
                              {QStringLiteral("city"), area->city},
                              {QStringLiteral("months"), months}};
    if (Status s = credit.charge(*total, LedgerKind::Purchase, details); !s)
        return s.error();

    // Allocate: the area code's candidates in their fixed order, from where the last
    // purchase there stopped; a candidate a number already has (imported, say) is passed by.
    quint64 index = 0;
    {
        QSqlQuery allocation(db);
        allocation.setForwardOnly(true);
        if (Status s = prepare(allocation,
                               QStringLiteral("SELECT next_index FROM number_allocation WHERE "
                                              "country = ? AND area_code = ?"));
            !s)
            return s.error();
        allocation.addBindValue(offer->code);
        allocation.addBindValue(area->code);
        if (Status s = exec(allocation); !s)
            return s.error();
        if (allocation.next())
            index = quint64(allocation.value(0).toLongLong());
    }
    const QDateTime now = m_context.clock.now();
    const QString nowText = toStorage(now);
    const QDateTime paidUntil = firstPaidUntil(now, months, billingTimeZone());
    QSqlQuery insertNumber(db);
    if (Status s
        = prepare(insertNumber,
                  QStringLiteral("INSERT INTO numbers (e164, country, area_code, member_id, sip_profile_id, "
                                 "state, created_at, terms_country, terms_version, terms_accepted_at, "
                                 "terms_accepted_by, residency, residency_city) "
                                 "VALUES (?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?, ?, ?) "
                                 "ON CONFLICT (e164) DO NOTHING RETURNING id"));
        !s)
        return s.error();
    // What is the same for every number is bound once; each number binds its own number and
    // holder (bound values stay bound from one exec() to the next).
    const QString termsVersion = offer->terms.version;
    const QString residency = residencyKey(offer->residency);
    const QString residencyCity = offer->residency == Residency::City ? area->city : QString();
    insertNumber.bindValue(1, offer->code);
    insertNumber.bindValue(2, area->code);
    insertNumber.bindValue(5, nowText);
    insertNumber.bindValue(6, offer->code);
    insertNumber.bindValue(7, termsVersion);
    insertNumber.bindValue(8, nowText);
    insertNumber.bindValue(9, m_context.actor);
    insertNumber.bindValue(10, residency);
    insertNumber.bindValue(11, storedText(residencyCity));
    QSqlQuery insertSubscription(db);
    if (Status s
        = prepare(insertSubscription,
                  QStringLiteral("INSERT INTO subscriptions (number_id, period_months, price_cents, "
                                 "paid_until, auto_renew, billing_anchor) VALUES (?, ?, ?, ?, 1, ?)"));
        !s)
        return s.error();
    insertSubscription.bindValue(1, months);
    insertSubscription.bindValue(2, price);
    const QString paidUntilText = toStorage(paidUntil);
    insertSubscription.bindValue(3, paidUntilText);
    insertSubscription.bindValue(4, nowText);
    AuditWriter audit(m_context);
    CandidateStream candidates(*plan, index, count);
    PurchaseResult result;
    result.totalCents = *total;
    result.numbers.reserve(assignees.size());
    for (qint64 i = 0; i < count; ++i) {
        const Assignee& assignee = assignees[size_t(i)];
        const QVariant noId(QMetaType::fromType<qint64>());
        insertNumber.bindValue(3, assignee.kind == AssigneeKind::Member ? QVariant(assignee.id) : noId);
        insertNumber.bindValue(4, assignee.kind == AssigneeKind::SipProfile ? QVariant(assignee.id) : noId);
        // The next candidate that is a valid number and no number yet: one a number already
        // has (imported, say) is passed by, by the unique index (the insert does nothing).
        QString e164;
        qint64 id = 0;
        while (e164.isEmpty()) {
            std::optional<CandidateStream::Candidate> candidate = candidates.next();
            if (!candidate)
                return Error{
                    ErrorCode::LimitReached,
                    tr("Area code %1 (%2) has no free numbers left. Choose another area code. Nothing was "
                       "bought or charged.")
                        .arg(area->code, area->city),
                    QStringLiteral("area-code")};
            index = candidate->index + 1;
            insertNumber.bindValue(0, candidate->e164);
            if (Status s = exec(insertNumber); !s)
                return s.error();
            if (insertNumber.next()) {
                e164 = std::move(candidate->e164);
                id = insertNumber.value(0).toLongLong();
            }
            insertNumber.finish();
        }

        NumberRecord record;
        record.id = id;
        record.e164 = e164;
        record.country = offer->code;
        record.areaCode = area->code;
        record.state = NumberState::Pending;
        record.assigneeKind = assignee.kind;
        record.assigneeId = assignee.id;
        record.assigneeName = assignee.key;
        record.assigneeDisplayName = assignee.displayName;
        record.periodMonths = months;
        record.priceCents = price;
        record.paidUntil = paidUntil;
        record.billingAnchor = now;
        record.createdAt = now;
        record.termsVersion = termsVersion;
        record.termsAcceptedAt = now;
        record.termsAcceptedBy = m_context.actor;
        record.residency = residency;
        record.residencyCity = residencyCity;
        insertSubscription.bindValue(0, record.id);
        if (Status s = exec(insertSubscription); !s)
            return s.error();
        JsonObjectText after;
        after.add(QLatin1String("assignee"), record.assigneeName);
        after.add(QLatin1String("assigneeKind"), assigneeKindKey(record.assigneeKind));
        after.add(QLatin1String("autoRenew"), record.autoRenew);
        after.add(QLatin1String("paidUntil"), paidUntilText);
        after.add(QLatin1String("periodMonths"), months);
        after.add(QLatin1String("priceCents"), price);
        after.add(QLatin1String("state"), stateKey(record.state));
        after.add(QLatin1String("termsAcceptedBy"), m_context.actor);
        after.add(QLatin1String("termsCountry"), offer->code);
        after.add(QLatin1String("termsVersion"), record.termsVersion);
        if (Status s = audit.record(QStringLiteral("number.buy"), QStringLiteral("number"), e164,
                                    JsonObjectText(), after);
            !s)
            return s.error();
        result.numbers.push_back(std::move(record));
        if (progress && (i % 100 == 99 || i + 1 == count) && !progress(i + 1, count))
            return Error{
                ErrorCode::Cancelled, tr("The purchase was cancelled. Nothing was bought or charged."), {}};
    }
    {
        QSqlQuery allocated(db);
        if (Status s = prepare(allocated,
                               QStringLiteral("INSERT INTO number_allocation (country, area_code, "
                                              "next_index) VALUES (?, ?, ?) ON CONFLICT (country, "
                                              "area_code) DO UPDATE SET next_index = excluded.next_index"));
            !s)
            return s.error();
        allocated.addBindValue(offer->code);
        allocated.addBindValue(area->code);
        allocated.addBindValue(qint64(index));
        if (Status s = exec(allocated); !s)
            return s.error();
    }
    auto after = credit.balance();
    if (!after)
        return after.error();
    result.creditAfterCents = *after;
    if (Status s = transaction.commit(); !s)
        return s.error();
    return result;
}

Result<NumberRecord> NumberService::find(const QString& number) const
{
    NumberLookup lookup(m_context.database.connection());
    return findNumber(lookup, number);
}

namespace {

// The WHERE and ORDER BY of a listing, and its values.
std::pair<QString, QVariantList> listingSql(const NumberFilter& filter)
{
    QString where = QStringLiteral("WHERE 1 = 1");
    QVariantList values;
    if (filter.state) {
        where += QStringLiteral(" AND n.state = ?");
        values << stateKey(*filter.state);
    } else if (!filter.includeReleased) {
        where += QStringLiteral(" AND n.state <> 'released'");
    }
    const QString text = Validation::tidy(filter.text);
    if (!text.isEmpty()) {
        const QString key = Validation::searchKey(text);
        QString match = QStringLiteral("instr(m.account_key, ?) > 0 OR instr(m.display_key, ?) > 0 "
                                       "OR instr(p.profile_key, ?) > 0 OR instr(p.name_key, ?) > 0");
        values << key << key << key << key;
        const QString digits = searchDigits(text);
        if (!digits.isEmpty()) {
            match += QStringLiteral(" OR instr(n.e164, ?) > 0");
            values << digits;
        }
        where += QStringLiteral(" AND (") + match + QLatin1Char(')');
    }
    return {where + (filter.byNumber ? QStringLiteral(" ORDER BY n.e164") : QStringLiteral(" ORDER BY n.id")),
            values};
}

} // namespace

Result<std::vector<NumberRecord>> NumberService::list(const NumberFilter& filter) const
{
    std::vector<NumberRecord> records;
    if (Status s = forEach(filter,
                           [&records](const NumberRecord& record) {
                               records.push_back(record);
                               return true;
                           });
        !s)
        return s.error();
    return records;
}

Status NumberService::forEach(const NumberFilter& filter,
                              const std::function<bool(const NumberRecord&)>& visit) const
{
    const auto [where, values] = listingSql(filter);
    QSqlQuery query(m_context.database.connection());
    query.setForwardOnly(true);
    if (Status s = prepare(query, selectNumbers + QLatin1Char(' ') + where); !s)
        return s;
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (Status s = exec(query); !s)
        return s;
    while (query.next())
        if (!visit(readNumber(query)))
            break;
    return {};
}

Result<NumberRecord> NumberService::reassign(const QString& number, const QString& targetName,
                                             std::optional<int> expectedVersion)
{
    return reassignTo(
        number, [&](const AssigneeResolver& resolver) { return resolver.resolve(targetName); },
        expectedVersion);
}

Result<NumberRecord> NumberService::reassign(const QString& number, const AssigneeRef& target,
                                             std::optional<int> expectedVersion)
{
    return reassignTo(
        number, [&](const AssigneeResolver& resolver) { return resolver.byRef(target); }, expectedVersion);
}

Result<NumberRecord> NumberService::reassignTo(const QString& number, const TargetLookup& target,
                                               std::optional<int> expectedVersion)
{
    QSqlDatabase db = m_context.database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    auto found = find(number);
    if (!found)
        return found.error();
    const NumberRecord before = *found;
    if (expectedVersion && *expectedVersion != before.version)
        return AuditLog::changedMeanwhile(
            db, QStringLiteral("number"), before.e164,
            tr("the number %1").arg(formatInternational(before.e164)), QStringLiteral("number"),
            before.assigneeKind == AssigneeKind::None
                ? tr("It now belongs to nobody.")
                : tr("It now belongs to %1 and is %2.")
                      .arg(holderText(before), stateDisplayName(before.state).toLower()));
    if (!before.isUsable())
        return Error{
            ErrorCode::InvalidState,
            (before.state == NumberState::Expired
                 ? tr("The number %1 has expired and can no longer be reassigned. Reactivate it first.")
                 : tr("The number %1 has been released and can no longer be reassigned."))
                .arg(formatInternational(before.e164)),
            QStringLiteral("number")};
    // Resolved here, under the write lock: a member removed a moment ago is not found.
    const AssigneeResolver resolver(db);
    const Result<Assignee> resolved = target(resolver);
    if (!resolved)
        return resolved.error();
    const Assignee& to = *resolved;
    if (to.kind == before.assigneeKind && to.id == before.assigneeId)
        return Error{
            ErrorCode::InvalidInput,
            tr("The number %1 is already assigned to %2.").arg(formatInternational(before.e164), to.label()),
            QStringLiteral("to")};
    auto catalogue = Catalogue::effective(db);
    if (!catalogue)
        return catalogue.error();
    // The terms accepted when the number was bought, not today's catalogue.
    const QString problem
        = residencyProblem(to, before.residency, before.country, before.residencyCity, *catalogue);
    if (!problem.isEmpty())
        return Error{
            ErrorCode::ResidencyNotMet,
            tr("The number %1 cannot be reassigned: %2").arg(formatInternational(before.e164), problem),
            QStringLiteral("to")};
    if (Status s = resolver.checkLimit(to); !s)
        return s.error();
    NumberRecord after = before;
    after.assigneeKind = to.kind;
    after.assigneeId = to.id;
    after.assigneeName = to.key;
    after.assigneeDisplayName = to.displayName;
    after.assigneeActive = true;
    NumberWriter writer(m_context);
    if (Status s = writer.write(before, after, QStringLiteral("number.reassign")); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return after;
}

Result<std::vector<NumberRecord>> NumberService::cancel(const QStringList& numbers,
                                                        const ProgressCallback& progress)
{
    if (numbers.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("Choose at least one number to cancel."),
                     QStringLiteral("number")};
    QSqlDatabase db = m_context.database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    NumberLookup lookup(db);
    {
        // The numbers typed as stored (+31...), read together; the others one by one below.
        QStringList stored;
        for (const QString& number : numbers)
            if (looksLikeE164(number))
                stored << number;
        if (Status s = lookup.prefetch(stored); !s)
            return s.error();
    }
    std::vector<NumberRecord> cancelled; // checked here, written together below
    cancelled.reserve(size_t(numbers.size()));
    QSet<QString> seen;
    const qint64 total = numbers.size();
    for (qint64 i = 0; i < total; ++i) {
        auto found = findNumber(lookup, numbers.at(i));
        if (!found)
            return found.error();
        const NumberRecord& record = *found;
        // The same number twice ("+31 20 ..." and "020 ...") is one cancellation.
        if (seen.contains(record.e164))
            continue;
        seen.insert(record.e164);
        if (record.state == NumberState::Cancelled)
            return Error{ErrorCode::InvalidState,
                         tr("The number %1 is already cancelled; it expires on %2. Nothing was changed.")
                             .arg(formatInternational(record.e164), formatDate(record.paidUntil)),
                         QStringLiteral("number")};
        if (!record.isUsable())
            return Error{
                ErrorCode::InvalidState,
                (record.state == NumberState::Expired ? tr(
                     "The number %1 has already expired; there is nothing to cancel. Nothing was changed.")
                                                      : tr("The number %1 has been released; there is "
                                                           "nothing to cancel. Nothing was changed."))
                    .arg(formatInternational(record.e164)),
                QStringLiteral("number")};
        cancelled.push_back(record);
        if (progress && (i % 100 == 99 || i + 1 == total) && !progress(i + 1, total))
            return Error{ErrorCode::Cancelled, tr("Cancelling was stopped. Nothing was changed."), {}};
    }
    if (Status s = cancelAll(m_context, cancelled); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return cancelled;
}

Result<std::vector<NumberRecord>> NumberService::cancelForAssignees(const std::vector<AssigneeRef>& refs)
{
    QSqlDatabase db = m_context.database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    const AssigneeResolver resolver(db);
    std::vector<NumberRecord> all;
    for (const AssigneeRef& ref : refs) {
        auto assignee = resolver.byRef(ref);
        if (!assignee)
            return assignee.error();
        auto cancelled = cancelUsableOf(m_context, *assignee);
        if (!cancelled)
            return cancelled.error();
        all.insert(all.end(), cancelled->begin(), cancelled->end());
    }
    if (all.empty())
        return Error{ErrorCode::InvalidState,
                     tr("The chosen members and SIP profiles hold no numbers that can be cancelled."),
                     QStringLiteral("member")};
    if (Status s = transaction.commit(); !s)
        return s.error();
    return all;
}

Result<std::vector<NumberRecord>> NumberService::cancelForMember(const QString& memberName)
{
    QSqlDatabase db = m_context.database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    auto assignee = AssigneeResolver(db).resolve(memberName);
    if (!assignee)
        return Error{assignee.error().code, assignee.error().message, QStringLiteral("member")};
    auto result = cancelForAssignees({AssigneeRef{assignee->kind, assignee->id}});
    if (!result && result.error().code == ErrorCode::InvalidState)
        return Error{
            ErrorCode::InvalidState,
            tr("%1 holds no numbers that can be cancelled. Nothing was changed.").arg(assignee->label()),
            QStringLiteral("member")};
    if (!result)
        return result;
    if (Status s = transaction.commit(); !s)
        return s.error();
    return result;
}

Result<std::vector<NumberRecord>> NumberService::cancelHeldBy(const Context& context, const AssigneeRef& ref)
{
    // The caller may already have marked the assignee removed: go by id alone.
    Assignee assignee;
    assignee.kind = ref.kind;
    assignee.id = ref.id;
    return cancelUsableOf(context, assignee);
}

Status NumberService::checkTermsAfterMove(const Context& context, const Assignee& moved)
{
    QSqlDatabase db = context.database.connection();
    const QString column = moved.kind == AssigneeKind::Member ? QStringLiteral("n.member_id")
                                                              : QStringLiteral("n.sip_profile_id");
    auto held
        = queryNumbers(db,
                       QStringLiteral("WHERE %1 = ? AND n.state IN ('pending', 'active') AND n.residency <> "
                                      "'none' ORDER BY n.e164")
                           .arg(column),
                       {moved.id});
    if (!held)
        return held.error();
    if (held->empty())
        return {};
    auto catalogue = Catalogue::effective(db);
    if (!catalogue)
        return catalogue.error();
    QStringList blocked;
    for (const NumberRecord& number : *held) {
        if (residencyProblem(moved, number.residency, number.country, number.residencyCity, *catalogue)
                .isEmpty())
            continue;
        const QString where = number.residency == QLatin1String("city")
            ? tr("%1, %2").arg(number.residencyCity, countryName(number.country))
            : countryName(number.country);
        blocked << tr("%1 (an address in %2)").arg(formatInternational(number.e164), where);
    }
    if (blocked.isEmpty())
        return {};
    return Error{ErrorCode::ResidencyNotMet,
                 tr("%1 holds %Ln number(s) whose terms require an address they would no longer have: %2. "
                    "Reassign or cancel those numbers first, then change the address. Nothing was changed.",
                    "", int(blocked.size()))
                     .arg(moved.label(), QLocale().createSeparatedList(blocked)),
                 moved.kind == AssigneeKind::Member ? QStringLiteral("city") : QStringLiteral("country")};
}

Result<NumberRecord> NumberService::reactivate(const QString& number, const QString& successor)
{
    if (Validation::tidy(successor).isEmpty())
        return reactivateFor(number, {});
    return reactivateFor(number,
                         [&](const AssigneeResolver& resolver) { return resolver.resolve(successor); });
}

Result<NumberRecord> NumberService::reactivate(const QString& number, const AssigneeRef& successor)
{
    return reactivateFor(number, [&](const AssigneeResolver& resolver) { return resolver.byRef(successor); });
}

Result<NumberRecord> NumberService::reactivateFor(const QString& number, const TargetLookup& successor)
{
    QSqlDatabase db = m_context.database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    auto found = find(number);
    if (!found)
        return found.error();
    const NumberRecord before = *found;
    const QString shown = formatInternational(before.e164);
    if (before.state != NumberState::Cancelled && before.state != NumberState::Expired)
        return Error{
            ErrorCode::InvalidState,
            (before.state == NumberState::Released
                 ? tr("The number %1 has been released and can no longer be reactivated.")
                 : tr("The number %1 is in use; only cancelled numbers and expired numbers on hold can "
                      "be reactivated. To let it renew again, turn auto-renew on."))
                .arg(shown),
            QStringLiteral("number")};

    // The same checks as a purchase, made under the write lock.
    const AssigneeResolver resolver(db);
    Result<Assignee> holder = successor ? successor(resolver)
        : before.assigneeKind == AssigneeKind::None
        ? Result<Assignee>(Error{ErrorCode::InvalidState,
                                 tr("The number %1 has no member or SIP profile any more; reactivate it for "
                                    "someone, or buy a new number instead.")
                                     .arg(shown),
                                 QStringLiteral("to")})
        : resolver.holder(AssigneeRef{before.assigneeKind, before.assigneeId});
    if (!holder)
        return holder.error();
    if (!holder->active)
        return Error{
            ErrorCode::InvalidState,
            tr("The number %1 is held by %2, who has been removed. Reactivate it for their successor: "
               "choose who gets the number.")
                .arg(shown, holder->label()),
            QStringLiteral("to")};
    auto catalogue = Catalogue::effective(db);
    if (!catalogue)
        return catalogue.error();
    const QString problem
        = residencyProblem(*holder, before.residency, before.country, before.residencyCity, *catalogue);
    if (!problem.isEmpty())
        return Error{ErrorCode::ResidencyNotMet,
                     tr("The number %1 cannot be reactivated: %2").arg(shown, problem), QStringLiteral("to")};
    if (Status s = resolver.checkLimit(*holder, before.id); !s)
        return s.error();

    NumberRecord after = before;
    after.assigneeKind = holder->kind;
    after.assigneeId = holder->id;
    after.assigneeName = holder->key;
    after.assigneeDisplayName = holder->displayName;
    after.assigneeActive = true;
    after.autoRenew = true;
    after.renewalFailed = false;
    if (before.state == NumberState::Cancelled) {
        after.state = before.activatedAt.isValid() ? NumberState::Active : NumberState::Pending;
    } else {
        // Expired and on hold: a new period is bought, from now.
        const QJsonObject details{{QStringLiteral("number"), before.e164},
                                  {QStringLiteral("months"), before.periodMonths},
                                  {QStringLiteral("reactivation"), true}};
        if (Status s
            = OrganisationService::charge(m_context, before.priceCents, LedgerKind::Renewal, details);
            !s)
            return s.error();
        const QDateTime now = m_context.clock.now();
        after.state = NumberState::Active;
        after.billingAnchor = now;
        after.paidUntil = firstPaidUntil(now, before.periodMonths, billingTimeZone());
    }
    NumberWriter writer(m_context);
    if (Status s = writer.write(before, after, QStringLiteral("number.reactivate")); !s)
        return s.error();
    if (before.state == NumberState::Expired) {
        QSqlQuery clear(db);
        if (Status s = prepare(clear, QStringLiteral("UPDATE numbers SET expired_at = NULL WHERE id = ?"));
            !s)
            return s.error();
        clear.addBindValue(before.id);
        if (Status s = exec(clear); !s)
            return s.error();
        after.expiredAt = {};
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    return after;
}

Result<NumberRecord> NumberService::setAutoRenew(const QString& number, bool on)
{
    QSqlDatabase db = m_context.database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    auto found = find(number);
    if (!found)
        return found.error();
    const NumberRecord before = *found;
    const QString shown = formatInternational(before.e164);
    switch (before.state) {
    case NumberState::Pending:
    case NumberState::Active:
        break;
    case NumberState::Cancelled:
        return Error{ErrorCode::InvalidState,
                     tr("The number %1 is cancelled; reactivate it to let it renew again.").arg(shown),
                     QStringLiteral("number")};
    case NumberState::Expired:
        return Error{ErrorCode::InvalidState,
                     tr("The number %1 has expired; reactivate it to buy a new period.").arg(shown),
                     QStringLiteral("number")};
    case NumberState::Released:
        return Error{ErrorCode::InvalidState,
                     tr("The number %1 has been released and can no longer renew.").arg(shown),
                     QStringLiteral("number")};
    }
    if (on && !before.assigneeActive)
        return Error{ErrorCode::InvalidState,
                     tr("The number %1 is held by %2, who has been removed. Reassign it first.")
                         .arg(shown, holderText(before)),
                     QStringLiteral("number")};
    if (before.autoRenew == on && !(on && before.renewalFailed))
        return before; // nothing to change; the transaction rolls back
    NumberRecord after = before;
    after.autoRenew = on;
    after.renewalFailed = false;
    NumberWriter writer(m_context);
    if (Status s = writer.write(before, after, QStringLiteral("number.auto_renew")); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return after;
}

} // namespace nm
