#include "AppIdentity.h"
#include "Translations.h"
#include "cli/CommandLineTool.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    nm::setApplicationIdentity();
    // The language of the environment (LANG); --lang overrides it.
    nm::applyLanguage(nm::languageForLocale(QLocale::system()));

    QTextStream out(stdout);
    QTextStream err(stderr);
    return nm::CommandLineTool::run(QCoreApplication::arguments(), out, err);
}
