#include "MainWindow.h"

#include "Format.h"
#include "Translations.h"
#include "UserPreferences.h"
#include "common/Workspace.h"
#include "firstrun/WelcomePage.h"
#include "history/HistoryPage.h"
#include "members/MembersPage.h"
#include "numbers/NumbersPage.h"
#include "organisation/OrganisationService.h"
#include "settings/SettingsPage.h"
#include "sip/SipProfilesPage.h"
#include "storage/Database.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace nm {

namespace {
QToolBar* toolBarOf(QMainWindow* window)
{
    return window->findChild<QToolBar*>(QStringLiteral("mainToolBar"));
}
} // namespace

MainWindow::MainWindow(Workspace& workspace, UserPreferences* preferences, QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_preferences(preferences)
{
    setObjectName(QStringLiteral("mainWindow"));
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

    // Features: the menu on the left and its pages, as in the Manager portal.
    auto* features = new QWidget(this);
    m_featureMenu = new QListWidget(features);
    m_featureMenu->setObjectName(QStringLiteral("featureMenu"));
    m_featureMenu->setMaximumWidth(160);
    m_featureMenu->addItem(QString());
    m_featureMenu->addItem(QString());
    m_featureStack = new QStackedWidget(features);
    m_numbersPage = new NumbersPage(workspace, m_featureStack);
    m_sipProfilesPage = new SipProfilesPage(workspace, m_featureStack);
    m_featureStack->addWidget(m_numbersPage);
    m_featureStack->addWidget(m_sipProfilesPage);
    auto* featuresLayout = new QHBoxLayout(features);
    featuresLayout->addWidget(m_featureMenu);
    featuresLayout->addWidget(m_featureStack, 1);
    connect(m_featureMenu, &QListWidget::currentRowChanged, m_featureStack, &QStackedWidget::setCurrentIndex);

    m_welcomePage = new WelcomePage(workspace, this);
    m_membersPage = new MembersPage(workspace, this);
    m_historyPage = new HistoryPage(workspace, this);
    m_settingsPage = new SettingsPage(workspace, this);
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
    setCentralWidget(m_sectionStack);

    m_creditLabel = new QLabel(this);
    m_creditLabel->setObjectName(QStringLiteral("creditLabel"));
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(m_creditLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);
    connect(&m_workspace, &Workspace::changed, this, [this](Workspace::Changes changes) {
        if (changes & Workspace::Organisation)
            updateStatus();
    });
    connect(&m_workspace, &Workspace::processingFailed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10'000); });

    retranslate();
    if (hasOrganisation()) {
        showFeature(Feature::Numbers);
    } else {
        showSection(Section::Welcome);
        toolBar->setEnabled(false);
    }
}

MainWindow::~MainWindow() = default;

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

void MainWindow::updateStatus()
{
    const auto credit = OrganisationService(m_workspace.context()).balanceCents();
    m_creditLabel->setText(credit ? tr("Credit: %1").arg(formatMoney(*credit))
                                  : tr("Credit: unknown (%1)").arg(credit.error().message));
    const Database& database = m_workspace.database();
    const QString path = QDir::toNativeSeparators(database.path());
    m_databaseLabel->setText(database.isReadOnly() ? tr("Database: %1 (read-only)").arg(path)
                                                   : tr("Database: %1").arg(path));
    m_databaseLabel->setToolTip(database.readOnlyMessage());
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Number Manager"));
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
    m_settingsAction->setToolTip(tr("Settings (%1)").arg(shortcut(m_settingsAction)));
    m_featureMenu->item(0)->setText(tr("Numbers"));
    m_featureMenu->item(1)->setText(tr("SIP profiles"));
    m_featureMenu->setAccessibleName(tr("Features menu"));
    m_creditLabel->setAccessibleName(tr("Credit"));
    updateStatus();
}

} // namespace nm
