#pragma once

#include "Context.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>
#include <optional>
#include <vector>

namespace nm {

class JsonObjectText;

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
    // What was paid for, language-neutral: {"count", "country", "areaCode", "months"} for a
    // purchase, {"number", "months"} for a renewal, plus "reactivation": true. Rendered
    // in the reader's language by description().
    QJsonObject details;
    QString storedDescription; // rows written before details existed: text as written then

    // "3 numbers in Nederland, area code 20 (Amsterdam), billed every month", in the
    // current language.
    QString description() const;
};

// The credit of the organisation inside one write transaction: the balance is read once,
// under the write lock, and every charge and top-up is checked arithmetic against it,
// with its ledger row. Statements are prepared once, for processing that renews thousands.
class CreditAccount final
{
    Q_DECLARE_TR_FUNCTIONS(nm::CreditAccount)
    Q_DISABLE_COPY_MOVE(CreditAccount)

public:
    explicit CreditAccount(const Context& context);

    Result<qint64> balance();
    // Takes `cents` (> 0) from the credit; InsufficientCredit when the balance does not cover it.
    Status charge(qint64 cents, LedgerKind kind, const QJsonObject& details);
    // The same with the details written as text (a renewal round charges thousands).
    Status charge(qint64 cents, LedgerKind kind, const JsonObjectText& details);
    // Adds `cents` (> 0); refused when the credit would exceed money::maxBalanceCents.
    Result<qint64> add(qint64 cents, const QJsonObject& details);

private:
    Status chargeText(qint64 cents, LedgerKind kind, const QString& details);
    Status write(LedgerKind kind, qint64 amount, qint64 after, const QString& details);

    const Context& m_context;
    std::optional<qint64> m_balance;
    QSqlQuery m_update;
    QSqlQuery m_ledger;
    Status m_prepared;
    bool m_ledgerBound = false; // what m_ledger has bound from the last row
    QDateTime m_lastAt;
    LedgerKind m_lastKind = LedgerKind::TopUp;
};

// The organisation and its credit. Numbers are paid from the credit; every top-up and
// charge is a ledger row written in the same transaction as the change it pays for.
class OrganisationService final
{
    Q_DECLARE_TR_FUNCTIONS(nm::OrganisationService)

public:
    static constexpr int nameMaxLength = 200;

    explicit OrganisationService(const Context& context);

    // Nothing on a database where no organisation was created yet (first run).
    Result<std::optional<Organisation>> get() const;
    Result<Organisation> create(const QString& name);
    Status rename(const QString& name);

    // The credit; a read failure is an error, never "no credit".
    Result<qint64> balanceCents() const;
    // Adds credit (at most money::maxTopUpCents at a time); returns the new balance.
    Result<qint64> topUp(qint64 cents);
    // Newest first.
    Result<std::vector<LedgerEntry>> ledger(int limit = -1) const;

    // For services, inside their own open transaction: takes `cents` from the credit
    // and writes the ledger row. InsufficientCredit when the balance does not cover it.
    static Status charge(const Context& context, qint64 cents, LedgerKind kind, const QJsonObject& details);
    static QString kindKey(LedgerKind kind);
    static LedgerKind kindFromKey(const QString& key);

private:
    Context m_context;
};

} // namespace nm
