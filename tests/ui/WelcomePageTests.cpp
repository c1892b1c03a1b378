#include "UiTestHelpers.h"
#include "common/Banner.h"
#include "common/MessageBox.h"
#include "common/Workspace.h"
#include "firstrun/WelcomePage.h"

#include <QFileInfo>
#include <QPushButton>
#include <QSignalSpy>

using namespace nm;
using namespace nm::test;

TEST_CASE("An empty database shows the welcome page, Load demo organisation fills it and finishes",
          "[ui][firstrun]")
{
    TempDatabase temp;
    Workspace workspace(temp.database(), temp.clock(), QStringLiteral("test-admin"));
    REQUIRE(WelcomePage::isNeeded(workspace));
    WelcomePage page(workspace);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    QSignalSpy finished(&page, &WelcomePage::finished);

    // Asked first; No leaves the database empty (issue 12, item 16).
    MessageBox::setNextAnswer(QMessageBox::No);
    click(child<QPushButton>(&page, QStringLiteral("loadDemoButton")));
    CHECK(MessageBox::lastText().startsWith(QStringLiteral("Load the demo organisation into ")
                                            + QFileInfo(temp.path()).fileName() + QStringLiteral("?")));
    CHECK(finished.count() == 0);
    CHECK(WelcomePage::isNeeded(workspace));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    click(child<QPushButton>(&page, QStringLiteral("loadDemoButton")));

    CHECK(finished.count() == 1);
    CHECK_FALSE(WelcomePage::isNeeded(workspace));
    const int members
        = temp.scalar(QStringLiteral("SELECT count(*) FROM members WHERE status = 'active'")).toInt();
    CHECK(members >= 45);
    CHECK(members <= 55);
    CHECK(temp.scalar(QStringLiteral("SELECT count(*) FROM sip_profiles")).toInt() == 3);
    CHECK(temp.scalar(QStringLiteral("SELECT count(*) FROM numbers")).toInt() >= 12);
    CHECK(temp.scalar(QStringLiteral("SELECT count(DISTINCT state) FROM numbers")).toInt() >= 3);
}

TEST_CASE("Creating an organisation on the welcome page finishes, an empty name is refused", "[ui][firstrun]")
{
    TempDatabase temp;
    Workspace workspace(temp.database(), temp.clock(), QStringLiteral("test-admin"));
    WelcomePage page(workspace);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    QSignalSpy finished(&page, &WelcomePage::finished);
    auto* create = child<QPushButton>(&page, QStringLiteral("createOrganisationButton"));

    click(create);
    CHECK(finished.count() == 0);
    auto* banner = child<Banner>(&page, QStringLiteral("welcomeBanner"));
    CHECK(banner->kind() == Banner::Kind::Error);
    CHECK_FALSE(banner->text().isEmpty());
    CHECK(WelcomePage::isNeeded(workspace));

    auto* name = child<QLineEdit>(&page, QStringLiteral("organisationNameEdit"));
    typeInto(name, QStringLiteral("Jansen B.V."));
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::keyClick(name, Qt::Key_Return);
    CHECK(MessageBox::lastText().startsWith(QStringLiteral("Create the organisation \"Jansen B.V.\" in ")));
    CHECK(finished.count() == 0);
    CHECK(WelcomePage::isNeeded(workspace));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(name, Qt::Key_Return);
    CHECK(finished.count() == 1);
    auto organisation = OrganisationService(temp.context()).get();
    REQUIRE(organisation.ok());
    REQUIRE(organisation->has_value());
    CHECK((*organisation)->name == QStringLiteral("Jansen B.V."));
    sendLanguageChange(&page);
}

TEST_CASE("Loading the demo organisation into a database with members is refused on the welcome page",
          "[ui][firstrun]")
{
    TempDatabase temp;
    addMember(temp, QStringLiteral("jan.devries"), QStringLiteral("Jan de Vries"));
    Workspace workspace(temp.database(), temp.clock(), QStringLiteral("test-admin"));
    WelcomePage page(workspace);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    QSignalSpy finished(&page, &WelcomePage::finished);
    const QString before = dumpDatabase(temp.database().connection());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    click(child<QPushButton>(&page, QStringLiteral("loadDemoButton")));
    CHECK(finished.count() == 0);
    CHECK(child<Banner>(&page, QStringLiteral("welcomeBanner"))->kind() == Banner::Kind::Error);
    CHECK(dumpDatabase(temp.database().connection()) == before);
}
