#include "Format.h"
#include "UiTestHelpers.h"
#include "common/CountryComboBox.h"
#include "common/FieldErrorLabel.h"
#include "common/MessageBox.h"
#include "common/Workspace.h"
#include "phone/PhoneNumbers.h"
#include "sip/SipProfileDialog.h"
#include "sip/SipProfilesPage.h"
#include "sip/SipProfilesTableModel.h"

#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace nm;
using namespace nm::test;

namespace {

struct SipFixture
{
    TempDatabase temp;
    Workspace workspace{temp.database(), temp.clock(), QStringLiteral("test-admin")};
    std::unique_ptr<SipProfilesPage> page;
    SipProfilesTableModel* model = nullptr;
    QTableView* table = nullptr;

    void open()
    {
        page = std::make_unique<SipProfilesPage>(workspace);
        page->resize(1000, 600);
        page->show();
        REQUIRE(QTest::qWaitForWindowExposed(page.get()));
        model = page->profilesModel();
        table = child<QTableView>(page.get(), QStringLiteral("sipProfileTable"));
    }

    void clickRow(int row)
    {
        const QRect rect = table->visualRect(model->index(row, SipProfilesTableModel::Name));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        REQUIRE(page->currentRow() == row);
    }
};

} // namespace

TEST_CASE("Adding a SIP profile through the dialog shows the new row", "[ui][sip]")
{
    SipFixture f;
    f.open();
    auto tester = modelTester(f.model);

    click(child<QPushButton>(f.page.get(), QStringLiteral("addSipProfileButton")));
    SipProfileDialog* dialog = f.page->profileDialog();
    REQUIRE(dialog);
    activate(dialog);
    QSignalSpy accepted(dialog, &QDialog::accepted);
    QSignalSpy rejected(dialog, &QDialog::rejected);
    typeInto(child<QLineEdit>(dialog, QStringLiteral("profileIdEdit")), QStringLiteral("office-pbx"));
    typeInto(child<QLineEdit>(dialog, QStringLiteral("nameEdit")), QStringLiteral("Main office PBX"));
    typeInto(child<QSpinBox>(dialog, QStringLiteral("channelsSpin")), QStringLiteral("30"));
    typeInto(child<CountryComboBox>(dialog, QStringLiteral("countryCombo"))->lineEdit(),
             QStringLiteral("NL"));
    click(child<QPushButton>(dialog, QStringLiteral("saveButton")));

    CHECK(accepted.count() == 1);
    REQUIRE(f.model->rowCount() == 1);
    CHECK(f.model->profileIdAt(0) == QStringLiteral("office-pbx"));
    CHECK(f.model->index(0, SipProfilesTableModel::Channels).data().toInt() == 30);
    auto stored = SipProfileService(f.temp.context()).findByProfileId(QStringLiteral("office-pbx"));
    REQUIRE(stored.ok());
    CHECK(stored->channels == 30);
    CHECK(stored->country == QStringLiteral("NL"));
}

TEST_CASE("A SIP profile without a name shows the message next to the name and saves nothing", "[ui][sip]")
{
    SipFixture f;
    f.open();
    const QString before = dumpDatabase(f.temp.database().connection());
    click(child<QPushButton>(f.page.get(), QStringLiteral("addSipProfileButton")));
    SipProfileDialog* dialog = f.page->profileDialog();
    REQUIRE(dialog);
    activate(dialog);
    QSignalSpy accepted(dialog, &QDialog::accepted);
    QSignalSpy rejected(dialog, &QDialog::rejected);
    typeInto(child<QLineEdit>(dialog, QStringLiteral("profileIdEdit")), QStringLiteral("office-pbx"));
    typeInto(child<CountryComboBox>(dialog, QStringLiteral("countryCombo"))->lineEdit(),
             QStringLiteral("NL"));
    click(child<QPushButton>(dialog, QStringLiteral("saveButton")));

    auto* nameError = child<FieldErrorLabel>(dialog, QStringLiteral("nameError"));
    CHECK(nameError->isVisible());
    CHECK(nameError->text() == QStringLiteral("Enter a name for the SIP profile."));
    CHECK_FALSE(child<FieldErrorLabel>(dialog, QStringLiteral("profileIdError"))->isVisible());
    CHECK(dialog->isVisible());
    CHECK(dumpDatabase(f.temp.database().connection()) == before);
}

TEST_CASE("A duplicate profile id gets the core's answer next to the profile id", "[ui][sip]")
{
    SipFixture f;
    addProfile(f.temp, QStringLiteral("office-pbx"), QStringLiteral("Main office PBX"));
    f.open();
    click(child<QPushButton>(f.page.get(), QStringLiteral("addSipProfileButton")));
    SipProfileDialog* dialog = f.page->profileDialog();
    REQUIRE(dialog);
    activate(dialog);
    QSignalSpy accepted(dialog, &QDialog::accepted);
    QSignalSpy rejected(dialog, &QDialog::rejected);
    typeInto(child<QLineEdit>(dialog, QStringLiteral("profileIdEdit")), QStringLiteral("Office-PBX"));
    typeInto(child<QLineEdit>(dialog, QStringLiteral("nameEdit")), QStringLiteral("Second"));
    typeInto(child<CountryComboBox>(dialog, QStringLiteral("countryCombo"))->lineEdit(),
             QStringLiteral("NL"));
    click(child<QPushButton>(dialog, QStringLiteral("saveButton")));
    auto* error = child<FieldErrorLabel>(dialog, QStringLiteral("profileIdError"));
    CHECK(error->isVisible());
    CHECK_FALSE(error->text().isEmpty());
    CHECK(f.model->rowCount() == 1);
}

