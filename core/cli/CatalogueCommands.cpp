#include "CommandLineTool.h"
#include "Format.h"
#include "Money.h"
#include "Translations.h"
#include "catalogue/Catalogue.h"
#include "cli/CommandHelpers.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace nm {

namespace {

// Names and terms in Dutch for a Dutch user, in English for everyone else.
QString language()
{
    return languageForLocale(QLocale());
}

QString residencyText(Residency residency)
{
    switch (residency) {
    case Residency::None:
        return CommandLineTool::tr("none");
    case Residency::Country:
        return CommandLineTool::tr("address in the country");
    case Residency::City:
        return CommandLineTool::tr("address in the area code's city");
    }
    return {};
}

QJsonObject pricesJson(const CountryOffer& offer, bool asText)
{
    QJsonObject prices;
    for (const BillingPeriod period :
         {BillingPeriod::OneMonth, BillingPeriod::ThreeMonths, BillingPeriod::TwelveMonths}) {
        const qint64 cents = offer.priceCents(period);
        prices.insert(QString::number(int(period)),
                      asText ? QJsonValue(formatEurosPlain(cents)) : QJsonValue(cents));
    }
    return prices;
}

QJsonObject countryJson(const CountryOffer& offer, const QString& lang)
{
    return QJsonObject{{QStringLiteral("code"), offer.code},
                       {QStringLiteral("name"), offer.name(lang)},
                       {QStringLiteral("callingCode"), offer.callingCode},
                       {QStringLiteral("currency"), QStringLiteral("EUR")},
                       {QStringLiteral("prices"), pricesJson(offer, true)},
                       {QStringLiteral("priceCents"), pricesJson(offer, false)},
                       {QStringLiteral("residency"), residencyKey(offer.residency)}};
}

int listCountries(CommandContext& cli, const Catalogue& catalogue, bool json)
{
    const QString lang = language();
    if (json) {
        QJsonArray countries;
        for (const CountryOffer& offer : catalogue.countries())
            countries.append(countryJson(offer, lang));
        const QJsonObject object{{QStringLiteral("version"), catalogue.version()},
                                 {QStringLiteral("countries"), countries}};
        cli.out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        return CommandLineTool::Success;
    }
    QList<QStringList> rows;
    for (const CountryOffer& offer : catalogue.countries())
        rows << QStringList{offer.code,
                            offer.name(lang),
                            QStringLiteral("+%1").arg(offer.callingCode),
                            formatMoney(offer.priceCents1),
                            formatMoney(offer.priceCents3),
                            formatMoney(offer.priceCents12),
                            residencyText(offer.residency)};
    cli.out << CommandLineTool::tr("Catalogue version %1.").arg(catalogue.version()) << '\n'
            << cli::formatTable({CommandLineTool::tr("Code"), CommandLineTool::tr("Country"),
                                 CommandLineTool::tr("Calling code"), CommandLineTool::tr("1 month"),
                                 CommandLineTool::tr("3 months"), CommandLineTool::tr("12 months"),
                                 CommandLineTool::tr("Residency")},
                                rows);
    return CommandLineTool::Success;
}

int showCountry(CommandContext& cli, const Catalogue& catalogue, const QString& code, bool json)
{
    const CountryOffer* offer = catalogue.country(code);
    if (!offer)
        return cli.fail(
            CommandLineTool::tr("The catalogue (version %1) has no country \"%2\". Run \"catalogue "
                                "list\" for the countries on offer.")
                .arg(catalogue.version(), code));
    const QString lang = language();
    if (json) {
        QJsonObject object = countryJson(*offer, lang);
        QJsonArray areaCodes;
        for (const AreaCode& area : offer->areaCodes)
            areaCodes.append(
                QJsonObject{{QStringLiteral("code"), area.code}, {QStringLiteral("city"), area.city}});
        object.insert(QStringLiteral("catalogueVersion"), catalogue.version());
        object.insert(QStringLiteral("areaCodes"), areaCodes);
        object.insert(QStringLiteral("terms"),
                      QJsonObject{{QStringLiteral("version"), offer->terms.version},
                                  {QStringLiteral("language"), lang},
                                  {QStringLiteral("text"), offer->terms.text(lang)}});
        cli.out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        return CommandLineTool::Success;
    }
    QList<QStringList> areas;
    for (const AreaCode& area : offer->areaCodes)
        areas << QStringList{area.code, area.city};
    cli.out << CommandLineTool::tr("%1 (%2), catalogue version %3")
                   .arg(offer->name(lang), offer->code, catalogue.version())
            << '\n'
            << CommandLineTool::tr("Calling code: +%1").arg(offer->callingCode) << '\n'
            << CommandLineTool::tr("Prices: %1 for 1 month, %2 for 3 months, %3 for 12 months")
                   .arg(formatMoney(offer->priceCents1), formatMoney(offer->priceCents3),
                        formatMoney(offer->priceCents12))
            << '\n'
            << CommandLineTool::tr("Residency: %1").arg(residencyText(offer->residency)) << "\n\n"
            << cli::formatTable({CommandLineTool::tr("Area code"), CommandLineTool::tr("City")}, areas)
            << '\n'
            << CommandLineTool::tr("Terms (version %1):").arg(offer->terms.version) << '\n'
            << offer->terms.text(lang) << '\n';
    return CommandLineTool::Success;
}

int listCatalogue(CommandContext& cli, const QCommandLineParser& parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return cli::usageError(
            cli, QStringLiteral("catalogue list"),
            CommandLineTool::tr("\"catalogue list\" takes at most one COUNTRY, but more were "
                                "given: %1")
                .arg(positional.join(QLatin1Char(' '))));
    Database* db = cli.database();
    if (!db)
        return CommandLineTool::Failure;
    const auto catalogue = Catalogue::effective(db->connection());
    if (!catalogue)
        return cli.fail(catalogue.error());
    const bool json = cli::wantsJson(parser);
    if (positional.isEmpty())
        return listCountries(cli, *catalogue, json);
    return showCountry(cli, *catalogue, positional.first(), json);
}

int importCatalogue(CommandContext& cli, const QCommandLineParser& parser)
{
    const auto path
        = cli::onePositional(cli, parser, QStringLiteral("catalogue import"), CommandLineTool::tr("FILE"));
    if (!path)
        return CommandLineTool::Usage;
    if (!cli.database())
        return CommandLineTool::Failure;
    const auto imported = Catalogue::import(cli.context(), *path);
    if (!imported)
        return cli.fail(imported.error());
    cli.out << CommandLineTool::tr("Imported catalogue version %1. Countries on offer: %2.")
                   .arg(imported->version(), formatCount(qint64(imported->countries().size())))
            << '\n';
    return CommandLineTool::Success;
}

} // namespace

void addCatalogueCommands(std::vector<Command>& commands)
{
    commands.push_back(Command{
        QStringLiteral("catalogue"), QStringLiteral("list"),
        CommandLineTool::tr("List the countries on offer, or one country's area codes, prices and terms."),
        [](QCommandLineParser& parser) {
            parser.addPositionalArgument(
                QStringLiteral("country"),
                CommandLineTool::tr("A country's two-letter code (e.g. NL): show its area "
                                    "codes and terms too."),
                CommandLineTool::tr("[COUNTRY]"));
            parser.addOption(cli::jsonOption());
        },
        listCatalogue});
    commands.push_back(
        Command{QStringLiteral("catalogue"), QStringLiteral("import"),
                CommandLineTool::tr("Import a newer catalogue file for everyone using this database."),
                [](QCommandLineParser& parser) {
                    parser.addPositionalArgument(QStringLiteral("file"),
                                                 CommandLineTool::tr("The catalogue file (JSON)."),
                                                 CommandLineTool::tr("FILE"));
                },
                importCatalogue});
}

} // namespace nm
