#include "HistoryPage.h"

#include "Clock.h"
#include "HistoryTableModel.h"
#include "common/Banner.h"
#include "common/ClearButton.h"
#include "common/TableNavigation.h"
#include "common/ViewState.h"
#include "common/Workspace.h"
#include "storage/Database.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace nm {

HistoryPage::HistoryPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new HistoryTableModel(workspace.database().connection(), this))
{
    setObjectName(QStringLiteral("historyPage"));
    workspace.readInBackground(m_model);

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_banner = new Banner(this);
    m_banner->setObjectName(QStringLiteral("historyBanner"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setClearButtonEnabled(true);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &HistoryPage::applyFilter);
    connect(m_searchTimer, &QTimer::timeout, this, &HistoryPage::applyFilter);

    const QDate today = m_workspace.clock().now().toLocalTime().date();
    const auto dateEdit = [this](const QString& name, const QDate& date) {
        auto* edit = new QDateEdit(date, this);
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        connect(edit, &QDateEdit::dateChanged, this, &HistoryPage::applyFilter);
        return edit;
    };
    m_from = dateEdit(QStringLiteral("fromDate"), today.addDays(-30));
    m_until = dateEdit(QStringLiteral("untilDate"), today);
    m_fromCheck = new QCheckBox(this);
    m_fromCheck->setObjectName(QStringLiteral("fromCheck"));
    m_untilCheck = new QCheckBox(this);
    m_untilCheck->setObjectName(QStringLiteral("untilCheck"));
    for (auto [check, edit] : {std::pair{m_fromCheck, m_from}, std::pair{m_untilCheck, m_until}}) {
        connect(check, &QCheckBox::toggled, edit, &QDateEdit::setEnabled);
        connect(check, &QCheckBox::toggled, this, &HistoryPage::applyFilter);
    }

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(HistoryTableModel::Time, 150);
    m_table->setColumnWidth(HistoryTableModel::Administrator, 120);
    m_table->setColumnWidth(HistoryTableModel::Action, 170);
    m_table->setColumnWidth(HistoryTableModel::Object, 170);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(HistoryTableModel::Time, Qt::DescendingOrder);
    makeEndReachable(m_table, m_model);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("historyCount"));

    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(m_findAction);

    auto* top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch();
    top->addWidget(m_search, 1);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_fromCheck);
    dates->addWidget(m_from);
    dates->addSpacing(12);
    dates->addWidget(m_untilCheck);
    dates->addWidget(m_until);
    dates->addStretch();
    dates->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addLayout(dates);
    layout->addWidget(m_table, 1);

    setTabOrder(m_search, m_fromCheck);
    setTabOrder(m_fromCheck, m_from);
    setTabOrder(m_from, m_untilCheck);
    setTabOrder(m_untilCheck, m_until);
    setTabOrder(m_until, m_table);

    // Every write leaves a history entry, so every change refreshes the page.
    connect(&m_workspace, &Workspace::changed, this, [this] {
        {
            const ViewState keep(m_table, m_model);
            m_model->refresh();
        }
        updateCount();
    });
    connect(m_model, &LazyQueryModel::totalCountChanged, this, &HistoryPage::updateCount);
    connect(m_model, &LazyQueryModel::loadingChanged, this, &HistoryPage::updateCount);

    retranslate();
}

void HistoryPage::applyFilter()
{
    m_searchTimer->stop();
    HistoryTableModel::Filter filter;
    filter.text = m_search->text();
    if (m_fromCheck->isChecked())
        filter.from = m_from->date();
    if (m_untilCheck->isChecked())
        filter.until = m_until->date();
    m_model->setFilter(filter);
    updateCount();
}

ExportFilter HistoryPage::exportFilter() const
{
    ExportFilter filter;
    filter.text = m_search->text();
    // Whole local days, as the page shows them.
    if (m_fromCheck->isChecked())
        filter.from = m_from->date().startOfDay();
    if (m_untilCheck->isChecked())
        filter.until = m_until->date().addDays(1).startOfDay();
    return filter;
}

void HistoryPage::updateCount()
{
    m_count->setText(m_model->countText([](int total) { return tr("%Ln entry(s)", "", total); }));
    if (!m_model->lastError().isEmpty())
        m_banner->showError(
            tr("The history could not be read from the database: %1").arg(m_model->lastError()));
}

void HistoryPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HistoryPage::retranslate()
{
    nameClearButton(m_search, tr("Clear"));
    m_title->setText(tr("History"));
    m_search->setPlaceholderText(
        tr("Search the history (%1)").arg(m_findAction->shortcut().toString(QKeySequence::NativeText)));
    m_search->setAccessibleName(tr("Search the history"));
    m_fromCheck->setText(tr("&From"));
    m_fromCheck->setToolTip(tr("Only entries on or after this date"));
    m_from->setAccessibleName(tr("From date"));
    m_untilCheck->setText(tr("&Until"));
    m_untilCheck->setToolTip(tr("Only entries on or before this date"));
    m_until->setAccessibleName(tr("Until date"));
    m_table->setAccessibleName(tr("History"));
    // Dates and times in the language's own format.
    const QString dateFormat = QLocale().dateFormat(QLocale::ShortFormat);
    m_from->setDisplayFormat(dateFormat);
    m_until->setDisplayFormat(dateFormat);
    emit m_model->headerDataChanged(Qt::Horizontal, 0, HistoryTableModel::ColumnCount - 1);
    if (m_model->rowCount() > 0)
        emit m_model->dataChanged(
            m_model->index(0, 0),
            m_model->index(m_model->rowCount() - 1, HistoryTableModel::ColumnCount - 1));
    updateCount();
}

} // namespace nm
