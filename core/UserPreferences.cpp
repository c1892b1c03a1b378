#include "UserPreferences.h"

#include "Translations.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace nm {

namespace {
const QString languageKey = QStringLiteral("ui/language");
const QString recentKey = QStringLiteral("databases/recent");
const QString hiddenColumnsKey = QStringLiteral("numbers/hiddenColumns");
const QString filtersKey = QStringLiteral("numbers/filters");
} // namespace

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

QStringList UserPreferences::recentDatabases() const
{
    return m_settings->value(recentKey).toStringList().mid(0, maxRecent);
}

void UserPreferences::addRecentDatabase(const QString& location)
{
    QStringList recent = recentDatabases();
    recent.removeAll(location);
    recent.prepend(location);
    m_settings->setValue(recentKey, recent.mid(0, maxRecent));
    m_settings->sync();
}

QStringList UserPreferences::hiddenNumberColumns() const
{
    return m_settings->value(hiddenColumnsKey).toStringList();
}

void UserPreferences::setHiddenNumberColumns(const QStringList& columns)
{
    m_settings->setValue(hiddenColumnsKey, columns);
    m_settings->sync();
}

QVariantMap UserPreferences::numberFilters() const
{
    return m_settings->value(filtersKey).toMap();
}

void UserPreferences::setNumberFilters(const QVariantMap& filters)
{
    m_settings->setValue(filtersKey, filters);
    m_settings->sync();
}

} // namespace nm
