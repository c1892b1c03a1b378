#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

class QSqlDatabase;

namespace nm {

struct Context;

enum class Residency
{
    None, // anyone may hold the number
    Country, // the holder's address must be in the number's country
    City, // the holder's address must be in the area code's city
};

QString residencyKey(Residency residency); // "none", "country", "city" (as stored)
std::optional<Residency> residencyFromKey(const QString& key);

enum class BillingPeriod
{
    OneMonth = 1,
    ThreeMonths = 3,
    TwelveMonths = 12
};

struct AreaCode
{
    QString code; // national area code without trunk prefix, e.g. "20" for Amsterdam
    QString city; // the city's usual name, e.g. "München"
    QStringList aliases; // other names of the same city, e.g. "Munich", "Muenchen"
};

struct CountryTerms
{
    QString version; // e.g. "NL-2026-01"
    QString textEn;
    QString textNl;
    QString text(const QString& language) const { return language == QLatin1String("nl") ? textNl : textEn; }
};

struct CountryOffer
{
    QString code; // ISO 3166-1 alpha-2, upper case, e.g. "NL"
    int callingCode = 0; // e.g. 31
    QString nameEn;
    QString nameNl;
    qint64 priceCents1 = 0; // per 1 month
    qint64 priceCents3 = 0; // per 3 months
    qint64 priceCents12 = 0; // per 12 months
    Residency residency = Residency::None;
    CountryTerms terms;
    std::vector<AreaCode> areaCodes;

    QString name(const QString& language) const { return language == QLatin1String("nl") ? nameNl : nameEn; }
    qint64 priceCents(BillingPeriod period) const;
    const AreaCode* areaCode(const QString& code) const;
    // The area codes whose city is called `city` (its name or an alias, compared
    // ignoring case, accents and punctuation).
    std::vector<const AreaCode*> areaCodesOfCity(const QString& city) const;
};

// The countries on offer. Shipped embedded (:/data/catalogue.json); an administrator
// can import a newer file, which is then stored in the database for everyone.
class Catalogue final
{
    Q_DECLARE_TR_FUNCTIONS(nm::Catalogue)

public:
    static constexpr int formatVersion = 1; // the "format" this program reads
    // What a catalogue may hold, so that a broken or hostile file cannot bloat every database.
    static constexpr qint64 maxFileSize = 4 * 1024 * 1024;
    static constexpr int maxCountries = 300;
    static constexpr int maxAreaCodes = 1000; // per country
    static constexpr int maxAliases = 10; // per area code
    static constexpr int maxNameLength = 100; // country names, cities, aliases
    static constexpr int maxTermsVersionLength = 40;
    static constexpr int maxTermsLength = 20'000;

    QString version() const { return m_version; }
    const std::vector<CountryOffer>& countries() const { return m_countries; }
    const CountryOffer* country(const QString& code) const; // case-insensitive

    // Parses and validates a whole document; a bad entry is reported by name and
    // nothing is returned half-loaded.
    static Result<Catalogue> fromJson(const QByteArray& json);
    // The catalogue shipped with the program.
    static const Catalogue& builtIn();
    // The catalogue in effect for a database: the imported one when it is newer than
    // the shipped one, otherwise the shipped one.
    static Result<Catalogue> effective(const QSqlDatabase& db);
    // Validates the file and stores it as the database's catalogue (one transaction,
    // with an audit entry). Refuses a catalogue that is not newer than the one in effect.
    static Result<Catalogue> import(const Context& context, const QString& filePath);

    // Catalogue versions are dated: a year, then up to three dotted whole numbers of at
    // most four digits ("2026.11.1"); missing parts count as 0.
    static bool isVersion(const QString& text);

    // Whether `typed` (a member's city) is the city `termsCity` of one of the country's
    // area codes: by name or alias, ignoring case, accents and punctuation, so that
    // "munich" and "München" are one city. Without the catalogue's help, the two names
    // are compared the same way.
    bool sameCity(const QString& country, const QString& termsCity, const QString& typed) const;
    // The cities of a country's area codes, for suggesting a member's city.
    QStringList cities(const QString& country) const;
    // The form in which city names are compared: "Frankfurt am Main" -> "frankfurt am main",
    // "'s-Hertogenbosch" -> "s hertogenbosch", "Köln" -> "koln".
    static QString cityKey(const QString& city);
    // <0, 0 or >0 as a is older than, the same as, or newer than b.
    static int compareVersions(const QString& a, const QString& b);

private:
    QString m_version;
    std::vector<CountryOffer> m_countries;
};

} // namespace nm
