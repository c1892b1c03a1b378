#include "Format.h"
#include "UiTestHelpers.h"
#include "Validation.h"
#include "common/CountryComboBox.h"
#include "common/FieldErrorLabel.h"
#include "common/MessageBox.h"
#include "common/Workspace.h"
#include "members/MemberDialog.h"
#include "members/MembersPage.h"
#include "members/MembersTableModel.h"
#include "phone/PhoneNumbers.h"

#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTimeZone>

using namespace nm;
using namespace nm::test;

namespace {

struct MembersFixture
{
    TempDatabase temp;
    Workspace workspace{temp.database(), temp.clock(), QStringLiteral("test-admin")};
    std::unique_ptr<MembersPage> page;
    MembersTableModel* model = nullptr;
    QTableView* table = nullptr;

    void open()
    {
        page = std::make_unique<MembersPage>(workspace);
        page->resize(1000, 600);
        page->show();
        REQUIRE(QTest::qWaitForWindowExposed(page.get()));
        model = page->membersModel();
        table = child<QTableView>(page.get(), QStringLiteral("memberTable"));
    }

    void clickRow(int row)
    {
        const QRect rect = table->visualRect(model->index(row, MembersTableModel::DisplayName));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        REQUIRE(page->currentRow() == row);
    }

    QStringList accountNames() const
    {
        QStringList names;
        for (int row = 0; row < model->rowCount(); ++row)
            names << model->accountNameAt(row);
        return names;
    }

    MemberDialog* openAddDialog()
    {
        click(child<QPushButton>(page.get(), QStringLiteral("addMemberButton")));
        MemberDialog* dialog = page->memberDialog();
        REQUIRE(dialog);
        REQUIRE(dialog->isVisible());
        activate(dialog);
        return dialog;
    }
};

void fillMember(MemberDialog* dialog, const QString& account, const QString& displayName,
                const QString& email, const QString& country, const QString& city)
{
    typeInto(child<QLineEdit>(dialog, QStringLiteral("accountEdit")), account);
    typeInto(child<QLineEdit>(dialog, QStringLiteral("displayNameEdit")), displayName);
    typeInto(child<QLineEdit>(dialog, QStringLiteral("emailEdit")), email);
    typeInto(child<CountryComboBox>(dialog, QStringLiteral("countryCombo"))->lineEdit(), country);
    typeInto(child<QLineEdit>(dialog, QStringLiteral("cityEdit")), city);
}

} // namespace

TEST_CASE("Adding a member through the dialog shows the new row in the table", "[ui][members]")
{
    MembersFixture f;
    f.open();
    auto tester = modelTester(f.model);
    CHECK(f.model->rowCount() == 0);

    MemberDialog* dialog = f.openAddDialog();
    QSignalSpy accepted(dialog, &QDialog::accepted);
    QSignalSpy rejected(dialog, &QDialog::rejected);

    fillMember(dialog, QStringLiteral("jan.devries"), QStringLiteral("Jan de Vries"),
               QStringLiteral("jan@example.nl"), QStringLiteral("nl"), QStringLiteral("Delft"));
    click(child<QPushButton>(dialog, QStringLiteral("saveButton")));

    CHECK(accepted.count() == 1);
    REQUIRE(f.model->rowCount() == 1);
    CHECK(f.model->accountNameAt(0) == QStringLiteral("jan.devries"));
    CHECK(f.model->index(0, MembersTableModel::Country).data().toString() == QStringLiteral("NL"));
    CHECK(f.model->index(0, MembersTableModel::City).data().toString() == QStringLiteral("Delft"));
    CHECK(f.model->numberCountAt(0) == 0);
    auto stored = MemberService(f.temp.context()).findByAccountName(QStringLiteral("jan.devries"));
    REQUIRE(stored.ok());
    CHECK(stored->email == QStringLiteral("jan@example.nl"));
    CHECK(child<QLabel>(f.page.get(), QStringLiteral("memberCount"))
              ->text()
              .startsWith(QStringLiteral("1 member")));
}

