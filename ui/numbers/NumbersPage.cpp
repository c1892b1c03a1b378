#include "NumbersPage.h"

#include "AssignDialog.h"
#include "CancelDialog.h"
#include "Clock.h"
#include "Format.h"
#include "NumberDetailsPane.h"
#include "NumbersTableModel.h"
#include "ReassignDialog.h"
#include "UserPreferences.h"
#include "catalogue/Catalogue.h"
#include "common/ActionIcons.h"
#include "common/BackgroundReader.h"
#include "common/Banner.h"
#include "common/ClearButton.h"
#include "common/MessageBox.h"
#include "common/TableNavigation.h"
#include "common/ViewState.h"
#include "numbers/NumberService.h"
#include "organisation/OrganisationService.h"
#include "phone/PhoneNumbers.h"
#include "queries/NumberTotals.h"
#include "storage/Database.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace nm {

namespace {
// The columns that can be hidden, and their keys in the preferences.
constexpr std::pair<int, const char*> hideableColumns[] = {
    {NumbersTableModel::Kind, "kind"},       {NumbersTableModel::Number, "number"},
    {NumbersTableModel::Country, "country"}, {NumbersTableModel::State, "state"},
    {NumbersTableModel::ExpiresOn, "date"},  {NumbersTableModel::AutoRenew, "auto-renew"},
};
constexpr int pendingNotice = 1; // the banner's tag for "It can take a few minutes"
constexpr NumberState filterStates[]
    = {NumberState::Pending, NumberState::Active, NumberState::Cancelled, NumberState::Expired};
} // namespace

