#include "Format.h"
#include "TestSupport.h"
#include "Translations.h"
#include "numbers/Number.h"

#include <QLocale>

using namespace nm;
using namespace nm::test;

TEST_CASE("Money follows the chosen language", "[format][i18n]")
{
    LanguageGuard guard;
    applyLanguage(QStringLiteral("nl"));
    // "€ 12,50", with a non-breaking space so that the amount never wraps away from the sign.
    CHECK(formatMoney(1250) == QStringLiteral("€\u00a012,50"));
    CHECK(formatMoney(123456789) == QStringLiteral("€\u00a01.234.567,89"));
    CHECK(formatMoney(0) == QStringLiteral("€\u00a00,00"));
    applyLanguage(QStringLiteral("en"));
    CHECK(formatMoney(1250) == QStringLiteral("€12.50"));
    CHECK(formatMoney(123456789) == QStringLiteral("€1,234,567.89"));
}

TEST_CASE("Dates follow the chosen language", "[format][i18n]")
{
    LanguageGuard guard;
    const QDate date(2026, 11, 26);
    applyLanguage(QStringLiteral("nl"));
    CHECK(formatDate(date) == QStringLiteral("26 november 2026"));
    CHECK(formatDate(QDate(2027, 3, 1)) == QStringLiteral("1 maart 2027"));
    applyLanguage(QStringLiteral("en"));
    CHECK(formatDate(date) == QStringLiteral("26 November 2026"));
    CHECK(formatDate(QDate(2027, 3, 1)) == QStringLiteral("1 March 2027"));
}

TEST_CASE("Switching the language translates the core's words, and back", "[format][i18n]")
{
    LanguageGuard guard;
    applyLanguage(QStringLiteral("nl"));
    CHECK(currentLanguage() == QStringLiteral("nl"));
    CHECK(stateDisplayName(NumberState::Pending) == QStringLiteral("In behandeling"));
    CHECK(stateDisplayName(NumberState::Active) == QStringLiteral("Actief"));
    CHECK(stateDisplayName(NumberState::Cancelled) == QStringLiteral("Geannuleerd"));
    CHECK(stateDisplayName(NumberState::Expired) == QStringLiteral("Verlopen"));
    applyLanguage(QStringLiteral("en"));
    CHECK(stateDisplayName(NumberState::Pending) == QStringLiteral("Pending"));
    CHECK(stateDisplayName(NumberState::Cancelled) == QStringLiteral("Cancelled"));
}

TEST_CASE("The first-run language follows the system: Dutch for any Dutch locale", "[i18n]")
{
    CHECK(languageForLocale(QLocale(QLocale::Dutch, QLocale::Netherlands)) == QStringLiteral("nl"));
    CHECK(languageForLocale(QLocale(QLocale::Dutch, QLocale::Belgium)) == QStringLiteral("nl"));
    CHECK(languageForLocale(QLocale(QLocale::English, QLocale::UnitedStates)) == QStringLiteral("en"));
    CHECK(languageForLocale(QLocale(QLocale::German, QLocale::Germany)) == QStringLiteral("en"));
}
