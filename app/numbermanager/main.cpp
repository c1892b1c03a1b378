#include "AppIdentity.h"
#include "Clock.h"
#include "Context.h"
#include "Translations.h"
#include "UserPreferences.h"
#include "common/Workspace.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    nm::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Number Manager"));
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
        QApplication::translate("main", "Open the database file PATH instead of the default one."),
        QApplication::translate("main", "PATH"), nm::Database::defaultPath());
    parser.addOption(databaseOption);
    parser.process(app);

    QString clockError;
    const std::unique_ptr<nm::Clock> clock = nm::clockFromEnvironment(&clockError);
    if (!clock) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Number Manager"), clockError);
        return 1;
    }
    auto database = nm::Database::open(parser.value(databaseOption));
    if (!database) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Number Manager"),
                              database.error().message);
        return 1;
    }

    nm::Workspace workspace(*database.value(), *clock, nm::actingUser(*database.value()));
    // Provisioning, renewals and expiry: brought up to date now and every 15 seconds.
    workspace.processNow();
    workspace.setProcessingInterval(15'000);

    nm::MainWindow window(workspace, &preferences);
    window.show();
    return QApplication::exec();
}
