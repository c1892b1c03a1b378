#include "Format.h"
#include "UiTestHelpers.h"
#include "common/Workspace.h"
#include "history/HistoryPage.h"
#include "history/HistoryTableModel.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QTableView>

using namespace nm;
using namespace nm::test;

namespace {

struct HistoryFixture
{
    TempDatabase temp;
    Workspace workspace{temp.database(), temp.clock(), QStringLiteral("test-admin")};
    std::unique_ptr<HistoryPage> page;
    HistoryTableModel* model = nullptr;

    // Three entries two days apart: 26, 28 and 30 November 2026.
    HistoryFixture()
    {
        addMember(temp, QStringLiteral("anna.peters"), QStringLiteral("Anna Peters"));
        temp.clock().advanceDays(2);
        addMember(temp, QStringLiteral("daan.bakker"), QStringLiteral("Daan Bakker"),
                  QStringLiteral("Rotterdam"));
        temp.clock().advanceDays(2);
        REQUIRE(MemberService(temp.context())
                    .edit(QStringLiteral("anna.peters"), MemberEdit{{}, {}, {}, QStringLiteral("Delft")})
                    .ok());
    }

    void open()
    {
        page = std::make_unique<HistoryPage>(workspace);
        page->resize(1000, 600);
        page->show();
        REQUIRE(QTest::qWaitForWindowExposed(page.get()));
        model = page->model();
    }

    QStringList actions() const
    {
        QStringList list;
        for (int row = 0; row < model->rowCount(); ++row)
            list << model->actionAt(row);
        return list;
    }
};

} // namespace

TEST_CASE("The history shows the newest entry first, with readable actions and changes", "[ui][history]")
{
    HistoryFixture f;
    f.open();
    auto tester = modelTester(f.model);
    CHECK(f.actions()
          == QStringList{QStringLiteral("member.edit"), QStringLiteral("member.add"),
                         QStringLiteral("member.add")});
    CHECK(f.model->objectIdAt(1) == QStringLiteral("daan.bakker"));
    CHECK(f.model->index(0, HistoryTableModel::Action).data().toString() == QStringLiteral("Member changed"));
    CHECK(f.model->index(0, HistoryTableModel::Administrator).data().toString()
          == QStringLiteral("test-admin"));
    CHECK(f.model->index(0, HistoryTableModel::Change).data().toString()
          == QString::fromUtf8("City: Amsterdam \u2192 Delft"));
    CHECK(f.model->index(0, HistoryTableModel::Time).data().toString()
          == formatDateTime(f.temp.clock().now()));
    CHECK(f.model->index(2, HistoryTableModel::Change)
              .data()
              .toString()
              .contains(QStringLiteral("Display name: Anna Peters")));

    // Sorting by time ascending puts the oldest first.
    f.model->sort(HistoryTableModel::Time, Qt::AscendingOrder);
    CHECK(f.model->objectIdAt(0) == QStringLiteral("anna.peters"));
    CHECK(f.model->actionAt(2) == QStringLiteral("member.edit"));
}

TEST_CASE("The history filters by text and by date range", "[ui][history]")
{
    HistoryFixture f;
    f.open();
    auto tester = modelTester(f.model);

    auto* search = child<QLineEdit>(f.page.get(), QStringLiteral("historySearch"));
    QTest::keyClicks(search, QStringLiteral("DAAN"));
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(f.model->rowCount() == 1);
    CHECK(f.model->objectIdAt(0) == QStringLiteral("daan.bakker"));

    // The values are searched too: "Delft" is only in the edit.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("delft"));
    QTRY_COMPARE_WITH_TIMEOUT(f.model->filter().text, QStringLiteral("delft"), 2000); // debounced
    REQUIRE(f.model->rowCount() == 1);
    CHECK(f.model->actionAt(0) == QStringLiteral("member.edit"));
    search->clear();
    QTRY_COMPARE_WITH_TIMEOUT(f.model->rowCount(), 3, 2000);

    auto* fromCheck = child<QCheckBox>(f.page.get(), QStringLiteral("fromCheck"));
    auto* from = child<QDateEdit>(f.page.get(), QStringLiteral("fromDate"));
    auto* untilCheck = child<QCheckBox>(f.page.get(), QStringLiteral("untilCheck"));
    auto* until = child<QDateEdit>(f.page.get(), QStringLiteral("untilDate"));
    CHECK_FALSE(from->isEnabled());
    click(fromCheck);
    CHECK(from->isEnabled());
    from->setDate(QDate(2026, 11, 28));
    CHECK(f.actions() == QStringList{QStringLiteral("member.edit"), QStringLiteral("member.add")});
    click(untilCheck);
    until->setDate(QDate(2026, 11, 29));
    REQUIRE(f.model->rowCount() == 1);
    CHECK(f.model->objectIdAt(0) == QStringLiteral("daan.bakker"));
    click(fromCheck);
    CHECK(f.actions() == QStringList{QStringLiteral("member.add"), QStringLiteral("member.add")});
}

TEST_CASE("The history follows changes in place", "[ui][history]")
{
    HistoryFixture f;
    f.open();
    auto tester = modelTester(f.model);
    auto* table = child<QTableView>(f.page.get(), QStringLiteral("historyTable"));
    CHECK_FALSE(table->accessibleName().isEmpty());
    CHECK(f.model->rowCount() == 3);

    f.temp.clock().advance(60);
    REQUIRE(MemberService(f.temp.context()).remove(QStringLiteral("daan.bakker")).ok());
    f.workspace.notifyChanged(Workspace::Members);
    REQUIRE(f.model->rowCount() == 4);
    CHECK(f.model->actionAt(0) == QStringLiteral("member.remove"));
    sendLanguageChange(f.page.get());
    CHECK(f.model->headerData(HistoryTableModel::Administrator, Qt::Horizontal).toString()
          == QStringLiteral("Administrator"));
}
