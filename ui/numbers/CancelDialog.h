#pragma once

#include "numbers/Number.h"
#include "numbers/NumbersTableModel.h"

#include <QDialog>
#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace nm {

class Banner;
class Workspace;

// "Cancel numbers": lists each number with its assignee and the date it expires, says
// that no extra charges will be made, and cancels them all or none. "Keep numbers" is
// the default button: Enter never cancels anything by accident.
class CancelDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CancelDialog)

public:
    // rows: the numbers to cancel (pending or active).
    CancelDialog(Workspace& workspace, std::vector<NumberRowInfo> rows, QWidget* parent = nullptr);
    // The list shows this many and says how many more: a list of a million rows would
    // take the window seconds to build, and nobody reads it.
    static constexpr std::size_t maxListedNumbers = 500;

    Banner* banner() const { return m_banner; }
    // The numbers as cancelled, once accepted.
    const std::vector<NumberRecord>& cancelled() const { return m_cancelled; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void confirm();

    Workspace& m_workspace;
    std::vector<NumberRowInfo> m_rows;
    std::vector<NumberRecord> m_cancelled;

    Banner* m_banner = nullptr;
    QLabel* m_question = nullptr;
    QTreeWidget* m_list = nullptr;
    QLabel* m_noCharges = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_keep = nullptr;
};

} // namespace nm
