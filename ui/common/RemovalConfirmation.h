#pragma once

#include "Context.h"
#include "Result.h"
#include "numbers/Number.h"

#include <QCoreApplication>
#include <vector>

class QWidget;

namespace nm {

// What removing a member or a SIP profile does to their numbers (rule 5: each is
// cancelled, stays usable until its paid-until date, no extra charges), said before it
// happens, and the administrator's yes or no.
class RemovalConfirmation final
{
    Q_DECLARE_TR_FUNCTIONS(nm::RemovalConfirmation)

public:
    // The numbers the removal cancels: the pending and active numbers the assignee holds.
    static Result<std::vector<NumberRecord>> numbersToCancel(const Context& context, AssigneeKind kind,
                                                             qint64 id, const QString& key);

    // question: "Remove the member Jan de Vries (jan.devries)?"
    static QString text(const QString& question, const std::vector<NumberRecord>& numbers);

    // Asks through nm::MessageBox (which tests pre-answer); true for Yes.
    static bool ask(QWidget* parent, const QString& title, const QString& question,
                    const std::vector<NumberRecord>& numbers);
};

} // namespace nm