NumbersPage::NumbersPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new NumbersTableModel(workspace.database().connection(), this))
{
    setObjectName(QStringLiteral("numbersPage"));
    workspace.readInBackground(m_model);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("numbersTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_banner = new Banner(this);
    m_banner->setObjectName(QStringLiteral("numbersBanner"));
    m_emptyHint = new QLabel(this);
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setFrameShape(QFrame::StyledPanel);
    m_emptyHint->setMargin(8);
    m_emptyHint->hide();

    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_stateFilter = new QComboBox(this);
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    m_stateFilter->addItem(QString());
    for (NumberState state : filterStates)
        m_stateFilter->addItem(QString(), stateKey(state));
    m_tickAll = new QCheckBox(this);
    m_tickAll->setObjectName(QStringLiteral("tickAllCheck"));

    // More filters: type, country and area code, no number, auto-renew off, expiring soon.
    m_kindFilter = new QComboBox(this);
    m_kindFilter->setObjectName(QStringLiteral("kindFilter"));
    m_kindFilter->addItem(QString());
    m_kindFilter->addItem(QString(), int(AssigneeKind::Member));
    m_kindFilter->addItem(QString(), int(AssigneeKind::SipProfile));
    m_countryFilter = new QComboBox(this);
    m_countryFilter->setObjectName(QStringLiteral("countryFilter"));
    m_areaFilter = new QComboBox(this);
    m_areaFilter->setObjectName(QStringLiteral("areaCodeFilter"));
    m_withoutNumber = new QCheckBox(this);
    m_withoutNumber->setObjectName(QStringLiteral("withoutNumberCheck"));
    m_autoRenewOff = new QCheckBox(this);
    m_autoRenewOff->setObjectName(QStringLiteral("autoRenewOffCheck"));
    m_expiring = new QCheckBox(this);
    m_expiring->setObjectName(QStringLiteral("expiringCheck"));
    m_expiringDays = new QSpinBox(this);
    m_expiringDays->setObjectName(QStringLiteral("expiringDaysSpin"));
    m_expiringDays->setRange(1, 366);
    m_expiringDays->setValue(30);
    for (QComboBox* combo : {m_kindFilter, m_countryFilter, m_areaFilter, m_stateFilter})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fillCountryFilter();

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("numbersTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    makeEndReachable(m_view, m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    fitColumnsToContents(m_view, NumbersTableModel::Name);
    m_view->installEventFilter(this);
    // Sorting by name loads the first page: one query, not one per setting.
    m_view->horizontalHeader()->setSortIndicator(NumbersTableModel::Name, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);

    m_assignButton = new QPushButton(this);
    m_assignButton->setObjectName(QStringLiteral("assignButton"));
    m_reassignButton = new QPushButton(this);
    m_reassignButton->setObjectName(QStringLiteral("reassignButton"));
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelNumbersButton"));
    m_reactivateButton = new QPushButton(this);
    m_reactivateButton->setObjectName(QStringLiteral("reactivateButton"));
    m_autoRenewButton = new QPushButton(this);
    m_autoRenewButton->setObjectName(QStringLiteral("autoRenewButton"));
    m_assignButton->setIcon(actionIcon(QStringLiteral("list-add")));
    m_reassignButton->setIcon(actionIcon(QStringLiteral("document-edit")));
    m_cancelButton->setIcon(actionIcon(QStringLiteral("edit-delete")));
    m_reactivateButton->setIcon(actionIcon(QStringLiteral("edit-undo")));
    m_autoRenewButton->setIcon(actionIcon(QStringLiteral("view-refresh")));

    auto addAction = [this](const QString& name, const QKeySequence& shortcut, QWidget* owner,
                            Qt::ShortcutContext context) {
        auto* action = new QAction(this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        action->setShortcutContext(context);
        owner->addAction(action);
        return action;
    };
    m_findAction
        = addAction(QStringLiteral("findAction"), QKeySequence::Find, this, Qt::WidgetWithChildrenShortcut);
    m_assignAction = addAction(QStringLiteral("assignAction"), QKeySequence(Qt::CTRL | Qt::Key_N), this,
                               Qt::WidgetWithChildrenShortcut);
    m_reassignAction = addAction(QStringLiteral("reassignAction"), QKeySequence(Qt::CTRL | Qt::Key_R), this,
                                 Qt::WidgetWithChildrenShortcut);
    // All numbers of the selected row's member or SIP profile: Ctrl+Space, or the context menu.
    m_tickAllOfAction = addAction(QStringLiteral("tickAllOfAction"), QKeySequence(Qt::CTRL | Qt::Key_Space),
                                  m_view, Qt::WidgetShortcut);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    // Delete belongs to the table: in the search field it deletes text.
    m_cancelAction
        = addAction(QStringLiteral("cancelAction"), QKeySequence::Delete, m_view, Qt::WidgetShortcut);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_searchLabel);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_stateFilter);
    filters->addSpacing(12);
    filters->addWidget(m_tickAll);
    auto* moreFilters = new QHBoxLayout;
    moreFilters->addWidget(m_kindFilter);
    moreFilters->addWidget(m_countryFilter);
    moreFilters->addWidget(m_areaFilter);
    moreFilters->addWidget(m_withoutNumber);
    moreFilters->addWidget(m_autoRenewOff);
    moreFilters->addWidget(m_expiring);
    moreFilters->addWidget(m_expiringDays);
    moreFilters->addStretch(1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("numbersSummary"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_assignButton);
    buttons->addWidget(m_reassignButton);
    buttons->addWidget(m_cancelButton);
    buttons->addSpacing(12);
    buttons->addWidget(m_reactivateButton);
    buttons->addWidget(m_autoRenewButton);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_banner);
    layout->addWidget(m_emptyHint);
    layout->addLayout(filters);
    layout->addLayout(moreFilters);
    // The table and, beside it, the details of the selected row.
    m_details = new NumberDetailsPane(m_workspace, this);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("numbersSplitter"));
    split->addWidget(m_view);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    split->setSizes({3 * 300, 320});
    layout->addWidget(split, 1);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    setTabOrder(m_search, m_stateFilter);
    setTabOrder(m_stateFilter, m_tickAll);
    setTabOrder(m_tickAll, m_kindFilter);
    setTabOrder(m_kindFilter, m_countryFilter);
    setTabOrder(m_countryFilter, m_areaFilter);
    setTabOrder(m_areaFilter, m_withoutNumber);
    setTabOrder(m_withoutNumber, m_autoRenewOff);
    setTabOrder(m_autoRenewOff, m_expiring);
    setTabOrder(m_expiring, m_expiringDays);
    setTabOrder(m_expiringDays, m_view);
    setTabOrder(m_view, m_assignButton);
    setTabOrder(m_assignButton, m_reassignButton);
    setTabOrder(m_reassignButton, m_cancelButton);
    setTabOrder(m_cancelButton, m_reactivateButton);
    setTabOrder(m_reactivateButton, m_autoRenewButton);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(searchDelayMs);
    connect(m_search, &QLineEdit::textChanged, &m_searchTimer, qOverload<>(&QTimer::start));
    connect(&m_searchTimer, &QTimer::timeout, this, [this] { m_model->setSearchText(m_search->text()); });
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString key = m_stateFilter->itemData(index).toString();
        m_model->setStateFilter(key.isEmpty() ? std::nullopt : stateFromKey(key));
    });
    for (QComboBox* combo : {m_kindFilter, m_areaFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &NumbersPage::applyFilters);
    connect(m_countryFilter, &QComboBox::currentIndexChanged, this, [this] {
        fillAreaFilter();
        applyFilters();
    });
    for (QCheckBox* check : {m_withoutNumber, m_autoRenewOff, m_expiring})
        connect(check, &QCheckBox::toggled, this, &NumbersPage::applyFilters);
    connect(m_expiringDays, &QSpinBox::valueChanged, this, &NumbersPage::applyFilters);
    // toggled, not clicked: a screen reader's "Toggle" action changes the state without a click.
    // (Updates from the model are made under a QSignalBlocker.)
    connect(m_tickAll, &QCheckBox::toggled, m_model, &NumbersTableModel::setAllTicked);

    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_assignAction, &QAction::triggered, this, &NumbersPage::assignNumbers);
    connect(m_reassignAction, &QAction::triggered, this, &NumbersPage::reassignNumber);
    connect(m_cancelAction, &QAction::triggered, this, &NumbersPage::cancelNumbers);
    for (const auto& [column, key] : hideableColumns) {
        auto* action = new QAction(this);
        action->setObjectName(QStringLiteral("column-") + QLatin1String(key));
        action->setCheckable(true);
        action->setChecked(true);
        connect(action, &QAction::toggled, this, [this, column = column](bool shown) {
            m_view->setColumnHidden(column, !shown);
            if (!m_preferences)
                return;
            QStringList hidden;
            for (const auto& [c, k] : hideableColumns)
                if (m_view->isColumnHidden(c))
                    hidden << QLatin1String(k);
            m_preferences->setHiddenNumberColumns(hidden);
        });
        m_columnActions << action;
    }
    connect(m_tickAllOfAction, &QAction::triggered, this, [this] {
        const NumberRowInfo row = currentRow();
        if (row.assigneeId != 0 && row.assigneeActive)
            m_model->tickAllOf(row.assignee());
    });
    connect(m_assignButton, &QPushButton::clicked, this, &NumbersPage::assignNumbers);
    connect(m_reassignButton, &QPushButton::clicked, this, &NumbersPage::reassignNumber);
    connect(m_cancelButton, &QPushButton::clicked, this, &NumbersPage::cancelNumbers);
    connect(m_reactivateButton, &QPushButton::clicked, this, &NumbersPage::reactivateNumber);
    connect(m_autoRenewButton, &QPushButton::clicked, this, &NumbersPage::switchAutoRenew);

    connect(m_model, &NumbersTableModel::tickedChanged, this, [this] {
        updateActions();
        updateTickAll();
        showSummary();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateActions();
        updateTickAll();
        showSummary();
    });
    connect(m_model, &LazyQueryModel::loadingChanged, this, &NumbersPage::showSummary);
    connect(m_model, &LazyQueryModel::totalCountChanged, this, [this] {
        updateTickAll();
        showSummary();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &NumbersPage::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &NumbersPage::updateActions);
    connect(m_view, &QTableView::doubleClicked, this, &NumbersPage::reassignNumber);
    connect(&m_workspace, &Workspace::changed, this, &NumbersPage::onWorkspaceChanged);
    connect(m_details, &NumberDetailsPane::reassignRequested, this, &NumbersPage::reassignNumber);
    connect(m_details, &NumberDetailsPane::cancelRequested, this, &NumbersPage::cancelSelectedNumber);
    connect(m_details, &NumberDetailsPane::reactivateRequested, this, &NumbersPage::reactivateNumber);
    connect(m_details, &NumberDetailsPane::autoRenewRequested, this, &NumbersPage::switchAutoRenew);

    retranslate();
    updateActions();
    if (!m_workspace.canWrite())
        m_banner->showInformation(m_workspace.database().readOnlyMessage());
}

