#pragma once

#include <QObject>
#include <memory>

namespace nm {

class Clock;
class CredentialStore;
class Database;
class MainWindow;
class UserPreferences;
class Workspace;

// The database the desktop program has open, its workspace and its main window: File ->
// Open database or Connect to server replaces all three, and the current one is named in
// the title and the status bar. A server's password comes from the credential store, or
// is asked for (and kept there when the administrator says so).
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    Session(const Clock& clock, UserPreferences* preferences, CredentialStore& credentials,
            QObject* parent = nullptr);
    ~Session() override;

    // Opens `location` (a file, or postgresql://...) and shows it, replacing what was
    // shown. On failure tells the user (when `quiet` is false) and keeps the current
    // database; returns whether it opened.
    bool open(const QString& location, const QString& password = {}, bool rememberPassword = false,
              bool quiet = false);

    MainWindow* window() const { return m_window.get(); }
    Workspace* workspace() const { return m_workspace.get(); }
    Database* database() const { return m_database.get(); }
    QString lastError() const { return m_lastError; }

private:
    // Once a day, into the automatic backups folder (Backup::dailyBackup()).
    void makeDailyBackup();

    const Clock& m_clock;
    UserPreferences* m_preferences;
    CredentialStore& m_credentials;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QString m_lastError;
};

} // namespace nm
