#include "NumberService.h"

#include "Clock.h"
#include "Money.h"
#include "organisation/OrganisationService.h"
#include "organisation/OrganisationSettings.h"
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

namespace nm {

namespace {

const QString selectNumbers = QStringLiteral(
    "SELECT n.id, n.e164, n.country, n.area_code, n.state, n.member_id, n.sip_profile_id, "
    "m.account_name, m.display_name, p.profile_id, p.name, s.period_months, s.price_cents, s.paid_until, "
    "s.auto_renew, s.renewal_failed, n.version, n.created_at, n.activated_at, n.expired_at, n.released_at, "
    "n.terms_version, n.terms_accepted_at, n.terms_accepted_by, n.residency, n.residency_city "
    "FROM numbers n JOIN subscriptions s ON s.number_id = n.id "
    "LEFT JOIN members m ON m.id = n.member_id LEFT JOIN sip_profiles p ON p.id = n.sip_profile_id");

// Numbers a member holds for the per-member limit: those still usable.
const QString heldStates = QStringLiteral("('pending', 'active', 'cancelled')");

QDateTime optionalTime(const QVariant& value)
{
    return value.isNull() ? QDateTime() : fromStorage(value.toString());
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
        : m_query(db)
    {
        m_query.setForwardOnly(true);
        m_prepared = prepare(m_query, selectNumbers + QStringLiteral(" WHERE n.e164 = ?"));
    }

    // nullopt when the number is not the organisation's.
    Result<std::optional<NumberRecord>> find(const QString& e164)
    {
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
    QSqlQuery m_query;
    Status m_prepared;
};

QJsonObject assigneeJson(const NumberRecord& r)
{
    return {{QStringLiteral("assignee"), r.assigneeName},
            {QStringLiteral("assigneeKind"), assigneeKindKey(r.assigneeKind)}};
}

QJsonObject numberJson(const NumberRecord& r)
{
    QJsonObject object = assigneeJson(r);
    object.insert(QStringLiteral("state"), stateKey(r.state));
    object.insert(QStringLiteral("paidUntil"), toStorage(r.paidUntil));
    object.insert(QStringLiteral("autoRenew"), r.autoRenew);
    return object;
}

QString dateText(const QDateTime& time)
{
    return QLocale().toString(time.date(), QLocale::LongFormat);
}

// Every statement a change of one number needs, prepared once per transaction.
class NumberWriter
{
public:
    explicit NumberWriter(const Context& context)
        : m_audit(context)
        , m_state(context.database.connection())
        , m_subscription(context.database.connection())
    {
        m_state.prepare(QStringLiteral("UPDATE numbers SET state = ?, member_id = ?, sip_profile_id = ?, "
                                       "version = version + 1 WHERE id = ?"));
        m_subscription.prepare(QStringLiteral("UPDATE subscriptions SET auto_renew = ?, paid_until = ?, "
                                              "renewal_failed = ? WHERE number_id = ?"));
    }

    // Writes `after` over `before` and records the change as `action`.
    Status write(const NumberRecord& before, NumberRecord& after, const QString& action)
    {
        m_state.addBindValue(stateKey(after.state));
        m_state.addBindValue(after.assigneeKind == AssigneeKind::Member
                                 ? QVariant(after.assigneeId)
                                 : QVariant(QMetaType::fromType<qint64>()));
        m_state.addBindValue(after.assigneeKind == AssigneeKind::SipProfile
                                 ? QVariant(after.assigneeId)
                                 : QVariant(QMetaType::fromType<qint64>()));
        m_state.addBindValue(after.id);
        if (Status s = exec(m_state); !s)
            return s;
        m_subscription.addBindValue(after.autoRenew ? 1 : 0);
        m_subscription.addBindValue(toStorage(after.paidUntil));
        m_subscription.addBindValue(after.renewalFailed ? 1 : 0);
        m_subscription.addBindValue(after.id);
        if (Status s = exec(m_subscription); !s)
            return s;
        after.version = before.version + 1;
        return m_audit.record(action, QStringLiteral("number"), after.e164, numberJson(before),
                              numberJson(after));
    }

private:
    AuditWriter m_audit;
    QSqlQuery m_state;
    QSqlQuery m_subscription;
};

Status cancelOne(NumberWriter& writer, const NumberRecord& record, std::vector<NumberRecord>& cancelled)
{
    NumberRecord after = record;
    after.state = NumberState::Cancelled;
    after.autoRenew = false;
    if (Status s = writer.write(record, after, QStringLiteral("number.cancel")); !s)
        return s;
    cancelled.push_back(after);
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
    NumberWriter writer(context);
    std::vector<NumberRecord> cancelled;
    for (const NumberRecord& record : *held)
        if (Status s = cancelOne(writer, record, cancelled); !s)
            return s.error();
    return cancelled;
}

} // namespace

NumberService::NumberService(const Context& context)
    : m_context(context)
{ }

QString NumberService::canonical(const QString& typed)
{
    QString text = typed;
    static const QRegularExpression separators(QStringLiteral("[\\s\\-./()]"));
    text.remove(separators);
    if (text.startsWith(QLatin1String("00")))
        text = QLatin1Char('+') + text.mid(2);
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9]\\d{5,14}$"));
    return e164.match(text).hasMatch() ? text : QString();
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
    return offer->priceCents(period) * count;
}

Result<PurchaseResult> NumberService::buy(const PurchaseRequest& request, const ProgressCallback& progress)
{
    QSqlDatabase db = m_context.database.connection();
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
                         .arg(offer->name(QStringLiteral("en")), request.areaCode),
                     QStringLiteral("area-code")};
    const int months = int(request.period);
    if (months != 1 && months != 3 && months != 12)
        return Error{ErrorCode::InvalidInput, tr("The billing period must be 1, 3 or 12 months."),
                     QStringLiteral("period")};
    if (!request.termsAccepted)
        return Error{ErrorCode::TermsNotAccepted,
                     tr("You must agree to the terms for numbers in this country before you can buy them."),
                     QStringLiteral("accept-terms")};
    if (!request.termsVersion.isEmpty() && request.termsVersion != offer->terms.version)
        return Error{ErrorCode::TermsNotAccepted,
                     tr("The terms for this country have changed since you read them. Read the new terms and "
                        "agree to them again."),
                     QStringLiteral("accept-terms")};
    if (request.assignees.empty() && request.assigneeNames.isEmpty())
        return Error{ErrorCode::InvalidInput,
                     tr("Choose at least one member or SIP profile to assign numbers to."),
                     QStringLiteral("to")};