void NumbersPage::onWorkspaceChanged(Workspace::Changes changes)
{
    if (changes & Workspace::Organisation)
        updateEmptyHint();
    if (!(changes & (Workspace::Numbers | Workspace::Members | Workspace::SipProfiles)))
        return;
    // "It can take a few minutes" goes once no number is pending any more.
    if (m_banner->tag() == pendingNotice) {
        NumberRowsQuery pending(m_workspace.database().connection());
        pending.setState(NumberState::Pending);
        if (const auto count = pending.count(); count && *count == 0)
            m_banner->clear();
    }
    {
        const ViewState keep(m_view, m_model);
        m_model->refresh();
    }
    m_detailsStale = true;
    updateActions();
    updateSummary();
}

NumberRowInfo NumbersPage::currentRow() const
{
    // The row a person sees selected. After a sort the view keeps a current index on the
    // first row without selecting it: that row is not the one acted on.
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    return selected.size() == 1 ? m_model->rowInfo(selected.first().row()) : NumberRowInfo{};
}

void NumbersPage::setPreferences(UserPreferences* preferences)
{
    m_preferences = nullptr; // not written back while the remembered choice is applied
    const QStringList hidden = preferences ? preferences->hiddenNumberColumns() : QStringList();
    for (qsizetype i = 0; i < m_columnActions.size(); ++i)
        m_columnActions[i]->setChecked(!hidden.contains(QLatin1String(hideableColumns[i].second)));
    if (preferences) {
        const QVariantMap saved = preferences->numberFilters();
        const QSignalBlocker blockers[]
            = {QSignalBlocker(m_kindFilter),    QSignalBlocker(m_countryFilter), QSignalBlocker(m_areaFilter),
               QSignalBlocker(m_withoutNumber), QSignalBlocker(m_autoRenewOff),  QSignalBlocker(m_expiring),
               QSignalBlocker(m_expiringDays)};
        m_kindFilter->setCurrentIndex(
            std::max(0, m_kindFilter->findData(saved.value(QStringLiteral("kind"), -1))));
        m_countryFilter->setCurrentIndex(
            std::max(0, m_countryFilter->findData(saved.value(QStringLiteral("country")))));
        fillAreaFilter();
        m_areaFilter->setCurrentIndex(
            std::max(0, m_areaFilter->findData(saved.value(QStringLiteral("areaCode")))));
        m_withoutNumber->setChecked(saved.value(QStringLiteral("withoutNumber")).toBool());
        m_autoRenewOff->setChecked(saved.value(QStringLiteral("autoRenewOff")).toBool());
        const int days = saved.value(QStringLiteral("expiringDays")).toInt();
        m_expiring->setChecked(days > 0);
        if (days > 0)
            m_expiringDays->setValue(days);
    }
    m_preferences = preferences;
    applyFilters();
}

