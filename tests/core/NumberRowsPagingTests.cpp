// The Numbers page's rows in each of its orders, read the way the page reads them: a page
// at a time after the last row shown (keyset paging), on both engines. Every order must
// give every row once, in the same order as in one read, whatever the page size.

#include "TestOrganisation.h"
#include "TestSupport.h"
#include "io/Csv.h"
#include "io/Importer.h"
#include "queries/NumberRowsQuery.h"
#include "storage/Dialect.h"
#include "storage/Transaction.h"

#include <QSqlQuery>
#include <algorithm>

using namespace nm;
using namespace nm::test;

namespace {

QStringList names(const std::vector<QVariantList>& rows)
{
    QStringList list;
    for (const QVariantList& row : rows)
        list << row.value(NumberRowsQuery::AssigneeName).toString();
    return list;
}

QStringList keys(const std::vector<QVariantList>& rows)
{
    QStringList list;
    for (const QVariantList& row : rows)
        list << row.value(NumberRowsQuery::RowKey).toString();
    return list;
}

// Every row, `pageSize` at a time, each page after the last row of the one before.
std::vector<QVariantList> pageByPage(const NumberRowsQuery& query, int pageSize)
{
    auto first = query.rows(0, pageSize);
    REQUIRE(first);
    std::vector<QVariantList> all = *first;
    for (int guard = 0; !all.empty() && guard < 100; ++guard) {
        auto next = query.rowsAfter(all.back(), int(all.size()), pageSize);
        REQUIRE(next);
        if (next->empty())
            break;
        all.insert(all.end(), next->begin(), next->end());
    }
    return all;
}

// Jan de Vries (two numbers in Amsterdam) and a second Jan de Vries without any; Emma
// (Rotterdam, cancelled); Lukas (Berlin, cancelled, then removed); Sophie and Pieter
// without numbers; the Amsterdam office PBX (a number in area 10), bought first.
struct PagedOrganisation : TestOrganisation
{
    PagedOrganisation()
    {
        addMember(QStringLiteral("jan.devries2"), QStringLiteral("Jan de Vries"), QStringLiteral("NL"),
                  QStringLiteral("Utrecht"));
        buyOne(QStringLiteral("pbx-amsterdam"), QStringLiteral("NL"), QStringLiteral("10"));
        buyOne(QStringLiteral("jan.devries"));
        buyOne(QStringLiteral("jan.devries"));
        const NumberRecord emma
            = buyOne(QStringLiteral("emma.smith"), QStringLiteral("NL"), QStringLiteral("70"));
        const NumberRecord lukas
            = buyOne(QStringLiteral("lukas.mueller"), QStringLiteral("DE"), QStringLiteral("30"));
        REQUIRE(numbers().cancel({emma.e164, lukas.e164}));
        REQUIRE(MemberService(context()).remove(QStringLiteral("lukas.mueller")));
    }
};

} // namespace

