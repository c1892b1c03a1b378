#include "Format.h"
#include "Money.h"
#include "TestOrganisation.h"
#include "TestSupport.h"
#include "Translations.h"
#include "catalogue/Catalogue.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <limits>

using namespace nm;
using namespace nm::test;

namespace {

// The shipped catalogue with the Dutch prices replaced, as a file to import.
QString catalogueWithDutchPrice(const TempDatabase& temp, double cents)
{
    QFile shipped(QStringLiteral(":/data/catalogue.json"));
    REQUIRE(shipped.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(shipped.readAll()).object();
    root.insert(QStringLiteral("version"), QStringLiteral("2027.1"));
    QJsonArray countries = root.value(QStringLiteral("countries")).toArray();
    QJsonObject nl = countries.at(0).toObject();
    REQUIRE(nl.value(QStringLiteral("code")).toString() == QStringLiteral("NL"));
    nl.insert(QStringLiteral("prices"),
              QJsonObject{
                  {QStringLiteral("1"), cents}, {QStringLiteral("3"), cents}, {QStringLiteral("12"), cents}});
    countries.replace(0, nl);
    root.insert(QStringLiteral("countries"), countries);
    const QString path = QDir(temp.dir()).filePath(QStringLiteral("priced.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(root).toJson());
    return path;
}

} // namespace

TEST_CASE("Sums of money are checked: a sum that does not fit is refused, not wrapped", "[money]")
{
    constexpr qint64 largest = std::numeric_limits<qint64>::max();
    CHECK(money::add(largest, 1) == std::nullopt);
    CHECK(money::add(-largest, -2) == std::nullopt);
    CHECK(money::add(1'000, 250) == 1'250);
    CHECK(money::multiply(largest / 2, 3) == std::nullopt);
    CHECK(money::multiply(350, 9'300) == 3'255'000);

    // 9,300 numbers at 1e15 cents would wrap around to a negative total in 64 bits.
    auto total = money::total(1'000'000'000'000'000, 9'300);
    REQUIRE_FALSE(total);
    CHECK(total.error().code == ErrorCode::InvalidInput);
    CHECK(total.error().message.contains(QStringLiteral("more than a credit can hold")));
    CHECK(money::total(350, 3).value() == 1'050);
}

TEST_CASE("A catalogue price above 1,000,000.00 euros per period is refused on import", "[money][catalogue]")
{
    TempDatabase temp;
    const QString before = dumpDatabase(temp.database().connection());
    auto imported = Catalogue::import(temp.context(), catalogueWithDutchPrice(temp, 1e15));
    REQUIRE_FALSE(imported);
    CHECK(imported.error().message.contains(QStringLiteral("Country \"NL\"")));
    CHECK(imported.error().message.contains(QStringLiteral("at most €1,000,000.00 per billing period")));
    CHECK(dumpDatabase(temp.database().connection()) == before);

    // The bound itself is a valid price.
    CHECK(Catalogue::import(temp.context(), catalogueWithDutchPrice(temp, 100'000'000)));
}

TEST_CASE("Buying at the highest price without credit buys nothing and creates no credit", "[money][buy]")
{
    TestOrganisation org(0);
    REQUIRE(Catalogue::import(org.context(), catalogueWithDutchPrice(org.temp, 100'000'000)));
    const QString before = org.dump();
    auto bought
        = org.numbers().buy(org.request({QStringLiteral("jan.devries"), QStringLiteral("emma.smith")}));
    REQUIRE_FALSE(bought);
    CHECK(bought.error().code == ErrorCode::InsufficientCredit);
    CHECK(bought.error().message
          == QStringLiteral(
              "There is not enough credit for 2 numbers: they cost €2,000,000.00 and the credit is "
              "€0.00. Top up the credit and try again. Nothing was bought or charged."));
    CHECK(org.dump() == before);
    CHECK(org.credit() == 0);
}

TEST_CASE("A charge of zero or less is refused with a message, also in a release build", "[money][credit]")
{
    TestOrganisation org(10'00);
    const QString before = org.dump();
    {
        Transaction transaction(org.temp.database().connection());
        REQUIRE(transaction.isActive());
        const Status negative = OrganisationService::charge(org.context(), -5'00, LedgerKind::Purchase, {});
        REQUIRE_FALSE(negative);
        CHECK(negative.error().code == ErrorCode::InvalidInput);
        const Status zero = OrganisationService::charge(org.context(), 0, LedgerKind::Renewal, {});
        REQUIRE_FALSE(zero);
    }
    CHECK(org.dump() == before);
    CHECK(org.credit() == 10'00);
}

TEST_CASE("Top-ups are bounded one by one and in total: the credit never exceeds 1,000,000,000.00 euros",
          "[money][credit]")
{
    TestOrganisation org(1);
    OrganisationService service(org.context());
    auto tooMuch = service.topUp(100'000'001);
    REQUIRE_FALSE(tooMuch);
    CHECK(tooMuch.error().message
          == QStringLiteral("A top-up must be more than €0.00 and at most €1,000,000.00."));

    // Nearly the most an organisation may hold: the next top-up would pass it.
    REQUIRE(execSql(org.temp.database().connection(),
                    QStringLiteral("UPDATE organisation SET credit_cents = 99999999999 WHERE id = 1")));
    const QString before = org.dump();
    auto over = service.topUp(2);
    REQUIRE_FALSE(over);
    CHECK(over.error().code == ErrorCode::InvalidInput);
    CHECK(over.error().message.contains(QStringLiteral("may be at most €1,000,000,000.00")));
    CHECK(org.dump() == before);
    auto exact = service.topUp(1);
    REQUIRE(exact);
    CHECK(*exact == 100'000'000'000);
}

TEST_CASE("A credit that cannot be read is an error, not 'not enough credit'", "[money][credit]")
{
    TestOrganisation org;
    REQUIRE(execSql(org.temp.database().connection(),
                    QStringLiteral("ALTER TABLE organisation RENAME TO organisation_gone")));
    auto balance = OrganisationService(org.context()).balanceCents();
    REQUIRE_FALSE(balance);
    CHECK(balance.error().code == ErrorCode::DatabaseError);

    auto bought = org.numbers().buy(org.request({QStringLiteral("jan.devries")}));
    REQUIRE_FALSE(bought);
    CHECK(bought.error().code != ErrorCode::InsufficientCredit);
    CHECK_FALSE(bought.error().message.contains(QStringLiteral("not enough credit")));
}

TEST_CASE("Amounts and counts in messages follow the language: € 156,00 and 20.000 nummers in Dutch",
          "[money][i18n]")
{
    LanguageGuard guard;
    applyLanguage(QStringLiteral("nl"));
    auto total = money::total(100'000'000, 20'000);
    REQUIRE_FALSE(total);
    CHECK(total.error().message.contains(QStringLiteral("20.000 nummers")));
    CHECK(total.error().message.contains(QStringLiteral("€\u00a01.000.000,00")));

    TestOrganisation org(1'00);
    auto bought = org.numbers().buy(org.request({QStringLiteral("jan.devries")}));
    REQUIRE_FALSE(bought);
    CHECK(bought.error().message.contains(QStringLiteral("€\u00a03,50")));
    CHECK(bought.error().message.contains(QStringLiteral("€\u00a01,00")));
    CHECK_FALSE(bought.error().message.contains(QStringLiteral("euro")));

    const CliResult added = runCli(org.temp,
                                   {QStringLiteral("--lang"), QStringLiteral("nl"), QStringLiteral("credit"),
                                    QStringLiteral("add"), QStringLiteral("155.00")});
    CHECK(added.code == 0);
    CHECK(added.out == QStringLiteral("€\u00a0155,00 toegevoegd; het tegoed is nu €\u00a0156,00.\n"));
}