void NumbersPage::fillCountryFilter()
{
    const QSignalBlocker blocker(m_countryFilter);
    const QString current = m_countryFilter->currentData().toString();
    m_countryFilter->clear();
    m_countryFilter->addItem(tr("All countries"));
    if (const auto catalogue = Catalogue::effective(m_workspace.database().connection()))
        for (const CountryOffer& offer : catalogue->countries())
            m_countryFilter->addItem(countryName(offer.code), offer.code);
    m_countryFilter->setCurrentIndex(std::max(0, m_countryFilter->findData(current)));
    fillAreaFilter();
}

void NumbersPage::fillAreaFilter()
{
    const QSignalBlocker blocker(m_areaFilter);
    const QString current = m_areaFilter->currentData().toString();
    m_areaFilter->clear();
    m_areaFilter->addItem(tr("All area codes"));
    const QString country = m_countryFilter->currentData().toString();
    if (!country.isEmpty())
        if (const auto catalogue = Catalogue::effective(m_workspace.database().connection()))
            if (const CountryOffer* offer = catalogue->country(country))
                for (const AreaCode& area : offer->areaCodes)
                    m_areaFilter->addItem(tr("%1 (%2)").arg(area.code, area.city), area.code);
    m_areaFilter->setCurrentIndex(std::max(0, m_areaFilter->findData(current)));
    m_areaFilter->setEnabled(!country.isEmpty());
}

