#include "Catalogue.h"

#include "Clock.h"
#include "Context.h"
#include "Format.h"
#include "Money.h"
#include "phone/PhoneNumbers.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QSqlQuery>
#include <cmath>

Q_LOGGING_CATEGORY(lcCatalogue, "nm.catalogue")

namespace nm {

QString residencyKey(Residency residency)
{
    switch (residency) {
    case Residency::None:
        return QStringLiteral("none");
    case Residency::Country:
        return QStringLiteral("country");
    case Residency::City:
        return QStringLiteral("city");
    }
    return QStringLiteral("none");
}

std::optional<Residency> residencyFromKey(const QString& key)
{
    if (key == QLatin1String("none"))
        return Residency::None;
    if (key == QLatin1String("country"))
        return Residency::Country;
    if (key == QLatin1String("city"))
        return Residency::City;
    return std::nullopt;
}

qint64 CountryOffer::priceCents(BillingPeriod period) const
{
    switch (period) {
    case BillingPeriod::OneMonth:
        return priceCents1;
    case BillingPeriod::ThreeMonths:
        return priceCents3;
    case BillingPeriod::TwelveMonths:
        return priceCents12;
    }
    return 0;
}

const AreaCode* CountryOffer::areaCode(const QString& wanted) const
{
    for (const AreaCode& area : areaCodes)
        if (area.code == wanted)
            return &area;
    return nullptr;
}

std::vector<const AreaCode*> CountryOffer::areaCodesOfCity(const QString& city) const
{
    std::vector<const AreaCode*> found;
    const QString wanted = Catalogue::cityKey(city);
    if (wanted.isEmpty())
        return found;
    for (const AreaCode& area : areaCodes) {
        bool named = Catalogue::cityKey(area.city) == wanted;
        for (const QString& alias : area.aliases)
            named = named || Catalogue::cityKey(alias) == wanted;
        if (named)
            found.push_back(&area);
    }
    return found;
}

QString Catalogue::cityKey(const QString& city)
{
    // Decomposed, the accents are marks of their own and can be dropped.
    const QString decomposed = city.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString key;
    bool gap = false;
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        if (c.isLetterOrNumber()) {
            if (gap && !key.isEmpty())
                key += QLatin1Char(' ');
            key += c;
            gap = false;
        } else {
            gap = true;
        }
    }
    return key;
}

bool Catalogue::sameCity(const QString& countryCode, const QString& termsCity, const QString& typed) const
{
    const QString wanted = cityKey(typed);
    if (wanted.isEmpty())
        return false;
    if (wanted == cityKey(termsCity))
        return true;
    const CountryOffer* offer = country(countryCode);
    if (!offer)
        return false;
    const std::vector<const AreaCode*> ofTerms = offer->areaCodesOfCity(termsCity);
    for (const AreaCode* area : offer->areaCodesOfCity(typed))
        if (std::find(ofTerms.begin(), ofTerms.end(), area) != ofTerms.end())
            return true;
    return false;
}

QStringList Catalogue::cities(const QString& countryCode) const
{
    QStringList names;
    if (const CountryOffer* offer = country(countryCode))
        for (const AreaCode& area : offer->areaCodes)
            if (!names.contains(area.city))
                names << area.city;
    names.sort(Qt::CaseInsensitive);
    return names;
}

const CountryOffer* Catalogue::country(const QString& code) const
{
    const QString wanted = code.trimmed();
    for (const CountryOffer& offer : m_countries)
        if (offer.code.compare(wanted, Qt::CaseInsensitive) == 0)
            return &offer;
    return nullptr;
}

bool Catalogue::isVersion(const QString& text)
{
    if (text.isEmpty())
        return false;
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() > 4)
        return false;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString& part = parts.at(i);
        // A year first (2000-2999), then small numbers: a version such as 999999999.9 would
        // otherwise be "newer" than every catalogue that could ever follow it.
        if (part.isEmpty() || part.size() > 4
            || (i == 0 && (part.size() != 4 || part.front() != QLatin1Char('2'))))
            return false;
        for (const QChar c : part)
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return false;
    }
    return true;
}

