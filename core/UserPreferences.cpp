#include "UserPreferences.h"

#include "Translations.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace nm {

namespace {
const QString languageKey = QStringLiteral("ui/language");
}

UserPreferences::UserPreferences(const QString& filePath)
    : m_settings(std::make_unique<QSettings>(filePath, QSettings::IniFormat))
{ }

UserPreferences::~UserPreferences() = default;

QString UserPreferences::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("numbermanager.ini"));
}

QString UserPreferences::language() const
{
    const QString stored = m_settings->value(languageKey).toString();
    if (stored == QLatin1String("nl") || stored == QLatin1String("en"))
        return stored;
    return languageForLocale(QLocale::system());
}

bool UserPreferences::hasLanguage() const
{
    return m_settings->contains(languageKey);
}

void UserPreferences::setLanguage(const QString& language)
{
    m_settings->setValue(languageKey, language);
    m_settings->sync();
}

} // namespace nm
