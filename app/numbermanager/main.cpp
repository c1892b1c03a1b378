#include "AppIdentity.h"
#include "Clock.h"
#include "Translations.h"
#include "UserPreferences.h"
#include "common/ApplicationIcon.h"
#include "phone/PhoneNumbers.h"
#include "shell/CredentialStore.h"
#include "shell/Session.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QThreadPool>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    // Meanwhile, on another core, what the first number shown needs.
    QThreadPool::globalInstance()->start(nm::preparePhoneNumbers);
    nm::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Number Manager"));
    // Every window's icon; on Wayland the compositor finds it through the .desktop file.
    QApplication::setWindowIcon(nm::applicationIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral("numbermanager"));
    nm::UserPreferences preferences;
    nm::applyLanguage(preferences.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main",
                                                             "Number Manager: members, SIP profiles and "
                                                             "phone numbers of your organisation."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QApplication::translate(
            "main",
            "Open the database file PATH, or the server database postgresql://USER@HOST/DATABASE, "
            "instead of the default one."),
        QApplication::translate("main", "PATH"), nm::Database::defaultPath());
    parser.addOption(databaseOption);
    parser.process(app);

    QString clockError;
    const std::unique_ptr<nm::Clock> clock = nm::clockFromEnvironment(&clockError);
    if (!clock) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Number Manager"), clockError);
        return 1;
    }
    nm::KeychainStore credentials;
    nm::Session session(*clock, &preferences, credentials);
    if (!session.open(parser.value(databaseOption)))
        return 1;
    return QApplication::exec();
}
