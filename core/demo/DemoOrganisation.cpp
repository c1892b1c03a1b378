#include "DemoOrganisation.h"

#include "members/MemberService.h"
#include "numbers/NumberProcessor.h"
#include "numbers/NumberService.h"
#include "numbers/Provisioner.h"
#include "organisation/OrganisationService.h"
#include "sip/SipProfileService.h"
#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcDemo, "nm.demo")

namespace nm {

namespace {

struct DemoMember
{
    const char* account;
    const char* displayName; // UTF-8
    const char* country;
    const char* city; // UTF-8
};

// Dutch and English names, living in cities whose area codes the catalogue offers.
constexpr DemoMember demoMembers[] = {
    {"sanne.dejong", "Sanne de Jong", "NL", "Amsterdam"},
    {"daan.bakker", "Daan Bakker", "NL", "Amsterdam"},
    {"emma.visser", "Emma Visser", "NL", "Amsterdam"},
    {"lucas.janssen", "Lucas Janssen", "NL", "Amsterdam"},
    {"julia.devries", "Julia de Vries", "NL", "Amsterdam"},
    {"sem.vandijk", "Sem van Dijk", "NL", "Amsterdam"},
    {"tess.smit", "Tess Smit", "NL", "Amsterdam"},
    {"oliver.smith", "Oliver Smith", "NL", "Amsterdam"},
    {"charlotte.brown", "Charlotte Brown", "NL", "Amsterdam"},
    {"milan.meijer", "Milan Meijer", "NL", "Rotterdam"},
    {"lisa.mulder", "Lisa Mulder", "NL", "Rotterdam"},
    {"thijs.degroot", "Thijs de Groot", "NL", "Rotterdam"},
    {"fleur.bos", "Fleur Bos", "NL", "Rotterdam"},
    {"jesse.vos", "Jesse Vos", "NL", "Rotterdam"},
    {"anna.peters", "Anna Peters", "NL", "Rotterdam"},
    {"james.wilson", "James Wilson", "NL", "Rotterdam"},
    {"ruben.hendriks", "Ruben Hendriks", "NL", "Den Haag"},
    {"sophie.vanleeuwen", "Sophie van Leeuwen", "NL", "Den Haag"},
    {"bram.dekker", "Bram Dekker", "NL", "Den Haag"},
    {"noa.brouwer", "Noa Brouwer", "NL", "Den Haag"},
    {"luuk.dewit", "Luuk de Wit", "NL", "Den Haag"},
    {"harry.johnson", "Harry Johnson", "NL", "Den Haag"},
    {"eva.dijkstra", "Eva Dijkstra", "NL", "Utrecht"},
    {"stijn.smits", "Stijn Smits", "NL", "Utrecht"},
    {"lotte.degraaf", "Lotte de Graaf", "NL", "Utrecht"},
    {"tim.vandermeer", "Tim van der Meer", "NL", "Utrecht"},
    {"isa.vanderlinden", "Isa van der Linden", "NL", "Utrecht"},
    {"amelia.taylor", "Amelia Taylor", "NL", "Utrecht"},
    {"max.kok", "Max Kok", "NL", "Eindhoven"},
    {"femke.jacobs", "Femke Jacobs", "NL", "Eindhoven"},
    {"niels.dehaan", "Niels de Haan", "NL", "Eindhoven"},
    {"roos.vermeulen", "Roos Vermeulen", "NL", "Eindhoven"},
    {"koen.vandenberg", "Koen van den Berg", "NL", "Eindhoven"},
    {"olivia.davies", "Olivia Davies", "NL", "Eindhoven"},
    {"maud.vandenbroek", "Maud van den Broek", "NL", "Groningen"},
    {"jasper.debruijn", "Jasper de Bruijn", "NL", "Groningen"},
    {"iris.schouten", "Iris Schouten", "NL", "Groningen"},
    {"gijs.vanbeek", "Gijs van Beek", "NL", "Groningen"},
    {"george.evans", "George Evans", "GB", "London"},
    {"emily.thomas", "Emily Thomas", "GB", "London"},
    {"thomas.wright", "Thomas Wright", "GB", "London"},
    {"isla.green", "Isla Green", "GB", "London"},
    {"jack.roberts", "Jack Roberts", "GB", "Manchester"},
    {"grace.walker", "Grace Walker", "GB", "Manchester"},
    {"lukas.mueller", "Lukas M\xc3\xbcller", "DE", "Berlin"},
    {"mia.schmidt", "Mia Schmidt", "DE", "Berlin"},
    {"leon.weber", "Leon Weber", "DE", "Berlin"},
    {"felix.schneider", "Felix Schneider", "DE", "Hamburg"},
    {"hannah.fischer", "Hannah Fischer", "DE", "Hamburg"},
    {"lena.wagner", "Lena Wagner", "DE", "Hamburg"},
};

struct DemoProfile
{
    const char* profileId;
    const char* name;
    int channels;
};

constexpr DemoProfile demoProfiles[] = {
    {"amsterdam-pbx", "Amsterdam office PBX", 30},
    {"rotterdam-callcentre", "Rotterdam call centre", 60},
    {"support-line", "Support line", 10},
};

struct DemoPurchase
{
    const char* country;
    const char* areaCode;
    BillingPeriod period;
    std::initializer_list<const char*> members;
    std::initializer_list<const char*> profiles;
};

// The step is for the log; the administrator gets one whole sentence (the load is
// one transaction, so nothing of the demo stays behind).
Status failedStep(const char* step, const Error& error)
{
    qCWarning(lcDemo) << "Loading the demo organisation failed at" << step << ':' << error.message;
    return Error{error.code,
                 DemoOrganisation::tr("The demo organisation could not be loaded; nothing was changed. %1")
                     .arg(error.message),
                 error.field};
}

} // namespace

Result<bool> DemoOrganisation::databaseHasData(const Context& context)
{
    QSqlQuery query(context.database.connection());
    if (Status s
        = prepare(query,
                  QStringLiteral("SELECT EXISTS (SELECT 1 FROM organisation) OR EXISTS (SELECT 1 FROM "
                                 "members) OR EXISTS (SELECT 1 FROM sip_profiles) OR EXISTS (SELECT 1 "
                                 "FROM numbers)"));
        !s)
        return s.error();
    if (Status s = exec(query); !s)
        return s.error();
    return query.next() && query.value(0).toBool();
}

Status DemoOrganisation::load(const Context& context)
{
    // One unit of change: each service call below becomes a savepoint inside it, so the
    // demo appears whole or not at all.
    Transaction transaction(context.database.connection());
    if (!transaction.isActive())
        return transaction.beginStatus();
    auto hasData = databaseHasData(context);
    if (!hasData)
        return hasData.error();
    if (*hasData)
        return Error{
            ErrorCode::Conflict,
            tr("The demo organisation can only be loaded into an empty database; this one already has an "
               "organisation, members, SIP profiles or numbers."),
            {}};

    OrganisationService organisation(context);
    if (auto created = organisation.create(name()); !created)
        return failedStep("create the organisation", created.error());
    if (auto topped = organisation.topUp(creditCents); !topped)
        return failedStep("add credit", topped.error());

    MemberService members(context);
    QHash<QString, qint64> memberIds;
    for (const DemoMember& demo : demoMembers) {
        MemberInput input;
        input.accountName = QLatin1String(demo.account);
        input.displayName = QString::fromUtf8(demo.displayName);
        input.email = input.accountName + QStringLiteral("@demo-bv.nl");
        input.country = QLatin1String(demo.country);
        input.city = QString::fromUtf8(demo.city);
        auto added = members.add(input);
        if (!added)
            return failedStep("add the member", added.error());
        memberIds.insert(added->accountName, added->id);
    }

    SipProfileService profiles(context);
    QHash<QString, qint64> profileIds;
    for (const DemoProfile& demo : demoProfiles) {
        SipProfileInput input;
        input.profileId = QLatin1String(demo.profileId);
        input.name = QLatin1String(demo.name);
        input.channels = demo.channels;
        input.country = QStringLiteral("NL");
        auto added = profiles.add(input);
        if (!added)
            return failedStep("add the SIP profile", added.error());
        profileIds.insert(added->profileId, added->id);
    }

    NumberService numbers(context);
    const auto buy = [&](const DemoPurchase& purchase) -> Result<std::vector<NumberRecord>> {
        PurchaseRequest request;
        request.country = QLatin1String(purchase.country);
        request.areaCode = QLatin1String(purchase.areaCode);
        request.period = purchase.period;
        request.termsAccepted = true;
        for (const char* account : purchase.members)
            request.assignees.push_back({AssigneeKind::Member, memberIds.value(QLatin1String(account))});
        for (const char* profile : purchase.profiles)
            request.assignees.push_back({AssigneeKind::SipProfile, profileIds.value(QLatin1String(profile))});
        auto bought = numbers.buy(request);
        if (!bought)
            return failedStep("buy numbers", bought.error()).error();
        return bought->numbers;
    };

    const DemoPurchase provisioned[] = {
        {"NL", "20", BillingPeriod::ThreeMonths, {"sanne.dejong", "daan.bakker", "oliver.smith"}, {}},
        {"NL", "10", BillingPeriod::OneMonth, {"milan.meijer", "lisa.mulder"}, {"rotterdam-callcentre"}},
        {"NL", "30", BillingPeriod::TwelveMonths, {"eva.dijkstra", "stijn.smits"}, {}},
        {"GB", "20", BillingPeriod::OneMonth, {"george.evans"}, {}},
        {"DE", "30", BillingPeriod::ThreeMonths, {"lukas.mueller"}, {}},
        {"NL", "20", BillingPeriod::OneMonth, {}, {"amsterdam-pbx", "support-line"}},
    };
    QStringList toCancel;
    for (const DemoPurchase& purchase : provisioned) {
        auto bought = buy(purchase);
        if (!bought)
            return bought.error();
        for (const NumberRecord& number : *bought)
            if (number.assigneeName == QLatin1String("daan.bakker")
                || number.assigneeName == QLatin1String("lisa.mulder"))
                toCancel << number.e164;
    }

    // Provisioned at once, so that most numbers show as active straight away.
    LocalProvisioner immediately(0);
    if (auto processed = NumberProcessor::process(context, immediately); !processed)
        return failedStep("activate the numbers", processed.error());

    if (auto cancelled = numbers.cancel(toCancel); !cancelled)
        return failedStep("cancel numbers", cancelled.error());

    // Bought last, so that these wait for provisioning like newly bought numbers do.
    if (auto pending = buy({"NL", "40", BillingPeriod::OneMonth, {"max.kok", "femke.jacobs"}, {}}); !pending)
        return pending.error();

    if (Status committed = transaction.commit(); !committed)
        return committed;
    qCInfo(lcDemo) << "Loaded the demo organisation";
    return {};
}

} // namespace nm
