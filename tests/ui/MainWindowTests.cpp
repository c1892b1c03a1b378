#include "TestSupport.h"
#include "common/Workspace.h"
#include "members/MemberService.h"
#include "numbers/NumberService.h"
#include "organisation/OrganisationService.h"
#include "shell/MainWindow.h"
#include "storage/Transaction.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QToolBar>

using namespace nm;
using namespace nm::test;

namespace {
struct Shell
{
    TempDatabase temp;
    Workspace workspace{temp.database(), temp.clock(), QStringLiteral("test-admin")};
    std::unique_ptr<MainWindow> window;

    explicit Shell(bool withOrganisation = true)
    {
        if (withOrganisation) {
            REQUIRE(OrganisationService(temp.context()).create(QStringLiteral("Acme B.V.")));
            REQUIRE(OrganisationService(temp.context()).topUp(1'250));
        }
        window = std::make_unique<MainWindow>(workspace, nullptr);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }
};
} // namespace

TEST_CASE("The main window shows the toolbar sections, the Features menu, the credit and the database",
          "[ui][shell]")
{
    Shell shell;
    MainWindow& window = *shell.window;
    auto* toolBar = window.findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    REQUIRE(toolBar);
    CHECK(toolBar->isEnabled());
    QStringList texts;
    for (QAction* action : toolBar->actions())
        texts << action->text();
    CHECK(texts
          == QStringList{QStringLiteral("&Features"), QStringLiteral("&Members"), QStringLiteral("&History"),
                         QStringLiteral("&Settings"), QStringLiteral("&Credit")});

    auto* menu = window.findChild<QListWidget*>(QStringLiteral("featureMenu"));
    REQUIRE(menu);
    REQUIRE(menu->count() == 2);
    CHECK(menu->item(0)->text() == QStringLiteral("Numbers"));
    CHECK(menu->item(1)->text() == QStringLiteral("SIP profiles"));
    CHECK(window.currentSection() == MainWindow::Section::Features);
    CHECK(window.currentFeature() == MainWindow::Feature::Numbers);

    auto* credit = window.findChild<QLabel*>(QStringLiteral("creditLabel"));
    REQUIRE(credit);
    CHECK(credit->text() == QStringLiteral("Credit: €12.50"));
    auto* database = window.findChild<QLabel*>(QStringLiteral("databaseLabel"));
    REQUIRE(database);
    CHECK(database->text().contains(QDir::toNativeSeparators(shell.temp.path())));

    // A top-up elsewhere shows in the status bar at once.
    REQUIRE(OrganisationService(shell.temp.context()).topUp(1'000));
    shell.workspace.notifyChanged(Workspace::Organisation);
    CHECK(credit->text() == QStringLiteral("Credit: €22.50"));
}

TEST_CASE("Clicking the toolbar and the Features menu, and Alt+number, switch pages", "[ui][shell]")
{
    Shell shell;
    MainWindow& window = *shell.window;
    auto* members = window.findChild<QAction*>(QStringLiteral("membersAction"));
    REQUIRE(members);
    members->trigger();
    CHECK(window.currentSection() == MainWindow::Section::Members);

    QTest::keyClick(&window, Qt::Key_3, Qt::AltModifier);
    CHECK(window.currentSection() == MainWindow::Section::History);
    QTest::keyClick(&window, Qt::Key_4, Qt::AltModifier);
    CHECK(window.currentSection() == MainWindow::Section::Settings);
    QTest::keyClick(&window, Qt::Key_1, Qt::AltModifier);
    CHECK(window.currentSection() == MainWindow::Section::Features);

    auto* menu = window.findChild<QListWidget*>(QStringLiteral("featureMenu"));
    REQUIRE(menu);
    const QRect second = menu->visualItemRect(menu->item(1));
    QTest::mouseClick(menu->viewport(), Qt::LeftButton, {}, second.center());
    CHECK(window.currentFeature() == MainWindow::Feature::SipProfiles);
}

TEST_CASE("On an empty database the window welcomes the administrator until an organisation exists",
          "[ui][shell]")
{
    Shell shell(false);
    MainWindow& window = *shell.window;
    CHECK(window.currentSection() == MainWindow::Section::Welcome);
    auto* toolBar = window.findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    REQUIRE(toolBar);
    CHECK_FALSE(toolBar->isEnabled());
}

TEST_CASE("Processing waits while a long operation holds a transaction open", "[ui][shell]")
{
    TempDatabase temp;
    REQUIRE(OrganisationService(temp.context()).topUp(10'000));
    REQUIRE(MemberService(temp.context())
                .add({QStringLiteral("jan.devries"), QStringLiteral("Jan de Vries"),
                      QStringLiteral("jan@example.nl"), QStringLiteral("NL"), QStringLiteral("Amsterdam")}));
    PurchaseRequest request;
    request.assigneeNames = {QStringLiteral("jan.devries")};
    request.country = QStringLiteral("NL");
    request.areaCode = QStringLiteral("20");
    request.termsAccepted = true;
    auto bought = NumberService(temp.context()).buy(request);
    REQUIRE(bought);
    temp.clock().advanceDays(1); // well past the provisioning delay

    Workspace workspace(temp.database(), temp.clock(), QStringLiteral("test-admin"));
    QSignalSpy changed(&workspace, &Workspace::changed);
    {
        Transaction open(temp.database().connection());
        REQUIRE(open.isActive());
        workspace.processNow(); // as the timer would, from a progress dialog's event loop
        CHECK(changed.isEmpty());
    }
    const QString e164 = bought->numbers.front().e164;
    CHECK(NumberService(temp.context()).find(e164)->state == NumberState::Pending);
    workspace.processNow();
    CHECK(changed.size() == 1);
    CHECK(NumberService(temp.context()).find(e164)->state == NumberState::Active);
}

TEST_CASE("The main window has Number Manager's icon, drawn at every size the desktop asks for",
          "[ui][shell]")
{
    Shell shell;
    const QIcon icon = shell.window->windowIcon();
    REQUIRE_FALSE(icon.isNull());
    const QList<QSize> sizes = icon.availableSizes();
    for (int size : {16, 24, 32, 48, 64, 128, 256}) {
        INFO(size);
        CHECK(sizes.contains(QSize(size, size)));
    }
    // A picture, not an empty square: the corner is transparent, the middle is drawn.
    const QImage image = icon.pixmap(QSize(48, 48)).toImage();
    REQUIRE(image.size() == QSize(48, 48));
    CHECK(qAlpha(image.pixel(0, 0)) == 0);
    CHECK(qAlpha(image.pixel(24, 24)) == 255);
}
