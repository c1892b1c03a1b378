#pragma once

#include "Context.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <optional>
#include <vector>

namespace nm {

struct Organisation
{
    QString name;
    QString currency = QStringLiteral("EUR");
    qint64 creditCents = 0;
    QDateTime createdAt;
};

enum class LedgerKind
{
    TopUp,
    Purchase,
    Renewal
};

struct LedgerEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    LedgerKind kind = LedgerKind::TopUp;
    qint64 amountCents = 0; // positive for a top-up, negative for a charge
    qint64 balanceAfterCents = 0;
    QString description;
};

// The organisation and its credit. Numbers are paid from the credit; every top-up and
// charge is a ledger row written in the same transaction as the change it pays for.
class OrganisationService final
{
    Q_DECLARE_TR_FUNCTIONS(nm::OrganisationService)

public:
    explicit OrganisationService(const Context& context);

    // Nothing on a database where no organisation was created yet (first run).
    Result<std::optional<Organisation>> get() const;
    Result<Organisation> create(const QString& name);
    Status rename(const QString& name);

    qint64 balanceCents() const;
    // Adds credit; returns the new balance.
    Result<qint64> topUp(qint64 cents);
    // Newest first.
    Result<std::vector<LedgerEntry>> ledger(int limit = -1) const;

    // For services, inside their own open transaction: takes `cents` from the credit
    // and writes the ledger row. InsufficientCredit when the balance does not cover it.
    static Status charge(const Context& context, qint64 cents, LedgerKind kind, const QString& description);
    static QString kindKey(LedgerKind kind);

private:
    Context m_context;
};

} // namespace nm
