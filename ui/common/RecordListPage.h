#pragma once

#include "common/Workspace.h"

#include <QDialog>
#include <QPointer>
#include <QWidget>
#include <functional>

class QAction;
class QDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace nm {

class Banner;
class LazyQueryModel;

// What the members and SIP profiles pages have in common: a title, a banner, a search
// field (Ctrl+F, applied shortly after typing), a sortable table over a lazy model, and
// Add (Ctrl+N), Edit (Enter, double-click) and Remove (Delete). The feature page says
// what its records are and what adding, editing and removing does.
class RecordListPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordListPage)

public:
    LazyQueryModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    Banner* banner() const { return m_banner; }
    // The add or edit dialog while it is open (window-modal, so it does not block).
    QDialog* openDialog() const { return m_dialog; }
    // The selected row, or -1.
    int currentRow() const;
    // What the search field applies: what File -> Export writes.
    QString searchText() const { return filterText(); }
    // Find and Add: also active where the page's surroundings have the focus.
    QList<QAction*> pageShortcuts() const;

public slots:
    void addRecord();
    void editCurrentRecord();
    void removeCurrentRecord();
    // Applies the search field's text now.
    void applySearch();

protected:
    // objectNamePrefix: "member" gives "memberSearch", "addMemberButton", ...
    RecordListPage(Workspace& workspace, LazyQueryModel* model, const QString& objectNamePrefix,
                   Workspace::Changes refreshOn, QWidget* parent);

    // Called from the subclass's constructor once it is complete.
    void initialise();

    virtual QDialog* createAddDialog() = 0;
    virtual QDialog* createEditDialog(int row) = 0; // nullptr after showing why in the banner
    virtual void removeRow(int row) = 0;
    virtual void setFilterText(const QString& text) = 0;
    virtual QString filterText() const = 0;

    struct Texts
    {
        QString title; // "Members"
        QString searchHint; // "Search members"
        QString addButton; // "&Add member"
        QString addToolTip; // "Add a member"
        QString editToolTip; // "Change the selected member"
        QString removeToolTip; // "Remove the selected member"
        std::function<QString(int)> countText; // "12 members"
        QString readError; // "The members could not be read from the database: %1"
    };
    virtual Texts texts() const = 0;

    // Call from the subclass's LanguageChange handling.
    void retranslate();
    void changeEvent(QEvent* event) override;

    Workspace& workspace() const { return m_workspace; }

private:
    void updateButtons();
    void updateCount();
    void showDialog(QDialog* dialog);

    Workspace& m_workspace;
    LazyQueryModel* m_model = nullptr;
    Banner* m_banner = nullptr;
    QLabel* m_title = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer* m_searchTimer = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_addAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_removeAction = nullptr;
    QPointer<QDialog> m_dialog;
};

} // namespace nm
