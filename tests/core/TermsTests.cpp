#include "Format.h"
#include "TestOrganisation.h"
#include "TestSupport.h"
#include "Translations.h"
#include "catalogue/Catalogue.h"
#include "phone/PhoneNumbers.h"

using namespace nm;
using namespace nm::test;

namespace {

MemberEdit moveTo(const QString& country, const QString& city)
{
    MemberEdit edit;
    edit.country = country;
    edit.city = city;
    return edit;
}

} // namespace

TEST_CASE("Moving a member away from what a number's terms require is refused, naming the numbers",
          "[terms][members]")
{
    TestOrganisation org;
    // Lukas lives in Berlin and holds a Berlin number, whose terms require an address there.
    const NumberRecord berlin
        = org.buyOne(QStringLiteral("lukas.mueller"), QStringLiteral("DE"), QStringLiteral("30"));
    const QString before = org.dump();

    auto moved
        = MemberService(org.context())
              .edit(QStringLiteral("lukas.mueller"), moveTo(QStringLiteral("DE"), QStringLiteral("Hamburg")));
    REQUIRE_FALSE(moved);
    CHECK(moved.error().code == ErrorCode::ResidencyNotMet);
    CHECK(moved.error().field == QStringLiteral("city"));
    CHECK(moved.error().message
          == QStringLiteral(
                 "Lukas Müller (lukas.mueller) holds 1 number whose terms require an address they would "
                 "no longer have: %1 (an address in Berlin, Germany). Reassign or cancel those numbers "
                 "first, then change the address. Nothing was changed.")
                 .arg(formatInternational(berlin.e164)));
    CHECK(org.dump() == before);

    // The same from the command line, and for a change of country.
    const CliResult cli
        = runCli(org.temp,
                 {QStringLiteral("member"), QStringLiteral("edit"), QStringLiteral("lukas.mueller"),
                  QStringLiteral("--country"), QStringLiteral("AT")});
    CHECK(cli.code == 1);
    CHECK(cli.err.contains(QStringLiteral("Reassign or cancel those numbers first")));
    CHECK(org.dump() == before);

    // Other changes, and a move within what the terms allow, go through.
    MemberEdit rename;
    rename.displayName = QStringLiteral("Lukas Müller-Schmidt");
    CHECK(MemberService(org.context()).edit(QStringLiteral("lukas.mueller"), rename));
    CHECK(MemberService(org.context())
              .edit(QStringLiteral("lukas.mueller"), moveTo(QStringLiteral("DE"), QStringLiteral("BERLIN"))));

    // Once the number is cancelled, the move is allowed.
    REQUIRE(org.numbers().cancel({berlin.e164}));
    CHECK(
        MemberService(org.context())
            .edit(QStringLiteral("lukas.mueller"), moveTo(QStringLiteral("DE"), QStringLiteral("Hamburg"))));
}

TEST_CASE("A SIP profile holding a Belgian number cannot move to another country", "[terms][sip]")
{
    TestOrganisation org;
    REQUIRE(SipProfileService(org.context())
                .add(SipProfileInput{QStringLiteral("pbx-brussel"), QStringLiteral("Brussels office"), 10,
                                     QStringLiteral("BE")}));
    const NumberRecord number
        = org.buyOne(QStringLiteral("pbx-brussel"), QStringLiteral("BE"), QStringLiteral("2"));
    const QString before = org.dump();
    SipProfileEdit edit;
    edit.country = QStringLiteral("NL");
    auto moved = SipProfileService(org.context()).edit(QStringLiteral("pbx-brussel"), edit);
    REQUIRE_FALSE(moved);
    CHECK(moved.error().code == ErrorCode::ResidencyNotMet);
    CHECK(moved.error().message.contains(
        QStringLiteral("%1 (an address in Belgium)").arg(formatInternational(number.e164))));
    CHECK(org.dump() == before);

    const CliResult cli
        = runCli(org.temp,
                 {QStringLiteral("sip"), QStringLiteral("edit"), QStringLiteral("pbx-brussel"),
                  QStringLiteral("--country"), QStringLiteral("NL")});
    CHECK(cli.code == 1);
    CHECK(org.dump() == before);
}

