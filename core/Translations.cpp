#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>
#include <memory>

Q_LOGGING_CATEGORY(lcTranslations, "nm.translations")

namespace nm {

namespace {
std::unique_ptr<QTranslator>& ownTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}
std::unique_ptr<QTranslator>& qtTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}
} // namespace

namespace {
QString& appliedLanguage()
{
    static QString language = QStringLiteral("en");
    return language;
}
} // namespace

void applyLanguage(const QString& language)
{
    const QString code = language == QLatin1String("nl") ? QStringLiteral("nl") : QStringLiteral("en");
    appliedLanguage() = code;
    // The locale first: widgets that retranslate on LanguageChange format with it.
    QLocale::setDefault(code == QLatin1String("nl") ? QLocale(QLocale::Dutch, QLocale::Netherlands)
                                                    : QLocale(QLocale::English, QLocale::UnitedKingdom));
    installTranslations(code);
}

QString currentLanguage()
{
    return appliedLanguage();
}

QString languageForLocale(const QLocale& locale)
{
    return locale.language() == QLocale::Dutch ? QStringLiteral("nl") : QStringLiteral("en");
}

void installTranslations(const QString& language)
{
    for (auto* slot : {&ownTranslator(), &qtTranslator()}) {
        if (*slot) {
            QCoreApplication::removeTranslator(slot->get());
            slot->reset();
        }
    }

    auto own = std::make_unique<QTranslator>();
    if (own->load(QStringLiteral(":/i18n/numbermanager_%1.qm").arg(language))) {
        QCoreApplication::installTranslator(own.get());
        ownTranslator() = std::move(own);
    } else {
        qCWarning(lcTranslations) << "No embedded translation for" << language;
    }

    if (language != QLatin1String("en")) {
        // Qt's own words (standard buttons and dialogs): "qt_nl" is Debian's catalogue of
        // every Qt module and the one file windeployqt writes on Windows (it merges the
        // modules' catalogues into it); "qtbase_nl" where only that one is installed.
        const QString folder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qt_%1").arg(language), folder)
            || qt->load(QStringLiteral("qtbase_%1").arg(language), folder)
            || qt->load(QStringLiteral(":/i18n/qtbase_%1.qm").arg(language))) {
            QCoreApplication::installTranslator(qt.get());
            qtTranslator() = std::move(qt);
        } else {
            qCInfo(lcTranslations) << "Qt's own translation for" << language << "was not found";
        }
    }
}

} // namespace nm
