#pragma once

#include <QLocale>
#include <QString>

namespace nm {

// Installs Number Manager's embedded translation and Qt's own (qtbase_*.qm) for the
// given language, replacing any installed earlier. English needs no catalogue for
// singular text but still loads ours for plural forms.
void installTranslations(const QString& language);

// Switches the whole program to "nl" or "en" at run time: our and Qt's translations
// (every widget gets a LanguageChange event) and the default locale used for dates,
// money and numbers.
void applyLanguage(const QString& language);
// The language currently applied ("nl" or "en").
QString currentLanguage();

// "nl" for any Dutch locale, otherwise "en".
QString languageForLocale(const QLocale& locale);

} // namespace nm
