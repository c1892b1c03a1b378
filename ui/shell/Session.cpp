#include "Session.h"

#include "Clock.h"
#include "Context.h"
#include "CredentialStore.h"
#include "MainWindow.h"
#include "UserPreferences.h"
#include "common/MessageBox.h"
#include "common/Workspace.h"
#include "io/Backup.h"
#include "io/DataActions.h"
#include "storage/Database.h"

#include <QApplication>
#include <QInputDialog>
#include <QStatusBar>

namespace nm {

namespace {
bool needsPassword(const Error& error)
{
    return error.code == ErrorCode::ConnectionLost
        && (error.message.contains(QLatin1String("no password supplied"))
            || error.message.contains(QLatin1String("password authentication failed")));
}
} // namespace

Session::Session(const Clock& clock, UserPreferences* preferences, CredentialStore& credentials,
                 QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_preferences(preferences)
    , m_credentials(credentials)
{ }

Session::~Session()
{
    // The window's pages use the workspace, which uses the database.
    m_window.reset();
    m_workspace.reset();
    m_database.reset();
}

bool Session::open(const QString& location, const QString& typedPassword, bool rememberPassword, bool quiet)
{
    const bool server = Database::isServerUrl(location);
    Database::Options options;
    options.password = typedPassword;
    if (server && options.password.isEmpty())
        options.password = m_credentials.password(location);
    auto opened = Database::open(location, options);
    // Asked for, at most three times, when the server wants a password it did not get.
    for (int attempt = 0; !opened && server && !quiet && needsPassword(opened.error()) && attempt < 3;
         ++attempt) {
        bool ok = false;
        const QString password
            = QInputDialog::getText(m_window.get(), tr("Password"),
                                    tr("The password of %1:").arg(location.section(QLatin1Char('?'), 0, 0)),
                                    QLineEdit::Password, QString(), &ok);
        if (!ok)
            break;
        options.password = password;
        opened = Database::open(location, options);
        rememberPassword = rememberPassword || opened;
    }
    if (!opened) {
        m_lastError = opened.error().message;
        if (!quiet)
            MessageBox::critical(m_window.get(), tr("Number Manager"), m_lastError);
        return false;
    }
    if (server && rememberPassword && !options.password.isEmpty())
        m_credentials.setPassword(location, options.password);

    std::unique_ptr<Database> database = std::move(opened).value();
    auto workspace = std::make_unique<Workspace>(*database, m_clock, actingUser(*database));
    // Work and long reads on other threads open their own connections (see the pages).
    Database::Options worker = options;
    worker.checkForDamage = false; // checked as the window's connection opened
    workspace->setConnectionOpener([location, worker]() { return Database::open(location, worker); });
    workspace->startWatchingForChanges();
    auto window = std::make_unique<MainWindow>(*workspace, m_preferences);
    connect(window.get(), &MainWindow::databaseRequested, this,
            [this](const QString& next, const QString& password, bool remember) {
                // Later, not from inside the window that is about to go.
                QMetaObject::invokeMethod(
                    this, [this, next, password, remember] { open(next, password, remember); },
                    Qt::QueuedConnection);
            });
    if (m_window)
        window->setGeometry(m_window->geometry());
    window->show();

    m_window = std::move(window);
    m_workspace = std::move(workspace);
    m_database = std::move(database);
    if (m_preferences)
        m_preferences->addRecentDatabase(location);
    m_window->updateRecentDatabases();
    m_lastError.clear();
    makeDailyBackup();
    // Provisioning, renewals and expiry: brought up to date now and every 15 seconds, on a
    // thread of their own once the window is there, so that it never waits for them.
    m_workspace->startBackgroundProcessing();
    m_workspace->setProcessingInterval(15'000);
    return true;
}

void Session::makeDailyBackup()
{
    if (m_database->engine() != Engine::Sqlite || m_database->isReadOnly())
        return;
    const auto daily
        = Backup::dailyBackup(*m_database, m_window->dataActions()->backupFolder(), m_clock.now());
    if (!daily)
        m_window->statusBar()->showMessage(
            tr("The daily backup could not be made: %1").arg(daily.error().message), 60'000);
}

} // namespace nm