void NumbersPage::applyFilters()
{
    NumberRowsQuery::Filters filters;
    if (m_kindFilter->currentIndex() > 0)
        filters.kind = AssigneeKind(m_kindFilter->currentData().toInt());
    filters.country = m_countryFilter->currentData().toString();
    filters.areaCode = m_areaFilter->currentData().toString();
    filters.withoutNumber = m_withoutNumber->isChecked();
    filters.autoRenewOff = m_autoRenewOff->isChecked();
    m_expiringDays->setEnabled(m_expiring->isChecked());
    if (m_expiring->isChecked())
        filters.expiresBefore = m_workspace.clock().now().addDays(m_expiringDays->value());
    m_model->setFilters(filters);
    if (!m_preferences)
        return;
    QVariantMap saved;
    if (filters.kind)
        saved.insert(QStringLiteral("kind"), int(*filters.kind));
    saved.insert(QStringLiteral("country"), filters.country);
    saved.insert(QStringLiteral("areaCode"), filters.areaCode);
    saved.insert(QStringLiteral("withoutNumber"), filters.withoutNumber);
    saved.insert(QStringLiteral("autoRenewOff"), filters.autoRenewOff);
    saved.insert(QStringLiteral("expiringDays"), m_expiring->isChecked() ? m_expiringDays->value() : 0);
    m_preferences->setNumberFilters(saved);
}

QList<QAction*> NumbersPage::pageShortcuts() const
{
    return {m_findAction, m_assignAction, m_reassignAction};
}

void NumbersPage::updateActions()
{
    // A viewer (or a read-only file) looks; nothing that writes is offered.
    const bool busy = !m_dialog.isNull() || m_gatheringTicks || !m_workspace.canWrite();
    const bool canAssign = m_model->tickedCount() > 0;
    const NumberRowInfo row = currentRow();
    const bool canReassign = row.hasNumber() && row.isUsable();
    const bool canCancel = m_model->tickedCancellableCount() > 0;
    m_reactivateButton->setEnabled(row.hasNumber() && row.isReactivatable() && !busy);
    m_autoRenewButton->setEnabled(row.hasNumber() && row.canSwitchAutoRenew() && !busy);
    m_autoRenewButton->setText(row.hasNumber() && row.canSwitchAutoRenew() && !row.autoRenew
                                   ? tr("Auto-renew on")
                                   : tr("Auto-renew off"));
    m_autoRenewButton->setAccessibleName(m_autoRenewButton->text());
    m_assignButton->setEnabled(canAssign && !busy);
    m_assignAction->setEnabled(canAssign && !busy);
    m_reassignButton->setEnabled(canReassign && !busy);
    m_reassignAction->setEnabled(canReassign && !busy);
    m_cancelButton->setEnabled(canCancel && !busy);
    m_cancelAction->setEnabled(canCancel && !busy);
    m_tickAllOfAction->setEnabled(row.assigneeId != 0 && row.assigneeActive);
    // Read again when another row is selected or the data changed, not on every tick.
    if (m_detailsStale || row.rowKey != m_detailsKey) {
        m_details->showRow(row);
        m_detailsKey = row.rowKey;
        m_detailsStale = false;
    }
    m_details->setActionsEnabled(canReassign && !busy, row.hasNumber() && row.isCancellable() && !busy,
                                 row.hasNumber() && row.isReactivatable() && !busy,
                                 row.hasNumber() && row.canSwitchAutoRenew() && !busy,
                                 row.hasNumber() && row.canSwitchAutoRenew() && !row.autoRenew);

    // A disabled button says why, and what to do first.
    const auto keys
        = [](const QAction* action) { return action->shortcut().toString(QKeySequence::NativeText); };
    const QString readOnly = m_workspace.canWrite() ? QString() : m_workspace.database().readOnlyMessage();
    const auto explain = [&readOnly](QPushButton* button, bool can, const QString& what, const QString& why) {
        button->setToolTip(!readOnly.isEmpty() ? readOnly : can ? what : why);
    };
    explain(m_assignButton, canAssign,
            tr("Buy a new number for each ticked member or SIP profile (%1)").arg(keys(m_assignAction)),
            tr("Tick one or more members or SIP profiles first."));
    explain(m_reassignButton, canReassign,
            tr("Assign the number in the selected row to another member or SIP profile (%1 or Enter)")
                .arg(keys(m_reassignAction)),
            tr("Select a row with a number first."));
    explain(m_cancelButton, canCancel,
            tr("Cancel the numbers in the ticked rows (%1)").arg(keys(m_cancelAction)),
            tr("Tick rows with a pending or active number first."));
    explain(m_reactivateButton, row.hasNumber() && row.isReactivatable(),
            tr("Undo the cancellation of the number in the selected row, or buy a new period for an expired "
               "number"),
            tr("Select a cancelled or expired number first."));
    explain(m_autoRenewButton, row.hasNumber() && row.canSwitchAutoRenew(),
            tr("Turn automatic renewal of the number in the selected row on or off"),
            tr("Select a pending or active number first."));
    updateEmptyHint();
}

