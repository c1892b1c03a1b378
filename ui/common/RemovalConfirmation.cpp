#include "RemovalConfirmation.h"

#include "Format.h"
#include "MessageBox.h"
#include "numbers/NumberService.h"
#include "phone/PhoneNumbers.h"

namespace nm {

Result<std::vector<NumberRecord>>
RemovalConfirmation::numbersToCancel(const Context& context, AssigneeKind kind, qint64 id, const QString& key)
{
    // The text filter narrows the search in SQL; the id makes it exact.
    NumberFilter filter;
    filter.text = key;
    filter.includeReleased = false;
    auto found = NumberService(context).list(filter);
    if (!found)
        return found.error();
    std::vector<NumberRecord> numbers;
    for (NumberRecord& number : found.value())
        if (number.assigneeKind == kind && number.assigneeId == id
            && (number.state == NumberState::Pending || number.state == NumberState::Active))
            numbers.push_back(std::move(number));
    return numbers;
}

QString RemovalConfirmation::text(const QString& question, const std::vector<NumberRecord>& numbers)
{
    if (numbers.empty())
        return question;
    QStringList lines;
    lines << question << QString() << tr("Their %Ln number(s) will be cancelled:", "", int(numbers.size()));
    for (const NumberRecord& number : numbers)
        lines
            << tr("  %1 - expires on %2").arg(formatInternational(number.e164), formatDate(number.paidUntil));
    lines << QString()
          << tr("Each number stays usable until the date shown and then expires. No extra charges will be "
                "made.");
    return lines.join(QLatin1Char('\n'));
}

bool RemovalConfirmation::ask(QWidget* parent, const QString& title, const QString& question,
                              const std::vector<NumberRecord>& numbers)
{
    return MessageBox::question(parent, title, text(question, numbers)) == QMessageBox::Yes;
}

} // namespace nm
