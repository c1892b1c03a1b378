#pragma once

#include "Context.h"
#include "Result.h"
#include "catalogue/Catalogue.h"
#include "numbers/Assignee.h"
#include "numbers/Number.h"

#include <QCoreApplication>
#include <functional>
#include <optional>
#include <vector>

namespace nm {

struct PurchaseRequest
{
    std::vector<AssigneeRef> assignees; // ticked rows (the UI)
    QStringList assigneeNames; // typed names (the command-line tool)
    QString country;
    QString areaCode;
    BillingPeriod period = BillingPeriod::OneMonth;
    bool termsAccepted = false;
    // The terms version the administrator read; refused when the catalogue changed since.
    QString termsVersion;
};

struct PurchaseResult
{
    std::vector<NumberRecord> numbers;
    qint64 totalCents = 0;
    qint64 creditAfterCents = 0;
};

// Called now and then during long work: (done, total); return false to cancel, which
// rolls everything back.
using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;

struct NumberFilter
{
    std::optional<NumberState> state;
    QString text; // part of the number or of the assignee's names
    bool includeReleased = true;
};

// Rules 1-5: buying and assigning, reassigning, cancelling and reactivating numbers.
// Each call is one transaction with its audit entries: it happens whole or not at all.
class NumberService final
{
    Q_DECLARE_TR_FUNCTIONS(nm::NumberService)

public:
    explicit NumberService(const Context& context);

    // The price of a purchase before it is made (for the dialog's total).
    Result<qint64> quote(const QString& country, BillingPeriod period, int count) const;

    Result<PurchaseResult> buy(const PurchaseRequest& request, const ProgressCallback& progress = {});

    // expectedVersion: the number's version the administrator saw; when another
    // administrator changed the number since, the reassignment is refused.
    Result<NumberRecord> reassign(const QString& number, const QString& targetName,
                                  std::optional<int> expectedVersion = std::nullopt);
    Result<NumberRecord> reassign(const QString& number, const AssigneeRef& target,
                                  std::optional<int> expectedVersion = std::nullopt);

    // Stops auto-renewal; each number stays usable until its paid-until date.
    Result<std::vector<NumberRecord>> cancel(const QStringList& numbers,
                                             const ProgressCallback& progress = {});
    Result<std::vector<NumberRecord>> cancelForAssignees(const std::vector<AssigneeRef>& assignees);
    Result<std::vector<NumberRecord>> cancelForMember(const QString& memberName);

    // Undoes a cancellation before paid-until (no charge), or buys the renewal of an
    // expired number still on hold (charged, a new period from now).
    Result<NumberRecord> reactivate(const QString& number);

    Result<NumberRecord> find(const QString& number) const;
    Result<std::vector<NumberRecord>> list(const NumberFilter& filter = {}) const;

    // Within an open transaction (member and SIP profile removal, rule 5): cancels
    // every usable number of the assignee and writes the audit entries.
    static Result<std::vector<NumberRecord>> cancelHeldBy(const Context& context,
                                                          const AssigneeRef& assignee);

    // "+31 20 123 4567", "0031201234567" -> "+31201234567"; empty when not a number.
    static QString canonical(const QString& typed);

private:
    Result<NumberRecord> reassignTo(const QString& number, const Result<Assignee>& target,
                                    std::optional<int> expectedVersion);
    Context m_context;
};

} // namespace nm
