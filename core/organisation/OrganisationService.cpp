#include "OrganisationService.h"

#include "Clock.h"
#include "Format.h"
#include "JsonText.h"
#include "Money.h"
#include "Validation.h"
#include "phone/PhoneNumbers.h"
#include "queries/LedgerQuery.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace nm {

namespace {

// Creates the organisation row when an administrator tops up or buys before naming it.
Status ensureOrganisation(const Context& context)
{
    QSqlQuery query(context.database.connection());
    if (Status s = prepare(query,
                           QStringLiteral("INSERT INTO organisation (id, name, created_at) VALUES (1, ?, ?) "
                                          "ON CONFLICT (id) DO NOTHING"));
        !s)
        return s;
    query.addBindValue(OrganisationService::tr("My organisation"));
    query.addBindValue(toStorage(context.clock.now()));
    return exec(query);
}

Result<QString> checkName(const QString& typed)
{
    const QString field = QStringLiteral("name");
    const auto tidied = Validation::tidyName(typed, field, OrganisationService::tr("Organisation name"));
    if (!tidied)
        return tidied.error();
    const QString& name = *tidied;
    if (name.isEmpty() || Validation::characterCount(name) > OrganisationService::nameMaxLength)
        return Error{ErrorCode::InvalidInput,
                     OrganisationService::tr("The organisation needs a name of at most %1 characters.")
                         .arg(formatCount(OrganisationService::nameMaxLength)),
                     field};
    if (Validation::containsControlCharacter(name))
        return Error{
            ErrorCode::InvalidInput,
            OrganisationService::tr("The organisation's name must be one line, without tabs or other "
                                    "control characters."),
            field};
    return name;
}

QString detailsText(const QJsonObject& details)
{
    if (details.isEmpty())
        return {};
    return compactJson(details);
}

} // namespace

LedgerKind OrganisationService::kindFromKey(const QString& key)
{
    if (key == QLatin1String("purchase"))
        return LedgerKind::Purchase;
    if (key == QLatin1String("renewal"))
        return LedgerKind::Renewal;
    return LedgerKind::TopUp;
}

QString LedgerEntry::description() const
{
    if (kind == LedgerKind::TopUp)
        return OrganisationService::tr("Credit top-up");
    if (details.isEmpty())
        return storedDescription;
    const int months = details.value(QLatin1String("months")).toInt();
    switch (kind) {
    case LedgerKind::TopUp:
        break;
    case LedgerKind::Purchase: {
        const int count = details.value(QLatin1String("count")).toInt();
        const QString country = countryName(details.value(QLatin1String("country")).toString());
        const QString area = details.value(QLatin1String("areaCode")).toString();
        const QString city = details.value(QLatin1String("city")).toString();
        const QString period = months == 1 ? OrganisationService::tr("billed every month")
                                           : OrganisationService::tr("billed every %1 months").arg(months);
        return OrganisationService::tr("%Ln number(s) in %1, area code %2 (%3), %4", "", count)
            .arg(country, area, city, period);
    }
    case LedgerKind::Renewal: {
        const QString number = formatInternational(details.value(QLatin1String("number")).toString());
        if (details.value(QLatin1String("reactivation")).toBool())
            return OrganisationService::tr("Reactivation of %1 for %Ln month(s)", "", months).arg(number);
        return OrganisationService::tr("Renewal of %1 for %Ln month(s)", "", months).arg(number);
    }
    }
    return storedDescription;
}

CreditAccount::CreditAccount(const Context& context)
    : m_context(context)
    , m_update(context.database.connection())
    , m_ledger(context.database.connection())
{
    m_prepared = prepare(m_update, QStringLiteral("UPDATE organisation SET credit_cents = ? WHERE id = 1"));
    if (m_prepared)
        m_prepared = prepare(m_ledger,
                             QStringLiteral("INSERT INTO credit_ledger (at, actor, kind, amount_cents, "
                                            "balance_after_cents, details) VALUES (?, ?, ?, ?, ?, ?)"));
}

