#pragma once

#include "Context.h"
#include "Result.h"

#include <QCoreApplication>

namespace nm {

// A ready-made organisation to explore the program with: "Demo B.V." with about fifty
// members, three SIP profiles, credit and a dozen numbers in several states. Everything
// is made through the core services, so that the history shows it the way an
// administrator would have done it, inside one outer transaction: whole or not at all.
class DemoOrganisation final
{
    Q_DECLARE_TR_FUNCTIONS(nm::DemoOrganisation)

public:
    static QString name() { return QStringLiteral("Demo B.V."); }
    static constexpr qint64 creditCents = 250'00;

    // Refused (ErrorCode::Conflict, nothing written) on a database that already has an
    // organisation, members, SIP profiles or numbers. A failure part-way says which
    // step failed; the steps before it stay done.
    static Status load(const Context& context);

    // Whether load() would refuse: the database already holds an organisation or data.
    static Result<bool> databaseHasData(const Context& context);
};

} // namespace nm
