#pragma once

#include "TestSupport.h"
#include "members/MemberService.h"
#include "numbers/NumberProcessor.h"
#include "numbers/NumberService.h"
#include "organisation/OrganisationService.h"
#include "sip/SipProfileService.h"

namespace nm::test {

// An organisation with credit, members in Amsterdam, Berlin and Paris, and a SIP profile.
struct TestOrganisation
{
    TempDatabase temp;

    TestOrganisation(qint64 creditCents = 100'000)
    {
        if (creditCents > 0)
            REQUIRE(OrganisationService(temp.context()).topUp(creditCents));
        addMember(QStringLiteral("jan.devries"), QStringLiteral("Jan de Vries"), QStringLiteral("NL"),
                  QStringLiteral("Amsterdam"));
        addMember(QStringLiteral("emma.smith"), QStringLiteral("Emma Smith"), QStringLiteral("NL"),
                  QStringLiteral("Rotterdam"));
        addMember(QStringLiteral("lukas.mueller"), QStringLiteral("Lukas Müller"), QStringLiteral("DE"),
                  QStringLiteral("Berlin"));
        addMember(QStringLiteral("sophie.martin"), QStringLiteral("Sophie Martin"), QStringLiteral("FR"),
                  QStringLiteral("Paris"));
        addMember(QStringLiteral("pieter.jansen"), QStringLiteral("Pieter Jansen"), QStringLiteral("NL"),
                  QStringLiteral("Utrecht"));
        SipProfileInput sip{QStringLiteral("pbx-amsterdam"), QStringLiteral("Amsterdam office PBX"), 30,
                            QStringLiteral("NL")};
        REQUIRE(SipProfileService(temp.context()).add(sip));
    }

    void addMember(const QString& account, const QString& name, const QString& country, const QString& city)
    {
        MemberInput input{account, name, account + QStringLiteral("@example.com"), country, city};
        auto added = MemberService(temp.context()).add(input);
        if (!added)
            FAIL(added.error().message.toStdString());
    }

    Context context() { return temp.context(); }
    NumberService numbers() { return NumberService(temp.context()); }
    qint64 credit() { return OrganisationService(temp.context()).balanceCents().value(); }
    QString dump() { return dumpDatabase(temp.database().connection()); }
    ProcessReport process()
    {
        auto report = NumberProcessor::process(temp.context());
        if (!report)
            FAIL(report.error().message.toStdString());
        return *report;
    }

    PurchaseRequest request(QStringList names, const QString& country = QStringLiteral("NL"),
                            const QString& areaCode = QStringLiteral("20"),
                            BillingPeriod period = BillingPeriod::OneMonth)
    {
        PurchaseRequest r;
        r.assigneeNames = std::move(names);
        r.country = country;
        r.areaCode = areaCode;
        r.period = period;
        r.termsAccepted = true;
        return r;
    }

    NumberRecord buyOne(const QString& name, const QString& country = QStringLiteral("NL"),
                        const QString& areaCode = QStringLiteral("20"),
                        BillingPeriod period = BillingPeriod::OneMonth)
    {
        auto bought = numbers().buy(request({name}, country, areaCode, period));
        if (!bought)
            FAIL(bought.error().message.toStdString());
        REQUIRE(bought->numbers.size() == 1);
        return bought->numbers.front();
    }

    NumberRecord reload(const QString& e164)
    {
        auto found = numbers().find(e164);
        if (!found)
            FAIL(found.error().message.toStdString());
        return *found;
    }

    int count(const QString& sql) { return temp.scalar(sql).toInt(); }
};

} // namespace nm::test
