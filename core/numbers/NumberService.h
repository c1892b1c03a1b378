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
    bool byNumber = false; // sorted by number (E.164) rather than in the order bought
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

    // Stops auto-renewal; each number stays usable until its paid-until date. A number
    // given twice (in any notation) is cancelled once.
    Result<std::vector<NumberRecord>> cancel(const QStringList& numbers,
                                             const ProgressCallback& progress = {});
    Result<std::vector<NumberRecord>> cancelForAssignees(const std::vector<AssigneeRef>& assignees);
    Result<std::vector<NumberRecord>> cancelForMember(const QString& memberName);

    // Undoes a cancellation before paid-until (no charge), or buys the renewal of an
    // expired number still on hold (charged, a new period from now). The checks of a
    // purchase apply: the holder must be active, within the per-member limit, and meet the
    // number's residency terms. `successor` (a name, as for reassign) reactivates it for
    // someone else, such as the successor of a removed member, in the same transaction.
    Result<NumberRecord> reactivate(const QString& number, const QString& successor = {});
    Result<NumberRecord> reactivate(const QString& number, const AssigneeRef& successor);

    // Turns automatic renewal of a pending or active number on or off. Off, the number
    // stays in use until its paid-until date and then expires; on again, it renews (also
    // after a renewal failed for lack of credit).
    Result<NumberRecord> setAutoRenew(const QString& number, bool on);

    Result<NumberRecord> find(const QString& number) const;
    Result<std::vector<NumberRecord>> list(const NumberFilter& filter = {}) const;
    // The same numbers one at a time, in constant memory; `visit` returns false to stop.
    Status forEach(const NumberFilter& filter, const std::function<bool(const NumberRecord&)>& visit) const;

    // Within an open transaction (member and SIP profile removal, rule 5): cancels
    // every usable number of the assignee and writes the audit entries.
    static Result<std::vector<NumberRecord>> cancelHeldBy(const Context& context,
                                                          const AssigneeRef& assignee);

    // Within an open transaction (editing a member's or SIP profile's address): refuses,
    // naming the numbers and what to do, when `moved` (with its new country and city)
    // would no longer meet the residency terms of a pending or active number it holds.
    static Status checkTermsAfterMove(const Context& context, const Assignee& moved);

    // "+31 20 123 4567", "0031201234567", "tel:+31..." -> "+31201234567"; empty when not a number.
    static QString canonical(const QString& typed);

private:
    using TargetLookup = std::function<Result<Assignee>(const AssigneeResolver&)>;
    Result<NumberRecord> reassignTo(const QString& number, const TargetLookup& target,
                                    std::optional<int> expectedVersion);
    Result<NumberRecord> reactivateFor(const QString& number, const TargetLookup& successor);
    Context m_context;
};

} // namespace nm
