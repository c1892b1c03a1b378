#pragma once

#include "numbers/Number.h"
#include "numbers/NumbersTableModel.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace nm {

class AssigneeCompleter;
class Banner;
class Workspace;

// "Reassign a number": type the name of the member or SIP profile (completion helps),
// Confirm. The article's warning about the terms is always shown. A refusal (unknown,
// ambiguous, residency, limit, changed meanwhile) stays in the dialog and changes nothing.
// For a number held by a removed member, the same dialog reactivates the number for the
// successor typed (Purpose::ReactivateForSuccessor).
class ReassignDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReassignDialog)

public:
    static constexpr int completionLimit = 20;

    enum class Purpose
    {
        Reassign,
        ReactivateForSuccessor
    };

    ReassignDialog(Workspace& workspace, NumberRowInfo row, QWidget* parent = nullptr,
                   Purpose purpose = Purpose::Reassign);
    Purpose purpose() const { return m_purpose; }

    AssigneeCompleter* completer() const { return m_completer; }
    Banner* banner() const { return m_banner; }
    // The number as reassigned, once accepted.
    const NumberRecord& reassigned() const { return m_reassigned; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateCompletions(const QString& text);
    void confirm();

    Workspace& m_workspace;
    NumberRowInfo m_row;
    Purpose m_purpose = Purpose::Reassign;
    NumberRecord m_reassigned;
    // The assignee picked from the completion, while the field still shows its name.
    std::optional<AssigneeRef> m_picked;
    QString m_pickedName;

    Banner* m_banner = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_numberLabel = nullptr;
    QLabel* m_currentLabel = nullptr;
    QLabel* m_targetLabel = nullptr;
    QLineEdit* m_target = nullptr;
    AssigneeCompleter* m_completer = nullptr;
    QLabel* m_warning = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace nm