int Catalogue::compareVersions(const QString& a, const QString& b)
{
    const QStringList left = a.split(QLatin1Char('.'));
    const QStringList right = b.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < std::max(left.size(), right.size()); ++i) {
        const qulonglong x = i < left.size() ? left.at(i).toULongLong() : 0;
        const qulonglong y = i < right.size() ? right.at(i).toULongLong() : 0;
        if (x != y)
            return x < y ? -1 : 1;
    }
    return 0;
}

namespace {

Error invalid(const QString& message)
{
    return Error{ErrorCode::InvalidInput, message, QStringLiteral("catalogue")};
}

// A JSON number that is a whole number (JSON has no separate integer type).
std::optional<qint64> wholeNumber(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || number != std::floor(number) || std::fabs(number) > 1e15)
        return std::nullopt;
    return qint64(number);
}

// A value as it is written in the file, for messages: 2, "2", true.
QString asWritten(const QJsonValue& value)
{
    if (value.isUndefined())
        return Catalogue::tr("nothing");
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString text(const QJsonObject& object, const QString& key)
{
    return object.value(key).toString().trimmed();
}

bool tooLong(const QString& value, int limit)
{
    return value.size() > limit;
}

} // namespace

Result<Catalogue> Catalogue::fromJson(const QByteArray& json)
{
    QByteArray bytes = json;
    if (bytes.startsWith("\xEF\xBB\xBF")) // a byte-order mark, as Windows editors write
        bytes.remove(0, 3);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(tr("The catalogue is not valid JSON: %1 (at character %2).")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    if (!document.isObject())
        return invalid(tr("The catalogue is not a JSON object."));
    const QJsonObject root = document.object();

    const QJsonValue format = root.value(QLatin1String("format"));
    if (format.isUndefined())
        return invalid(tr("The catalogue does not state its format (\"format\": %1).").arg(formatVersion));
    if (wholeNumber(format) != formatVersion)
        return invalid(
            tr("The catalogue has format %1, but this version of Number Manager reads format %2 only.")
                .arg(asWritten(format))
                .arg(formatVersion));

    Catalogue catalogue;
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isString() || version.toString().trimmed().isEmpty())
        return invalid(tr("The catalogue has no version (such as \"version\": \"2026.11.1\")."));
    catalogue.m_version = version.toString().trimmed();
    if (!isVersion(catalogue.m_version))
        return invalid(tr("The catalogue version \"%1\" is not a version number such as 2026.11.1 (a year, "
                          "then at most three numbers of up to four digits).")
                           .arg(catalogue.m_version.left(40)));

    const QJsonValue currency = root.value(QLatin1String("currency"));
    if (!currency.isUndefined() && currency.toString() != QLatin1String("EUR"))
        return invalid(tr("The catalogue's prices are in %1, but Number Manager works in EUR only.")
                           .arg(asWritten(currency)));

    const QJsonArray countries = root.value(QLatin1String("countries")).toArray();
    if (countries.isEmpty())
        return invalid(tr("The catalogue lists no countries."));
    if (countries.size() > maxCountries)
        return invalid(tr("The catalogue lists %L1 countries; a catalogue has at most %L2.")
                           .arg(countries.size())
                           .arg(maxCountries));

    QSet<QString> seenCountries;
    for (qsizetype index = 0; index < countries.size(); ++index) {
        if (!countries.at(index).isObject())
            return invalid(tr("Country entry %1 of the catalogue is not a JSON object.").arg(index + 1));
        const QJsonObject entry = countries.at(index).toObject();
        CountryOffer offer;

        offer.code = text(entry, QStringLiteral("code")).toUpper();
        if (offer.code.isEmpty())
            return invalid(tr("Country entry %1 of the catalogue has no country code.").arg(index + 1));
        const QString& code = offer.code;
        if (offer.code.size() != 2 || QLocale::codeToTerritory(offer.code) == QLocale::AnyTerritory)
            return invalid(tr("Country \"%1\": this is not a known ISO 3166 country code.").arg(code));
        if (seenCountries.contains(code))
            return invalid(tr("Country \"%1\" is listed twice.").arg(code));
        seenCountries.insert(code);

        const QJsonObject names = entry.value(QLatin1String("name")).toObject();
        offer.nameEn = text(names, QStringLiteral("en"));
        offer.nameNl = text(names, QStringLiteral("nl"));
        if (offer.nameEn.isEmpty())
            return invalid(tr("Country \"%1\", name: the English name is missing.").arg(code));
        if (offer.nameNl.isEmpty())
            return invalid(tr("Country \"%1\", name: the Dutch name is missing.").arg(code));
        if (tooLong(offer.nameEn, maxNameLength) || tooLong(offer.nameNl, maxNameLength))
            return invalid(
                tr("Country \"%1\", name: a name has at most %L2 characters.").arg(code).arg(maxNameLength));

        const int expectedCallingCode = callingCodeForRegion(code);
        const auto callingCode = wholeNumber(entry.value(QLatin1String("callingCode")));
        if (!callingCode)
            return invalid(
                tr("Country \"%1\", calling code: the calling code is missing or not a whole number.")
                    .arg(code));
        if (expectedCallingCode == 0)
            return invalid(tr("Country \"%1\", calling code: this country has no international calling code.")
                               .arg(code));
        if (*callingCode != expectedCallingCode)
            return invalid(tr("Country \"%1\", calling code %2: the country's calling code is %3.")
                               .arg(code)
                               .arg(*callingCode)
                               .arg(expectedCallingCode));
        offer.callingCode = int(*callingCode);

        const QJsonObject prices = entry.value(QLatin1String("prices")).toObject();
        for (const int months : {1, 3, 12}) {
            const QJsonValue value = prices.value(QString::number(months));
            const auto cents = wholeNumber(value);
            if (cents && *cents > money::maxPriceCents)
                return invalid(tr("Country \"%1\", price %2: a price is at most %3 per billing period.")
                                   .arg(code, asWritten(value), formatMoney(money::maxPriceCents)));
            if (!cents || *cents <= 0) {
                const QString period = months == 1 ? tr("1 month")
                    : months == 3                  ? tr("3 months")
                                                   : tr("12 months");
                return invalid(
                    tr("Country \"%1\", price for %2: a price is a whole, positive number of euro cents, "
                       "not %3.")
                        .arg(code, period, asWritten(value)));
            }
            (months == 1 ? offer.priceCents1 : months == 3 ? offer.priceCents3 : offer.priceCents12) = *cents;
        }

        const QString residency = entry.value(QLatin1String("residency")).toString();
        const auto parsedResidency = residencyFromKey(residency);
        if (!parsedResidency)
            return invalid(
                tr("Country \"%1\", residency \"%2\": the residency requirement is unknown (use none, "
                   "country or city).")
                    .arg(code, residency));
        offer.residency = *parsedResidency;

        const QJsonObject terms = entry.value(QLatin1String("terms")).toObject();
        offer.terms.version = text(terms, QStringLiteral("version"));
        offer.terms.textEn = text(terms, QStringLiteral("en"));
        offer.terms.textNl = text(terms, QStringLiteral("nl"));
        if (offer.terms.version.isEmpty())
            return invalid(tr("Country \"%1\", terms: the terms have no version.").arg(code));
        if (offer.terms.textEn.isEmpty())
            return invalid(
                tr("Country \"%1\", terms %2: the English text is missing.").arg(code, offer.terms.version));
        if (offer.terms.textNl.isEmpty())
            return invalid(
                tr("Country \"%1\", terms %2: the Dutch text is missing.").arg(code, offer.terms.version));
        if (tooLong(offer.terms.version, maxTermsVersionLength))
            return invalid(tr("Country \"%1\", terms: a terms version has at most %L2 characters.")
                               .arg(code)
                               .arg(maxTermsVersionLength));
        if (tooLong(offer.terms.textEn, maxTermsLength) || tooLong(offer.terms.textNl, maxTermsLength))
            return invalid(tr("Country \"%1\", terms %2: a terms text has at most %L3 characters.")
                               .arg(code, offer.terms.version)
                               .arg(maxTermsLength));

        const QJsonArray areaCodes = entry.value(QLatin1String("areaCodes")).toArray();
        if (areaCodes.isEmpty())
            return invalid(tr("Country \"%1\": the country has no area codes.").arg(code));
        if (areaCodes.size() > maxAreaCodes)
            return invalid(
                tr("Country \"%1\": a country has at most %L2 area codes.").arg(code).arg(maxAreaCodes));
        QSet<QString> seenAreaCodes;
        for (qsizetype areaIndex = 0; areaIndex < areaCodes.size(); ++areaIndex) {
            const QJsonObject areaEntry = areaCodes.at(areaIndex).toObject();
            const QJsonValue areaValue = areaEntry.value(QLatin1String("code"));
            if (areaValue.isDouble())
                return invalid(
                    tr("Country \"%1\", area code %2: write the area code as text (\"%2\"), so that "
                       "leading zeros are kept.")
                        .arg(code, asWritten(areaValue)));
            AreaCode area;
            area.code = areaValue.toString().trimmed();
            area.city = text(areaEntry, QStringLiteral("city"));
            if (area.code.isEmpty())
                return invalid(tr("Country \"%1\", area code entry %2: the area code is missing.")
                                   .arg(code)
                                   .arg(areaIndex + 1));
            for (const QChar c : std::as_const(area.code))
                if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                    return invalid(tr("Country \"%1\", area code \"%2\": an area code has digits only.")
                                       .arg(code, area.code));
            if (seenAreaCodes.contains(area.code))
                return invalid(tr("Country \"%1\", area code \"%2\": the area code is listed twice.")
                                   .arg(code, area.code));
            seenAreaCodes.insert(area.code);
            if (area.code.size() > 6)
                return invalid(tr("Country \"%1\", area code \"%2\": an area code has at most 6 digits.")
                                   .arg(code, area.code.left(20)));
            if (area.city.isEmpty())
                return invalid(
                    tr("Country \"%1\", area code \"%2\": the city is missing.").arg(code, area.code));
            const QJsonArray aliases = areaEntry.value(QLatin1String("aliases")).toArray();
            if (aliases.size() > maxAliases)
                return invalid(tr("Country \"%1\", area code \"%2\": a city has at most %L3 other names.")
                                   .arg(code, area.code)
                                   .arg(maxAliases));
            for (const QJsonValue& alias : aliases)
                if (!alias.toString().trimmed().isEmpty())
                    area.aliases << alias.toString().trimmed();
            bool longName = tooLong(area.city, maxNameLength);
            for (const QString& alias : std::as_const(area.aliases))
                longName = longName || tooLong(alias, maxNameLength);
            if (longName)
                return invalid(tr("Country \"%1\", area code \"%2\": a city name has at most %L3 characters.")
                                   .arg(code, area.code)
                                   .arg(maxNameLength));
            offer.areaCodes.push_back(std::move(area));
        }
        catalogue.m_countries.push_back(std::move(offer));
    }
    return catalogue;
}