TEST_CASE("The Numbers page reads every order page by page, each page after the last row shown",
          "[queries][paging]")
{
    PagedOrganisation org;
    NumberRowsQuery query(org.temp.database().connection());
    const QString pbx = QStringLiteral("Amsterdam office PBX"), jan = QStringLiteral("Jan de Vries"),
                  emma = QStringLiteral("Emma Smith"), lukas = QStringLiteral("Lukas Müller"),
                  pieter = QStringLiteral("Pieter Jansen"), sophie = QStringLiteral("Sophie Martin");
    // Rows without a number come after the numbered ones when the order is a number's.
    const struct
    {
        int column;
        QStringList ascending;
    } orders[] = {
        {NumberRowsQuery::Name, {pbx, emma, jan, jan, jan, lukas, pieter, sophie}},
        {NumberRowsQuery::Kind, {emma, jan, jan, jan, lukas, pieter, sophie, pbx}},
        {NumberRowsQuery::Number, {pbx, jan, jan, emma, lukas, jan, pieter, sophie}},
        {NumberRowsQuery::Country, {lukas, pbx, jan, jan, emma, jan, pieter, sophie}},
        {NumberRowsQuery::State, {pbx, jan, jan, emma, lukas, jan, pieter, sophie}},
        {NumberRowsQuery::ExpiresOn, {pbx, jan, jan, emma, lukas, jan, pieter, sophie}},
        {NumberRowsQuery::AutoRenew, {emma, lukas, pbx, jan, jan, jan, pieter, sophie}},
    };
    for (const auto& order : orders) {
        for (ListQuery::Order direction : {ListQuery::Order::Ascending, ListQuery::Order::Descending}) {
            CAPTURE(order.column, direction == ListQuery::Order::Ascending);
            query.setOrder(order.column, direction);
            auto all = query.allRows();
            if (!all)
                FAIL(all.error().message.toStdString());
            QStringList expected = order.ascending;
            if (direction == ListQuery::Order::Descending)
                std::reverse(expected.begin(), expected.end());
            CHECK(names(*all) == expected);
            CHECK(query.count().value() == 8);
            for (int pageSize : {1, 2, 3, 8})
                CHECK(keys(pageByPage(query, pageSize)) == keys(*all));
        }
    }

    // The same with a search and with filters.
    query.setOrder(NumberRowsQuery::Number, ListQuery::Order::Ascending);
    query.setSearchText(QStringLiteral("jan"));
    CHECK(names(pageByPage(query, 1)) == QStringList{jan, jan, jan, pieter});
    query.setSearchText({});
    NumberRowsQuery::Filters filters;
    filters.withoutNumber = true;
    query.setFilters(filters);
    CHECK(names(pageByPage(query, 1)) == QStringList{jan, pieter, sophie});
    filters = {};
    filters.kind = AssigneeKind::SipProfile;
    query.setFilters(filters);
    CHECK(names(pageByPage(query, 1)) == QStringList{pbx});
    filters = {};
    filters.country = QStringLiteral("NL");
    query.setFilters(filters);
    query.setOrder(NumberRowsQuery::Name, ListQuery::Order::Descending);
    CHECK(names(pageByPage(query, 1)) == QStringList{jan, jan, emma, pbx});
    query.setFilters({});
    query.setState(NumberState::Cancelled);
    CHECK(names(pageByPage(query, 1)) == QStringList{lukas, emma});
}

namespace {

// The names of the rows a search finds, in the Numbers page's first order (by name).
QStringList found(NumberRowsQuery& query, const QString& text)
{
    query.setOrder(NumberRowsQuery::Name, ListQuery::Order::Ascending);
    query.setSearchText(text);
    auto rows = query.allRows();
    if (!rows)
        FAIL(rows.error().message.toStdString());
    return names(*rows);
}

} // namespace

