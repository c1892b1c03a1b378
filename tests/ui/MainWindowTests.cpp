#include "TestSupport.h"

#include "shell/MainWindow.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QTest>
#include <QToolBar>

using namespace nm;
using namespace nm::test;

TEST_CASE("The main window shows the toolbar sections and the Features menu", "[ui][shell]")
{
    TempDatabase temp;
    MainWindow window(temp.database());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    auto* toolBar = window.findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    REQUIRE(toolBar);
    QStringList texts;
    for (QAction* action : toolBar->actions())
        texts << action->text();
    CHECK(texts == QStringList{QStringLiteral("&Features"), QStringLiteral("&Members"), QStringLiteral("&Settings")});

    auto* menu = window.findChild<QListWidget*>(QStringLiteral("featureMenu"));
    REQUIRE(menu);
    REQUIRE(menu->count() == 2);
    CHECK(menu->item(0)->text() == QStringLiteral("Numbers"));
    CHECK(menu->item(1)->text() == QStringLiteral("SIP profiles"));
    CHECK(window.currentSection() == MainWindow::Section::Features);
    CHECK(window.currentFeature() == MainWindow::Feature::Numbers);

    auto* label = window.findChild<QLabel*>(QStringLiteral("databaseLabel"));
    REQUIRE(label);
    CHECK(label->text().contains(QDir::toNativeSeparators(temp.path())));
}

TEST_CASE("Clicking the toolbar and the Features menu switches pages", "[ui][shell]")
{
    TempDatabase temp;
    MainWindow window(temp.database());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    auto* members = window.findChild<QAction*>(QStringLiteral("membersAction"));
    REQUIRE(members);
    members->trigger();
    CHECK(window.currentSection() == MainWindow::Section::Members);

    // The keyboard reaches the sections too.
    QTest::keyClick(&window, Qt::Key_1, Qt::AltModifier);
    CHECK(window.currentSection() == MainWindow::Section::Features);

    auto* menu = window.findChild<QListWidget*>(QStringLiteral("featureMenu"));
    REQUIRE(menu);
    const QRect second = menu->visualItemRect(menu->item(1));
    QTest::mouseClick(menu->viewport(), Qt::LeftButton, {}, second.center());
    CHECK(window.currentFeature() == MainWindow::Feature::SipProfiles);
}
