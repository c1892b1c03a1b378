#pragma once

#include <QLocale>
#include <QString>

namespace nm {

// Installs Number Manager's embedded translation and Qt's own (qtbase_*.qm) for the
// given language, replacing any installed earlier. English needs no catalogue for
// singular text but still loads ours for plural forms.
void installTranslations(const QString& language);

// "nl" for any Dutch locale, otherwise "en".
QString languageForLocale(const QLocale& locale);

} // namespace nm
