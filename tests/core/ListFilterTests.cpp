// The list queries behind the desktop program's filters, searches and totals, on both
// engines: the Numbers page's filters, the history's search of what it shows, the
// ledger by kind, and the monthly cost and renewals due.

#include "TestOrganisation.h"
#include "TestSupport.h"
#include "Translations.h"
#include "phone/PhoneNumbers.h"
#include "queries/HistoryQuery.h"
#include "queries/LedgerQuery.h"
#include "queries/NumberRowsQuery.h"
#include "queries/NumberTotals.h"

#include <QTimeZone>

using namespace nm;
using namespace nm::test;

namespace {

QStringList namesOf(const NumberRowsQuery& query)
{
    auto rows = query.allRows();
    REQUIRE(rows);
    QStringList names;
    for (const QVariantList& row : *rows)
        names << row.value(NumberRowsQuery::AssigneeName).toString();
    return names;
}

} // namespace

TEST_CASE("The Numbers page's filters, the history search, the ledger kinds and the totals",
          "[queries][filters]")
{
    TestOrganisation org(1'000'00);
    const NumberRecord jan = org.buyOne(QStringLiteral("jan.devries")); // NL 20, €3.50 a month
    org.buyOne(QStringLiteral("emma.smith"), QStringLiteral("NL"), QStringLiteral("10"),
               BillingPeriod::ThreeMonths); // €9.90 per 3 months
    org.buyOne(QStringLiteral("lukas.mueller"), QStringLiteral("DE"), QStringLiteral("30"),
               BillingPeriod::ThreeMonths); // €11.25 per 3 months
    const QSqlDatabase db = org.temp.database().connection();

    NumberRowsQuery rows(db);
    NumberRowsQuery::Filters filters;
    filters.kind = AssigneeKind::SipProfile;
    rows.setFilters(filters);
    CHECK(namesOf(rows) == QStringList{QStringLiteral("Amsterdam office PBX")});
    filters = {};
    filters.withoutNumber = true;
    rows.setFilters(filters);
    CHECK(namesOf(rows)
          == QStringList{QStringLiteral("Amsterdam office PBX"), QStringLiteral("Pieter Jansen"),
                         QStringLiteral("Sophie Martin")});
    filters = {};
    filters.country = QStringLiteral("de");
    rows.setFilters(filters);
    CHECK(namesOf(rows) == QStringList{QStringLiteral("Lukas Müller")});
    filters.country = QStringLiteral("NL");
    filters.areaCode = QStringLiteral("10");
    rows.setFilters(filters);
    CHECK(namesOf(rows) == QStringList{QStringLiteral("Emma Smith")});

    REQUIRE(org.numbers().setAutoRenew(jan.e164, false));
    filters = {};
    filters.autoRenewOff = true;
    rows.setFilters(filters);
    CHECK(namesOf(rows) == QStringList{QStringLiteral("Jan de Vries")});
    // Jan's number stops on 26 December 2026 at 09:00 UTC: within 30 days, not 29.
    filters = {};
    filters.expiresBefore = QDateTime(QDate(2026, 12, 26), QTime(9, 0), QTimeZone::utc());
    rows.setFilters(filters);
    CHECK(namesOf(rows) == QStringList{QStringLiteral("Jan de Vries")});
    filters.expiresBefore = QDateTime(QDate(2026, 12, 25), QTime(9, 0), QTimeZone::utc());
    rows.setFilters(filters);
    CHECK(namesOf(rows).isEmpty());

    // The history finds a number as the pages write it, and actions in the reader's words.
    const auto actionsFound = [&db](const QString& text) {
        HistoryQuery history(db);
        history.setText(text);
        auto found = history.allRows();
        REQUIRE(found);
        QStringList actions;
        for (const QVariantList& row : *found)
            actions << row.value(HistoryQuery::ActionValue).toString();
        actions.sort();
        return actions;
    };
    CHECK(actionsFound(formatInternational(jan.e164))
          == QStringList{QStringLiteral("number.auto_renew"), QStringLiteral("number.buy")});
    {
        LanguageGuard dutch(QStringLiteral("nl"));
        CHECK(actionsFound(QStringLiteral("opgewaardeerd")) == QStringList{QStringLiteral("credit.top_up")});
    }
    CHECK(actionsFound(QStringLiteral("topped up")) == QStringList{QStringLiteral("credit.top_up")});

    LedgerQuery ledger(db);
    ledger.setKind(LedgerKind::TopUp);
    CHECK(ledger.count().value() == 1);
    ledger.setKind(LedgerKind::Purchase);
    CHECK(ledger.count().value() == 3);

    // €3.50 + €9.90 / 3 + €11.25 / 3 = €10.55 a month; Jan's number no longer renews.
    auto totals = NumberTotals::read(db, QDateTime(QDate(2027, 3, 1), QTime(0, 0), QTimeZone::utc()));
    REQUIRE(totals);
    CHECK(totals->numbers == 3);
    CHECK(totals->monthlyCents == 10'55);
    CHECK(totals->renewalsDueCents == 9'90 + 11'25);
    totals = NumberTotals::read(db, QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc()));
    REQUIRE(totals);
    CHECK(totals->renewalsDueCents == 0);
}
