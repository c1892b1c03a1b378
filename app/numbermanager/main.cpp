#include "AppIdentity.h"
#include "Translations.h"
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
    nm::installTranslations(nm::languageForLocale(QLocale::system()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Number Manager: members, SIP profiles and "
                                                                     "phone numbers of your organisation."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QApplication::translate("main", "Open the database file PATH instead of the default one."),
        QApplication::translate("main", "PATH"), nm::Database::defaultPath());
    parser.addOption(databaseOption);
    parser.process(app);

    auto database = nm::Database::open(parser.value(databaseOption));
    if (!database) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Number Manager"),
                              database.error().message);
        return 1;
    }

    nm::MainWindow window(*database.value());
    window.show();
    return QApplication::exec();
}