void NumbersPage::updateSummary()
{
    // The organisation's totals are read again when the data changed, not on every tick;
    // in the background when the workspace can (a million numbers take a while to sum).
    const QDateTime now = m_workspace.clock().now();
    if (BackgroundReader* reader = m_workspace.reader(Workspace::Reading::Counts)) {
        reader->run(this, [this, now](const QSqlDatabase& db) {
            const auto read = NumberTotals::read(db, now);
            return std::function<void()>([this, read] {
                m_totals = read ? std::optional<NumberTotals>(*read) : std::nullopt;
                showSummary();
            });
        });
        showSummary(); // the rows now, the totals when they come
        return;
    }
    const auto read = NumberTotals::read(m_workspace.database().connection(), now);
    m_totals = read ? std::optional<NumberTotals>(*read) : std::nullopt;
    showSummary();
}

void NumbersPage::showSummary()
{
    // Rows as filtered, the organisation's numbers and what they cost a month.
    const QString rows = m_model->countText([](int total) { return tr("%Ln row(s)", "", total); });
    const QString ticked
        = m_model->isTickingAll() ? tr("ticking every row...") : tr("%Ln ticked", "", m_model->tickedCount());
    if (!m_totals) {
        m_summary->setText(tr("%1, %2").arg(rows, ticked));
        return;
    }
    m_summary->setText(tr("%1, %2 - %3 - active numbers cost %4 a month", "rows, ticked - numbers - cost")
                           .arg(rows, ticked, tr("%Ln number(s)", "", m_totals->numbers),
                                formatMoney(m_totals->monthlyCents)));
}

void NumbersPage::updateEmptyHint()
{
    // What to do first on a new organisation: members to give numbers to, and credit.
    QString hint;
    const bool filtered = !m_model->searchText().isEmpty() || m_model->stateFilter().has_value()
        || !(m_model->filters() == NumberRowsQuery::Filters{});
    if (!filtered && m_model->rowCount() == 0) {
        hint = tr("There are no members or SIP profiles yet. Add members on the Members page (or import "
                  "them with File > Import), then tick them here to assign numbers.");
    } else if (!filtered) {
        const auto credit = OrganisationService(m_workspace.context()).balanceCents();
        if (credit && *credit == 0)
            hint = tr("The credit is %1: top up under Settings before you assign numbers.")
                       .arg(formatMoney(*credit));
    }
    m_emptyHint->setText(hint);
    m_emptyHint->setVisible(!hint.isEmpty());
}

void NumbersPage::updateTickAll()
{
    const QSignalBlocker blocker(m_tickAll);
    const int ticked = m_model->tickedCount();
    const int total = m_model->totalCount();
    m_tickAll->setChecked(m_model->isTickingAll() || (ticked > 0 && total >= 0 && ticked >= total));
}

void NumbersPage::showDialog(QDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::finished, this, [this] {
        m_dialog = nullptr;
        updateActions();
        m_view->setFocus();
    });
    updateActions();
    dialog->open();
}

template <typename Items>
void NumbersPage::openForTicked(std::function<Items(std::vector<NumberRowInfo>)> work,
                                void (NumbersPage::*open)(Items))
{
    m_gatheringTicks = true;
    updateActions();
    m_model->withTickedRows<Items>(std::move(work), [this, open](Items items) {
        m_gatheringTicks = false;
        updateActions();
        if (!items.empty() && !m_dialog)
            (this->*open)(std::move(items));
    });
}

void NumbersPage::assignNumbers()
{
    if (m_dialog || m_gatheringTicks || m_model->tickedCount() == 0)
        return;
    // Each ticked assignee once, in name order.
    openForTicked<std::vector<AssigneeRef>>(
        [](std::vector<NumberRowInfo> rows) {
            std::vector<AssigneeRef> assignees;
            QSet<std::pair<int, qint64>> seen;
            for (const NumberRowInfo& row : rows)
                if (!seen.contains({int(row.kind), row.assigneeId})) {
                    seen.insert({int(row.kind), row.assigneeId});
                    assignees.push_back(row.assignee());
                }
            return assignees;
        },
        &NumbersPage::openAssignDialog);
}

