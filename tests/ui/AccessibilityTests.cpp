#include "UiTestHelpers.h"
#include "common/Workspace.h"
#include "numbers/NumbersPage.h"
#include "shell/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QStackedWidget>

using namespace nm;
using namespace nm::test;

namespace {

void doAccessibleAction(QWidget* widget, const QString& action)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
    REQUIRE(iface);
    REQUIRE(iface->actionInterface());
    REQUIRE(iface->actionInterface()->actionNames().contains(action));
    iface->actionInterface()->doAction(action);
}

} // namespace

TEST_CASE("Every control on every page has a name a screen reader can announce", "[ui][a11y]")
{
    TempDatabase temp;
    createOrganisation(temp);
    Workspace workspace(temp.database(), temp.clock(), QStringLiteral("test-admin"));
    MainWindow window(workspace, nullptr);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    const QStringList unnamed = unnamedControls(&window);
    INFO(unnamed.join(QStringLiteral(", ")).toStdString());
    CHECK(unnamed.isEmpty());
}

TEST_CASE("A screen reader can tick all rows and open the purchase through accessibility actions",
          "[ui][a11y][numbers]")
{
    TempDatabase temp;
    createOrganisation(temp);
    addMember(temp, QStringLiteral("jan.devries"), QStringLiteral("Jan de Vries"));
    addMember(temp, QStringLiteral("emma.smith"), QStringLiteral("Emma Smith"));
    Workspace workspace(temp.database(), temp.clock(), QStringLiteral("test-admin"));
    MainWindow window(workspace, nullptr);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    NumbersPage* page = window.numbersPage();
    auto* assign = child<QAbstractButton>(page, QStringLiteral("assignButton"));
    REQUIRE_FALSE(assign->isEnabled());

    doAccessibleAction(child<QAbstractButton>(page, QStringLiteral("tickAllCheck")),
                       QAccessibleActionInterface::toggleAction());
    CHECK(assign->isEnabled());

    doAccessibleAction(assign, QAccessibleActionInterface::pressAction());
    // The press is an animated click: it lands a moment later.
    for (int i = 0; i < 50 && !page->openDialog(); ++i)
        QTest::qWait(20);
    auto* dialog = qobject_cast<QDialog*>(page->openDialog());
    REQUIRE(dialog);
    CHECK(dialog->objectName() == QStringLiteral("assignDialog"));
    dialog->reject();
}