TEST_CASE("Double-clicking a SIP profile edits its channels in place", "[ui][sip]")
{
    SipFixture f;
    addProfile(f.temp, QStringLiteral("office-pbx"), QStringLiteral("Main office PBX"), 10);
    f.open();
    auto tester = modelTester(f.model);
    f.clickRow(0);
    const QRect rect = f.table->visualRect(f.model->index(0, SipProfilesTableModel::Name));
    QTest::mouseDClick(f.table->viewport(), Qt::LeftButton, {}, rect.center());

    SipProfileDialog* dialog = f.page->profileDialog();

    REQUIRE(dialog);
    activate(dialog);
    QSignalSpy accepted(dialog, &QDialog::accepted);
    QSignalSpy rejected(dialog, &QDialog::rejected);
    CHECK(dialog->isEditing());
    CHECK(child<QLineEdit>(dialog, QStringLiteral("profileIdEdit"))->isReadOnly());
    typeInto(child<QSpinBox>(dialog, QStringLiteral("channelsSpin")), QStringLiteral("120"));
    click(child<QPushButton>(dialog, QStringLiteral("saveButton")));

    CHECK(accepted.count() == 1);
    CHECK(f.model->index(0, SipProfilesTableModel::Channels).data().toInt() == 120);
    CHECK(SipProfileService(f.temp.context()).findByProfileId(QStringLiteral("office-pbx"))->channels == 120);
}

TEST_CASE("Removing a SIP profile with a number explains the cancellation, Yes cancels, No changes nothing",
          "[ui][sip]")
{
    SipFixture f;
    createOrganisation(f.temp);
    const SipProfile profile
        = addProfile(f.temp, QStringLiteral("office-pbx"), QStringLiteral("Main office PBX"));
    const NumberRecord number = buyNumber(f.temp, AssigneeKind::SipProfile, profile.id);
    f.open();
    auto tester = modelTester(f.model);
    CHECK(f.model->numberCountAt(0) == 1);

    const QString before = dumpDatabase(f.temp.database().connection());
    f.clickRow(0);
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::keyClick(f.table, Qt::Key_Delete);
    // Bought on 26 November 2026 for 3 months.
    CHECK(MessageBox::lastText().contains(QStringLiteral("26 February 2027")));
    CHECK(dumpDatabase(f.temp.database().connection()) == before);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    click(child<QPushButton>(f.page.get(), QStringLiteral("removeSipProfileButton")));
    const QString text = MessageBox::lastText();
    CHECK(text.contains(QStringLiteral("Main office PBX")));
    CHECK(text.contains(shownAmsterdamNumber(number.e164)));
    CHECK(text.contains(QStringLiteral("No extra charges will be made.")));
    CHECK(f.model->rowCount() == 0);
    CHECK(NumberService(f.temp.context()).find(number.e164)->state == NumberState::Cancelled);
    CHECK_FALSE(SipProfileService(f.temp.context()).findByProfileId(QStringLiteral("office-pbx")).ok());
}

TEST_CASE("The SIP profiles table filters and sorts and passes the model checks", "[ui][sip]")
{
    SipFixture f;
    addProfile(f.temp, QStringLiteral("support-line"), QStringLiteral("Support line"), 10);
    addProfile(f.temp, QStringLiteral("amsterdam-pbx"), QStringLiteral("Amsterdam office PBX"), 30);
    addProfile(f.temp, QStringLiteral("rotterdam-callcentre"), QStringLiteral("Rotterdam call centre"), 60);
    f.open();
    auto tester = modelTester(f.model);
    CHECK(f.model->profileIdAt(0) == QStringLiteral("amsterdam-pbx"));

    f.model->sort(SipProfilesTableModel::Channels, Qt::DescendingOrder);
    CHECK(f.model->profileIdAt(0) == QStringLiteral("rotterdam-callcentre"));
    CHECK(f.model->profileIdAt(2) == QStringLiteral("support-line"));

    auto* search = child<QLineEdit>(f.page.get(), QStringLiteral("sipProfileSearch"));
    QTest::keyClicks(search, QStringLiteral("OFFICE"));
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(f.model->rowCount() == 1);
    CHECK(f.model->profileIdAt(0) == QStringLiteral("amsterdam-pbx"));

    f.model->refresh();
    CHECK(f.model->rowCount() == 1);
    sendLanguageChange(f.page.get());
}
