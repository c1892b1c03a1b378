#include "MainWindow.h"

#include "Clock.h"
#include "Format.h"
#include "Translations.h"
#include "UserPreferences.h"
#include "common/ActionIcons.h"
#include "common/ApplicationIcon.h"
#include "common/BackgroundReader.h"
#include "common/ScreenFit.h"
#include "common/Workspace.h"
#include "credit/CreditPage.h"
#include "firstrun/WelcomePage.h"
#include "help/AboutDialog.h"
#include "help/GuideDialog.h"
#include "history/HistoryPage.h"
#include "io/DataActions.h"
#include "members/MembersPage.h"
#include "numbers/NumbersPage.h"
#include "organisation/OrganisationService.h"
#include "queries/NumberTotals.h"
#include "settings/SettingsPage.h"
#include "shell/ConnectDialog.h"
#include "sip/SipProfilesPage.h"
#include "storage/Database.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace nm {

namespace {
QToolBar* toolBarOf(QMainWindow* window)
{
    return window->findChild<QToolBar*>(QStringLiteral("mainToolBar"));
}

ExportFilter searchFilter(const QString& text)
{
    ExportFilter filter;
    filter.text = text;
    return filter;
}

// How far ahead the status bar looks for renewals the credit must cover.
constexpr int renewalLookAheadDays = 30;
} // namespace

