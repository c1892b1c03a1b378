#include "Format.h"
#include "UiTestHelpers.h"
#include "common/Banner.h"
#include "common/Workspace.h"
#include "organisation/OrganisationSettings.h"
#include "settings/SettingsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>

using namespace nm;
using namespace nm::test;

namespace {

struct SettingsFixture
{
    TempDatabase temp;
    Workspace workspace{temp.database(), temp.clock(), QStringLiteral("test-admin")};
    std::unique_ptr<SettingsPage> page;

    SettingsFixture() { createOrganisation(temp); }

    void open()
    {
        page = std::make_unique<SettingsPage>(workspace);
        page->show();
        REQUIRE(QTest::qWaitForWindowExposed(page.get()));
    }

    OrganisationSettings settings() { return OrganisationSettings(temp.database().connection()); }
};

} // namespace

TEST_CASE("Settings shows the organisation's values and Apply changes the number limit", "[ui][settings]")
{
    SettingsFixture f;
    f.open();
    auto* name = child<QLineEdit>(f.page.get(), QStringLiteral("organisationNameEdit"));
    auto* limit = child<QSpinBox>(f.page.get(), QStringLiteral("memberLimitSpin"));
    auto* delay = child<QSpinBox>(f.page.get(), QStringLiteral("provisioningDelaySpin"));
    CHECK(name->text() == QStringLiteral("Test B.V."));
    CHECK(limit->value() == 10);
    CHECK(limit->minimum() == 1);
    CHECK(limit->maximum() == 1000);
    CHECK(delay->value() == 120);
    CHECK(child<QLabel>(f.page.get(), QStringLiteral("balanceLabel"))->text() == QStringLiteral("€100.00"));

    // The provisioning delay (a simulation) is out of the way until asked for (issue 12, item 17).
    CHECK_FALSE(delay->isVisible());
    auto* advanced = child<QCheckBox>(f.page.get(), QStringLiteral("advancedCheck"));
    CHECK(advanced->text() == QStringLiteral("Show ad&vanced settings"));
    QTest::mouseClick(advanced, Qt::LeftButton, {}, QPoint(8, advanced->height() / 2));
    CHECK(delay->isVisible());

    QSignalSpy changed(&f.workspace, &Workspace::changed);
    typeInto(limit, QStringLiteral("25"));
    typeInto(delay, QStringLiteral("30"));
    click(child<QPushButton>(f.page.get(), QStringLiteral("applyButton")));

    CHECK(f.settings().memberNumberLimit() == 25);
    CHECK(f.settings().provisioningDelaySeconds() == 30);
    CHECK(changed.count() == 1);
    auto* banner = child<Banner>(f.page.get(), QStringLiteral("settingsBanner"));
    CHECK(banner->kind() == Banner::Kind::Information);
    CHECK(f.temp.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'settings.change'"))
              .toInt()
          == 2);
}

TEST_CASE("A bad organisation name shows in the banner and Apply changes nothing", "[ui][settings]")
{
    SettingsFixture f;
    f.open();
    const QString before = dumpDatabase(f.temp.database().connection());
    typeInto(child<QSpinBox>(f.page.get(), QStringLiteral("memberLimitSpin")), QStringLiteral("40"));
    auto* name = child<QLineEdit>(f.page.get(), QStringLiteral("organisationNameEdit"));
    typeInto(name, QStringLiteral("   "));
    QTest::keyClick(f.page.get(), Qt::Key_S, Qt::ControlModifier); // Ctrl+S: Apply

    auto* banner = child<Banner>(f.page.get(), QStringLiteral("settingsBanner"));
    CHECK(banner->isVisible());
    CHECK(banner->kind() == Banner::Kind::Error);
    CHECK_FALSE(banner->text().isEmpty());
    CHECK(dumpDatabase(f.temp.database().connection()) == before);
    CHECK(f.settings().memberNumberLimit() == 10);
}

TEST_CASE("Topping up the credit adds it and shows the new balance, a bad amount shows in the banner",
          "[ui][settings]")
{
    SettingsFixture f;
    f.open();
    auto* amount = child<QLineEdit>(f.page.get(), QStringLiteral("topUpEdit"));
    auto* banner = child<Banner>(f.page.get(), QStringLiteral("settingsBanner"));
    const QString before = dumpDatabase(f.temp.database().connection());

    typeInto(amount, QStringLiteral("twelve"));
    click(child<QPushButton>(f.page.get(), QStringLiteral("topUpButton")));
    CHECK(banner->kind() == Banner::Kind::Error);
    CHECK(banner->text().contains(QStringLiteral("twelve")));
    CHECK(dumpDatabase(f.temp.database().connection()) == before);

    typeInto(amount, QStringLiteral("12.50"));
    QTest::keyClick(amount, Qt::Key_Return);
    CHECK(OrganisationService(f.temp.context()).balanceCents().value() == 112'50);
    CHECK(child<QLabel>(f.page.get(), QStringLiteral("balanceLabel"))->text() == QStringLiteral("€112.50"));
    CHECK(banner->kind() == Banner::Kind::Information);
    CHECK(amount->text().isEmpty());
}

TEST_CASE("Renaming the organisation in Settings is saved", "[ui][settings]")
{
    SettingsFixture f;
    f.open();
    typeInto(child<QLineEdit>(f.page.get(), QStringLiteral("organisationNameEdit")),
             QStringLiteral("Jansen B.V."));
    click(child<QPushButton>(f.page.get(), QStringLiteral("applyButton")));
    auto organisation = OrganisationService(f.temp.context()).get();
    REQUIRE(organisation.ok());
    REQUIRE(organisation->has_value());
    CHECK((*organisation)->name == QStringLiteral("Jansen B.V."));
}

TEST_CASE("Picking a language asks for it with its code", "[ui][settings]")
{
    SettingsFixture f;
    f.open();
    auto* language = child<QComboBox>(f.page.get(), QStringLiteral("languageCombo"));
    REQUIRE(language->count() == 2);
    CHECK(f.page->currentLanguage() == QStringLiteral("en")); // the tests run in English
    QSignalSpy requested(f.page.get(), &SettingsPage::languageRequested);
    language->setFocus();
    QTest::keyClick(language, Qt::Key_Up);
    REQUIRE(requested.count() == 1);
    CHECK(requested.first().first().toString() == QStringLiteral("nl"));
    QTest::keyClick(language, Qt::Key_Down);
    REQUIRE(requested.count() == 2);
    CHECK(requested.last().first().toString() == QStringLiteral("en"));
    sendLanguageChange(f.page.get());
    CHECK(language->itemText(0) == QStringLiteral("Nederlands"));
}

TEST_CASE("The language is a field under Display, not a group and a field both named Language",
          "[ui][settings][issue12]")
{
    SettingsFixture f;
    f.open();
    auto* language = child<QComboBox>(f.page.get(), QStringLiteral("languageCombo"));
    auto* group = qobject_cast<QGroupBox*>(language->parentWidget());
    REQUIRE(group);
    CHECK(group->title() == QStringLiteral("Display"));
    auto* form = qobject_cast<QFormLayout*>(group->layout());
    REQUIRE(form);
    auto* label = qobject_cast<QLabel*>(form->labelForField(language));
    REQUIRE(label);
    CHECK(label->text() == QStringLiteral("&Language:"));
}