Result<qint64> CreditAccount::balance()
{
    if (!m_balance) {
        if (Status s = ensureOrganisation(m_context); !s)
            return s.error();
        auto read = OrganisationService(m_context).balanceCents();
        if (!read)
            return read.error();
        m_balance = *read;
    }
    return *m_balance;
}

Status CreditAccount::write(LedgerKind kind, qint64 amount, qint64 after, const QString& details)
{
    if (!m_prepared)
        return m_prepared;
    m_update.bindValue(0, after);
    if (Status s = exec(m_update); !s)
        return s;
    // Bound values stay bound: a renewal round binds only what differs from the last row.
    const QDateTime at = m_context.clock.now();
    if (!m_ledgerBound || at != m_lastAt)
        m_ledger.bindValue(0, toStorage(at));
    if (!m_ledgerBound)
        m_ledger.bindValue(1, m_context.actor);
    if (!m_ledgerBound || kind != m_lastKind)
        m_ledger.bindValue(2, OrganisationService::kindKey(kind));
    m_ledger.bindValue(3, amount);
    m_ledger.bindValue(4, after);
    m_ledger.bindValue(5, details);
    m_ledgerBound = true;
    m_lastAt = at;
    m_lastKind = kind;
    if (Status s = exec(m_ledger); !s)
        return s;
    m_balance = after;
    return {};
}

Status CreditAccount::charge(qint64 cents, LedgerKind kind, const QJsonObject& details)
{
    return chargeText(cents, kind, detailsText(details));
}

Status CreditAccount::charge(qint64 cents, LedgerKind kind, const JsonObjectText& details)
{
    return chargeText(cents, kind, details.isEmpty() ? QString() : details.text());
}

Status CreditAccount::chargeText(qint64 cents, LedgerKind kind, const QString& details)
{
    // Reachable from user input (a catalogue price, a count): refused, never asserted.
    if (cents <= 0 || cents > money::maxBalanceCents)
        return Error{ErrorCode::InvalidInput,
                     tr("A charge must be more than %1 and at most %2; %3 cannot be charged. Nothing was "
                        "charged.")
                         .arg(formatMoney(0), formatMoney(money::maxBalanceCents), formatEurosPlain(cents)),
                     QStringLiteral("amount")};
    auto before = balance();
    if (!before)
        return before.error();
    if (*before < cents)
        return Error{
            ErrorCode::InsufficientCredit,
            tr("There is not enough credit: this costs %1 and the credit is %2. Top up the credit and "
               "try again. Nothing was bought or charged.")
                .arg(formatMoney(cents), formatMoney(*before)),
            QStringLiteral("credit")};
    return write(kind, -cents, *before - cents, details);
}

Result<qint64> CreditAccount::add(qint64 cents, const QJsonObject& details)
{
    auto before = balance();
    if (!before)
        return before.error();
    const std::optional<qint64> after = money::add(*before, cents);
    if (cents <= 0 || !after || *after > money::maxBalanceCents)
        return Error{ErrorCode::InvalidInput,
                     tr("The credit is %1 and may be at most %2: a top-up of %3 would exceed it. Nothing was "
                        "added.")
                         .arg(formatMoney(*before), formatMoney(money::maxBalanceCents), formatMoney(cents)),
                     QStringLiteral("amount")};
    if (Status s = write(LedgerKind::TopUp, cents, *after, detailsText(details)); !s)
        return s.error();
    return *after;
}

OrganisationService::OrganisationService(const Context& context)
    : m_context(context)
{ }

QString OrganisationService::kindKey(LedgerKind kind)
{
    switch (kind) {
    case LedgerKind::TopUp:
        return QStringLiteral("top_up");
    case LedgerKind::Purchase:
        return QStringLiteral("purchase");
    case LedgerKind::Renewal:
        return QStringLiteral("renewal");
    }
    return {};
}

Result<std::optional<Organisation>> OrganisationService::get() const
{
    QSqlQuery query(m_context.database.connection());
    if (!query.exec(
            QStringLiteral("SELECT name, currency, credit_cents, created_at FROM organisation WHERE id = 1")))
        return databaseError(query);
    if (!query.next())
        return std::optional<Organisation>{};
    Organisation organisation;
    organisation.name = query.value(0).toString();
    organisation.currency = query.value(1).toString();
    organisation.creditCents = query.value(2).toLongLong();
    organisation.createdAt = fromStorage(query.value(3).toString());
    return std::optional<Organisation>{organisation};
}

