#pragma once

#include "Context.h"
#include "Result.h"

#include <QCoreApplication>

namespace nm {

class Provisioner;

struct ProcessReport
{
    int activated = 0;
    int renewed = 0; // renewal periods charged
    int renewalsFailed = 0;
    int expired = 0;
    int released = 0;

    bool changedAnything() const { return activated + renewed + renewalsFailed + expired + released > 0; }
};

// Brings everything time-driven up to date, in one transaction: provisioning of
// pending numbers, renewals (charged 3 days before paid-until), expiry at paid-until,
// and release after the 90-day hold. Run at start-up and on a timer by the desktop
// program, and by `numbermanager-cli process`.
class NumberProcessor final
{
    Q_DECLARE_TR_FUNCTIONS(nm::NumberProcessor)

public:
    static Result<ProcessReport> process(const Context& context, Provisioner& provisioner);
    // With the local provisioner and the organisation's provisioning delay.
    static Result<ProcessReport> process(const Context& context);
};

} // namespace nm