TEST_CASE("A search finds any part of a name, account name, SIP profile id or number, in every order",
          "[queries][search]")
{
    PagedOrganisation org;
    const QSqlDatabase db = org.temp.database().connection();
    NumberRowsQuery query(db);
    const QString pbx = QStringLiteral("Amsterdam office PBX"), jan = QStringLiteral("Jan de Vries"),
                  lukas = QStringLiteral("Lukas Müller");
    QString janFirst; // the first number Jan de Vries bought
    query.setOrder(NumberRowsQuery::Number, ListQuery::Order::Ascending);
    const std::vector<QVariantList> byNumber = query.allRows().value();
    for (const QVariantList& row : byNumber)
        if (row.value(NumberRowsQuery::AssigneeKey).toString() == QLatin1String("jan.devries"))
            janFirst = row.value(NumberRowsQuery::E164).toString();
    REQUIRE(janFirst.size() == 12);

    const struct
    {
        QString text;
        QStringList names;
    } searches[] = {
        {QStringLiteral("DE VR"), {jan, jan, jan}}, // both Jans: two numbers, and none
        {QStringLiteral("vries2"), {jan}}, // the second Jan's account name
        {QStringLiteral("msterdam"), {pbx}}, // the SIP profile's id and name
        {QStringLiteral("MÜLLER"), {lukas}}, // removed, with a cancelled number
        {QStringLiteral("020 ") + janFirst.mid(5), {jan}}, // as dialled here: 020, the subscriber number
        {QStringLiteral("zzz"), {}},
        {QStringLiteral("Ü"), {lukas}}, // one character
        {QStringLiteral("pB"), {pbx}}, // two
        {QStringLiteral("vr"), {jan, jan, jan}},
    };
    for (const auto& search : searches) {
        CAPTURE(search.text);
        CHECK(found(query, search.text) == search.names);
        // In every order, the rows of the whole list that match, in that order, page by page.
        const QStringList matching = keys(query.allRows().value());
        for (int column = NumberRowsQuery::Name; column < NumberRowsQuery::ColumnCount; ++column) {
            for (ListQuery::Order direction : {ListQuery::Order::Ascending, ListQuery::Order::Descending}) {
                CAPTURE(column, direction == ListQuery::Order::Ascending);
                query.setOrder(column, direction);
                query.setSearchText({});
                QStringList expected;
                for (const QString& key : keys(query.allRows().value()))
                    if (matching.contains(key))
                        expected << key;
                query.setSearchText(search.text);
                CHECK(keys(pageByPage(query, 1)) == expected);
                CHECK(query.count().value() == int(expected.size()));
            }
        }
    }

    if (dialect::engineOf(db) == Engine::Sqlite) {
        // Read through the search index: three characters or more as the index's trigrams, one
        // or two as the start of its terms. Digits of fewer than three: by reading the rows.
        query.setOrder(NumberRowsQuery::Name, ListQuery::Order::Ascending);
        query.setSearchText(QStringLiteral("de vr"));
        CHECK(firstPagePlan(db, query).contains(QStringLiteral("members_search VIRTUAL TABLE")));
        query.setSearchText(QStringLiteral("de"));
        CHECK(firstPagePlan(db, query).contains(QStringLiteral("members_search_terms VIRTUAL TABLE")));
        query.setSearchText(QStringLiteral("20"));
        CHECK_FALSE(firstPagePlan(db, query).contains(QStringLiteral("members_search")));
    }
}

TEST_CASE("A search finds members as they are renamed, added and removed", "[queries][search]")
{
    PagedOrganisation org;
    const QSqlDatabase db = org.temp.database().connection();
    NumberRowsQuery query(db);
    MemberService members(org.context());
    MemberEdit rename;
    rename.displayName = QStringLiteral("Johan de Vries");
    REQUIRE(members.edit(QStringLiteral("jan.devries2"), rename));
    CHECK(found(query, QStringLiteral("johan")) == QStringList{QStringLiteral("Johan de Vries")});
    CHECK(found(query, QStringLiteral("jan de v"))
          == QStringList(2, QStringLiteral("Jan de Vries"))); // the first Jan's two numbers
    CHECK(found(query, QStringLiteral("de vries"))
          == QStringList({QStringLiteral("Jan de Vries"), QStringLiteral("Jan de Vries"),
                          QStringLiteral("Johan de Vries")}));

    // A member added is found at once, also before the change that adds it is committed
    // (the index takes the new rows as it commits; until then they are read as they are).
    const auto indexed = [&db](const QString& phrase) {
        QSqlQuery count(db);
        count.exec(QStringLiteral("SELECT count(*) FROM members_search WHERE members_search MATCH '%1'")
                       .arg(phrase));
        return count.next() ? count.value(0).toInt() : -1;
    };
    const bool sqlite = dialect::engineOf(db) == Engine::Sqlite;
    {
        Transaction change(db);
        REQUIRE(change.isActive());
        REQUIRE(members.add(MemberInput{QStringLiteral("anna.bakker"), QStringLiteral("Anna Bakker"),
                                        QStringLiteral("anna@example.com"), QStringLiteral("NL"),
                                        QStringLiteral("Delft")}));
        CHECK(found(query, QStringLiteral("bakker")) == QStringList{QStringLiteral("Anna Bakker")});
        if (sqlite)
            CHECK(indexed(QStringLiteral("\"bakker\"")) == 0);
        REQUIRE(change.commit());
    }
    if (sqlite)
        CHECK(indexed(QStringLiteral("\"bakker\"")) == 1);
    CHECK(found(query, QStringLiteral("bakker")) == QStringList{QStringLiteral("Anna Bakker")});
    REQUIRE(members.remove(QStringLiteral("pieter.jansen")));
    CHECK(found(query, QStringLiteral("pieter")).isEmpty());
    CHECK(found(query, QStringLiteral("jansen")).isEmpty());

    if (sqlite) {
        // The indexes agree with their tables after every change.
        for (const QString& index :
             {QStringLiteral("members_search"), QStringLiteral("members_contact_search"),
              QStringLiteral("sip_profiles_search"), QStringLiteral("numbers_search")}) {
            QSqlQuery check(db);
            CHECK(check.exec(QStringLiteral("INSERT INTO %1 (%1) VALUES ('integrity-check')").arg(index)));
        }
    }
}