    auto plan = NumberPlan::forAreaCode(offer->code, area->code);
    if (!plan)
        return plan.error();

    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.beginStatus().error();

    // Who gets a number, and why not, all checked before anything is written.
    const AssigneeResolver resolver(db);
    std::vector<Assignee> assignees;
    QSet<QPair<int, qint64>> seen;
    QStringList problems;
    std::optional<ErrorCode> problemCode; // the first problem's kind, for callers that branch on it
    auto addProblem = [&](ErrorCode code, const QString& message) {
        problems << message;
        if (!problemCode)
            problemCode = code;
    };
    auto take = [&](const Result<Assignee>& resolved) {
        if (!resolved) {
            addProblem(resolved.error().code, resolved.error().message);
            return;
        }
        if (!seen.contains({int(resolved->kind), resolved->id})) {
            seen.insert({int(resolved->kind), resolved->id});
            assignees.push_back(*resolved);
        }
    };
    for (const QString& name : request.assigneeNames)
        take(resolver.resolve(name));
    for (const AssigneeRef& ref : request.assignees)
        take(resolver.byRef(ref));

    const int limit = OrganisationSettings(db).memberNumberLimit();
    QSqlQuery held(db);
    held.prepare(
        QStringLiteral("SELECT count(*) FROM numbers WHERE member_id = ? AND state IN %1").arg(heldStates));
    for (const Assignee& assignee : assignees) {
        const QString residencyIssue
            = residencyProblem(assignee, residencyKey(offer->residency), offer->code, area->city);
        if (!residencyIssue.isEmpty())
            addProblem(ErrorCode::ResidencyNotMet, residencyIssue);
        if (assignee.kind == AssigneeKind::Member) {
            held.addBindValue(assignee.id);
            if (Status s = exec(held); !s)
                return s.error();
            held.next();
            const int count = held.value(0).toInt();
            held.finish();
            if (count + 1 > limit)
                addProblem(ErrorCode::LimitReached,
                           tr("%1 already holds %n number(s); a member may hold at most %2.", "", count)
                               .arg(assignee.label())
                               .arg(limit));
        }
    }
    if (!problems.isEmpty()) {
        constexpr int shown = 20;
        QStringList lines = problems.mid(0, shown);
        if (problems.size() > shown)
            lines << tr("... and %n more.", "", int(problems.size() - shown));
        return Error{*problemCode,
                     tr("Nothing was bought or charged:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')),
                     QStringLiteral("to")};
    }

    const qint64 price = offer->priceCents(request.period);
    const qint64 total = price * qint64(assignees.size());
    const QString description
        = tr("%n number(s) in %1, area code %2 (%3), billed every %4 month(s)", "", int(assignees.size()))
              .arg(offer->name(QStringLiteral("en")), area->code, area->city)
              .arg(months);
    if (Status s = OrganisationService::charge(m_context, total, LedgerKind::Purchase, description); !s) {
        if (s.error().code == ErrorCode::InsufficientCredit)
            return Error{
                ErrorCode::InsufficientCredit,
                tr("There is not enough credit for %n number(s): they cost %1 euros and the credit is "
                   "%2 euros. Top up the credit and try again. Nothing was bought or charged.",
                   "", int(assignees.size()))
                    .arg(formatEurosPlain(total),
                         formatEurosPlain(OrganisationService(m_context).balanceCents())),
                QStringLiteral("credit")};
        return s.error();
    }

    // Allocate: walk the area code's candidates past every number ever handed out there.
    QSet<QString> taken;
    {
        QSqlQuery existing(db);
        existing.setForwardOnly(true);
        existing.prepare(QStringLiteral("SELECT e164 FROM numbers WHERE country = ? AND area_code = ?"));
        existing.addBindValue(offer->code);
        existing.addBindValue(area->code);
        if (Status s = exec(existing); !s)
            return s.error();
        while (existing.next())
            taken.insert(existing.value(0).toString());
    }
    quint64 index = quint64(taken.size());

    const QDateTime now = m_context.clock.now();
    const QString nowText = toStorage(now);
    const QDateTime paidUntil = now.addMonths(months);
    QSqlQuery insertNumber(db);
    insertNumber.prepare(
        QStringLiteral("INSERT INTO numbers (e164, country, area_code, member_id, sip_profile_id, state, "
                       "created_at, terms_country, "
                       "terms_version, terms_accepted_at, terms_accepted_by, residency, residency_city) "
                       "VALUES (?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery insertSubscription(db);
    insertSubscription.prepare(
        QStringLiteral("INSERT INTO subscriptions (number_id, period_months, price_cents, "
                       "paid_until, auto_renew) VALUES (?, ?, ?, ?, 1)"));
    AuditWriter audit(m_context);
    PurchaseResult result;
    result.totalCents = total;
    result.numbers.reserve(assignees.size());
    const qint64 count = qint64(assignees.size());
    for (qint64 i = 0; i < count; ++i) {
        const Assignee& assignee = assignees[size_t(i)];
        QString e164;
        while (e164.isEmpty()) {
            if (index >= plan->capacity())
                return Error{
                    ErrorCode::LimitReached,
                    tr("Area code %1 (%2) has no free numbers left. Choose another area code. Nothing was "
                       "bought or charged.")
                        .arg(area->code, area->city),
                    QStringLiteral("area-code")};
            const std::optional<QString> candidate = plan->candidate(index++);
            if (candidate && !taken.contains(*candidate))
                e164 = *candidate;
        }
        taken.insert(e164);

        NumberRecord record;
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
        record.createdAt = now;
        record.termsVersion = offer->terms.version;
        record.termsAcceptedAt = now;
        record.termsAcceptedBy = m_context.actor;
        record.residency = residencyKey(offer->residency);
        record.residencyCity = offer->residency == Residency::City ? area->city : QString();

        const QVariant noId(QMetaType::fromType<qint64>());
        for (const QVariant& value :
             {QVariant(e164), QVariant(offer->code), QVariant(area->code),
              assignee.kind == AssigneeKind::Member ? QVariant(assignee.id) : noId,
              assignee.kind == AssigneeKind::SipProfile ? QVariant(assignee.id) : noId, QVariant(nowText),
              QVariant(offer->code), QVariant(record.termsVersion), QVariant(nowText),
              QVariant(m_context.actor), QVariant(record.residency), storedText(record.residencyCity)})
            insertNumber.addBindValue(value);
        if (Status s = exec(insertNumber); !s)
            return s.error();
        record.id = insertNumber.lastInsertId().toLongLong();
        insertSubscription.addBindValue(record.id);
        insertSubscription.addBindValue(months);
        insertSubscription.addBindValue(price);
        insertSubscription.addBindValue(toStorage(paidUntil));
        if (Status s = exec(insertSubscription); !s)
            return s.error();
        QJsonObject after = numberJson(record);
        after.insert(QStringLiteral("periodMonths"), months);
        after.insert(QStringLiteral("priceCents"), price);
        after.insert(QStringLiteral("termsCountry"), offer->code);
        after.insert(QStringLiteral("termsVersion"), record.termsVersion);
        after.insert(QStringLiteral("termsAcceptedBy"), m_context.actor);
        if (Status s = audit.record(QStringLiteral("number.buy"), QStringLiteral("number"), e164, {}, after);
            !s)
            return s.error();
        result.numbers.push_back(std::move(record));
        if (progress && (i % 100 == 99 || i + 1 == count) && !progress(i + 1, count))
            return Error{
                ErrorCode::Cancelled, tr("The purchase was cancelled. Nothing was bought or charged."), {}};
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    result.creditAfterCents = OrganisationService(m_context).balanceCents();
    return result;
}

namespace {
Result<NumberRecord> findNumber(NumberLookup& lookup, const QString& number)
{
    const QString e164 = NumberService::canonical(number);
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
} // namespace

Result<NumberRecord> NumberService::find(const QString& number) const
{
    NumberLookup lookup(m_context.database.connection());
    return findNumber(lookup, number);
}

Result<std::vector<NumberRecord>> NumberService::list(const NumberFilter& filter) const
{
    QString where = QStringLiteral("WHERE 1 = 1");
    QVariantList values;
    if (filter.state) {
        where += QStringLiteral(" AND n.state = ?");
        values << stateKey(*filter.state);
    } else if (!filter.includeReleased) {
        where += QStringLiteral(" AND n.state <> 'released'");
    }
    if (!filter.text.isEmpty()) {
        const QString digits = canonical(filter.text).isEmpty() ? filter.text : canonical(filter.text);
        where += QStringLiteral(
            " AND (instr(n.e164, ?) > 0 OR instr(lower(m.account_name), lower(?)) > 0 "
            "OR instr(lower(m.display_name), lower(?)) > 0 OR instr(lower(p.profile_id), lower(?)) > 0 "
            "OR instr(lower(p.name), lower(?)) > 0)");
        values << digits << filter.text << filter.text << filter.text << filter.text;
    }
    return queryNumbers(m_context.database.connection(), where + QStringLiteral(" ORDER BY n.id"), values);
}

Result<NumberRecord> NumberService::reassign(const QString& number, const QString& targetName,
                                             std::optional<int> expectedVersion)
{
    return reassignTo(number, AssigneeResolver(m_context.database.connection()).resolve(targetName),
                      expectedVersion);
}

Result<NumberRecord> NumberService::reassign(const QString& number, const AssigneeRef& target,
                                             std::optional<int> expectedVersion)
{
    return reassignTo(number, AssigneeResolver(m_context.database.connection()).byRef(target),
                      expectedVersion);
}

Result<NumberRecord> NumberService::reassignTo(const QString& number, const Result<Assignee>& target,
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
        return Error{ErrorCode::Conflict,
                     tr("Another administrator changed the number %1 while you were working on it; it is now "
                        "assigned to %2. Nothing was changed. Look at the number again and retry.")
                         .arg(formatInternational(before.e164),
                              before.assigneeName.isEmpty() ? tr("nobody") : before.assigneeDisplayName),
                     QStringLiteral("number")};
    if (!before.isUsable())
        return Error{
            ErrorCode::InvalidState,
            (before.state == NumberState::Expired
                 ? tr("The number %1 has expired and can no longer be reassigned. Reactivate it first.")
                 : tr("The number %1 has been released and can no longer be reassigned."))
                .arg(formatInternational(before.e164)),
            QStringLiteral("number")};
    if (!target)
        return target.error();
    const Assignee& to = *target;
    if (to.kind == before.assigneeKind && to.id == before.assigneeId)
        return Error{
            ErrorCode::InvalidInput,
            tr("The number %1 is already assigned to %2.").arg(formatInternational(before.e164), to.label()),
            QStringLiteral("to")};
    // The terms accepted when the number was bought, not today's catalogue.
    const QString problem = residencyProblem(to, before.residency, before.country, before.residencyCity);
    if (!problem.isEmpty())
        return Error{
            ErrorCode::ResidencyNotMet,
            tr("The number %1 cannot be reassigned: %2").arg(formatInternational(before.e164), problem),
            QStringLiteral("to")};
    if (to.kind == AssigneeKind::Member) {
        QSqlQuery held(db);
        held.prepare(QStringLiteral("SELECT count(*) FROM numbers WHERE member_id = ? AND state IN %1")
                         .arg(heldStates));
        held.addBindValue(to.id);
        if (Status s = exec(held); !s)
            return s.error();
        held.next();
        const int limit = OrganisationSettings(db).memberNumberLimit();
        if (held.value(0).toInt() + 1 > limit)
            return Error{
                ErrorCode::LimitReached,
                tr("%1 already holds %n number(s); a member may hold at most %2.", "", held.value(0).toInt())
                    .arg(to.label())
                    .arg(limit),
                QStringLiteral("to")};
    }
    NumberRecord after = before;
    after.assigneeKind = to.kind;
    after.assigneeId = to.id;
    after.assigneeName = to.key;
    after.assigneeDisplayName = to.displayName;
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
    NumberWriter writer(m_context);
    NumberLookup lookup(db);
    std::vector<NumberRecord> cancelled;
    cancelled.reserve(size_t(numbers.size()));
    const qint64 total = numbers.size();
    for (qint64 i = 0; i < total; ++i) {
        auto found = findNumber(lookup, numbers.at(i));
        if (!found)
            return found.error();
        const NumberRecord& record = *found;
        if (record.state == NumberState::Cancelled)
            return Error{ErrorCode::InvalidState,
                         tr("The number %1 is already cancelled; it expires on %2. Nothing was changed.")
                             .arg(formatInternational(record.e164), dateText(record.paidUntil)),
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
        if (Status s = cancelOne(writer, record, cancelled); !s)
            return s.error();
        if (progress && (i % 100 == 99 || i + 1 == total) && !progress(i + 1, total))
            return Error{ErrorCode::Cancelled, tr("Cancelling was stopped. Nothing was changed."), {}};
    }
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
    auto assignee = AssigneeResolver(m_context.database.connection()).resolve(memberName);
    if (!assignee)
        return Error{assignee.error().code, assignee.error().message, QStringLiteral("member")};
    auto result = cancelForAssignees({AssigneeRef{assignee->kind, assignee->id}});
    if (!result && result.error().code == ErrorCode::InvalidState)
        return Error{
            ErrorCode::InvalidState,
            tr("%1 holds no numbers that can be cancelled. Nothing was changed.").arg(assignee->label()),
            QStringLiteral("member")};
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

Result<NumberRecord> NumberService::reactivate(const QString& number)
{
    QSqlDatabase db = m_context.database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    auto found = find(number);
    if (!found)
        return found.error();
    const NumberRecord before = *found;
    NumberRecord after = before;
    const QDateTime now = m_context.clock.now();
    if (before.state == NumberState::Cancelled) {
        after.state = before.activatedAt.isValid() ? NumberState::Active : NumberState::Pending;
        after.autoRenew = true;
        after.renewalFailed = false;
    } else if (before.state == NumberState::Expired) {
        if (before.assigneeKind == AssigneeKind::None)
            return Error{ErrorCode::InvalidState,
                         tr("The number %1 has no member or SIP profile any more; buy a new number instead.")
                             .arg(formatInternational(before.e164)),
                         QStringLiteral("number")};
        const QString description = tr("Reactivation of %1 for %n month(s)", "", before.periodMonths)
                                        .arg(formatInternational(before.e164));
        if (Status s
            = OrganisationService::charge(m_context, before.priceCents, LedgerKind::Renewal, description);
            !s)
            return s.error();
        after.state = NumberState::Active;
        after.autoRenew = true;
        after.renewalFailed = false;
        after.paidUntil = now.addMonths(before.periodMonths);
    } else {
        return Error{
            ErrorCode::InvalidState,
            (before.state == NumberState::Released
                 ? tr("The number %1 has been released and can no longer be reactivated.")
                 : tr("The number %1 is in use and renews automatically; only cancelled numbers and expired "
                      "numbers on hold can be reactivated."))
                .arg(formatInternational(before.e164)),
            QStringLiteral("number")};
    }
    NumberWriter writer(m_context);
    if (Status s = writer.write(before, after, QStringLiteral("number.reactivate")); !s)
        return s.error();
    if (before.state == NumberState::Expired) {
        QSqlQuery clear(db);
        clear.prepare(QStringLiteral("UPDATE numbers SET expired_at = NULL WHERE id = ?"));
        clear.addBindValue(before.id);
        if (Status s = exec(clear); !s)
            return s.error();
        after.expiredAt = {};
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    return after;
}

} // namespace nm
