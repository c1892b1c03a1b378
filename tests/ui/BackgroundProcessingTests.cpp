#include "BulkSetup.h"
#include "UiTestHelpers.h"
#include "common/BackgroundProcessor.h"
#include "common/Workspace.h"
#include "numbers/NumbersPage.h"
#include "numbers/NumbersTableModel.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>

using namespace nm;
using namespace nm::test;

TEST_CASE("Processing runs on its own thread: 5,000 renewals while the window's thread goes on",
          "[ui][processing]")
{
    TempDatabase temp;
    createOrganisation(temp);
    REQUIRE(OrganisationService(temp.context()).topUp(100'000'00));
    // 5,000 members with a number each, all due for renewal a month later.
    addManyMembers(temp, 5000);
    const auto account = [](int i) { return QStringLiteral("member%1").arg(i, 4, 10, QLatin1Char('0')); };
    PurchaseRequest request;
    for (int i = 0; i < 5000; ++i)
        request.assigneeNames << account(i);
    request.country = QStringLiteral("NL");
    request.areaCode = QStringLiteral("20");
    request.period = BillingPeriod::OneMonth;
    request.termsAccepted = true;
    REQUIRE(NumberService(temp.context()).buy(request));
    temp.clock().advanceDays(30); // provisioned, and within 3 days of paid-until

    Workspace workspace(temp.database(), temp.clock(), QStringLiteral("test-admin"));
    QSignalSpy changed(&workspace, &Workspace::changed);
    QSignalSpy progress(&workspace, &Workspace::processingProgress);
    // The window's thread counts its own timer ticks while the round runs.
    int ticks = 0;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&ticks] { ++ticks; });
    tick.start(10);
    workspace.setConnectionOpener(connectionOpener(temp.path()));
    workspace.startBackgroundProcessing();
    // startBackgroundProcessing() returned at once: nothing is renewed yet on this thread's view.
    REQUIRE(workspace.backgroundProcessor()->isBusy());

    QTRY_VERIFY_WITH_TIMEOUT(!workspace.backgroundProcessor()->isBusy(), 120'000);
    CHECK(temp.scalar(QStringLiteral("SELECT count(*) FROM credit_ledger WHERE kind = 'renewal'")).toInt()
          == 5000);
    CHECK(temp.scalar(QStringLiteral("SELECT count(*) FROM numbers WHERE state = 'active'")).toInt() == 5000);
    // In batches of 2,000 (2,000 activations and 2,000 renewals each): progress after the first
    // and the second, one change notice at the end.
    REQUIRE(progress.size() == 2);
    CHECK(progress.at(0).at(0).toInt() == 4000);
    CHECK(progress.at(1).at(0).toInt() == 8000);
    CHECK(changed.size() == 1);
    CHECK(ticks > 0); // the window's event loop ran meanwhile
}

TEST_CASE("On a large organisation the Numbers page counts, searches, sorts and pages on the reader's "
          "thread: the rows shown stay until the new ones come",
          "[ui][numbers][reader]")
{
    TempDatabase temp;
    createOrganisation(temp);
    addManyMembers(temp, 600); // "Member 0" ... "Member 599": more than two pages
    Workspace workspace(temp.database(), temp.clock(), QStringLiteral("test-admin"));
    workspace.setConnectionOpener(connectionOpener(temp.path()));
    NumbersPage page(workspace);
    page.show();
    NumbersTableModel* model = page.model();
    auto* summary = child<QLabel>(&page, QStringLiteral("numbersSummary"));

    // The first page is there at once; the count comes from the reader.
    CHECK(model->rowCount() == 256);
    CHECK(model->data(model->index(0, NumbersTableModel::Name)).toString() == QStringLiteral("Member 0"));
    CHECK(summary->text().startsWith(QStringLiteral("counting rows...")));
    QTRY_VERIFY(summary->text().startsWith(QStringLiteral("600 rows, 0 ticked")));

    // A search: the rows stay until the matches come.
    model->setSearchText(QStringLiteral("member 59"));
    CHECK(model->isLoading());
    CHECK(model->rowCount() == 256);
    CHECK(summary->text().startsWith(QStringLiteral("reading rows...")));
    QTRY_VERIFY(!model->isLoading());
    // Member 59 and Member 590 ... 599, in natural order.
    REQUIRE(model->rowCount() == 11);
    CHECK(model->data(model->index(0, NumbersTableModel::Name)).toString() == QStringLiteral("Member 59"));
    CHECK(model->data(model->index(10, NumbersTableModel::Name)).toString() == QStringLiteral("Member 599"));
    CHECK(summary->text().startsWith(QStringLiteral("11 rows")));

    // Sorting and paging: descending, then the next pages as the view scrolls down.
    model->setSearchText({});
    QTRY_VERIFY(!model->isLoading());
    page.view()->sortByColumn(NumbersTableModel::Name, Qt::DescendingOrder);
    QTRY_VERIFY(!model->isLoading());
    CHECK(model->data(model->index(0, NumbersTableModel::Name)).toString() == QStringLiteral("Member 599"));
    model->fetchMore({});
    CHECK(model->rowCount() == 256); // on its way
    QTRY_COMPARE(model->rowCount(), 512);
    model->fetchMore({});
    QTRY_COMPARE(model->rowCount(), 600);
    CHECK_FALSE(model->canFetchMore({}));
    CHECK(model->data(model->index(599, NumbersTableModel::Name)).toString() == QStringLiteral("Member 0"));
    CHECK(model->data(model->index(256, NumbersTableModel::Name)).toString() == QStringLiteral("Member 343"));

    // Tick all: read there too; the box stays ticked meanwhile.
    auto* tickAll = child<QCheckBox>(&page, QStringLiteral("tickAllCheck"));
    tickAll->click();
    CHECK(model->isTickingAll());
    CHECK(tickAll->isChecked());
    CHECK(summary->text().startsWith(QStringLiteral("600 rows, ticking every row...")));
    QTRY_COMPARE(model->tickedCount(), 600);
    CHECK(tickAll->isChecked());
    CHECK(summary->text().startsWith(QStringLiteral("600 rows, 600 ticked")));

    // A member removed elsewhere: the ticks are brought up to date there too.
    REQUIRE(MemberService(temp.context()).remove(QStringLiteral("member0007")));
    workspace.notifyChanged(Workspace::Members | Workspace::Numbers);
    QTRY_COMPARE(model->tickedCount(), 599);
    QTRY_VERIFY(summary->text().startsWith(QStringLiteral("599 rows, 599 ticked")));
}
