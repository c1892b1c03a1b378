#include "MainWindow.h"

#include "common/PlaceholderPage.h"
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

MainWindow::MainWindow(Database& database, QWidget* parent) : QMainWindow(parent), m_database(database)
{
    setObjectName(QStringLiteral("mainWindow"));
    resize(1100, 700);

    auto* toolBar = addToolBar(QString());
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_sections = new QActionGroup(this);
    m_sections->setExclusive(true);
    auto addSection = [&](const QString& objectName, const QKeySequence& shortcut, Section section) {
        QAction* action = toolBar->addAction(QString());
        action->setObjectName(objectName);
        action->setCheckable(true);
        action->setShortcut(shortcut);
        m_sections->addAction(action);
        connect(action, &QAction::triggered, this, [this, section] { showSection(section); });
        return action;
    };
    m_featuresAction = addSection(QStringLiteral("featuresAction"), QKeySequence(Qt::ALT | Qt::Key_1), Section::Features);
    m_membersAction = addSection(QStringLiteral("membersAction"), QKeySequence(Qt::ALT | Qt::Key_2), Section::Members);
    m_settingsAction = addSection(QStringLiteral("settingsAction"), QKeySequence(Qt::ALT | Qt::Key_3), Section::Settings);

    // Features: the menu on the left and its pages.
    auto* features = new QWidget(this);
    m_featureMenu = new QListWidget(features);
    m_featureMenu->setObjectName(QStringLiteral("featureMenu"));
    m_featureMenu->setMaximumWidth(200);
    m_featureMenu->addItem(QString());
    m_featureMenu->addItem(QString());
    m_featureStack = new QStackedWidget(features);
    m_numbersPage = new PlaceholderPage(m_featureStack);
    m_numbersPage->setObjectName(QStringLiteral("numbersPage"));
    m_sipProfilesPage = new PlaceholderPage(m_featureStack);
    m_sipProfilesPage->setObjectName(QStringLiteral("sipProfilesPage"));
    m_featureStack->addWidget(m_numbersPage);
    m_featureStack->addWidget(m_sipProfilesPage);
    auto* featuresLayout = new QHBoxLayout(features);
    featuresLayout->addWidget(m_featureMenu);
    featuresLayout->addWidget(m_featureStack, 1);
    connect(m_featureMenu, &QListWidget::currentRowChanged, m_featureStack, &QStackedWidget::setCurrentIndex);

    m_membersPage = new PlaceholderPage(this);
    m_membersPage->setObjectName(QStringLiteral("membersPage"));
    m_settingsPage = new PlaceholderPage(this);
    m_settingsPage->setObjectName(QStringLiteral("settingsPage"));

    m_sectionStack = new QStackedWidget(this);
    m_sectionStack->addWidget(features);
    m_sectionStack->addWidget(m_membersPage);
    m_sectionStack->addWidget(m_settingsPage);
    setCentralWidget(m_sectionStack);

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(m_databaseLabel);

    retranslate();
    showSection(Section::Features);
    showFeature(Feature::Numbers);
}

MainWindow::~MainWindow() = default;

void MainWindow::showSection(Section section)
{
    m_sectionStack->setCurrentIndex(int(section));
    const QList<QAction*> actions{m_featuresAction, m_membersAction, m_settingsAction};
    actions.at(int(section))->setChecked(true);
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

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Number Manager"));
    m_featuresAction->setText(tr("&Features"));
    m_featuresAction->setToolTip(tr("Features: numbers and SIP profiles (%1)")
                                     .arg(m_featuresAction->shortcut().toString(QKeySequence::NativeText)));
    m_membersAction->setText(tr("&Members"));
    m_membersAction->setToolTip(tr("The members of your organisation (%1)")
                                    .arg(m_membersAction->shortcut().toString(QKeySequence::NativeText)));
    m_settingsAction->setText(tr("&Settings"));
    m_settingsAction->setToolTip(tr("Settings (%1)").arg(m_settingsAction->shortcut().toString(QKeySequence::NativeText)));
    m_featureMenu->item(0)->setText(tr("Numbers"));
    m_featureMenu->item(1)->setText(tr("SIP profiles"));
    m_featureMenu->setAccessibleName(tr("Features menu"));

    const QString comingNext = tr("This page is coming in the next version of Number Manager.");
    static_cast<PlaceholderPage*>(m_numbersPage)->setTexts(tr("Numbers"), comingNext);
    static_cast<PlaceholderPage*>(m_sipProfilesPage)->setTexts(tr("SIP profiles"), comingNext);
    static_cast<PlaceholderPage*>(m_membersPage)->setTexts(tr("Members"), comingNext);
    static_cast<PlaceholderPage*>(m_settingsPage)->setTexts(tr("Settings"), comingNext);

    m_databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_database.path())));
}

} // namespace nm
