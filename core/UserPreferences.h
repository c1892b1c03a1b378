#pragma once

#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <memory>

class QSettings;

namespace nm {

// The administrator's own preferences (not the organisation's, which live in the
// database): each key, its type and its default are named here and nowhere else.
// Stored in an INI file under QStandardPaths::AppConfigLocation; tests pass their own file.
class UserPreferences final
{
public:
    explicit UserPreferences(const QString& filePath = defaultPath());
    ~UserPreferences();

    // "nl" or "en"; on first run the system's language ("nl" for any Dutch locale).
    QString language() const;
    void setLanguage(const QString& language);
    bool hasLanguage() const;

    // The databases opened last (files and server addresses, never passwords), newest
    // first, at most maxRecent.
    static constexpr int maxRecent = 8;
    QStringList recentDatabases() const;
    void addRecentDatabase(const QString& location);

    // The columns of the Numbers page the administrator hid, by key ("country", ...).
    QStringList hiddenNumberColumns() const;
    void setHiddenNumberColumns(const QStringList& columns);

    // The Numbers page's filters (type, country, area code, ...), as the page stores them.
    QVariantMap numberFilters() const;
    void setNumberFilters(const QVariantMap& filters);

    static QString defaultPath();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace nm