Result<Organisation> OrganisationService::create(const QString& typed)
{
    const auto name = checkName(typed);
    if (!name)
        return name.error();
    QSqlDatabase db = m_context.database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    QSqlQuery query(db);
    if (Status s = prepare(query,
                           QStringLiteral("INSERT INTO organisation (id, name, created_at) VALUES (1, ?, ?) "
                                          "ON CONFLICT (id) DO NOTHING"));
        !s)
        return s.error();
    query.addBindValue(*name);
    query.addBindValue(toStorage(m_context.clock.now()));
    if (Status s = exec(query); !s)
        return s.error();
    if (query.numRowsAffected() == 0)
        return Error{ErrorCode::Duplicate, tr("This database already has an organisation."),
                     QStringLiteral("name")};
    if (Status s
        = AuditLog::record(m_context, QStringLiteral("organisation.create"), QStringLiteral("organisation"),
                           *name, {}, {{QStringLiteral("name"), *name}});
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    auto created = get();
    if (!created)
        return created.error();
    return **created;
}

Status OrganisationService::rename(const QString& typed)
{
    const auto name = checkName(typed);
    if (!name)
        return name.error();
    QSqlDatabase db = m_context.database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.beginStatus();
    auto current = get();
    if (!current)
        return current.error();
    if (Status s = ensureOrganisation(m_context); !s)
        return s;
    QSqlQuery query(db);
    if (Status s = prepare(query, QStringLiteral("UPDATE organisation SET name = ? WHERE id = 1")); !s)
        return s;
    query.addBindValue(*name);
    if (Status s = exec(query); !s)
        return s;
    const QString old = current->has_value() ? (*current)->name : QString();
    if (Status s
        = AuditLog::record(m_context, QStringLiteral("organisation.rename"), QStringLiteral("organisation"),
                           *name, {{QStringLiteral("name"), old}}, {{QStringLiteral("name"), *name}});
        !s)
        return s;
    return transaction.commit();
}

Result<qint64> OrganisationService::balanceCents() const
{
    QSqlQuery query(m_context.database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT credit_cents FROM organisation WHERE id = 1")))
        return databaseError(query);
    if (!query.next())
        return qint64(0); // no organisation yet: no credit
    return query.value(0).toLongLong();
}

Result<qint64> OrganisationService::topUp(qint64 cents)
{
    if (cents <= 0 || cents > money::maxTopUpCents)
        return Error{ErrorCode::InvalidInput,
                     tr("A top-up must be more than %1 and at most %2.")
                         .arg(formatMoney(0), formatMoney(money::maxTopUpCents)),
                     QStringLiteral("amount")};
    QSqlDatabase db = m_context.database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    CreditAccount credit(m_context);
    auto before = credit.balance();
    if (!before)
        return before.error();
    auto after = credit.add(cents, {});
    if (!after)
        return after.error();
    if (Status s
        = AuditLog::record(m_context, QStringLiteral("credit.top_up"), QStringLiteral("credit"),
                           QStringLiteral("organisation"), {{QStringLiteral("creditCents"), *before}},
                           {{QStringLiteral("creditCents"), *after}});
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return *after;
}

Status OrganisationService::charge(const Context& context, qint64 cents, LedgerKind kind,
                                   const QJsonObject& details)
{
    return CreditAccount(context).charge(cents, kind, details);
}

Result<std::vector<LedgerEntry>> OrganisationService::ledger(int limit) const
{
    std::vector<LedgerEntry> entries;
    const Status read = LedgerQuery(m_context.database.connection())
                            .forEach(
                                [&entries](const QVariantList& row) {
                                    entries.push_back(LedgerQuery::entry(row));
                                    return true;
                                },
                                limit);
    if (!read)
        return read.error();
    return entries;
}

} // namespace nm
