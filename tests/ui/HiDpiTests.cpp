// Run by CTest as "hidpi: ..." with QT_SCALE_FACTOR=2 on an offscreen 1366x850 screen
// (screen-1366x850.json): a laptop at 200 %. Hidden from the ordinary run, whose screen
// is another size.

#include "NumbersTestFixture.h"
#include "UiTestHelpers.h"
#include "numbers/AssignDialog.h"
#include "numbers/NumbersPage.h"
#include "shell/MainWindow.h"

#include <QPushButton>
#include <QScreen>
#include <QTableWidget>

using namespace nm;
using namespace nm::test;

namespace {

// The part of `widget` a person can see: inside its window and on the screen.
bool onScreen(const QWidget* widget)
{
    const QRect global(widget->mapToGlobal(QPoint(0, 0)), widget->size());
    const QRect screen = widget->screen()->availableGeometry();
    const QRect window = widget->window()->frameGeometry();
    return widget->isVisible() && screen.contains(global) && window.contains(global);
}

} // namespace

TEST_CASE("At 200 % on a 1366x850 screen the window and the Buy dialog fit, and Buy now is on the screen",
          "[.hidpi][ui][issue12]")
{
    REQUIRE(qFuzzyCompare(QGuiApplication::primaryScreen()->devicePixelRatio(), 2.0));
    REQUIRE(QGuiApplication::primaryScreen()->availableGeometry().size() == QSize(683, 425));
    NumbersFixture f;
    f.addMember(QStringLiteral("ann.smit"), QStringLiteral("Ann"));
    MainWindow window(f.workspace, nullptr);
    window.show();
    activate(&window);
    const QRect screen = window.screen()->availableGeometry();
    CHECK(screen.contains(window.frameGeometry()));

    NumbersPage& page = *window.numbersPage();
    clickRow(page.view(), 0);
    QTest::keyClick(page.view(), Qt::Key_Space);
    click(child<QPushButton>(&page, QStringLiteral("assignButton")));
    auto* dialog = qobject_cast<AssignDialog*>(page.openDialog());
    REQUIRE(dialog);
    activate(dialog);
    CHECK(screen.contains(dialog->frameGeometry()));
    auto* countries = child<QTableWidget>(dialog, QStringLiteral("countryTable"));
    countries->selectRow(int(dialog->countryCodes().indexOf(QStringLiteral("NL"))));
    click(child<QPushButton>(dialog, QStringLiteral("continueButton")));
    auto* buyNow = child<QPushButton>(dialog, QStringLiteral("buyNowButton"));
    CHECK(onScreen(buyNow));
    CHECK(onScreen(child<QPushButton>(dialog, QStringLiteral("cancelButton"))));
}

TEST_CASE("Made as small as it goes, the main window cuts no button text", "[.hidpi][ui][issue12]")
{
    NumbersFixture f;
    MainWindow window(f.workspace, nullptr);
    window.show();
    activate(&window);
    window.resize(400, 300);
    QCoreApplication::processEvents();
    for (QPushButton* button : window.numbersPage()->findChildren<QPushButton*>()) {
        if (!button->isVisible())
            continue;
        INFO(button->objectName().toStdString()
             << ": " << button->width() << " of " << button->minimumSizeHint().width());
        CHECK(button->width() >= button->minimumSizeHint().width());
    }
}