MainWindow::MainWindow(Workspace& workspace, UserPreferences* preferences, QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_preferences(preferences)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(applicationIcon());
    installScreenFit();
    resize(1200, 760);

    auto* toolBar = addToolBar(QString());
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_sections = new QActionGroup(this);
    m_sections->setExclusive(true);
    auto addSection = [&](const QString& objectName, Qt::Key key, Section section) {
        QAction* action = toolBar->addAction(QString());
        action->setObjectName(objectName);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::ALT | key));
        m_sections->addAction(action);
        connect(action, &QAction::triggered, this, [this, section] { showSection(section); });
        return action;
    };
    m_featuresAction = addSection(QStringLiteral("featuresAction"), Qt::Key_1, Section::Features);
    m_membersAction = addSection(QStringLiteral("membersAction"), Qt::Key_2, Section::Members);
    m_historyAction = addSection(QStringLiteral("historyAction"), Qt::Key_3, Section::History);
    m_settingsAction = addSection(QStringLiteral("settingsAction"), Qt::Key_4, Section::Settings);
    m_creditAction = addSection(QStringLiteral("creditAction"), Qt::Key_5, Section::Credit);

    // Features: the menu on the left and its pages, as in the Manager portal.
    auto* features = new QWidget(this);
    m_featureMenu = new QListWidget(features);
    m_featureMenu->setObjectName(QStringLiteral("featureMenu"));
    m_featureMenu->setMaximumWidth(160);
    m_featureMenu->addItem(QString());
    m_featureMenu->addItem(QString());
    m_featureStack = new QStackedWidget(features);
    m_numbersPage = new NumbersPage(workspace, m_featureStack);
    m_numbersPage->setPreferences(preferences);
    m_sipProfilesPage = new SipProfilesPage(workspace, m_featureStack);
    m_featureStack->addWidget(m_numbersPage);
    m_featureStack->addWidget(m_sipProfilesPage);
    auto* featuresLayout = new QHBoxLayout(features);
    featuresLayout->addWidget(m_featureMenu);
    featuresLayout->addWidget(m_featureStack, 1);
    connect(m_featureMenu, &QListWidget::currentRowChanged, this, [this](int row) {
        m_featureStack->setCurrentIndex(row);
        // The shown page's shortcuts (Ctrl+F, Ctrl+N) work from the Features menu too.
        for (QAction* action : m_featureMenu->actions())
            m_featureMenu->removeAction(action);
        m_featureMenu->addActions(Feature(row) == Feature::Numbers ? m_numbersPage->pageShortcuts()
                                                                   : m_sipProfilesPage->pageShortcuts());
    });

    m_welcomePage = new WelcomePage(workspace, this);
    m_membersPage = new MembersPage(workspace, this);
    m_historyPage = new HistoryPage(workspace, this);
    m_settingsPage = new SettingsPage(workspace, this);
    m_creditPage = new CreditPage(workspace, this);
    connect(m_settingsPage, &SettingsPage::languageRequested, this, &MainWindow::switchLanguage);
    connect(m_welcomePage, &WelcomePage::finished, this, [this] {
        toolBarOf(this)->setEnabled(true);
        showFeature(Feature::Numbers);
        updateStatus();
    });

    // The order of Section.
    m_sectionStack = new QStackedWidget(this);
    m_sectionStack->addWidget(m_welcomePage);
    m_sectionStack->addWidget(features);
    m_sectionStack->addWidget(m_membersPage);
    m_sectionStack->addWidget(m_historyPage);
    m_sectionStack->addWidget(m_settingsPage);
    m_sectionStack->addWidget(m_creditPage);
    // On a screen smaller than a page needs (a laptop at 200 %), the page scrolls rather
    // than the window growing past the screen or cutting its buttons.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("sectionScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_sectionStack);
    setCentralWidget(scroll);

    m_creditLabel = new QLabel(this);
    m_creditLabel->setObjectName(QStringLiteral("creditLabel"));
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    // Shown when the renewals of the next 30 days cost more than the credit holds.
    m_creditWarning = new QLabel(this);
    m_creditWarning->setObjectName(QStringLiteral("creditWarning"));
    m_creditWarning->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
    m_creditWarning->hide();
    statusBar()->addPermanentWidget(m_creditWarning);
    statusBar()->addPermanentWidget(m_creditLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);
    connect(&m_workspace, &Workspace::changed, this, [this](Workspace::Changes changes) {
        if (changes & (Workspace::Organisation | Workspace::Numbers))
            updateStatus();
    });
    connect(&m_workspace, &Workspace::processingProgress, this, [this](int changed) {
        statusBar()->showMessage(
            tr("Bringing renewals and expiry up to date: %Ln number(s) done...", "", changed), 5'000);
    });
    connect(&m_workspace, &Workspace::processingFailed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10'000); });
    // A lost server connection is shown until it is back; what is typed in a dialog stays.
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_connectionLabel->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
    m_connectionLabel->hide();
    statusBar()->addWidget(m_connectionLabel);
    connect(&m_workspace, &Workspace::connectionLost, this, [this](const QString& message) {
        m_connectionLabel->setText(tr("Connection lost: trying again"));
        m_connectionLabel->setToolTip(message);
        m_connectionLabel->show();
    });
    connect(&m_workspace, &Workspace::connectionRestored, this, [this] {
        m_connectionLabel->hide();
        statusBar()->showMessage(tr("Connected again."), 5'000);
    });

    buildMenus();

    retranslate();
    if (hasOrganisation()) {
        showFeature(Feature::Numbers);
    } else {
        showSection(Section::Welcome);
        toolBar->setEnabled(false);
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::openDatabaseFile);
    m_openAction->setObjectName(QStringLiteral("openDatabaseAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setIcon(actionIcon(QStringLiteral("document-open")));
    m_newAction = m_fileMenu->addAction(QString(), this, &MainWindow::newDatabaseFile);
    m_newAction->setObjectName(QStringLiteral("newDatabaseAction"));
    m_newAction->setIcon(actionIcon(QStringLiteral("document-new")));
    m_connectAction = m_fileMenu->addAction(QString(), this, &MainWindow::connectToServer);
    m_connectAction->setObjectName(QStringLiteral("connectAction"));
    m_connectAction->setIcon(actionIcon(QStringLiteral("network-connect")));
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_fileMenu->addSeparator();
    m_dataActions = new DataActions(
        m_workspace, this,
        [this]() -> std::optional<TableOnScreen> {
            switch (currentSection()) {
            case Section::Features:
                if (currentFeature() == Feature::Numbers)
                    return TableOnScreen{FileKind::Numbers, m_numbersPage->exportFilter()};
                return TableOnScreen{FileKind::SipProfiles, searchFilter(m_sipProfilesPage->searchText())};
            case Section::Members:
                return TableOnScreen{FileKind::Members, searchFilter(m_membersPage->searchText())};
            case Section::Credit:
                return TableOnScreen{FileKind::Ledger, m_creditPage->exportFilter()};
            case Section::History:
                return TableOnScreen{FileKind::History, m_historyPage->exportFilter()};
            case Section::Welcome:
            case Section::Settings:
                break;
            }
            return std::nullopt;
        },
        this);
    m_dataActions->addTo(m_fileMenu);
    connect(m_creditPage, &CreditPage::exportRequested, m_dataActions,
            [this] { m_dataActions->exportTable(); });
    connect(m_dataActions, &DataActions::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 15'000); });
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setIcon(actionIcon(QStringLiteral("application-exit")));

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_refreshAction = m_viewMenu->addAction(QString(), &m_workspace, &Workspace::refresh);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setIcon(actionIcon(QStringLiteral("view-refresh")));
    // The Numbers page's columns, shown or hidden; the page remembers the choice.
    m_columnsMenu = m_viewMenu->addMenu(QString());
    m_columnsMenu->setObjectName(QStringLiteral("columnsMenu"));
    m_columnsMenu->addActions(m_numbersPage->columnActions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_guideAction = m_helpMenu->addAction(QString(), this, &MainWindow::showGuide);
    m_guideAction->setObjectName(QStringLiteral("guideAction"));
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    m_guideAction->setIcon(actionIcon(QStringLiteral("help-contents")));
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutAction->setIcon(actionIcon(QStringLiteral("help-about")));
    updateRecentDatabases();
}

void MainWindow::showGuide()
{
    // One guide window, beside the program (not modal): the steps stay in view while
    // they are followed.
    if (!m_guide) {
        m_guide = new GuideDialog(this);
        m_guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void MainWindow::showAbout()
{
    auto* about = new AboutDialog(m_workspace.database(), this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

void MainWindow::updateRecentDatabases()
{
    m_recentMenu->clear();
    const QStringList recent = m_preferences ? m_preferences->recentDatabases() : QStringList();
    for (const QString& location : recent) {
        QAction* action = m_recentMenu->addAction(
            Database::isServerUrl(location) ? location : QDir::toNativeSeparators(location));
        connect(action, &QAction::triggered, this,
                [this, location] { emit databaseRequested(location, {}, false); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::openDatabaseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open database"), QString(), tr("Number Manager databases (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        emit databaseRequested(path, {}, false);
}

void MainWindow::newDatabaseFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New database"), QString(),
                                                      tr("Number Manager databases (*.sqlite)"));
    if (!path.isEmpty())
        emit databaseRequested(path, {}, false);
}

void MainWindow::connectToServer()
{
    ConnectDialog dialog(this);
    const QString current = m_workspace.database().path();
    if (Database::isServerUrl(current))
        dialog.setLocation(current);
    if (dialog.exec() == QDialog::Accepted)
        emit databaseRequested(dialog.location(), dialog.password(), dialog.rememberPassword());
}

bool MainWindow::hasOrganisation() const
{
    auto organisation = OrganisationService(m_workspace.context()).get();
    return organisation && organisation->has_value();
}

void MainWindow::showSection(Section section)
{
    m_sectionStack->setCurrentIndex(int(section));
    switch (section) {
    case Section::Welcome:
        break;
    case Section::Features:
        m_featuresAction->setChecked(true);
        break;
    case Section::Members:
        m_membersAction->setChecked(true);
        break;
    case Section::History:
        m_historyAction->setChecked(true);
        break;
    case Section::Settings:
        m_settingsAction->setChecked(true);
        break;
    case Section::Credit:
        m_creditAction->setChecked(true);
        break;
    }
}

void MainWindow::showFeature(Feature feature)
{
    showSection(Section::Features);
    m_featureMenu->setCurrentRow(int(feature));
}

MainWindow::Section MainWindow::currentSection() const
{
    return Section(m_sectionStack->currentIndex());
}

MainWindow::Feature MainWindow::currentFeature() const
{
    return Feature(m_featureStack->currentIndex());
}

void MainWindow::switchLanguage(const QString& language)
{
    if (m_preferences)
        m_preferences->setLanguage(language);
    applyLanguage(language);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateTitle()
{
    const QString path = m_workspace.database().path();
    const QString database = Database::isServerUrl(path) ? path : QFileInfo(path).fileName();
    const auto organisation = OrganisationService(m_workspace.context()).get();
    if (organisation && organisation->has_value())
        setWindowTitle(tr("%1 - %2 - Number Manager", "organisation - database - program")
                           .arg((*organisation)->name, database));
    else
        setWindowTitle(tr("%1 - Number Manager", "database - program").arg(database));
}

void MainWindow::updateStatus()
{
    updateTitle();
    const auto credit = OrganisationService(m_workspace.context()).balanceCents();
    m_creditLabel->setText(credit ? tr("Credit: %1").arg(formatMoney(*credit))
                                  : tr("Credit: unknown (%1)").arg(credit.error().message));
    const QDateTime until = m_workspace.clock().now().addDays(renewalLookAheadDays);
    if (BackgroundReader* reader = m_workspace.reader(Workspace::Reading::Counts)) {
        // Summed over every number: in the background, so that the window never waits.
        reader->run(this, [this, credit, until](const QSqlDatabase& db) {
            const auto totals = NumberTotals::read(db, until);
            return std::function<void()>([this, credit, totals] { showCreditWarning(credit, totals); });
        });
    } else {
        showCreditWarning(credit, NumberTotals::read(m_workspace.database().connection(), until));
    }
    const Database& database = m_workspace.database();
    const QString path = QDir::toNativeSeparators(database.path());
    m_databaseLabel->setText(database.isReadOnly() ? tr("Database: %1 (read-only)").arg(path)
                                                   : tr("Database: %1").arg(path));
    m_databaseLabel->setToolTip(database.readOnlyMessage());
}

void MainWindow::showCreditWarning(const Result<qint64>& credit, const Result<NumberTotals>& totals)
{
    const bool creditShort = credit && totals && totals->renewalsDueCents > *credit;
    m_creditWarning->setVisible(creditShort);
    if (creditShort) {
        m_creditWarning->setText(
            tr("Renewals of the next %Ln day(s) cost %1: top up", "", renewalLookAheadDays)
                .arg(formatMoney(totals->renewalsDueCents)));
        m_creditWarning->setToolTip(
            tr("The numbers that renew in the next %Ln day(s) cost %1, more than the "
               "credit of %2. A renewal the credit cannot pay for fails and its number "
               "expires.",
               "", renewalLookAheadDays)
                .arg(formatMoney(totals->renewalsDueCents), formatMoney(*credit)));
    }
}

void MainWindow::retranslate()
{
    updateTitle();
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open database..."));
    m_newAction->setText(tr("&New database..."));
    m_connectAction->setText(tr("&Connect to server..."));
    m_recentMenu->setTitle(tr("&Recent databases"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_refreshAction->setText(tr("&Refresh"));
    m_columnsMenu->setTitle(tr("&Columns"));
    m_helpMenu->setTitle(tr("&Help"));
    m_guideAction->setText(tr("&Guide"));
    m_aboutAction->setText(tr("&About Number Manager"));
    m_dataActions->retranslate();
    toolBarOf(this)->setWindowTitle(tr("Sections"));
    toolBarOf(this)->setAccessibleName(tr("Sections"));
    const auto shortcut
        = [](QAction* action) { return action->shortcut().toString(QKeySequence::NativeText); };
    m_featuresAction->setText(tr("&Features"));
    m_featuresAction->setToolTip(
        tr("Features: numbers and SIP profiles (%1)").arg(shortcut(m_featuresAction)));
    m_membersAction->setText(tr("&Members"));
    m_membersAction->setToolTip(tr("The members of your organisation (%1)").arg(shortcut(m_membersAction)));
    m_historyAction->setText(tr("&History"));
    m_historyAction->setToolTip(tr("Who changed what, and when (%1)").arg(shortcut(m_historyAction)));
    m_settingsAction->setText(tr("&Settings"));
    m_creditAction->setText(tr("&Credit"));
    m_creditAction->setToolTip(tr("The credit, top-ups and charges (%1)").arg(shortcut(m_creditAction)));
    m_settingsAction->setToolTip(tr("Settings (%1)").arg(shortcut(m_settingsAction)));
    m_featureMenu->item(0)->setText(tr("Numbers"));
    m_featureMenu->item(1)->setText(tr("SIP profiles"));
    m_featureMenu->setAccessibleName(tr("Features menu"));
    m_creditLabel->setAccessibleName(tr("Credit"));
    updateStatus();
}

} // namespace nm