void NumbersPage::openAssignDialog(std::vector<AssigneeRef> assignees)
{
    auto* dialog = new AssignDialog(m_workspace, std::move(assignees), this);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_model->setAllTicked(false);
        m_banner->showInformation(
            [this] { return tr("It can take a few minutes before the numbers appear."); });
        m_banner->setTag(pendingNotice);
        m_workspace.notifyChanged(Workspace::Numbers | Workspace::Organisation);
    });
    showDialog(dialog);
}

void NumbersPage::reassignNumber()
{
    if (m_dialog)
        return;
    const NumberRowInfo row = currentRow();
    if (!row.hasNumber() || !row.isUsable())
        return;
    auto* dialog = new ReassignDialog(m_workspace, row, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const NumberRecord number = dialog->reassigned();
        m_banner->showInformation([this, number] {
            return tr("The number %1 is now assigned to %2.")
                .arg(formatInternational(number.e164), number.assigneeDisplayName);
        });
        m_workspace.notifyChanged(Workspace::Numbers);
    });
    showDialog(dialog);
}

void NumbersPage::cancelNumbers()
{
    if (m_dialog || m_gatheringTicks || m_model->tickedCancellableCount() == 0)
        return;
    openForTicked<std::vector<NumberRowInfo>>(
        [](std::vector<NumberRowInfo> rows) {
            std::erase_if(rows, [](const NumberRowInfo& row) { return !row.isCancellable(); });
            return rows;
        },
        &NumbersPage::openCancelDialog);
}

void NumbersPage::openCancelDialog(std::vector<NumberRowInfo> rows)
{
    auto* dialog = new CancelDialog(m_workspace, std::move(rows), this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_model->setAllTicked(false);
        m_banner->showInformation([this, count = int(dialog->cancelled().size())] {
            return tr("%Ln number(s) cancelled. Each expires on the date shown; no extra charges "
                      "will be made.",
                      "", count);
        });
        m_workspace.notifyChanged(Workspace::Numbers);
    });
    showDialog(dialog);
}

void NumbersPage::cancelSelectedNumber()
{
    const NumberRowInfo row = currentRow();
    if (m_dialog || !row.hasNumber() || !row.isCancellable())
        return;
    openCancelDialog({row});
}

void NumbersPage::reactivateNumber()
{
    if (m_dialog)
        return;
    const NumberRowInfo row = currentRow();
    if (!row.hasNumber() || !row.isReactivatable())
        return;
    if (!row.assigneeActive) {
        auto* dialog
            = new ReassignDialog(m_workspace, row, this, ReassignDialog::Purpose::ReactivateForSuccessor);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            const NumberRecord number = dialog->reassigned();
            m_banner->showInformation([this, number] {
                return tr("The number %1 is reactivated for %2 and renews automatically; paid until %3.")
                    .arg(formatInternational(number.e164), number.assigneeDisplayName,
                         formatDate(number.paidUntil));
            });
            m_workspace.notifyChanged(Workspace::Numbers | Workspace::Organisation);
        });
        showDialog(dialog);
        return;
    }
    NumberService service(m_workspace.context());
    auto number = service.find(row.e164);
    if (!number) {
        m_banner->showError(number.error().message);
        return;
    }
    const QString shown = formatInternational(number->e164);
    // Buying a new period costs money: asked first. Undoing a cancellation costs nothing.
    if (number->state == NumberState::Expired
        && MessageBox::question(
               this, tr("Reactivate"),
               tr("Reactivate %1 for %2? This buys a new period of %Ln month(s) now, for %3 from "
                  "the credit.",
                  "", number->periodMonths)
                   .arg(shown, number->assigneeDisplayName, formatMoney(number->priceCents)))
            != QMessageBox::Yes)
        return;
    auto reactivated = service.reactivate(row.e164);
    if (!reactivated) {
        m_banner->showError(reactivated.error().message);
        return;
    }
    m_banner->showInformation([this, shown, paidUntil = reactivated->paidUntil] {
        return tr("The number %1 renews automatically again; paid until %2.")
            .arg(shown, formatDate(paidUntil));
    });
    m_workspace.notifyChanged(Workspace::Numbers | Workspace::Organisation);
}

