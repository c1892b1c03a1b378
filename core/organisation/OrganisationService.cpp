#include "OrganisationService.h"

#include "Clock.h"
#include "Money.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace nm {

namespace {

// Creates the organisation row when an administrator tops up or buys before naming it.
Status ensureOrganisation(const Context& context)
{
    QSqlQuery query(context.database.connection());
    if (Status s = prepare(query,
                           QStringLiteral("INSERT OR IGNORE INTO organisation (id, name, created_at) "
                                          "VALUES (1, ?, ?)"));
        !s)
        return s;
    query.addBindValue(OrganisationService::tr("My organisation"));
    query.addBindValue(toStorage(context.clock.now()));
    return exec(query);
}

Status checkName(const QString& name)
{
    if (name.trimmed().isEmpty() || name.size() > 200)
        return Error{ErrorCode::InvalidInput,
                     OrganisationService::tr("The organisation needs a name of at most 200 characters."),
                     QStringLiteral("name")};
    return {};
}

Status addLedgerRow(const Context& context, LedgerKind kind, qint64 amount, qint64 balanceAfter,
                    const QString& description)
{
    QSqlQuery query(context.database.connection());
    if (Status s = prepare(query,
                           QStringLiteral("INSERT INTO credit_ledger (at, actor, kind, amount_cents, "
                                          "balance_after_cents, description) VALUES (?, ?, ?, ?, ?, ?)"));
        !s)
        return s;
    query.addBindValue(toStorage(context.clock.now()));
    query.addBindValue(context.actor);
    query.addBindValue(OrganisationService::kindKey(kind));
    query.addBindValue(amount);
    query.addBindValue(balanceAfter);
    query.addBindValue(description);
    return exec(query);
}

} // namespace

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

Result<Organisation> OrganisationService::create(const QString& name)
{
    if (Status s = checkName(name); !s)
        return s.error();
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
    query.addBindValue(name);
    query.addBindValue(toStorage(m_context.clock.now()));
    if (Status s = exec(query); !s)
        return s.error();
    if (query.numRowsAffected() == 0)
        return Error{ErrorCode::Duplicate, tr("This database already has an organisation."),
                     QStringLiteral("name")};
    if (Status s
        = AuditLog::record(m_context, QStringLiteral("organisation.create"), QStringLiteral("organisation"),
                           name, {}, {{QStringLiteral("name"), name}});
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    auto created = get();
    if (!created)
        return created.error();
    return **created;
}

Status OrganisationService::rename(const QString& name)
{
    if (Status s = checkName(name); !s)
        return s;
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
    query.addBindValue(name);
    if (Status s = exec(query); !s)
        return s;
    const QString old = current->has_value() ? (*current)->name : QString();
    if (Status s
        = AuditLog::record(m_context, QStringLiteral("organisation.rename"), QStringLiteral("organisation"),
                           name, {{QStringLiteral("name"), old}}, {{QStringLiteral("name"), name}});
        !s)
        return s;
    return transaction.commit();
}

qint64 OrganisationService::balanceCents() const
{
    QSqlQuery query(m_context.database.connection());
    if (query.exec(QStringLiteral("SELECT credit_cents FROM organisation WHERE id = 1")) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

Result<qint64> OrganisationService::topUp(qint64 cents)
{
    constexpr qint64 maximum = 100'000'000; // one million euros at a time
    if (cents <= 0 || cents > maximum)
        return Error{
            ErrorCode::InvalidInput,
            tr("A top-up must be more than 0.00 and at most %1 euros.").arg(formatEurosPlain(maximum)),
            QStringLiteral("amount")};
    QSqlDatabase db = m_context.database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    if (Status s = ensureOrganisation(m_context); !s)
        return s.error();
    const qint64 before = balanceCents();
    const qint64 after = before + cents;
    QSqlQuery query(db);
    if (Status s = prepare(query, QStringLiteral("UPDATE organisation SET credit_cents = ? WHERE id = 1"));
        !s)
        return s.error();
    query.addBindValue(after);
    if (Status s = exec(query); !s)
        return s.error();
    if (Status s = addLedgerRow(m_context, LedgerKind::TopUp, cents, after, tr("Credit top-up")); !s)
        return s.error();
    if (Status s = AuditLog::record(m_context, QStringLiteral("credit.top_up"), QStringLiteral("credit"),
                                    QStringLiteral("organisation"), {{QStringLiteral("creditCents"), before}},
                                    {{QStringLiteral("creditCents"), after}});
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return after;
}

Status OrganisationService::charge(const Context& context, qint64 cents, LedgerKind kind,
                                   const QString& description)
{
    Q_ASSERT(cents > 0);
    if (Status s = ensureOrganisation(context); !s)
        return s;
    const qint64 before = OrganisationService(context).balanceCents();
    if (before < cents)
        return Error{
            ErrorCode::InsufficientCredit,
            tr("There is not enough credit: this costs %1 euros and the credit is %2 euros. Top up the "
               "credit and try again. Nothing was bought or charged.")
                .arg(formatEurosPlain(cents), formatEurosPlain(before)),
            QStringLiteral("credit")};
    const qint64 after = before - cents;
    QSqlQuery query(context.database.connection());
    if (Status s = prepare(query, QStringLiteral("UPDATE organisation SET credit_cents = ? WHERE id = 1"));
        !s)
        return s;
    query.addBindValue(after);
    if (Status s = exec(query); !s)
        return s;
    return addLedgerRow(context, kind, -cents, after, description);
}

Result<std::vector<LedgerEntry>> OrganisationService::ledger(int limit) const
{
    QSqlQuery query(m_context.database.connection());
    query.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT id, at, actor, kind, amount_cents, balance_after_cents, description "
                                 "FROM credit_ledger ORDER BY id DESC");
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    if (!query.exec(sql))
        return databaseError(query);
    std::vector<LedgerEntry> entries;
    while (query.next()) {
        LedgerEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = fromStorage(query.value(1).toString());
        entry.actor = query.value(2).toString();
        const QString kind = query.value(3).toString();
        entry.kind = kind == QLatin1String("purchase") ? LedgerKind::Purchase
            : kind == QLatin1String("renewal")         ? LedgerKind::Renewal
                                                       : LedgerKind::TopUp;
        entry.amountCents = query.value(4).toLongLong();
        entry.balanceAfterCents = query.value(5).toLongLong();
        entry.description = query.value(6).toString();
        entries.push_back(entry);
    }
    return entries;
}

} // namespace nm