TEST_CASE("A bad e-mail shows the message next to the e-mail field and saves nothing", "[ui][members]")
{
    MembersFixture f;
    f.open();
    const QString before = dumpDatabase(f.temp.database().connection());

    MemberDialog* dialog = f.openAddDialog();
    QSignalSpy accepted(dialog, &QDialog::accepted);
    QSignalSpy rejected(dialog, &QDialog::rejected);

    fillMember(dialog, QStringLiteral("jan.devries"), QStringLiteral("Jan de Vries"),
               QStringLiteral("jan@example"), QStringLiteral("NL"), QStringLiteral("Delft"));
    click(child<QPushButton>(dialog, QStringLiteral("saveButton")));

    auto* emailError = child<FieldErrorLabel>(dialog, QStringLiteral("emailError"));
    CHECK(emailError->isVisible());
    CHECK(emailError->text()
          == QStringLiteral(
              "The e-mail address \"jan@example\" is not valid. Enter an address such as name@example.com."));
    CHECK(child<QLineEdit>(dialog, QStringLiteral("emailEdit"))->accessibleDescription()
          == emailError->text());
    for (const QString& other : {QStringLiteral("accountError"), QStringLiteral("displayNameError"),
                                 QStringLiteral("countryError"), QStringLiteral("cityError")})
        CHECK_FALSE(child<FieldErrorLabel>(dialog, other)->isVisible());
    CHECK(dialog->isVisible());
    CHECK(dumpDatabase(f.temp.database().connection()) == before);
    CHECK(f.model->rowCount() == 0);
}

TEST_CASE("Field problems are shown as the administrator types and go away when fixed", "[ui][members]")
{
    MembersFixture f;
    f.open();
    MemberDialog* dialog = f.openAddDialog();
    QSignalSpy accepted(dialog, &QDialog::accepted);
    QSignalSpy rejected(dialog, &QDialog::rejected);
    auto* account = child<QLineEdit>(dialog, QStringLiteral("accountEdit"));
    auto* accountError = child<FieldErrorLabel>(dialog, QStringLiteral("accountError"));

    typeInto(account, QStringLiteral("1abc"));
    QTest::keyClick(account, Qt::Key_Tab); // leaving the field checks it
    CHECK(accountError->isVisible());
    CHECK(
        accountError->text()
        == QStringLiteral("The account name \"1abc\" is too short: an account name has 6 to 32 characters."));

    typeInto(account, QStringLiteral("jan.devries"));
    CHECK_FALSE(accountError->isVisible());

    auto* country = child<CountryComboBox>(dialog, QStringLiteral("countryCombo"));
    typeInto(country->lineEdit(), QStringLiteral("XX"));
    click(child<QPushButton>(dialog, QStringLiteral("saveButton")));
    auto* countryError = child<FieldErrorLabel>(dialog, QStringLiteral("countryError"));
    CHECK(countryError->isVisible());
    CHECK(countryError->text()
          == QStringLiteral(
              "\"XX\" is not a country in the list: pick one, or type its name or two-letter code, "
              "such as NL."));
    typeInto(country->lineEdit(), QStringLiteral("GB"));
    CHECK_FALSE(countryError->isVisible());
}

TEST_CASE("A duplicate account name gets the core's answer next to the account field", "[ui][members]")
{
    MembersFixture f;
    addMember(f.temp, QStringLiteral("jan.devries"), QStringLiteral("Jan de Vries"));
    f.open();
    const QString before = dumpDatabase(f.temp.database().connection());

    MemberDialog* dialog = f.openAddDialog();
    QSignalSpy accepted(dialog, &QDialog::accepted);
    QSignalSpy rejected(dialog, &QDialog::rejected);

    fillMember(dialog, QStringLiteral("JAN.DEVRIES"), QStringLiteral("Another Jan"),
               QStringLiteral("jan2@example.nl"), QStringLiteral("NL"), QString());
    click(child<QPushButton>(dialog, QStringLiteral("saveButton")));

    auto* accountError = child<FieldErrorLabel>(dialog, QStringLiteral("accountError"));
    CHECK(accountError->isVisible());
    CHECK(accountError->text().contains(QStringLiteral("already in use")));
    CHECK(dialog->isVisible());
    CHECK(dumpDatabase(f.temp.database().connection()) == before);
}

