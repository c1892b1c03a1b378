#pragma once

#include "Result.h"
#include "queries/NumberTotals.h"

#include <QDialog>
#include <QMainWindow>
#include <QPointer>

class QActionGroup;
class QLabel;
class QMenu;
class QListWidget;
class QStackedWidget;

namespace nm {

class CreditPage;
class DataActions;
class HistoryPage;
class MembersPage;
class NumbersPage;
class SettingsPage;
class SipProfilesPage;
class UserPreferences;
class WelcomePage;
class Workspace;

// The shell: a toolbar that picks a section, the Features menu on the left, the pages,
// and a status bar with the credit and the database file. It hosts and wires; the
// pages and the core do the work. On an empty database it shows the welcome page.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Section
    {
        Welcome,
        Features,
        Members,
        History,
        Settings,
        Credit
    };
    enum class Feature
    {
        Numbers,
        SipProfiles
    };

    // preferences: where the language choice is remembered (may be null in tests).
    MainWindow(Workspace& workspace, UserPreferences* preferences, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showSection(Section section);
    void showFeature(Feature feature);
    Section currentSection() const;
    Feature currentFeature() const;

    NumbersPage* numbersPage() const { return m_numbersPage; }
    SettingsPage* settingsPage() const { return m_settingsPage; }
    MembersPage* membersPage() const { return m_membersPage; }
    SipProfilesPage* sipProfilesPage() const { return m_sipProfilesPage; }
    HistoryPage* historyPage() const { return m_historyPage; }
    CreditPage* creditPage() const { return m_creditPage; }
    // File -> Import, Export, Reconcile, Back up and Restore.
    DataActions* dataActions() const { return m_dataActions; }

    // Applies and remembers the language ("nl" or "en"); every open window follows.
    void switchLanguage(const QString& language);
    // Fills File -> Recent databases from the preferences.
    void updateRecentDatabases();

signals:
    // File -> Open database, Connect to server, a recent database: the session opens it.
    void databaseRequested(const QString& location, const QString& password, bool rememberPassword);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildMenus();
    void openDatabaseFile();
    void newDatabaseFile();
    void connectToServer();
    void showGuide();
    void showAbout();
    void retranslate();
    void updateStatus();
    void showCreditWarning(const Result<qint64>& credit, const Result<NumberTotals>& totals);
    // "Acme B.V. - numbers.sqlite - Number Manager".
    void updateTitle();
    bool hasOrganisation() const;

    Workspace& m_workspace;
    UserPreferences* m_preferences;
    QActionGroup* m_sections = nullptr;
    QAction* m_featuresAction = nullptr;
    QAction* m_membersAction = nullptr;
    QAction* m_historyAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QStackedWidget* m_sectionStack = nullptr;
    QListWidget* m_featureMenu = nullptr;
    QStackedWidget* m_featureStack = nullptr;
    WelcomePage* m_welcomePage = nullptr;
    NumbersPage* m_numbersPage = nullptr;
    SipProfilesPage* m_sipProfilesPage = nullptr;
    MembersPage* m_membersPage = nullptr;
    HistoryPage* m_historyPage = nullptr;
    SettingsPage* m_settingsPage = nullptr;
    CreditPage* m_creditPage = nullptr;
    QAction* m_creditAction = nullptr;
    QLabel* m_creditWarning = nullptr;
    QLabel* m_creditLabel = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_connectionLabel = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_connectAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QMenu* m_columnsMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_guideAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QPointer<QDialog> m_guide;
    DataActions* m_dataActions = nullptr;
};

} // namespace nm
