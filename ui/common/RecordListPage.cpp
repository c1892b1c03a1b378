#include "RecordListPage.h"

#include "common/ActionIcons.h"
#include "common/Banner.h"
#include "common/ClearButton.h"
#include "common/LazyQueryModel.h"
#include "common/TableNavigation.h"
#include "common/ViewState.h"
#include "storage/Database.h"

#include <QAction>
#include <QDialog>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace nm {

namespace {
QString capitalised(const QString& text)
{
    return text.left(1).toUpper() + text.mid(1);
}
} // namespace

RecordListPage::RecordListPage(Workspace& workspace, LazyQueryModel* model, const QString& prefix,
                               Workspace::Changes refreshOn, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(model)
{
    m_model->setParent(this);
    workspace.readInBackground(m_model);

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_banner = new Banner(this);
    m_banner->setObjectName(prefix + QStringLiteral("Banner"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(prefix + QStringLiteral("Search"));
    m_search->setClearButtonEnabled(true);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &RecordListPage::applySearch);
    connect(m_searchTimer, &QTimer::timeout, this, &RecordListPage::applySearch);

    m_table = new QTableView(this);
    m_table->setObjectName(prefix + QStringLiteral("Table"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    m_count = new QLabel(this);
    m_count->setObjectName(prefix + QStringLiteral("Count"));

    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(QStringLiteral("add") + capitalised(prefix) + QStringLiteral("Button"));
    m_editButton = new QPushButton(this);
    m_editButton->setObjectName(QStringLiteral("edit") + capitalised(prefix) + QStringLiteral("Button"));
    m_removeButton = new QPushButton(this);
    m_removeButton->setObjectName(QStringLiteral("remove") + capitalised(prefix) + QStringLiteral("Button"));
    m_addButton->setIcon(actionIcon(QStringLiteral("list-add")));
    m_editButton->setIcon(actionIcon(QStringLiteral("document-edit")));
    m_removeButton->setIcon(actionIcon(QStringLiteral("edit-delete")));
    connect(m_addButton, &QPushButton::clicked, this, &RecordListPage::addRecord);
    connect(m_editButton, &QPushButton::clicked, this, &RecordListPage::editCurrentRecord);
    connect(m_removeButton, &QPushButton::clicked, this, &RecordListPage::removeCurrentRecord);

    // Page-wide shortcuts while the page has the focus; Enter and Delete on the table only,
    // so that they keep their usual meaning in the search field.
    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    m_addAction = new QAction(this);
    m_addAction->setShortcut(QKeySequence::New);
    m_addAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_addAction, &QAction::triggered, this, &RecordListPage::addRecord);
    addAction(m_findAction);
    addAction(m_addAction);
    m_editAction = new QAction(this);
    m_editAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_editAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_editAction, &QAction::triggered, this, &RecordListPage::editCurrentRecord);
    m_removeAction = new QAction(this);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_removeAction, &QAction::triggered, this, &RecordListPage::removeCurrentRecord);
    m_table->addAction(m_editAction);
    m_table->addAction(m_removeAction);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_title);
    searchRow->addStretch();
    searchRow->addWidget(m_search, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    buttons->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    setTabOrder(m_search, m_table);
    setTabOrder(m_table, m_addButton);
    setTabOrder(m_addButton, m_editButton);
    setTabOrder(m_editButton, m_removeButton);

    connect(&m_workspace, &Workspace::changed, this, [this, refreshOn](Workspace::Changes changes) {
        if (changes & refreshOn) {
            {
                const ViewState keep(m_table, m_model);
                m_model->refresh();
            }
            updateCount();
            updateButtons();
        }
    });
    connect(m_model, &LazyQueryModel::totalCountChanged, this, &RecordListPage::updateCount);
    connect(m_model, &LazyQueryModel::loadingChanged, this, &RecordListPage::updateCount);
}

void RecordListPage::initialise()
{
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    makeEndReachable(m_table, m_model);
    connect(m_table, &QTableView::doubleClicked, this, &RecordListPage::editCurrentRecord);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RecordListPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordListPage::updateButtons);
    retranslate();
    updateButtons();
}

void RecordListPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RecordListPage::retranslate()
{
    nameClearButton(m_search, tr("Clear"));
    const Texts t = texts();
    const auto keys = [](QAction* action) { return action->shortcut().toString(QKeySequence::NativeText); };
    m_title->setText(t.title);
    m_search->setPlaceholderText(tr("%1 (%2)").arg(t.searchHint, keys(m_findAction)));
    m_search->setAccessibleName(t.searchHint);
    m_table->setAccessibleName(t.title);
    m_addButton->setText(t.addButton);
    m_addButton->setToolTip(tr("%1 (%2)").arg(t.addToolTip, keys(m_addAction)));
    m_editButton->setText(tr("&Edit"));
    m_editButton->setToolTip(tr("%1 (Enter or double-click)").arg(t.editToolTip));
    m_removeButton->setText(tr("&Remove"));
    m_removeButton->setToolTip(tr("%1 (%2)").arg(t.removeToolTip, keys(m_removeAction)));
    // The headers are the model's; it answers in the new language when asked again.
    emit m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
    updateCount();
}

void RecordListPage::updateCount()
{
    const Texts t = texts();
    m_count->setText(m_model->countText(t.countText));
    if (!m_model->lastError().isEmpty())
        m_banner->showError(t.readError.arg(m_model->lastError()));
}

void RecordListPage::updateButtons()
{
    // A viewer (or a read-only file) looks; the server would refuse every change anyway.
    const bool writable = m_workspace.canWrite();
    const bool selected = currentRow() >= 0;
    m_addButton->setEnabled(writable);
    m_editButton->setEnabled(selected && writable);
    m_removeButton->setEnabled(selected && writable);
    for (QPushButton* button : {m_addButton, m_editButton, m_removeButton})
        button->setToolTip(writable ? QString() : m_workspace.database().readOnlyMessage());
}

QList<QAction*> RecordListPage::pageShortcuts() const
{
    return {m_findAction, m_addAction};
}

int RecordListPage::currentRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void RecordListPage::applySearch()
{
    m_searchTimer->stop();
    if (m_search->text() == filterText())
        return;
    setFilterText(m_search->text());
    updateCount();
}

void RecordListPage::showDialog(QDialog* dialog)
{
    delete m_dialog; // at most one at a time
    m_dialog = dialog;
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    dialog->open();
}

void RecordListPage::addRecord()
{
    m_banner->clear();
    showDialog(createAddDialog());
}

void RecordListPage::editCurrentRecord()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_banner->clear();
    if (QDialog* dialog = createEditDialog(row))
        showDialog(dialog);
}

void RecordListPage::removeCurrentRecord()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_banner->clear();
    removeRow(row);
}

} // namespace nm