void NumbersPage::switchAutoRenew()
{
    if (m_dialog)
        return;
    const NumberRowInfo row = currentRow();
    if (!row.hasNumber() || !row.canSwitchAutoRenew())
        return;
    auto switched = NumberService(m_workspace.context()).setAutoRenew(row.e164, !row.autoRenew);
    if (!switched) {
        m_banner->showError(switched.error().message);
        return;
    }
    const QString shown = formatInternational(switched->e164);
    m_banner->showInformation([this, shown, on = switched->autoRenew, paidUntil = switched->paidUntil] {
        return on
            ? tr("The number %1 renews automatically again; paid until %2.").arg(shown, formatDate(paidUntil))
            : tr("The number %1 no longer renews: it stays in use until %2 and then expires. "
                 "No extra charges will be made.")
                  .arg(shown, formatDate(paidUntil));
    });
    m_workspace.notifyChanged(Workspace::Numbers);
}

bool NumbersPage::eventFilter(QObject* watched, QEvent* event)
{
    // Space ticks the current row whichever column has the focus.
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            const QModelIndex current = m_view->currentIndex();
            if (current.isValid())
                m_model->setTicked(current.row(), !m_model->isTicked(current.row()));
            return true;
        }
        // Enter opens the selected number, as double-clicking it does.
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            reassignNumber();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void NumbersPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NumbersPage::retranslate()
{
    // Shortcuts as this platform and language write them.
    const auto keys
        = [](const QAction* action) { return action->shortcut().toString(QKeySequence::NativeText); };
    nameClearButton(m_search, tr("Clear"));
    m_title->setText(tr("Numbers"));
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("Search by name or number"));
    m_search->setAccessibleName(tr("Search by name or number"));
    m_search->setToolTip(
        tr("Search by name, account name, SIP profile id or number (%1)").arg(keys(m_findAction)));
    m_stateFilter->setItemText(0, tr("All states"));
    int index = 1;
    for (NumberState state : filterStates)
        m_stateFilter->setItemText(index++, stateDisplayName(state));
    m_stateFilter->setAccessibleName(tr("Show numbers in state"));
    m_kindFilter->setItemText(0, tr("All types"));
    m_kindFilter->setItemText(1, tr("Members"));
    m_kindFilter->setItemText(2, tr("SIP profiles"));
    m_kindFilter->setAccessibleName(tr("Show type"));
    m_countryFilter->setAccessibleName(tr("Show numbers of country"));
    m_areaFilter->setAccessibleName(tr("Show numbers of area code"));
    m_withoutNumber->setText(tr("No number"));
    m_withoutNumber->setToolTip(tr("Only members and SIP profiles without a number"));
    m_autoRenewOff->setText(tr("Auto-renew off"));
    m_autoRenewOff->setToolTip(tr("Only numbers that will not renew"));
    m_expiring->setText(tr("Expires within"));
    m_expiring->setToolTip(tr("Only numbers that stop within this many days"));
    m_expiringDays->setSuffix(tr(" days"));
    m_expiringDays->setAccessibleName(tr("Expires within this many days"));
    fillCountryFilter();
    m_tickAll->setText(tr("Select all"));
    m_tickAll->setAccessibleName(tr("Select all"));
    m_tickAll->setToolTip(tr("Tick every row that matches the search"));
    m_view->setAccessibleName(tr("Members and SIP profiles with their numbers"));
    m_assignButton->setText(tr("Assign numbers"));
    m_assignButton->setAccessibleName(tr("Assign numbers"));

    m_reassignButton->setText(tr("Reassign a number"));
    m_reassignButton->setAccessibleName(tr("Reassign a number"));

    m_cancelButton->setText(tr("Cancel numbers"));
    m_cancelButton->setAccessibleName(tr("Cancel numbers"));

    m_reactivateButton->setText(tr("Reactivate"));
    m_reactivateButton->setAccessibleName(tr("Reactivate"));

    m_assignAction->setText(tr("Assign numbers"));
    m_reassignAction->setText(tr("Reassign a number"));
    m_cancelAction->setText(tr("Cancel numbers"));
    m_tickAllOfAction->setText(tr("Tick all numbers of this member or SIP profile"));
    m_findAction->setText(tr("Search"));
    for (qsizetype i = 0; i < m_columnActions.size(); ++i)
        m_columnActions[i]->setText(
            m_model->headerData(hideableColumns[i].first, Qt::Horizontal, Qt::DisplayRole).toString());
    m_model->retranslate();
    updateActions();
    updateSummary();
}

ExportFilter NumbersPage::exportFilter() const
{
    ExportFilter filter;
    filter.text = m_search->text();
    filter.state = m_model->stateFilter();
    return filter;
}

} // namespace nm
