#define CATCH_CONFIG_RUNNER
#include "AppIdentity.h"
#include "Translations.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QStandardPaths>
#include <catch2/catch.hpp>

int main(int argc, char* argv[])
{
    // catch_discover_tests runs this binary at build time without the test environment.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // QStandardPaths warns about a missing or shared runtime directory.
        const QString runtime = QDir::temp().filePath(QStringLiteral("numbermanager-tests-runtime"));
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
    }
    QStandardPaths::setTestModeEnabled(true);

    QApplication app(argc, argv);
    nm::setApplicationIdentity();
    // Tests assert English texts unless they switch; the English catalogue brings plural forms.
    nm::applyLanguage(QStringLiteral("en"));
    return Catch::Session().run(argc, argv);
}