const Catalogue& Catalogue::builtIn()
{
    static const Catalogue catalogue = [] {
        QFile file(QStringLiteral(":/data/catalogue.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCCritical(lcCatalogue) << "The shipped catalogue is missing from the resources";
            return Catalogue{};
        }
        auto parsed = fromJson(file.readAll());
        if (!parsed) {
            // Caught by the tests; a release never gets here.
            qCCritical(lcCatalogue) << "The shipped catalogue is invalid:" << parsed.error().message;
            return Catalogue{};
        }
        return std::move(parsed).value();
    }();
    return catalogue;
}

namespace {

// The stored document parsed last: services ask for the effective catalogue often, and
// it changes only on import.
struct ParsedCache
{
    QMutex mutex;
    QString document;
    std::optional<Catalogue> catalogue;
};

ParsedCache& parsedCache()
{
    static ParsedCache cache;
    return cache;
}

} // namespace

Result<Catalogue> Catalogue::effective(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (Status s = prepare(query, QStringLiteral("SELECT version, document FROM catalogue WHERE id = 1")); !s)
        return s.error();
    if (Status s = exec(query); !s)
        return s.error();
    if (!query.next())
        return builtIn();
    const QString version = query.value(0).toString();
    const QString document = query.value(1).toString();
    query.finish();
    // After an upgrade the shipped catalogue may be newer than the one imported earlier.
    if (!isVersion(version) || compareVersions(version, builtIn().version()) <= 0)
        return builtIn();

    ParsedCache& cache = parsedCache();
    QMutexLocker lock(&cache.mutex);
    if (cache.catalogue && cache.document == document)
        return *cache.catalogue;
    auto parsed = fromJson(document.toUtf8());
    if (!parsed) {
        // Only a newer program (a later format) or a hand-edited database gets here: the
        // shipped catalogue is still a sound one to work with.
        qCWarning(lcCatalogue) << "The stored catalogue" << version
                               << "cannot be read, using the shipped one:" << parsed.error().message;
        return builtIn();
    }
    cache.document = document;
    cache.catalogue = parsed.value();
    return parsed;
}

Result<Catalogue> Catalogue::import(const Context& context, const QString& filePath)
{
    const QString native = QDir::toNativeSeparators(filePath);
    // A device (/dev/zero) never ends and a FIFO blocks until someone writes to it: only a
    // regular file is opened, and no more than the limit is read from it.
    const QFileInfo info(filePath);
    if (!info.exists())
        return Error{ErrorCode::NotFound, tr("The catalogue file %1 does not exist.").arg(native),
                     QStringLiteral("file")};
    if (!info.isFile())
        return Error{ErrorCode::InvalidInput,
                     tr("%1 is not a regular file (it is a folder, a device or a pipe), so it cannot be a "
                        "catalogue. Nothing was imported.")
                         .arg(native),
                     QStringLiteral("file")};
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::IoError,
                     tr("The catalogue file %1 cannot be read: %2").arg(native, file.errorString()),
                     QStringLiteral("file")};
    const QByteArray bytes = file.read(maxFileSize + 1);
    if (bytes.size() > maxFileSize)
        return Error{
            ErrorCode::InvalidInput,
            tr("The file %1 is too large to be a catalogue (a catalogue has at most %2 MiB). Nothing "
               "was imported.")
                .arg(native, formatCount(maxFileSize / (1024 * 1024))),
            QStringLiteral("file")};
    const auto notImported = [&](const Error& error) {
        return Error{error.code, tr("The catalogue file %1 was not imported. %2").arg(native, error.message),
                     error.field};
    };

    auto parsed = fromJson(bytes);
    if (!parsed)
        return notImported(parsed.error());
    // A catalogue is dated by its version: one from the far future would block every real one.
    const int year = parsed->version().section(QLatin1Char('.'), 0, 0).toInt();
    const int thisYear = context.clock.now().date().year();
    if (year > thisYear + 1)
        return notImported(invalid(tr("The catalogue version %1 is dated %2, more than a year from now (%3). "
                                      "Check the file with its supplier.")
                                       .arg(parsed->version())
                                       .arg(year)
                                       .arg(thisYear)));
    // Every area code must be one that numbers can be handed out in.
    for (const CountryOffer& offer : parsed->countries())
        for (const AreaCode& area : offer.areaCodes)
            if (auto plan = NumberPlan::forAreaCode(offer.code, area.code); !plan)
                return notImported(plan.error());

    QSqlDatabase db = context.database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    // Read under the write lock, so that two administrators cannot both import over the same version.
    auto current = effective(db);
    if (!current)
        return current.error();
    if (compareVersions(parsed->version(), current->version()) <= 0)
        return Error{ErrorCode::Conflict,
                     tr("The catalogue file %1 has version %2, which is not newer than the catalogue in use "
                        "(version %3). Nothing was imported.")
                         .arg(native, parsed->version(), current->version()),
                     QStringLiteral("version")};

    QSqlQuery upsert(db);
    if (Status s = prepare(upsert,
                           QStringLiteral("INSERT INTO catalogue (id, version, document, imported_at, "
                                          "imported_by) VALUES (1, ?, ?, ?, ?) "
                                          "ON CONFLICT (id) DO UPDATE SET version = excluded.version, "
                                          "document = excluded.document, imported_at = excluded.imported_at, "
                                          "imported_by = excluded.imported_by"));
        !s)
        return s.error();
    upsert.addBindValue(parsed->version());
    upsert.addBindValue(QString::fromUtf8(bytes));
    upsert.addBindValue(toStorage(context.clock.now()));
    upsert.addBindValue(context.actor);
    if (Status s = exec(upsert); !s)
        return s.error();
    if (Status s = AuditLog::record(context, QStringLiteral("catalogue.import"), QStringLiteral("catalogue"),
                                    parsed->version(), {{QStringLiteral("version"), current->version()}},
                                    {{QStringLiteral("version"), parsed->version()}});
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    qCInfo(lcCatalogue) << "Imported catalogue" << parsed->version() << "from" << filePath << "replacing"
                        << current->version();
    return parsed;
}

} // namespace nm