TEST_CASE("Enter on a selected member edits it and the row changes in place", "[ui][members]")
{
    MembersFixture f;
    addMember(f.temp, QStringLiteral("anna.peters"), QStringLiteral("Anna Peters"));
    addMember(f.temp, QStringLiteral("jan.devries"), QStringLiteral("Jan de Vries"), QStringLiteral("Delft"));
    f.open();
    auto tester = modelTester(f.model);
    f.clickRow(1);
    QTest::keyClick(f.table, Qt::Key_Return);

    MemberDialog* dialog = f.page->memberDialog();

    REQUIRE(dialog);
    activate(dialog);
    QSignalSpy accepted(dialog, &QDialog::accepted);
    QSignalSpy rejected(dialog, &QDialog::rejected);
    CHECK(dialog->isEditing());
    auto* account = child<QLineEdit>(dialog, QStringLiteral("accountEdit"));
    CHECK(account->text() == QStringLiteral("jan.devries"));
    CHECK(account->isReadOnly());
    typeInto(child<QLineEdit>(dialog, QStringLiteral("cityEdit")), QStringLiteral("Leiden"));
    QTest::keyClick(dialog, Qt::Key_Return); // Save is the default button

    CHECK(accepted.count() == 1);
    CHECK(f.model->index(1, MembersTableModel::City).data().toString() == QStringLiteral("Leiden"));
    CHECK(f.page->currentRow() == 1); // refreshed in place: the selection survived
    CHECK(MemberService(f.temp.context()).findByAccountName(QStringLiteral("jan.devries"))->city
          == QStringLiteral("Leiden"));
}

TEST_CASE("Escape closes the member dialog without saving", "[ui][members]")
{
    MembersFixture f;
    f.open();
    const QString before = dumpDatabase(f.temp.database().connection());
    QTest::keyClick(f.table, Qt::Key_N, Qt::ControlModifier); // Ctrl+N: Add member
    MemberDialog* dialog = f.page->memberDialog();
    REQUIRE(dialog);
    activate(dialog);
    QSignalSpy accepted(dialog, &QDialog::accepted);
    QSignalSpy rejected(dialog, &QDialog::rejected);
    fillMember(dialog, QStringLiteral("jan.devries"), QStringLiteral("Jan de Vries"),
               QStringLiteral("jan@example.nl"), QStringLiteral("NL"), QString());
    QTest::keyClick(dialog, Qt::Key_Escape);
    CHECK(rejected.count() == 1);
    CHECK(dumpDatabase(f.temp.database().connection()) == before);
}

TEST_CASE("Removing a member with a number explains the cancellation and, answered Yes, cancels it",
          "[ui][members]")
{
    MembersFixture f;
    createOrganisation(f.temp);
    const Member jan = addMember(f.temp, QStringLiteral("jan.devries"), QStringLiteral("Jan de Vries"));
    const NumberRecord number = buyNumber(f.temp, AssigneeKind::Member, jan.id);
    f.open();
    auto tester = modelTester(f.model);
    CHECK(f.model->numberCountAt(0) == 1);

    f.clickRow(0);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(f.table, Qt::Key_Delete);

    const QString text = MessageBox::lastText();
    CHECK(text.contains(QStringLiteral("Jan de Vries")));
    CHECK(text.contains(shownAmsterdamNumber(number.e164)));
    CHECK(text.contains(QStringLiteral("26 February 2027"))); // bought 26 November 2026, for 3 months
    CHECK(text.contains(QStringLiteral("No extra charges will be made.")));
    CHECK(f.model->rowCount() == 0);
    CHECK_FALSE(MemberService(f.temp.context()).findByAccountName(QStringLiteral("jan.devries")).ok());
    auto after = NumberService(f.temp.context()).find(number.e164);
    REQUIRE(after.ok());
    CHECK(after->state == NumberState::Cancelled);
    CHECK(after->paidUntil == QDateTime(QDate(2027, 2, 26), QTime(9, 0), QTimeZone::utc()));
}

TEST_CASE("Removing a member answered No changes nothing", "[ui][members]")
{
    MembersFixture f;
    createOrganisation(f.temp);
    const Member jan = addMember(f.temp, QStringLiteral("jan.devries"), QStringLiteral("Jan de Vries"));
    buyNumber(f.temp, AssigneeKind::Member, jan.id);
    f.open();
    const QString before = dumpDatabase(f.temp.database().connection());

    f.clickRow(0);
    MessageBox::setNextAnswer(QMessageBox::No);
    click(child<QPushButton>(f.page.get(), QStringLiteral("removeMemberButton")));

    CHECK(MessageBox::lastText().contains(QStringLiteral("No extra charges will be made.")));
    CHECK(dumpDatabase(f.temp.database().connection()) == before);
    CHECK(f.model->rowCount() == 1);
}

