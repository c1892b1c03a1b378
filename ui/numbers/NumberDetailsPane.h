#pragma once

#include "numbers/NumbersTableModel.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;

namespace nm {

class Workspace;

// The details of the selected row, beside the Numbers table: for a number its holder,
// state, purchase (when, by whom), billing period and price, paid-until date, automatic
// renewal, the terms accepted (country, version, when, by whom, and their text) and its
// own history, with the actions that apply to it; for a member or SIP profile without
// a number, the numbers they hold.
class NumberDetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberDetailsPane)

public:
    static constexpr int historyLimit = 20;

    explicit NumberDetailsPane(Workspace& workspace, QWidget* parent = nullptr);

    // Shows the row (an empty one: "Select a row"); read again from the database.
    void showRow(const NumberRowInfo& row);
    // The pane's text as a screen reader or a test reads it: "Label: value" lines.
    QString detailsText() const;
    void setActionsEnabled(bool reassign, bool cancel, bool reactivate, bool autoRenew, bool autoRenewOn);

signals:
    void reassignRequested();
    void cancelRequested();
    void reactivateRequested();
    void autoRenewRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void addLine(const QString& label, const QString& value);

    Workspace& m_workspace;
    NumberRowInfo m_row;
    QLabel* m_title = nullptr;
    QWidget* m_fields = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_terms = nullptr;
    QLabel* m_listTitle = nullptr;
    QListWidget* m_list = nullptr;
    QPushButton* m_reassign = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_reactivate = nullptr;
    QPushButton* m_autoRenew = nullptr;
};

} // namespace nm
