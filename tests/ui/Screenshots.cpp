// The README's screenshots, taken by hand under Xvfb (hidden from the test run):
//   NM_SCREENSHOT_DIR=resources/screenshots xvfb-run -a -s "-screen 0 1600x1000x24"
//   env QT_QPA_PLATFORM=xcb build/ci/tests/nm_ui_tests "[screenshots]"

#include "Translations.h"
#include "UiTestHelpers.h"
#include "common/Workspace.h"
#include "credit/CreditPage.h"
#include "demo/DemoOrganisation.h"
#include "help/GuideDialog.h"
#include "numbers/NumbersPage.h"
#include "numbers/NumbersTableModel.h"
#include "shell/MainWindow.h"

#include <QDir>
#include <QTableView>

using namespace nm;
using namespace nm::test;

TEST_CASE("Screenshots of the Numbers page with details, the Credit page and the guide", "[.screenshots]")
{
    const QString folder = qEnvironmentVariable("NM_SCREENSHOT_DIR");
    if (folder.isEmpty())
        FAIL("Set NM_SCREENSHOT_DIR to the folder for the screenshots.");
    LanguageGuard guard;
    TempDatabase temp;
    REQUIRE(DemoOrganisation::load(temp.context()));
    Workspace workspace(temp.database(), temp.clock(), QStringLiteral("j.devries"));
    MainWindow window(workspace, nullptr);
    window.resize(1400, 820);
    window.show();
    activate(&window);
    const auto settle = [] {
        for (int i = 0; i < 5; ++i) {
            QCoreApplication::processEvents();
            QTest::qWait(50);
        }
    };
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("nl")}) {
        applyLanguage(language);
        settle();
        window.showFeature(MainWindow::Feature::Numbers);
        NumbersPage& page = *window.numbersPage();
        // A row with a number, for the details pane.
        for (int row = 0; row < page.model()->rowCount(); ++row)
            if (page.model()->rowInfo(row).hasNumber()) {
                page.view()->selectRow(row);
                break;
            }
        settle();
        REQUIRE(
            window.grab().save(QDir(folder).filePath(QStringLiteral("numbers-page-%1.png").arg(language))));
        window.showSection(MainWindow::Section::Credit);
        settle();
        REQUIRE(
            window.grab().save(QDir(folder).filePath(QStringLiteral("credit-page-%1.png").arg(language))));
        GuideDialog guide(&window);
        guide.resize(640, 720);
        guide.show();
        settle();
        REQUIRE(guide.grab().save(QDir(folder).filePath(QStringLiteral("guide-%1.png").arg(language))));
    }
}
