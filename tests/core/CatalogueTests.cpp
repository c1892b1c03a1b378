#include "TestSupport.h"
#include "catalogue/Catalogue.h"
#include "cli/CommandLineTool.h"
#include "phone/PhoneNumbers.h"
#include "storage/AuditLog.h"
#include "storage/SqlError.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>
#include <QTextStream>
#include <functional>
#include <map>

using namespace nm;
using namespace nm::test;

namespace {

QByteArray shippedJson()
{
    QFile file(QStringLiteral(":/data/catalogue.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QJsonObject shippedDocument()
{
    return QJsonDocument::fromJson(shippedJson()).object();
}

QByteArray toJson(const QJsonObject& document)
{
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

// The shipped document with one country's entry changed.
QByteArray withCountry(const QString& code, const std::function<void(QJsonObject&)>& change)
{
    QJsonObject document = shippedDocument();
    QJsonArray countries = document.value(QLatin1String("countries")).toArray();
    bool found = false;
    for (qsizetype i = 0; i < countries.size(); ++i) {
        QJsonObject country = countries.at(i).toObject();
        if (country.value(QLatin1String("code")).toString() != code)
            continue;
        change(country);
        countries[i] = country;
        found = true;
    }
    REQUIRE(found);
    document.insert(QStringLiteral("countries"), countries);
    return toJson(document);
}

// Sets one key of a nested object: setIn(country, {"prices", "12"}, 0).
void setIn(QJsonObject& object, const QStringList& path, const QJsonValue& value)
{
    if (path.size() == 1) {
        if (value.isUndefined())
            object.remove(path.first());
        else
            object.insert(path.first(), value);
        return;
    }
    QJsonObject inner = object.value(path.first()).toObject();
    setIn(inner, path.mid(1), value);
    object.insert(path.first(), inner);
}

QByteArray withCountryValue(const QString& code, const QStringList& path, const QJsonValue& value)
{
    return withCountry(code, [&](QJsonObject& country) { setIn(country, path, value); });
}

QByteArray withAreaCodes(const QString& code, const QJsonArray& areaCodes)
{
    return withCountryValue(code, {QStringLiteral("areaCodes")}, areaCodes);
}

QJsonObject area(const QString& code, const QString& city)
{
    return QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("city"), city}};
}

// The document is refused as invalid input with a message containing each fragment.
void checkRefused(const QByteArray& json, const QStringList& fragments)
{
    const auto parsed = Catalogue::fromJson(json);
    REQUIRE_FALSE(parsed);
    CHECK(parsed.error().code == ErrorCode::InvalidInput);
    for (const QString& fragment : fragments) {
        INFO("message: " << parsed.error().message.toStdString());
        CHECK(parsed.error().message.contains(fragment));
    }
}

QString quoted(const QString& text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// Calling code and prices (cents for 1, 3 and 12 months) of every country in
// resources/catalogue.json, version 2026.11.1.
struct ShippedOffer
{
    int callingCode;
    qint64 cents1;
    qint64 cents3;
    qint64 cents12;
};
const std::map<QString, ShippedOffer> shippedOffers = {
    {QStringLiteral("NL"), {31, 350, 990, 3600}},   {QStringLiteral("BE"), {32, 400, 1125, 4200}},
    {QStringLiteral("DE"), {49, 400, 1125, 4200}},  {QStringLiteral("FR"), {33, 450, 1275, 4800}},
    {QStringLiteral("GB"), {44, 350, 990, 3600}},   {QStringLiteral("IE"), {353, 500, 1425, 5400}},
    {QStringLiteral("ES"), {34, 450, 1275, 4800}},  {QStringLiteral("IT"), {39, 500, 1425, 5400}},
    {QStringLiteral("AT"), {43, 500, 1425, 5400}},  {QStringLiteral("CH"), {41, 900, 2550, 9600}},
    {QStringLiteral("SE"), {46, 550, 1575, 6000}},  {QStringLiteral("DK"), {45, 600, 1700, 6600}},
    {QStringLiteral("PL"), {48, 400, 1125, 4200}},  {QStringLiteral("US"), {1, 250, 700, 2400}},
    {QStringLiteral("CA"), {1, 250, 700, 2400}},    {QStringLiteral("AU"), {61, 700, 1995, 7800}},
    {QStringLiteral("NO"), {47, 650, 1850, 7200}},  {QStringLiteral("FI"), {358, 500, 1425, 5400}},
    {QStringLiteral("PT"), {351, 400, 1125, 4200}}, {QStringLiteral("LU"), {352, 600, 1700, 6600}},
    {QStringLiteral("NZ"), {64, 700, 1995, 7800}},  {QStringLiteral("GR"), {30, 450, 1275, 4800}},
};

const QString nlTermsEn
    = QStringLiteral("Dutch numbers are provided as is, without a guarantee of availability or call quality. "
                     "There is no residency requirement: the number may be assigned to anyone, wherever they "
                     "live. These terms may change; a number keeps the version that was accepted when it was "
                     "bought.");
const QString nlTermsNl
    = QStringLiteral("Nederlandse nummers worden geleverd zoals ze zijn, zonder garantie op beschikbaarheid "
                     "of gesprekskwaliteit. Er geldt geen woonplaatsvereiste: u mag het nummer aan iedereen "
                     "toewijzen, waar die persoon ook woont. Deze voorwaarden kunnen wijzigen; voor een "
                     "nummer blijft de versie gelden die u bij de aankoop hebt geaccepteerd.");
const QString deTermsEn = QStringLiteral(
    "German geographic numbers are provided as is. Under the rules of the Bundesnetzagentur, "
    "a number may only be assigned to someone with an address in the local area of its area "
    "code, and you must be able to show that address on request. These terms may change; a "
    "number keeps the version that was accepted when it was bought.");

// Switches the default locale for one test and back to the tests' English.
class LocaleScope
{
public:
    explicit LocaleScope(const QLocale& locale) { QLocale::setDefault(locale); }
    ~LocaleScope() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
};

} // namespace

TEST_CASE("The shipped catalogue loads with at least 20 countries and their real calling codes",
          "[catalogue]")
{
    const Catalogue& catalogue = Catalogue::builtIn();
    CHECK(catalogue.version() == QStringLiteral("2026.11.1"));
    CHECK(Catalogue::isVersion(catalogue.version()));
    REQUIRE(catalogue.countries().size() >= 20);
    CHECK(catalogue.countries().size() == 22);

    const std::map<QString, int> required = {
        {QStringLiteral("NL"), 31}, {QStringLiteral("BE"), 32}, {QStringLiteral("DE"), 49},
        {QStringLiteral("FR"), 33}, {QStringLiteral("GB"), 44}, {QStringLiteral("IE"), 353},
        {QStringLiteral("ES"), 34}, {QStringLiteral("IT"), 39}, {QStringLiteral("AT"), 43},
        {QStringLiteral("CH"), 41}, {QStringLiteral("SE"), 46}, {QStringLiteral("DK"), 45},
        {QStringLiteral("PL"), 48}, {QStringLiteral("US"), 1},  {QStringLiteral("CA"), 1},
        {QStringLiteral("AU"), 61},
    };
    for (const auto& [code, callingCode] : required) {
        INFO(code.toStdString());
        const CountryOffer* offer = catalogue.country(code);
        REQUIRE(offer);
        CHECK(offer->callingCode == callingCode);
    }

    const CountryOffer* nl = catalogue.country(QStringLiteral("nl"));
    REQUIRE(nl);
    CHECK(nl->code == QStringLiteral("NL"));
    CHECK(nl->name(QStringLiteral("en")) == QStringLiteral("Netherlands"));
    CHECK(nl->name(QStringLiteral("nl")) == QStringLiteral("Nederland"));
    CHECK(nl->residency == Residency::None);
    const std::map<QString, QString> dutchCities = {
        {QStringLiteral("10"), QStringLiteral("Rotterdam")},
        {QStringLiteral("20"), QStringLiteral("Amsterdam")},
        {QStringLiteral("30"), QStringLiteral("Utrecht")},
        {QStringLiteral("40"), QStringLiteral("Eindhoven")},
        {QStringLiteral("50"), QStringLiteral("Groningen")},
        {QStringLiteral("70"), QStringLiteral("Den Haag")},
    };
    for (const auto& [code, city] : dutchCities) {
        INFO(code.toStdString());
        const AreaCode* area = nl->areaCode(code);
        REQUIRE(area);
        CHECK(area->city == city);
    }
    CHECK_FALSE(nl->areaCode(QStringLiteral("020")));
    CHECK_FALSE(nl->areaCode(QStringLiteral("6")));

    const CountryOffer* de = catalogue.country(QStringLiteral("DE"));
    REQUIRE(de);
    CHECK(de->name(QStringLiteral("nl")) == QStringLiteral("Duitsland"));
    CHECK(de->residency == Residency::City);
    REQUIRE(de->areaCode(QStringLiteral("89")));
    CHECK(de->areaCode(QStringLiteral("89"))->city == QStringLiteral("München"));
    CHECK(catalogue.country(QStringLiteral("GB"))->name(QStringLiteral("nl"))
          == QStringLiteral("Verenigd Koninkrijk"));
    CHECK(catalogue.country(QStringLiteral("FR"))->residency == Residency::Country);
    CHECK(catalogue.country(QStringLiteral("US"))->areaCode(QStringLiteral("212"))->city
          == QStringLiteral("New York"));
    CHECK(catalogue.country(QStringLiteral("AU"))->areaCode(QStringLiteral("2"))->city
          == QStringLiteral("Sydney"));
    CHECK_FALSE(catalogue.country(QStringLiteral("XX")));
    CHECK_FALSE(catalogue.country(QString()));
}

TEST_CASE("Every shipped country has names, terms in both languages and prices that reward a longer period",
          "[catalogue]")
{
    for (const CountryOffer& offer : Catalogue::builtIn().countries()) {
        INFO(offer.code.toStdString());
        const auto shipped = shippedOffers.find(offer.code);
        REQUIRE(shipped != shippedOffers.end());
        CHECK(offer.callingCode == shipped->second.callingCode);
        CHECK_FALSE(offer.nameEn.isEmpty());
        CHECK_FALSE(offer.nameNl.isEmpty());
        CHECK_FALSE(offer.terms.version.isEmpty());
        CHECK(offer.terms.text(QStringLiteral("en")).size() > 80);
        CHECK(offer.terms.text(QStringLiteral("nl")).size() > 80);
        CHECK(offer.terms.text(QStringLiteral("nl")) != offer.terms.text(QStringLiteral("en")));
        CHECK(offer.priceCents1 == shipped->second.cents1);
        CHECK(offer.priceCents3 == shipped->second.cents3);
        CHECK(offer.priceCents12 == shipped->second.cents12);
        CHECK(offer.priceCents(BillingPeriod::OneMonth) == shipped->second.cents1);
        CHECK(offer.priceCents(BillingPeriod::ThreeMonths) == shipped->second.cents3);
        CHECK(offer.priceCents(BillingPeriod::TwelveMonths) == shipped->second.cents12);
        CHECK(offer.priceCents1 > 0);
        CHECK(offer.priceCents3 < 3 * offer.priceCents1);
        CHECK(offer.priceCents12 < 12 * offer.priceCents1);
        CHECK(offer.areaCodes.size() >= 3);
    }
}

TEST_CASE("Every area code of every shipped country hands out valid numbers of that area code",
          "[catalogue][phone][plan]")
{
    for (const CountryOffer& offer : Catalogue::builtIn().countries()) {
        for (const AreaCode& area : offer.areaCodes) {
            INFO(offer.code.toStdString()
                 << " area code " << area.code.toStdString() << " (" << area.city.toStdString() << ")");
            const auto plan = NumberPlan::forAreaCode(offer.code, area.code);
            REQUIRE(plan);
            const QString prefix = QStringLiteral("+%1%2").arg(offer.callingCode).arg(area.code);
            QSet<QString> numbers;
            for (quint64 index = 0; index < 1000 && numbers.size() < 50; ++index) {
                const auto number = plan->candidate(index);
                if (!number)
                    continue;
                INFO(number->toStdString());
                REQUIRE(number->startsWith(prefix));
                REQUIRE(isValidNumber(*number, offer.code));
                numbers.insert(*number);
            }
            CHECK(numbers.size() >= 50);
        }
    }
}

TEST_CASE("Residency keys read and write as stored", "[catalogue]")
{
    for (const Residency residency : {Residency::None, Residency::Country, Residency::City})
        CHECK(residencyFromKey(residencyKey(residency)) == residency);
    CHECK(residencyKey(Residency::City) == QStringLiteral("city"));
    CHECK_FALSE(residencyFromKey(QStringLiteral("City")));
    CHECK_FALSE(residencyFromKey(QString()));
}

TEST_CASE("Catalogue versions compare as dotted whole numbers", "[catalogue]")
{
    CHECK(Catalogue::compareVersions(QStringLiteral("2026.11.1"), QStringLiteral("2026.12")) < 0);
    CHECK(Catalogue::compareVersions(QStringLiteral("2026.10.2"), QStringLiteral("2026.9.9")) > 0);
    CHECK(Catalogue::compareVersions(QStringLiteral("2026.11"), QStringLiteral("2026.11.0")) == 0);
    CHECK(Catalogue::compareVersions(QStringLiteral("2027.1"), QStringLiteral("2026.12.9")) > 0);
    CHECK(Catalogue::compareVersions(QStringLiteral("2026.11.1"), QStringLiteral("2026.11.1")) == 0);
    CHECK(Catalogue::isVersion(QStringLiteral("2026.11.1")));
    CHECK(Catalogue::isVersion(QStringLiteral("2026")));
    // Dated: a year first, then at most three parts of four digits; nothing that would
    // outrank every later catalogue.
    CHECK_FALSE(Catalogue::isVersion(QStringLiteral("7")));
    CHECK_FALSE(Catalogue::isVersion(QStringLiteral("999999999.999999999")));
    CHECK_FALSE(Catalogue::isVersion(QStringLiteral("2026.11.1.1.1")));
    CHECK_FALSE(Catalogue::isVersion(QStringLiteral("2026.12345")));
    CHECK_FALSE(Catalogue::isVersion(QStringLiteral("2026.x")));
    CHECK_FALSE(Catalogue::isVersion(QStringLiteral("2026..1")));
    CHECK_FALSE(Catalogue::isVersion(QStringLiteral("v2026")));
    CHECK_FALSE(Catalogue::isVersion(QString()));
}

TEST_CASE("A broken catalogue is refused as a whole, naming the country and the entry",
          "[catalogue][validation]")
{
    // The unchanged document is accepted: each section below breaks exactly one thing.
    REQUIRE(Catalogue::fromJson(toJson(shippedDocument())));

    SECTION("not JSON")
    {
        checkRefused("{\"format\": 1, \"countries\": [", {QStringLiteral("not valid JSON")});
        checkRefused("[]", {QStringLiteral("not a JSON object")});
    }
    SECTION("missing format")
    {
        QJsonObject document = shippedDocument();
        document.remove(QStringLiteral("format"));
        checkRefused(toJson(document), {QStringLiteral("format")});
    }
    SECTION("wrong format")
    {
        QJsonObject document = shippedDocument();
        document.insert(QStringLiteral("format"), 2);
        checkRefused(toJson(document), {QStringLiteral("format 2")});
        document.insert(QStringLiteral("format"), QStringLiteral("1"));
        checkRefused(toJson(document), {QStringLiteral("format \"1\"")});
    }
    SECTION("missing version")
    {
        QJsonObject document = shippedDocument();
        document.remove(QStringLiteral("version"));
        checkRefused(toJson(document), {QStringLiteral("no version")});
    }
    SECTION("a version that is not dotted numbers")
    {
        QJsonObject document = shippedDocument();
        document.insert(QStringLiteral("version"), QStringLiteral("november"));
        checkRefused(toJson(document), {QStringLiteral("\"november\"")});
    }
    SECTION("a currency other than EUR")
    {
        QJsonObject document = shippedDocument();
        document.insert(QStringLiteral("currency"), QStringLiteral("USD"));
        checkRefused(toJson(document), {QStringLiteral("\"USD\""), QStringLiteral("EUR")});
    }
    SECTION("no countries")
    {
        QJsonObject document = shippedDocument();
        document.insert(QStringLiteral("countries"), QJsonArray());
        checkRefused(toJson(document), {QStringLiteral("no countries")});
    }
    SECTION("unknown country code")
    {
        checkRefused(withCountryValue(QStringLiteral("LU"), {QStringLiteral("code")}, QStringLiteral("XX")),
                     {QStringLiteral("Country \"XX\""), QStringLiteral("not a known")});
        checkRefused(withCountryValue(QStringLiteral("LU"), {QStringLiteral("code")}, QString()),
                     {QStringLiteral("entry"), QStringLiteral("no country code")});
    }
    SECTION("duplicate country")
    {
        QJsonObject document = shippedDocument();
        QJsonArray countries = document.value(QLatin1String("countries")).toArray();
        countries.append(countries.at(0));
        document.insert(QStringLiteral("countries"), countries);
        checkRefused(toJson(document), {QStringLiteral("Country \"NL\" is listed twice")});
    }
    SECTION("calling code that is not the country's")
    {
        checkRefused(withCountryValue(QStringLiteral("DE"), {QStringLiteral("callingCode")}, 48),
                     {QStringLiteral("Country \"DE\""), QStringLiteral("48"), QStringLiteral("49")});
        checkRefused(withCountryValue(QStringLiteral("DE"), {QStringLiteral("callingCode")}, QJsonValue()),
                     {QStringLiteral("Country \"DE\""), QStringLiteral("calling code")});
    }
    SECTION("missing English name")
    {
        checkRefused(
            withCountryValue(QStringLiteral("BE"), {QStringLiteral("name"), QStringLiteral("en")}, QString()),
            {QStringLiteral("Country \"BE\""), QStringLiteral("English name")});
    }
    SECTION("missing Dutch name")
    {
        checkRefused(withCountryValue(QStringLiteral("BE"), {QStringLiteral("name"), QStringLiteral("nl")},
                                      QJsonValue()),
                     {QStringLiteral("Country \"BE\""), QStringLiteral("Dutch name")});
    }
    SECTION("a price that is not positive")
    {
        checkRefused(
            withCountryValue(QStringLiteral("FR"), {QStringLiteral("prices"), QStringLiteral("12")}, 0),
            {QStringLiteral("Country \"FR\""), QStringLiteral("12 months")});
        checkRefused(
            withCountryValue(QStringLiteral("FR"), {QStringLiteral("prices"), QStringLiteral("1")}, -350),
            {QStringLiteral("Country \"FR\""), QStringLiteral("1 month"), QStringLiteral("-350")});
    }
    SECTION("a price that is not a whole number of cents")
    {
        checkRefused(
            withCountryValue(QStringLiteral("FR"), {QStringLiteral("prices"), QStringLiteral("3")}, 12.5),
            {QStringLiteral("Country \"FR\""), QStringLiteral("3 months"), QStringLiteral("12.5")});
        checkRefused(
            withCountryValue(QStringLiteral("FR"), {QStringLiteral("prices"), QStringLiteral("3")},
                             QStringLiteral("1250")),
            {QStringLiteral("Country \"FR\""), QStringLiteral("3 months"), QStringLiteral("\"1250\"")});
        checkRefused(withCountryValue(QStringLiteral("FR"), {QStringLiteral("prices"), QStringLiteral("3")},
                                      QJsonValue()),
                     {QStringLiteral("Country \"FR\""), QStringLiteral("3 months")});
    }
    SECTION("missing English terms")
    {
        checkRefused(withCountryValue(QStringLiteral("IT"), {QStringLiteral("terms"), QStringLiteral("en")},
                                      QString()),
                     {QStringLiteral("Country \"IT\""), QStringLiteral("terms"), QStringLiteral("English")});
    }
    SECTION("missing Dutch terms")
    {
        checkRefused(withCountryValue(QStringLiteral("ES"), {QStringLiteral("terms"), QStringLiteral("nl")},
                                      QJsonValue()),
                     {QStringLiteral("Country \"ES\""), QStringLiteral("terms"), QStringLiteral("Dutch")});
    }
    SECTION("terms without a version")
    {
        checkRefused(withCountryValue(QStringLiteral("ES"),
                                      {QStringLiteral("terms"), QStringLiteral("version")}, QJsonValue()),
                     {QStringLiteral("Country \"ES\""), QStringLiteral("no version")});
    }
    SECTION("unknown residency")
    {
        checkRefused(
            withCountryValue(QStringLiteral("AT"), {QStringLiteral("residency")}, QStringLiteral("village")),
            {QStringLiteral("Country \"AT\""), QStringLiteral("\"village\"")});
    }
    SECTION("no area codes")
    {
        checkRefused(withAreaCodes(QStringLiteral("SE"), QJsonArray()),
                     {QStringLiteral("Country \"SE\""), QStringLiteral("no area codes")});
    }
    SECTION("an empty area code")
    {
        checkRefused(withAreaCodes(QStringLiteral("PL"),
                                   {area(QStringLiteral("22"), QStringLiteral("Warszawa")),
                                    area(QString(), QStringLiteral("Kraków"))}),
                     {QStringLiteral("Country \"PL\""), QStringLiteral("area code entry 2")});
    }
    SECTION("an area code that is not digits")
    {
        const auto parsed
            = Catalogue::fromJson(withAreaCodes(QStringLiteral("DE"),
                                                {area(QStringLiteral("30"), QStringLiteral("Berlin")),
                                                 area(QStringLiteral("3x"), QStringLiteral("Potsdam"))}));
        REQUIRE_FALSE(parsed);
        CHECK(parsed.error().code == ErrorCode::InvalidInput);
        CHECK(parsed.error().message
              == QStringLiteral("Country \"DE\", area code \"3x\": an area code has digits only."));
        checkRefused(withAreaCodes(QStringLiteral("NL"),
                                   {area(QStringLiteral("020"), QStringLiteral("Amsterdam")),
                                    area(QStringLiteral("+3110"), QStringLiteral("Rotterdam"))}),
                     {QStringLiteral("Country \"NL\", area code \"+3110\"")});
    }
    SECTION("an area code written as a number")
    {
        checkRefused(withAreaCodes(QStringLiteral("IT"),
                                   {QJsonObject{{QStringLiteral("code"), 2},
                                                {QStringLiteral("city"), QStringLiteral("Milano")}}}),
                     {QStringLiteral("Country \"IT\", area code 2"), QStringLiteral("as text")});
    }
    SECTION("a duplicate area code")
    {
        checkRefused(withAreaCodes(QStringLiteral("GB"),
                                   {area(QStringLiteral("20"), QStringLiteral("London")),
                                    area(QStringLiteral("161"), QStringLiteral("Manchester")),
                                    area(QStringLiteral("20"), QStringLiteral("Londen"))}),
                     {QStringLiteral("Country \"GB\", area code \"20\""), QStringLiteral("twice")});
    }
    SECTION("an area code without a city")
    {
        checkRefused(withAreaCodes(QStringLiteral("US"), {area(QStringLiteral("212"), QString())}),
                     {QStringLiteral("Country \"US\", area code \"212\""), QStringLiteral("city")});
    }
}

TEST_CASE("A fresh database uses the shipped catalogue", "[catalogue][database]")
{
    TempDatabase temp;
    const auto effective = Catalogue::effective(temp.database().connection());
    REQUIRE(effective);
    CHECK(effective->version() == QStringLiteral("2026.11.1"));
    CHECK(effective->countries().size() == 22);
}

TEST_CASE("Importing a newer catalogue stores it for everyone, puts it in effect and records it",
          "[catalogue][database][audit]")
{
    TempDatabase temp;
    const auto imported
        = Catalogue::import(temp.context(), testDataPath(QStringLiteral("catalogue-newer.json")));
    REQUIRE(imported);
    CHECK(imported->version() == QStringLiteral("2027.1.0"));

    const auto effective = Catalogue::effective(temp.database().connection());
    REQUIRE(effective);
    CHECK(effective->version() == QStringLiteral("2027.1.0"));
    REQUIRE(effective->country(QStringLiteral("NL")));
    CHECK(effective->country(QStringLiteral("NL"))->priceCents1 == 299);
    CHECK_FALSE(effective->country(QStringLiteral("FR")));

    // Another administrator's connection sees the same catalogue.
    auto other = temp.openAnother();
    const auto seenByOther = Catalogue::effective(other->connection());
    REQUIRE(seenByOther);
    CHECK(seenByOther->version() == QStringLiteral("2027.1.0"));

    CHECK(temp.scalar(QStringLiteral("SELECT count(*) FROM catalogue")).toInt() == 1);
    CHECK(temp.scalar(QStringLiteral("SELECT imported_by FROM catalogue")).toString()
          == QStringLiteral("test-admin"));
    CHECK(temp.scalar(QStringLiteral("SELECT imported_at FROM catalogue")).toString()
          == QStringLiteral("2026-11-26T09:00:00Z"));
    CHECK(temp.scalar(QStringLiteral("SELECT document FROM catalogue")).toString().toUtf8()
          == readFile(testDataPath(QStringLiteral("catalogue-newer.json"))));

    const auto history = AuditLog::list(temp.database().connection(), {});
    REQUIRE(history);
    REQUIRE(history->size() == 1);
    const AuditEntry& entry = history->front();
    CHECK(entry.action == QStringLiteral("catalogue.import"));
    CHECK(entry.objectKind == QStringLiteral("catalogue"));
    CHECK(entry.objectId == QStringLiteral("2027.1.0"));
    CHECK(entry.actor == QStringLiteral("test-admin"));
    CHECK(entry.before.value(QStringLiteral("version")).toString() == QStringLiteral("2026.11.1"));
    CHECK(entry.after.value(QStringLiteral("version")).toString() == QStringLiteral("2027.1.0"));
}

TEST_CASE("A catalogue that is not newer than the one in effect is refused and changes nothing",
          "[catalogue][database]")
{
    TempDatabase temp;
    QString path;
    QString version;
    QString inEffect = QStringLiteral("2026.11.1");

    SECTION("older than the shipped one")
    {
        path = testDataPath(QStringLiteral("catalogue-older.json"));
        version = QStringLiteral("2020.1.0");
    }
    SECTION("the same version as the shipped one")
    {
        path = QDir(temp.dir()).filePath(QStringLiteral("same.json"));
        QFile copy(path);
        REQUIRE(copy.open(QIODevice::WriteOnly));
        copy.write(shippedJson());
        copy.close();
        version = QStringLiteral("2026.11.1");
    }
    SECTION("the same version as an imported one")
    {
        REQUIRE(Catalogue::import(temp.context(), testDataPath(QStringLiteral("catalogue-newer.json"))));
        path = testDataPath(QStringLiteral("catalogue-newer.json"));
        version = QStringLiteral("2027.1.0");
        inEffect = QStringLiteral("2027.1.0");
    }

    const QString before = dumpDatabase(temp.database().connection());
    REQUIRE(Catalogue::effective(temp.database().connection())->version() == inEffect);
    temp.clock().advanceDays(1);
    const auto refused = Catalogue::import(temp.context(), path);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().message.contains(version));
    CHECK(refused.error().message.contains(QStringLiteral("not newer")));
    CHECK(dumpDatabase(temp.database().connection()) == before);
    CHECK(Catalogue::effective(temp.database().connection())->version() == inEffect);
}

TEST_CASE("A catalogue file that cannot be read or is not a catalogue is refused and changes nothing",
          "[catalogue][database]")
{
    TempDatabase temp;
    const QString before = dumpDatabase(temp.database().connection());

    SECTION("not JSON")
    {
        const auto refused
            = Catalogue::import(temp.context(), testDataPath(QStringLiteral("catalogue-not-json.json")));
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::InvalidInput);
        CHECK(refused.error().message.contains(QStringLiteral("catalogue-not-json.json")));
        CHECK(refused.error().message.contains(QStringLiteral("not valid JSON")));
    }
    SECTION("missing file")
    {
        const auto refused
            = Catalogue::import(temp.context(), QDir(temp.dir()).filePath(QStringLiteral("none.json")));
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::NotFound);
        CHECK(refused.error().message.contains(QStringLiteral("none.json")));
    }
    SECTION("a newer catalogue with a broken entry")
    {
        QJsonObject document
            = QJsonDocument::fromJson(
                  withAreaCodes(QStringLiteral("DE"), {area(QStringLiteral("3x"), QStringLiteral("Berlin"))}))
                  .object();
        document.insert(QStringLiteral("version"), QStringLiteral("2027.2"));
        const QString path = QDir(temp.dir()).filePath(QStringLiteral("broken.json"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(toJson(document));
        file.close();
        const auto refused = Catalogue::import(temp.context(), path);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(QStringLiteral("broken.json")));
        CHECK(refused.error().message.contains(QStringLiteral("Country \"DE\", area code \"3x\"")));
    }
    SECTION("a newer catalogue with an area code that has no numbers")
    {
        QJsonObject document
            = QJsonDocument::fromJson(
                  withAreaCodes(QStringLiteral("NL"), {area(QStringLiteral("6"), QStringLiteral("Mobiel"))}))
                  .object();
        document.insert(QStringLiteral("version"), QStringLiteral("2027.2"));
        const QString path = QDir(temp.dir()).filePath(QStringLiteral("mobile.json"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(toJson(document));
        file.close();
        const auto refused = Catalogue::import(temp.context(), path);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(QStringLiteral("Country \"NL\", area code \"6\"")));
    }

    CHECK(dumpDatabase(temp.database().connection()) == before);
    CHECK(Catalogue::effective(temp.database().connection())->version() == QStringLiteral("2026.11.1"));
}

TEST_CASE("A stored catalogue older than the shipped one is not used", "[catalogue][database]")
{
    TempDatabase temp;
    QSqlQuery insert(temp.database().connection());
    REQUIRE(insert.prepare(
        QStringLiteral("INSERT INTO catalogue (id, version, document, imported_at, imported_by) "
                       "VALUES (1, ?, ?, ?, 'someone')")));
    insert.addBindValue(QStringLiteral("2020.1.0"));
    insert.addBindValue(QString::fromUtf8(readFile(testDataPath(QStringLiteral("catalogue-older.json")))));
    insert.addBindValue(toStorage(fixedStart()));
    REQUIRE(insert.exec());
    const auto effective = Catalogue::effective(temp.database().connection());
    REQUIRE(effective);
    CHECK(effective->version() == QStringLiteral("2026.11.1"));
}

TEST_CASE("catalogue list shows every country with its prices in euros", "[catalogue][cli]")
{
    TempDatabase temp;
    const CliResult result = runCli(temp, {QStringLiteral("catalogue"), QStringLiteral("list")});
    INFO(result.err.toStdString());
    REQUIRE(result.code == CommandLineTool::Success);
    CHECK(result.out.contains(QStringLiteral("Catalogue version 2026.11.1.")));
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(lines.size() == 24); // the version, the header and 22 countries
    const auto line = [&](const QString& code) {
        for (const QString& text : lines)
            if (text.startsWith(code + QLatin1Char(' ')))
                return text;
        return QString();
    };
    const QString nlLine = line(QStringLiteral("NL"));
    CHECK(nlLine.contains(QStringLiteral("Netherlands")));
    CHECK(nlLine.contains(QStringLiteral("+31")));
    CHECK(nlLine.contains(QStringLiteral("€3.50")));
    CHECK(nlLine.contains(QStringLiteral("€9.90")));
    CHECK(nlLine.contains(QStringLiteral("€36.00")));
    CHECK(line(QStringLiteral("DE")).contains(QStringLiteral("Germany")));
    CHECK(line(QStringLiteral("US")).contains(QStringLiteral("+1")));
}

TEST_CASE("catalogue list COUNTRY --json shows the area codes and terms", "[catalogue][cli]")
{
    TempDatabase temp;
    const CliResult result = runCli(temp,
                                    {QStringLiteral("catalogue"), QStringLiteral("list"),
                                     QStringLiteral("nl"), QStringLiteral("--json")});
    INFO(result.err.toStdString());
    REQUIRE(result.code == CommandLineTool::Success);
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(object.value(QLatin1String("code")).toString() == QStringLiteral("NL"));
    CHECK(object.value(QLatin1String("name")).toString() == QStringLiteral("Netherlands"));
    CHECK(object.value(QLatin1String("callingCode")).toInt() == 31);
    CHECK(object.value(QLatin1String("residency")).toString() == QStringLiteral("none"));
    CHECK(object.value(QLatin1String("priceCents")).toObject().value(QLatin1String("12")).toInteger()
          == 3600);
    CHECK(object.value(QLatin1String("terms")).toObject().value(QLatin1String("version")).toString()
          == QStringLiteral("NL-2026-01"));
    CHECK(object.value(QLatin1String("terms")).toObject().value(QLatin1String("text")).toString()
          == nlTermsEn);
    const QJsonArray areaCodes = object.value(QLatin1String("areaCodes")).toArray();
    CHECK(areaCodes.size() == 18);
    CHECK(areaCodes.contains(QJsonObject{{QStringLiteral("code"), QStringLiteral("20")},
                                         {QStringLiteral("city"), QStringLiteral("Amsterdam")}}));

    SECTION("in Dutch for a Dutch user")
    {
        LocaleScope dutch(QLocale(QLocale::Dutch, QLocale::Netherlands));
        const CliResult inDutch = runCli(temp,
                                         {QStringLiteral("catalogue"), QStringLiteral("list"),
                                          QStringLiteral("NL"), QStringLiteral("--json")});
        REQUIRE(inDutch.code == CommandLineTool::Success);
        const QJsonObject dutchObject = QJsonDocument::fromJson(inDutch.out.toUtf8()).object();
        CHECK(dutchObject.value(QLatin1String("name")).toString() == QStringLiteral("Nederland"));
        CHECK(dutchObject.value(QLatin1String("terms")).toObject().value(QLatin1String("text")).toString()
              == nlTermsNl);
    }
    SECTION("as text")
    {
        const CliResult text
            = runCli(temp, {QStringLiteral("catalogue"), QStringLiteral("list"), QStringLiteral("DE")});
        REQUIRE(text.code == CommandLineTool::Success);
        CHECK(text.out.contains(QStringLiteral("Germany (DE)")));
        CHECK(text.out.contains(QStringLiteral("München")));
        CHECK(text.out.contains(QStringLiteral("Terms (version DE-2026-01):")));
        CHECK(text.out.contains(deTermsEn));
    }
}

TEST_CASE("catalogue list of an unknown country fails naming it", "[catalogue][cli]")
{
    TempDatabase temp;
    const CliResult result
        = runCli(temp, {QStringLiteral("catalogue"), QStringLiteral("list"), QStringLiteral("XX")});
    CHECK(result.code == CommandLineTool::Failure);
    CHECK(result.out.isEmpty());
    CHECK(result.err.contains(quoted(QStringLiteral("XX"))));
}

TEST_CASE("catalogue import puts a newer file in effect and refuses an older one", "[catalogue][cli]")
{
    TempDatabase temp;
    const CliResult imported = runCli(temp,
                                      {QStringLiteral("catalogue"), QStringLiteral("import"),
                                       testDataPath(QStringLiteral("catalogue-newer.json"))});
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == CommandLineTool::Success);
    CHECK(imported.out.contains(QStringLiteral("2027.1.0")));

    const CliResult listed
        = runCli(temp, {QStringLiteral("catalogue"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(listed.code == CommandLineTool::Success);
    const QJsonObject object = QJsonDocument::fromJson(listed.out.toUtf8()).object();
    CHECK(object.value(QLatin1String("version")).toString() == QStringLiteral("2027.1.0"));
    CHECK(object.value(QLatin1String("countries")).toArray().size() == 2);

    const CliResult older = runCli(temp,
                                   {QStringLiteral("catalogue"), QStringLiteral("import"),
                                    testDataPath(QStringLiteral("catalogue-older.json"))});
    CHECK(older.code == CommandLineTool::Failure);
    CHECK(older.err.contains(QStringLiteral("not newer")));

    const CliResult noFile = runCli(temp, {QStringLiteral("catalogue"), QStringLiteral("import")});
    CHECK(noFile.code == CommandLineTool::Usage);
}