TEST_CASE("Removing a member without numbers asks a simple confirmation", "[ui][members]")
{
    MembersFixture f;
    addMember(f.temp, QStringLiteral("jan.devries"), QStringLiteral("Jan de Vries"));
    f.open();
    f.clickRow(0);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(f.table, Qt::Key_Delete);
    CHECK(MessageBox::lastText() == QStringLiteral("Remove the member Jan de Vries (jan.devries)?"));
    CHECK(f.model->rowCount() == 0);
}

TEST_CASE("The members table filters and sorts in the database and passes the model checks", "[ui][members]")
{
    MembersFixture f;
    addMember(f.temp, QStringLiteral("daan.bakker"), QStringLiteral("Daan Bakker"),
              QStringLiteral("Rotterdam"));
    addMember(f.temp, QStringLiteral("anna.peters"), QStringLiteral("Anna Peters"),
              QStringLiteral("Utrecht"));
    addMember(f.temp, QStringLiteral("emma.visser"), QStringLiteral("Emma Visser"),
              QStringLiteral("Rotterdam"));
    f.open();
    auto tester = modelTester(f.model);
    CHECK(f.accountNames()
          == QStringList{QStringLiteral("anna.peters"), QStringLiteral("daan.bakker"),
                         QStringLiteral("emma.visser")});

    // Clicking the header sorts descending, then by display name.
    f.table->horizontalHeader()->setSortIndicator(MembersTableModel::AccountName, Qt::DescendingOrder);
    CHECK(f.accountNames()
          == QStringList{QStringLiteral("emma.visser"), QStringLiteral("daan.bakker"),
                         QStringLiteral("anna.peters")});

    // Ctrl+F goes to the search field; the text is matched in the city too.
    QTest::keyClick(f.table, Qt::Key_F, Qt::ControlModifier);
    auto* search = child<QLineEdit>(f.page.get(), QStringLiteral("memberSearch"));
    CHECK(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("rotter"));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(f.accountNames() == QStringList{QStringLiteral("emma.visser"), QStringLiteral("daan.bakker")});

    // A change elsewhere refreshes the filtered table.
    addMember(f.temp, QStringLiteral("fleur.bos"), QStringLiteral("Fleur Bos"), QStringLiteral("Rotterdam"));
    f.workspace.notifyChanged(Workspace::Members);
    CHECK(f.accountNames()
          == QStringList{QStringLiteral("fleur.bos"), QStringLiteral("emma.visser"),
                         QStringLiteral("daan.bakker")});

    // The debounced search applies by itself shortly after typing.
    search->clear();
    QTRY_COMPARE_WITH_TIMEOUT(f.model->rowCount(), 4, 2000);
    CHECK(f.model->totalCount() == 4);

    sendLanguageChange(f.page.get());
    CHECK(f.model->headerData(MembersTableModel::Email, Qt::Horizontal).toString()
          == QStringLiteral("E-mail"));
}

TEST_CASE("With reader threads, the member list is searched and counted off the window's thread, and says so "
          "meanwhile",
          "[ui][members][worker]")
{
    MembersFixture f;
    f.workspace.setConnectionOpener(connectionOpener(f.temp.path()));
    addManyMembers(f.temp, 600);
    f.open();
    auto* count = child<QLabel>(f.page.get(), QStringLiteral("memberCount"));
    auto* search = child<QLineEdit>(f.page.get(), QStringLiteral("memberSearch"));

    // A search: the rows are read on the reader's thread, and the table keeps its rows until then.
    const int shownBefore = f.model->rowCount();
    QTest::keyClicks(search, QStringLiteral("member01"));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(f.model->isLoading());
    CHECK(count->text() == QStringLiteral("reading rows..."));
    CHECK(f.model->rowCount() == shownBefore);
    QTRY_COMPARE(count->text(), QStringLiteral("100 members"));
    CHECK(f.accountNames().first() == QStringLiteral("member0100"));
    CHECK(f.accountNames().last() == QStringLiteral("member0199"));

    // All 600 again: more than a page, counted on the other reader's thread.
    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(!f.model->isLoading());
    CHECK((count->text() == QStringLiteral("counting rows...")
           || count->text() == QStringLiteral("600 members")));
    QTRY_COMPARE(count->text(), QStringLiteral("600 members"));
    CHECK(f.model->rowCount() == 256);
}
