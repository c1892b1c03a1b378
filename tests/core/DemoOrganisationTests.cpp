#include "TestSupport.h"
#include "cli/CommandLineTool.h"
#include "demo/DemoOrganisation.h"
#include "members/MemberService.h"
#include "numbers/NumberService.h"
#include "organisation/OrganisationService.h"
#include "sip/SipProfileService.h"
#include "storage/SqlError.h"

#include <QSet>
#include <QTextStream>

using namespace nm;
using namespace nm::test;

TEST_CASE("The demo organisation has members, SIP profiles, credit and numbers in several states", "[demo]")
{
    TempDatabase temp;
    REQUIRE(DemoOrganisation::load(temp.context()).ok());

    auto organisation = OrganisationService(temp.context()).get();
    REQUIRE(organisation.ok());
    REQUIRE(organisation->has_value());
    CHECK((*organisation)->name == QStringLiteral("Demo B.V."));

    auto members = MemberService(temp.context()).list();
    REQUIRE(members.ok());
    CHECK(members->size() == 50);
    QSet<QString> countries;
    QSet<QString> dutchCities;
    for (const Member& member : *members) {
        countries.insert(member.country);
        if (member.country == QLatin1String("NL"))
            dutchCities.insert(member.city);
        CHECK(MemberService::validate(
                  {member.accountName, member.displayName, member.email, member.country, member.city})
                  .ok());
    }
    CHECK(countries == QSet<QString>{QStringLiteral("NL"), QStringLiteral("GB"), QStringLiteral("DE")});
    CHECK(dutchCities
          == QSet<QString>{QStringLiteral("Amsterdam"), QStringLiteral("Rotterdam"),
                           QStringLiteral("Den Haag"), QStringLiteral("Utrecht"), QStringLiteral("Eindhoven"),
                           QStringLiteral("Groningen")});

    auto profiles = SipProfileService(temp.context()).list();
    REQUIRE(profiles.ok());
    CHECK(profiles->size() == 3);

    auto numbers = NumberService(temp.context()).list();
    REQUIRE(numbers.ok());
    CHECK(numbers->size() >= 12);
    QMap<NumberState, int> states;
    for (const NumberRecord& number : *numbers)
        ++states[number.state];
    CHECK(states.value(NumberState::Active) >= 8);
    CHECK(states.value(NumberState::Cancelled) == 2);
    CHECK(states.value(NumberState::Pending) >= 1);

    // The numbers were paid from the €250 credit, through the ledger: three Dutch numbers for
    // 3 months (3 × 9.90), seven for 1 month (7 × 3.50), two for 12 months (2 × 36.00), a British
    // one for 1 month (3.50) and a German one for 3 months (11.25), 140.95 euros in all.
    const qint64 credit = OrganisationService(temp.context()).balanceCents().value();
    CHECK(credit == 10'905);
    CHECK(temp.scalar(QStringLiteral("SELECT sum(amount_cents) FROM credit_ledger")).toLongLong() == 10'905);
    CHECK(temp.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'member.add'")).toInt()
          == 50);
}

TEST_CASE("The demo organisation is refused on a database that already has data", "[demo]")
{
    TempDatabase temp;
    REQUIRE(OrganisationService(temp.context()).create(QStringLiteral("Jansen B.V.")).ok());
    const QString before = dumpDatabase(temp.database().connection());
    const Status loaded = DemoOrganisation::load(temp.context());
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().code == ErrorCode::Conflict);
    CHECK(dumpDatabase(temp.database().connection()) == before);

    TempDatabase withMember;
    REQUIRE(MemberService(withMember.context())
                .add({QStringLiteral("jan.devries"), QStringLiteral("Jan de Vries"),
                      QStringLiteral("jan@example.nl"), QStringLiteral("NL"), QString()})
                .ok());
    CHECK_FALSE(DemoOrganisation::load(withMember.context()).ok());
    CHECK_FALSE(OrganisationService(withMember.context()).get()->has_value());
}

TEST_CASE("numbermanager-cli demo load fills an empty database and refuses a second time", "[demo][cli]")
{
    TempDatabase temp;
    const auto run = [&temp](QString& out, QString& err) {
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        const int code
            = CommandLineTool::run({QStringLiteral("numbermanager-cli"), QStringLiteral("--database"),
                                    temp.path(), QStringLiteral("demo"), QStringLiteral("load")},
                                   outStream, errStream, &temp.clock());
        outStream.flush();
        errStream.flush();
        return code;
    };
    QString out;
    QString err;
    CHECK(run(out, err) == CommandLineTool::Success);
    CHECK(out.contains(QStringLiteral("Demo B.V.")));
    CHECK(out.contains(QStringLiteral("50 members")));
    CHECK(temp.scalar(QStringLiteral("SELECT count(*) FROM members")).toInt() == 50);

    const QString before = dumpDatabase(temp.database().connection());
    out.clear();
    err.clear();
    CHECK(run(out, err) == CommandLineTool::Failure);
    CHECK(err.contains(QStringLiteral("empty database")));
    CHECK(dumpDatabase(temp.database().connection()) == before);
}

TEST_CASE("A demo load that fails half-way leaves the database as it was", "[demo][transaction]")
{
    nm::test::TempDatabase temp;
    QSqlDatabase db = temp.database().connection();
    // Make a late step fail: buying the German number.
    nm::test::refuseInserts(db, QStringLiteral("numbers"), QStringLiteral("NEW.country = 'DE'"),
                            QStringLiteral("refused by test"));
    const QString before = nm::test::dumpDatabase(db);
    const nm::Status loaded = nm::DemoOrganisation::load(temp.context());
    REQUIRE_FALSE(loaded);
    CHECK(loaded.error().message.contains(QStringLiteral("refused by test")));
    CHECK(nm::test::dumpDatabase(db) == before);
}