TEST_CASE("Cities match by the catalogue's names, ignoring case and accents: Munich is München",
          "[terms][city]")
{
    const Catalogue& catalogue = Catalogue::builtIn();
    CHECK(catalogue.sameCity(QStringLiteral("DE"), QStringLiteral("München"), QStringLiteral("Munich")));
    CHECK(catalogue.sameCity(QStringLiteral("DE"), QStringLiteral("München"), QStringLiteral("MÜNCHEN")));
    CHECK(catalogue.sameCity(QStringLiteral("DE"), QStringLiteral("München"), QStringLiteral("munchen")));
    CHECK(catalogue.sameCity(QStringLiteral("DE"), QStringLiteral("München"), QStringLiteral("Muenchen")));
    CHECK(catalogue.sameCity(QStringLiteral("DE"), QStringLiteral("Köln"), QStringLiteral("Cologne")));
    CHECK(catalogue.sameCity(QStringLiteral("DE"), QStringLiteral("Frankfurt am Main"),
                             QStringLiteral("frankfurt")));
    CHECK(catalogue.sameCity(QStringLiteral("NL"), QStringLiteral("'s-Hertogenbosch"),
                             QStringLiteral("s Hertogenbosch")));
    CHECK_FALSE(
        catalogue.sameCity(QStringLiteral("DE"), QStringLiteral("München"), QStringLiteral("Hamburg")));
    CHECK_FALSE(catalogue.sameCity(QStringLiteral("DE"), QStringLiteral("Berlin"), QString()));
    CHECK(Catalogue::cityKey(QStringLiteral("  Frankfurt  am   Main "))
          == QStringLiteral("frankfurt am main"));
    CHECK(catalogue.cities(QStringLiteral("DE")).contains(QStringLiteral("München")));

    // A member who wrote "Munich" meets the terms of a München number.
    TestOrganisation org;
    org.addMember(QStringLiteral("anna.huber"), QStringLiteral("Anna Huber"), QStringLiteral("DE"),
                  QStringLiteral("Munich"));
    auto bought = org.numbers().buy(
        org.request({QStringLiteral("anna.huber")}, QStringLiteral("DE"), QStringLiteral("89")));
    REQUIRE(bought);
    CHECK(bought->numbers.front().residencyCity == QStringLiteral("München"));
    // Hamburg is not München.
    auto refused = org.numbers().buy(
        org.request({QStringLiteral("lukas.mueller")}, QStringLiteral("DE"), QStringLiteral("89")));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("has no address in München (Germany)")));
}

TEST_CASE("Country names in messages follow the language: geen adres in België", "[terms][i18n]")
{
    LanguageGuard guard;
    TestOrganisation org;
    applyLanguage(QStringLiteral("nl"));
    auto refused = org.numbers().buy(
        org.request({QStringLiteral("jan.devries")}, QStringLiteral("BE"), QStringLiteral("2")));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("België")));
    CHECK_FALSE(refused.error().message.contains(QStringLiteral("Belgium")));
    auto berlin = org.numbers().buy(
        org.request({QStringLiteral("jan.devries")}, QStringLiteral("DE"), QStringLiteral("30")));
    REQUIRE_FALSE(berlin);
    CHECK(berlin.error().message.contains(QStringLiteral("Berlin (Duitsland)")));
    CHECK(countryName(QStringLiteral("AE")) == QStringLiteral("Verenigde Arabische Emiraten"));
    CHECK(countryName(QStringLiteral("AT")) == QStringLiteral("Oostenrijk"));
    applyLanguage(QStringLiteral("en"));
    CHECK(countryName(QStringLiteral("AT")) == QStringLiteral("Austria"));
}