TEST_CASE("A search for an office PBX with thousands of numbers reads them in the page's order",
          "[queries][search]")
{
    TestOrganisation org;
    // 5,001 numbers of the office PBX, +31 20 500 0000 to +31 20 500 5000, brought in from its list.
    QByteArray csv = "number,assigned to,country,paid until,state\n";
    for (int i = 0; i <= 5'000; ++i)
        csv += "+31 20 " + QByteArray::number(5'000'000 + i) + ",pbx-amsterdam,,2027-01-15,\n";
    auto table = Csv::parse(csv);
    REQUIRE(table);
    auto imported
        = Importer(org.context()).importTable(FileKind::Numbers, *table, {}, QStringLiteral("pbx.csv"));
    REQUIRE(imported);
    REQUIRE(imported->added == 5'001);
    const QSqlDatabase db = org.temp.database().connection();
    NumberRowsQuery query(db);
    query.setOrder(NumberRowsQuery::Number, ListQuery::Order::Ascending);
    query.setSearchText(QStringLiteral("office pb"));
    CHECK(query.count().value() == 5'001);
    const std::vector<QVariantList> first = query.rows(0, 256).value();
    REQUIRE(first.size() == 256);
    CHECK(first.front().value(NumberRowsQuery::E164).toString() == QStringLiteral("+31205000000"));
    const std::vector<QVariantList> next = query.rowsAfter(first.back(), 256, 256).value();
    REQUIRE(next.size() == 256);
    CHECK(next.front().value(NumberRowsQuery::E164).toString() == QStringLiteral("+31205000256"));
    CHECK(names(next) == QStringList(256, QStringLiteral("Amsterdam office PBX")));
    if (dialect::engineOf(db) == Engine::Sqlite) {
        // The profile is one match of the index, but its 5,001 numbers are read in their own
        // order, not all sorted for each page; a member with few numbers is read through the index.
        const QString plan = firstPagePlan(db, query);
        CHECK_FALSE(plan.contains(QStringLiteral("sip_profiles_search")));
        CHECK_FALSE(plan.contains(QStringLiteral("TEMP B-TREE")));
        org.buyOne(QStringLiteral("jan.devries"));
        query.setSearchText(QStringLiteral("jan de"));
        CHECK(firstPagePlan(db, query).contains(QStringLiteral("members_search VIRTUAL TABLE")));
        CHECK(names(query.rows(0, 256).value()) == QStringList{QStringLiteral("Jan de Vries")});
    }
}
