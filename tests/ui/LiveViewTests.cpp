#include "NumbersTestFixture.h"
#include "UiTestHelpers.h"
#include "UserPreferences.h"
#include "common/Banner.h"
#include "numbers/NumbersPage.h"
#include "phone/PhoneNumbers.h"
#include "shell/ConnectDialog.h"
#include "shell/CredentialStore.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"

#include <QAction>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>

// What another administrator or program changes shows by itself (issue 10), on both engines.

using namespace nm;
using namespace nm::test;

namespace {

// Waits, with the event loop running, until `done` holds or `limitMs` passed; the time it took.
qint64 waitUntil(const std::function<bool()>& done, int limitMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < limitMs)
        QTest::qWait(20);
    return timer.elapsed();
}

} // namespace

TEST_CASE("A number another administrator buys shows on the open Numbers page within 2 seconds, keeping the "
          "selection and the ticks",
          "[ui][live]")
{
    NumbersFixture f(1'000'00);
    for (int i = 0; i < 40; ++i)
        f.addMember(QStringLiteral("member%1").arg(i, 3, 10, QLatin1Char('0')),
                    QStringLiteral("Member %1").arg(i, 3, 10, QLatin1Char('0')));
    const Member anna = f.addMember(QStringLiteral("anna.jansen"), QStringLiteral("Anna Jansen"));
    f.workspace.startWatchingForChanges();
    NumbersPage page(f.workspace);
    page.resize(1000, 400);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    NumbersTableModel& model = *page.model();
    // The administrator here has picked a row further down and ticked another.
    const int picked = findRow(model, QStringLiteral("Member 030"));
    REQUIRE(picked >= 0);
    clickRow(page.view(), picked);
    model.setTicked(findRow(model, QStringLiteral("Member 005")), true);
    const int scrolled = page.view()->verticalScrollBar()->value();

    // Another administrator, at another desk (another connection, another program).
    auto other = f.temp.openAnother();
    const Context elsewhere{*other, f.temp.clock(), QStringLiteral("anna")};
    PurchaseRequest request;
    request.assignees = {{AssigneeKind::Member, anna.id}};
    request.country = QStringLiteral("NL");
    request.areaCode = QStringLiteral("20");
    request.termsAccepted = true;
    auto bought = NumberService(elsewhere).buy(request);
    REQUIRE(bought);
    const QString e164 = bought->numbers.front().e164;

    const qint64 took
        = waitUntil([&] { return findRow(model, QStringLiteral("Anna Jansen"), e164) >= 0; }, 2'000);
    CHECK(findRow(model, QStringLiteral("Anna Jansen"), e164) >= 0);
    CHECK(took < 2'000);
    WARN("shown after " << took << " ms");
    CHECK(model.rowInfo(page.view()->currentIndex().row()).displayName == QStringLiteral("Member 030"));
    CHECK(model.tickedCount() == 1);
    CHECK(model.tickedRows().front().displayName == QStringLiteral("Member 005"));
    CHECK(page.view()->verticalScrollBar()->value() == scrolled);
}

TEST_CASE("F5 reads everything again", "[ui][live]")
{
    NumbersFixture f;
    const Member anna = f.addMember(QStringLiteral("anna.jansen"), QStringLiteral("Anna Jansen"));
    MainWindow window(f.workspace, nullptr);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    NumbersTableModel& model = *window.numbersPage()->model();
    auto other = f.temp.openAnother();
    const Context elsewhere{*other, f.temp.clock(), QStringLiteral("anna")};
    PurchaseRequest request;
    request.assignees = {{AssigneeKind::Member, anna.id}};
    request.country = QStringLiteral("NL");
    request.areaCode = QStringLiteral("20");
    request.termsAccepted = true;
    auto bought = NumberService(elsewhere).buy(request);
    REQUIRE(bought);
    // Nothing watches here: only F5 brings it.
    CHECK(findRow(model, QStringLiteral("Anna Jansen"), bought->numbers.front().e164) == -1);
    QAction* refresh = window.findChild<QAction*>(QStringLiteral("refreshAction"));
    REQUIRE(refresh);
    CHECK(refresh->shortcut() == QKeySequence(QKeySequence::Refresh));
    refresh->trigger();
    CHECK(findRow(model, QStringLiteral("Anna Jansen"), bought->numbers.front().e164) >= 0);
}

TEST_CASE("Connect to server builds the database address from the fields, never with the password",
          "[ui][shell]")
{
    ConnectDialog dialog;
    CHECK(dialog.location().isEmpty());
    typeInto(child<QLineEdit>(&dialog, QStringLiteral("hostEdit")), QStringLiteral("db.example.nl"));
    typeInto(child<QLineEdit>(&dialog, QStringLiteral("databaseEdit")), QStringLiteral("numbers"));
    typeInto(child<QLineEdit>(&dialog, QStringLiteral("userEdit")), QStringLiteral("anna"));
    typeInto(child<QLineEdit>(&dialog, QStringLiteral("passwordEdit")), QStringLiteral("s3cret"));
    CHECK(dialog.location() == QStringLiteral("postgresql://anna@db.example.nl/numbers?sslmode=require"));
    child<QSpinBox>(&dialog, QStringLiteral("portSpin"))->setValue(6543);
    CHECK(dialog.location()
          == QStringLiteral("postgresql://anna@db.example.nl:6543/numbers?sslmode=require"));
    CHECK(dialog.password() == QStringLiteral("s3cret"));
    CHECK_FALSE(dialog.location().contains(QStringLiteral("s3cret")));
}

TEST_CASE("Opening another database replaces the window, names it in the title and remembers it",
          "[ui][shell]")
{
    QTemporaryDir dir;
    UserPreferences preferences(dir.filePath(QStringLiteral("prefs.ini")));
    MemoryStore credentials;
    FixedClock clock(fixedStart());
    Session session(clock, &preferences, credentials);
    const QString first = dir.filePath(QStringLiteral("first.sqlite"));
    const QString second = dir.filePath(QStringLiteral("second.sqlite"));
    REQUIRE(session.open(first, {}, false, true));
    CHECK(session.window()->windowTitle() == QStringLiteral("first.sqlite - Number Manager"));
    REQUIRE(session.open(second, {}, false, true));
    CHECK(session.window()->windowTitle() == QStringLiteral("second.sqlite - Number Manager"));
    CHECK(session.database()->path() == second);
    CHECK(preferences.recentDatabases() == QStringList({second, first}));
    // A database that cannot be opened leaves the current one as it was.
    CHECK_FALSE(session.open(testDataPath(QStringLiteral("not-a-database.txt")), {}, false, true));
    CHECK(session.lastError().contains(QStringLiteral("is not a Number Manager database")));
    CHECK(session.database()->path() == second);
}
