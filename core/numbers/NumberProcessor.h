#pragma once

#include "Context.h"
#include "Result.h"

#include <QCoreApplication>
#include <functional>

namespace nm {

class Provisioner;

struct ProcessReport
{
    int activated = 0;
    int renewed = 0; // renewal periods charged
    int renewalsFailed = 0;
    int expired = 0;
    int released = 0;
    // A batch ended before everything was up to date: call process() again, with
    // provisionAfter.
    bool more = false;
    // Where the next batch goes on provisioning: after this number (see process()).
    QString provisionAfter;

    bool changedAnything() const { return activated + renewed + renewalsFailed + expired + released > 0; }
    void add(const ProcessReport& other);
};

// Brings everything time-driven up to date, in one transaction: provisioning of
// pending numbers, renewals (charged 3 days before paid-until), expiry at paid-until,
// and release after the 90-day hold. Run at start-up and on a timer by the desktop
// program, and by `numbermanager-cli process`.
class NumberProcessor final
{
    Q_DECLARE_TR_FUNCTIONS(nm::NumberProcessor)

public:
    // batchSize > 0 bounds the transaction: each step (provisioning, renewal, expiry,
    // release) changes at most that many numbers, and the report says whether there is
    // more. The order is kept across batches: renewals are charged oldest period first.
    // Pending numbers are read in the order of their numbers, a batch at a time after
    // `provisionAfter` (the last batch's report's), so that a million pending numbers are
    // read once, not once per batch; those not ready yet wait for the next round.
    static Result<ProcessReport> process(const Context& context, Provisioner& provisioner, int batchSize = 0,
                                         const QString& provisionAfter = {});
    // With the local provisioner and the organisation's provisioning delay.
    static Result<ProcessReport> process(const Context& context, int batchSize = 0,
                                         const QString& provisionAfter = {});
    // Batch after batch, each its own transaction, until everything is up to date or
    // `carryOn` (asked after each batch with the total so far) returns false. Other
    // administrators and the program's own writes get their turn between batches.
    static Result<ProcessReport> processInBatches(const Context& context, int batchSize,
                                                  const std::function<bool(const ProcessReport&)>& carryOn
                                                  = {});
};

} // namespace nm
