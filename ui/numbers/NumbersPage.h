#pragma once

#include "common/Workspace.h"
#include "io/Exporter.h"
#include "queries/NumberTotals.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace nm {

class Banner;
class NumberDetailsPane;
class UserPreferences;
class NumbersTableModel;
struct NumberRowInfo;

// Features -> Numbers: every member and SIP profile with their numbers, ticked for
// Assign numbers and Cancel numbers, and the current row for Reassign a number. Keeps
// itself up to date from the workspace's change notifications (new numbers turning
// active, other pages' writes), in place.
class NumbersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumbersPage)

public:
    static constexpr int searchDelayMs = 150;

    explicit NumbersPage(Workspace& workspace, QWidget* parent = nullptr);

    NumbersTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    Banner* banner() const { return m_banner; }
    // The dialog opened by one of the three actions while it is open; nullptr otherwise.
    QDialog* openDialog() const { return m_dialog; }
    // The search and state filter, as File -> Export writes the table.
    ExportFilter exportFilter() const;
    // Find, Assign numbers and Reassign a number: also active where the page's
    // surroundings have the focus (the Features menu).
    QList<QAction*> pageShortcuts() const;
    // View -> Columns: one checkable action per column that can be hidden.
    QList<QAction*> columnActions() const { return m_columnActions; }
    // Where the hidden columns are remembered (may be null); applies the remembered choice.
    void setPreferences(UserPreferences* preferences);

public slots:
    // Each opens its dialog window-modally (open(), not exec()) and returns at once.
    void assignNumbers();
    void reassignNumber();
    void cancelNumbers();
    // The number in the selected row: undoes its cancellation, or buys the renewal of an
    // expired number on hold (asked first); for a removed holder's number, asks for the
    // successor to reactivate it for.
    void reactivateNumber();
    // Turns automatic renewal of the selected row's number off, or on again.
    void switchAutoRenew();
    // The details pane's Cancel number: the selected row's number only.
    void cancelSelectedNumber();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void updateActions();
    NumberRowInfo currentRow() const;
    void updateTickAll();
    void updateEmptyHint();
    void updateSummary();
    void showSummary();
    void fillCountryFilter();
    void fillAreaFilter();
    void applyFilters();
    void onWorkspaceChanged(Workspace::Changes changes);
    void showDialog(QDialog* dialog);
    // Runs `work` on the ticked rows off the window's thread (NumbersTableModel::
    // withTickedRows), the actions waiting meanwhile; then `open` with what it gives, unless
    // that is nothing or a dialog opened since.
    template <typename Items>
    void openForTicked(std::function<Items(std::vector<NumberRowInfo>)> work,
                       void (NumbersPage::*open)(Items));
    void openAssignDialog(std::vector<AssigneeRef> assignees);
    void openCancelDialog(std::vector<NumberRowInfo> rows);

    Workspace& m_workspace;
    NumbersTableModel* m_model = nullptr;
    QPointer<QDialog> m_dialog;
    bool m_gatheringTicks = false; // the ticked rows are being put in order for a dialog
    QTimer m_searchTimer;

    QLabel* m_title = nullptr;
    Banner* m_banner = nullptr;
    QLabel* m_emptyHint = nullptr;
    QLabel* m_summary = nullptr;
    std::optional<NumberTotals> m_totals;
    NumberDetailsPane* m_details = nullptr;
    QString m_detailsKey; // the row the details pane shows
    bool m_detailsStale = true;
    QLabel* m_searchLabel = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_stateFilter = nullptr;
    QCheckBox* m_tickAll = nullptr;
    QComboBox* m_kindFilter = nullptr;
    QComboBox* m_countryFilter = nullptr;
    QComboBox* m_areaFilter = nullptr;
    QCheckBox* m_withoutNumber = nullptr;
    QCheckBox* m_autoRenewOff = nullptr;
    QCheckBox* m_expiring = nullptr;
    QSpinBox* m_expiringDays = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_assignButton = nullptr;
    QPushButton* m_reassignButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_reactivateButton = nullptr;
    QPushButton* m_autoRenewButton = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_assignAction = nullptr;
    QAction* m_reassignAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QAction* m_tickAllOfAction = nullptr;
    QList<QAction*> m_columnActions;
    UserPreferences* m_preferences = nullptr;
};

} // namespace nm
