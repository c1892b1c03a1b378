#include "AppIdentity.h"
#include "Translations.h"
#include "cli/CommandLineTool.h"
#include "platform/Platform.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // Windows consoles show UTF-8 only when asked; the arguments arrive as UTF-16 there
    // (QCoreApplication::arguments() reads them so, not from argv).
    const nm::platform::Utf8Console console;
    nm::setApplicationIdentity();
    // The language of the environment (LANG); --lang overrides it.
    nm::applyLanguage(nm::languageForLocale(QLocale::system()));

    QTextStream out(stdout);
    QTextStream err(stderr);
    return nm::CommandLineTool::run(QCoreApplication::arguments(), out, err);
}
