#include "BulkSetup.h"
#include "Format.h"
#include "NumbersTestFixture.h"
#include "UiTestHelpers.h"
#include "common/Banner.h"
#include "numbers/AssignDialog.h"
#include "numbers/AssigneeCompleter.h"
#include "numbers/CancelDialog.h"
#include "numbers/NumbersPage.h"
#include "numbers/ReassignDialog.h"
#include "organisation/OrganisationSettings.h"
#include "phone/PhoneNumbers.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>

using namespace nm;
using namespace nm::test;

namespace {

template <typename T> T* child(QObject* parent, const char* name)
{
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    if (!found)
        FAIL("no child named " << name);
    return found;
}

void tickRow(NumbersPage& page, int row)
{
    clickRow(page.view(), row);
    QTest::keyClick(page.view(), Qt::Key_Space);
}

// Clicks the box or its label, where a person clicks, not the empty space beside it.
void clickCheckBox(QCheckBox* box)
{
    QStyleOptionButton option;
    option.initFrom(box);
    option.text = box->text();
    const QRect clickable = box->style()->subElementRect(QStyle::SE_CheckBoxClickRect, &option, box);
    QTest::mouseClick(box, Qt::LeftButton, {}, clickable.center());
}

QString cellText(NumbersPage& page, int row, int column)
{
    return page.model()->index(row, column).data().toString();
}

// Walks the purchase up to the details page: the country chosen with the mouse, Continue.
AssignDialog* openAssignAndChooseCountry(NumbersPage& page, const QString& country)
{
    QTest::mouseClick(child<QPushButton>(&page, "assignButton"), Qt::LeftButton);
    // With a reader, the ticked rows are put in order there first.
    REQUIRE(QTest::qWaitFor([&page] { return page.openDialog() != nullptr; }));
    auto* dialog = qobject_cast<AssignDialog*>(page.openDialog());
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    CHECK(dialog->windowTitle() == QStringLiteral("Assign numbers"));
    auto* continueButton = child<QPushButton>(dialog, "continueButton");
    CHECK(continueButton->text() == QStringLiteral("Continue"));
    CHECK_FALSE(continueButton->isEnabled());
    auto* countries = child<QTableWidget>(dialog, "countryTable");
    const int row = int(dialog->countryCodes().indexOf(country));
    REQUIRE(row >= 0);
    countries->scrollToItem(countries->item(row, 0));
    QTest::mouseClick(countries->viewport(), Qt::LeftButton, {},
                      countries->visualItemRect(countries->item(row, 0)).center());
    REQUIRE(dialog->chosenCountryCode() == country);
    REQUIRE(continueButton->isEnabled());
    QTest::mouseClick(continueButton, Qt::LeftButton);
    REQUIRE(dialog->isOnDetailsPage());
    return dialog;
}

} // namespace

TEST_CASE("Assigning numbers: tick two members, buy, see them pending and then active", "[ui][numbers]")
{
    NumbersFixture f;
    f.addMember(QStringLiteral("anna.jansen"), QStringLiteral("Anna Jansen"));
    f.addMember(QStringLiteral("bram.devries"), QStringLiteral("Bram de Vries"));
    f.addMember(QStringLiteral("carla.smit"), QStringLiteral("Carla Smit"));
    NumbersPage page(f.workspace);
    page.resize(1000, 600);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    NumbersTableModel* model = page.model();
    REQUIRE(model->rowCount() == 3);
    CHECK(child<QLabel>(&page, "numbersTitle")->text() == QStringLiteral("Numbers"));

    auto* assign = child<QPushButton>(&page, "assignButton");
    CHECK(assign->text() == QStringLiteral("Assign numbers"));
    CHECK_FALSE(assign->isEnabled());
    tickRow(page, findRow(*model, QStringLiteral("Anna Jansen")));
    CHECK(assign->isEnabled());
    tickRow(page, findRow(*model, QStringLiteral("Bram de Vries")));
    CHECK(model->tickedCount() == 2);

    AssignDialog* dialog = openAssignAndChooseCountry(page, QStringLiteral("NL"));
    auto* areaCode = child<QComboBox>(dialog, "areaCodeCombo");
    areaCode->setFocus();
    QTest::keyClicks(areaCode, QStringLiteral("20"));
    CHECK(areaCode->currentData().toString() == QStringLiteral("20"));
    CHECK(areaCode->currentText().contains(QStringLiteral("Amsterdam")));
    CHECK(child<QGroupBox>(dialog, "billingGroup")->title()
          == QStringLiteral("How do you want to be billed?"));
    auto* threeMonths = child<QRadioButton>(dialog, "period3Radio");
    CHECK(threeMonths->text() == QStringLiteral("3 months"));
    QTest::mouseClick(threeMonths, Qt::LeftButton);
    REQUIRE(threeMonths->isChecked());
    // Two Dutch numbers for 3 months at 9.90 euros each, from 100.00 euros of credit.
    CHECK(child<QLabel>(dialog, "totalLabel")->text().contains(QStringLiteral("€19.80")));
    CHECK(child<QLabel>(dialog, "creditLabel")->text().contains(QStringLiteral("€80.20")));
    CHECK_FALSE(child<QPlainTextEdit>(dialog, "termsText")->toPlainText().isEmpty());

    auto* buyNow = child<QPushButton>(dialog, "buyNowButton");
    CHECK(buyNow->text() == QStringLiteral("Buy now"));
    CHECK_FALSE(buyNow->isEnabled());
    auto* agree = child<QCheckBox>(dialog, "agreeCheck");
    CHECK(agree->text() == QStringLiteral("I agree to the terms"));
    clickCheckBox(agree);
    REQUIRE(buyNow->isEnabled());
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QTest::mouseClick(buyNow, Qt::LeftButton);

    CHECK(dialog->result() == QDialog::Accepted);
    CHECK(page.banner()->text() == QStringLiteral("It can take a few minutes before the numbers appear."));
    CHECK(f.temp.scalar(QStringLiteral("SELECT credit_cents FROM organisation")).toLongLong() == 80'20);
    // Shown at once, pending; the ticks are gone with the purchase.
    REQUIRE(model->rowCount() == 3);
    const int anna = findRow(*model, QStringLiteral("Anna Jansen"));
    const int bram = findRow(*model, QStringLiteral("Bram de Vries"));
    CHECK(cellText(page, anna, NumbersTableModel::State) == QStringLiteral("Pending"));
    CHECK(cellText(page, bram, NumbersTableModel::State) == QStringLiteral("Pending"));
    CHECK(cellText(page, anna, NumbersTableModel::Number).startsWith(QStringLiteral("+31 20 ")));
    CHECK(cellText(page, findRow(*model, QStringLiteral("Carla Smit")), NumbersTableModel::Number).isEmpty());
    CHECK(model->tickedCount() == 0);
    CHECK_FALSE(assign->isEnabled());

    // Provisioning: the clock passes the delay, the workspace's processing runs, and the
    // page follows by itself, in place.
    resets.clear();
    QSignalSpy changes(model, &QAbstractItemModel::dataChanged);
    f.temp.clock().advance(OrganisationSettings::defaultProvisioningDelaySeconds + 1);
    f.workspace.processNow();
    CHECK(cellText(page, anna, NumbersTableModel::State) == QStringLiteral("Active"));
    CHECK(cellText(page, bram, NumbersTableModel::State) == QStringLiteral("Active"));
    CHECK(resets.isEmpty());
    CHECK(changes.count() >= 2);
}

TEST_CASE("Reassigning a number: pick a SIP profile from the completion and confirm", "[ui][numbers]")
{
    NumbersFixture f;
    const Member anna = f.addMember(QStringLiteral("anna.jansen"), QStringLiteral("Anna Jansen"));
    f.addSipProfile(QStringLiteral("desk-01"), QStringLiteral("Reception desk"));
    f.addSipProfile(QStringLiteral("sales-pbx"), QStringLiteral("Sales PBX"));
    const NumberRecord number = f.buyFor({AssigneeKind::Member, anna.id});
    NumbersPage page(f.workspace);
    page.resize(1000, 600);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    NumbersTableModel* model = page.model();

    auto* reassign = child<QPushButton>(&page, "reassignButton");
    CHECK(reassign->text() == QStringLiteral("Reassign a number"));
    CHECK_FALSE(reassign->isEnabled());
    // A row without a number cannot be reassigned.
    clickRow(page.view(), findRow(*model, QStringLiteral("Sales PBX")));
    CHECK_FALSE(reassign->isEnabled());
    clickRow(page.view(), findRow(*model, QStringLiteral("Anna Jansen")));
    REQUIRE(reassign->isEnabled());
    QTest::keyClick(page.view(), Qt::Key_R, Qt::ControlModifier);

    auto* dialog = qobject_cast<ReassignDialog*>(page.openDialog());
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    CHECK(dialog->windowTitle() == QStringLiteral("Reassign a number"));
    CHECK(child<QLabel>(dialog, "reassignHeading")->text() == QStringLiteral("Reassign a number"));
    CHECK(child<QLabel>(dialog, "numberLabel")->text().contains(shownAmsterdamNumber(number.e164)));
    CHECK(child<QLabel>(dialog, "currentAssigneeLabel")->text().contains(QStringLiteral("Anna Jansen")));
    auto* warning = child<QLabel>(dialog, "termsWarning");
    CHECK(warning->isVisible());
    CHECK(warning->text()
          == QStringLiteral("When you reassign a number, check that the assignment complies with the "
                            "terms you agreed to when you bought that number."));

    auto* target = child<QLineEdit>(dialog, "targetEdit");
    QTest::keyClicks(target, QStringLiteral("recep"));
    AssigneeCompleter* completer = dialog->completer();
    REQUIRE(completer->candidateCount() == 1);
    QAbstractItemView* popup = completer->popup();
    QTRY_VERIFY(popup->isVisible());
    const QModelIndex first = popup->model()->index(0, 0);
    CHECK(first.data().toString() == QStringLiteral("Reception desk (desk-01)"));
    QTest::mouseClick(popup->viewport(), Qt::LeftButton, {}, popup->visualRect(first).center());
    // The field shows the name picked, not its id (issue 12, item 15).
    CHECK(target->text() == QStringLiteral("Reception desk"));

    auto* confirm = child<QPushButton>(dialog, "confirmButton");
    CHECK(confirm->text() == QStringLiteral("Confirm"));
    QTest::keyClick(target, Qt::Key_Return);
    CHECK(dialog->result() == QDialog::Accepted);

    const int row = findRow(*model, QStringLiteral("Reception desk"), number.e164);
    REQUIRE(row >= 0);
    CHECK(cellText(page, row, NumbersTableModel::Kind) == QStringLiteral("SIP profile"));
    CHECK(
        cellText(page, findRow(*model, QStringLiteral("Anna Jansen")), NumbersTableModel::Number).isEmpty());
    CHECK(NumberService(f.temp.context()).find(number.e164)->assigneeName == QStringLiteral("desk-01"));
}

TEST_CASE("Cancelling numbers shows the expiry date, keeps nothing charged, and shows Cancelled",
          "[ui][numbers]")
{
    NumbersFixture f;
    const Member anna = f.addMember(QStringLiteral("anna.jansen"), QStringLiteral("Anna Jansen"));
    f.addMember(QStringLiteral("bram.devries"), QStringLiteral("Bram de Vries"));
    const NumberRecord number = f.buyFor({AssigneeKind::Member, anna.id});
    CHECK(OrganisationService(f.temp.context()).balanceCents().value() == 96'50);
    NumbersPage page(f.workspace);
    page.resize(1000, 600);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    NumbersTableModel* model = page.model();

    auto* cancel = child<QPushButton>(&page, "cancelNumbersButton");
    CHECK(cancel->text() == QStringLiteral("Cancel numbers"));
    tickRow(page, findRow(*model, QStringLiteral("Bram de Vries")));
    CHECK_FALSE(cancel->isEnabled()); // Bram holds no number
    tickRow(page, findRow(*model, QStringLiteral("Bram de Vries")));
    tickRow(page, findRow(*model, QStringLiteral("Anna Jansen")));
    REQUIRE(cancel->isEnabled());
    QTest::keyClick(page.view(), Qt::Key_Delete);

    auto* dialog = qobject_cast<CancelDialog*>(page.openDialog());
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    CHECK(dialog->windowTitle() == QStringLiteral("Cancel numbers"));
    const QString expires = QStringLiteral("26 December 2026"); // bought 26 November, for a month
    auto* list = child<QTreeWidget>(dialog, "numbersList");
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(0) == shownAmsterdamNumber(number.e164));
    CHECK(list->topLevelItem(0)->text(1).contains(QStringLiteral("Anna Jansen")));
    // The column says "Expires on"; the cell gives the date, not the words again.
    CHECK(list->headerItem()->text(2) == QStringLiteral("Expires on"));
    CHECK(list->topLevelItem(0)->text(2) == expires);
    CHECK(child<QLabel>(dialog, "noChargesLabel")->text()
          == QStringLiteral("No extra charges will be made."));
    auto* confirm = child<QPushButton>(dialog, "confirmButton");
    auto* keep = child<QPushButton>(dialog, "keepButton");
    CHECK(confirm->text() == QStringLiteral("Cancel numbers"));
    CHECK(keep->text() == QStringLiteral("Keep numbers"));
    CHECK_FALSE(confirm->isDefault());
    CHECK(keep->isDefault());
    QTest::mouseClick(confirm, Qt::LeftButton);
    CHECK(dialog->result() == QDialog::Accepted);

    const int row = findRow(*model, QStringLiteral("Anna Jansen"), number.e164);
    REQUIRE(row >= 0);
    CHECK(cellText(page, row, NumbersTableModel::State) == QStringLiteral("Cancelled"));
    CHECK(cellText(page, row, NumbersTableModel::ExpiresOn) == QStringLiteral("Expires on ") + expires);
    CHECK(cellText(page, row, NumbersTableModel::AutoRenew) == QStringLiteral("No"));
    CHECK(OrganisationService(f.temp.context()).balanceCents().value() == 96'50);
}

TEST_CASE("Keep numbers (Enter or Escape) in the cancel dialog changes nothing", "[ui][numbers]")
{
    NumbersFixture f;
    const Member anna = f.addMember(QStringLiteral("anna.jansen"), QStringLiteral("Anna Jansen"));
    f.buyFor({AssigneeKind::Member, anna.id});
    NumbersPage page(f.workspace);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    tickRow(page, findRow(*page.model(), QStringLiteral("Anna Jansen")));
    const QString before = f.dump();
    for (Qt::Key key : {Qt::Key_Return, Qt::Key_Escape}) {
        QTest::mouseClick(child<QPushButton>(&page, "cancelNumbersButton"), Qt::LeftButton);
        auto* dialog = qobject_cast<CancelDialog*>(page.openDialog());
        REQUIRE(dialog);
        REQUIRE(QTest::qWaitForWindowExposed(dialog));
        QTest::keyClick(dialog, key);
        CHECK(dialog->result() == QDialog::Rejected);
        CHECK_FALSE(page.openDialog());
    }
    CHECK(f.dump() == before);
}

TEST_CASE("Buying with too little credit says so in the dialog and buys nothing", "[ui][numbers]")
{
    NumbersFixture f(1'00);
    f.addMember(QStringLiteral("anna.jansen"), QStringLiteral("Anna Jansen"));
    f.addMember(QStringLiteral("bram.devries"), QStringLiteral("Bram de Vries"));
    NumbersPage page(f.workspace);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.model()->setAllTicked(true);
    const QString before = f.dump();

    AssignDialog* dialog = openAssignAndChooseCountry(page, QStringLiteral("NL"));
    CHECK(child<QLabel>(dialog, "creditLabel")->text().contains(QStringLiteral("too little")));
    clickCheckBox(child<QCheckBox>(dialog, "agreeCheck"));
    QTest::mouseClick(child<QPushButton>(dialog, "buyNowButton"), Qt::LeftButton);

    CHECK(dialog->isVisible());
    CHECK(dialog->banner()->kind() == Banner::Kind::Error);
    CHECK(dialog->banner()->text().contains(QStringLiteral("not enough credit")));
    CHECK(f.dump() == before);
    CHECK(page.model()->tickedCount() == 2);
}

TEST_CASE("Buying where the residency terms are not met names who and buys nothing", "[ui][numbers]")
{
    NumbersFixture f;
    f.addMember(QStringLiteral("anna.jansen"), QStringLiteral("Anna Jansen"));
    NumbersPage page(f.workspace);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    tickRow(page, 0);
    const QString before = f.dump();

    // Belgian numbers need an address in Belgium; Anna lives in Amsterdam.
    AssignDialog* dialog = openAssignAndChooseCountry(page, QStringLiteral("BE"));
    clickCheckBox(child<QCheckBox>(dialog, "agreeCheck"));
    QTest::keyClick(dialog, Qt::Key_Return); // Buy now is the default button
    CHECK(dialog->isVisible());
    CHECK(dialog->banner()->text().contains(QStringLiteral("Anna Jansen")));
    CHECK(dialog->banner()->text().contains(QStringLiteral("Belgium")));
    CHECK(f.dump() == before);
}

TEST_CASE("Buy now stays disabled until the terms are agreed to", "[ui][numbers]")
{
    NumbersFixture f;
    f.addMember(QStringLiteral("anna.jansen"), QStringLiteral("Anna Jansen"));
    NumbersPage page(f.workspace);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    tickRow(page, 0);
    const QString before = f.dump();

    AssignDialog* dialog = openAssignAndChooseCountry(page, QStringLiteral("NL"));
    auto* buyNow = child<QPushButton>(dialog, "buyNowButton");
    auto* agree = child<QCheckBox>(dialog, "agreeCheck");
    CHECK_FALSE(buyNow->isEnabled());
    QTest::mouseClick(buyNow, Qt::LeftButton);
    QTest::keyClick(dialog, Qt::Key_Return);
    CHECK(dialog->isVisible());
    agree->setFocus();
    QTest::keyClick(agree, Qt::Key_Space);
    CHECK(buyNow->isEnabled());
    QTest::keyClick(agree, Qt::Key_Space);
    CHECK_FALSE(buyNow->isEnabled());
    // Back and Continue again: the terms must be agreed to afresh.
    QTest::keyClick(agree, Qt::Key_Space);
    QTest::mouseClick(child<QPushButton>(dialog, "backButton"), Qt::LeftButton);
    CHECK_FALSE(dialog->isOnDetailsPage());
    QTest::mouseClick(child<QPushButton>(dialog, "continueButton"), Qt::LeftButton);
    CHECK_FALSE(agree->isChecked());
    CHECK_FALSE(buyNow->isEnabled());
    QTest::keyClick(dialog, Qt::Key_Escape);
    CHECK_FALSE(dialog->isVisible());
    CHECK(f.dump() == before);
}

TEST_CASE("Reassigning to an unknown name says so in the dialog and changes nothing", "[ui][numbers]")
{
    NumbersFixture f;
    const Member anna = f.addMember(QStringLiteral("anna.jansen"), QStringLiteral("Anna Jansen"));
    f.buyFor({AssigneeKind::Member, anna.id});
    NumbersPage page(f.workspace);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    clickRow(page.view(), 0);
    const QString before = f.dump();
    QTest::mouseClick(child<QPushButton>(&page, "reassignButton"), Qt::LeftButton);
    auto* dialog = qobject_cast<ReassignDialog*>(page.openDialog());
    REQUIRE(dialog);
    auto* target = child<QLineEdit>(dialog, "targetEdit");
    QTest::keyClicks(target, QStringLiteral("nobody at all"));
    CHECK(dialog->completer()->candidateCount() == 0);
    QTest::mouseClick(child<QPushButton>(dialog, "confirmButton"), Qt::LeftButton);
    CHECK(dialog->isVisible());
    CHECK(dialog->banner()->kind() == Banner::Kind::Error);
    CHECK(dialog->banner()->text().contains(QStringLiteral("There is no member or SIP profile called")));
    CHECK(f.dump() == before);
}

TEST_CASE("Reassigning to someone without the required residency is refused with the reason", "[ui][numbers]")
{
    NumbersFixture f;
    const Member anna = f.addMember(QStringLiteral("anna.peeters"), QStringLiteral("Anna Peeters"),
                                    QStringLiteral("BE"), QStringLiteral("Brussel"));
    f.addMember(QStringLiteral("bram.devries"), QStringLiteral("Bram de Vries"));
    const NumberRecord number
        = f.buyFor({AssigneeKind::Member, anna.id}, QStringLiteral("BE"), QStringLiteral("2"));
    NumbersPage page(f.workspace);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    clickRow(page.view(), findRow(*page.model(), QStringLiteral("Anna Peeters"), number.e164));
    const QString before = f.dump();
    QTest::keyClick(page.view(), Qt::Key_R, Qt::ControlModifier);
    auto* dialog = qobject_cast<ReassignDialog*>(page.openDialog());
    REQUIRE(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "targetEdit"), QStringLiteral("bram.devries"));
    QTest::keyClick(child<QPushButton>(dialog, "confirmButton"), Qt::Key_Space);
    CHECK(dialog->isVisible());
    CHECK(dialog->banner()->text().contains(QStringLiteral("Bram de Vries")));
    CHECK(dialog->banner()->text().contains(QStringLiteral("Belgium")));
    CHECK(f.dump() == before);
}

TEST_CASE("Searching as you type narrows the table after a short pause, and Ctrl+F goes to the search",
          "[ui][numbers]")
{
    NumbersFixture f;
    const Member anna = f.addMember(QStringLiteral("anna.jansen"), QStringLiteral("Anna Jansen"));
    f.addMember(QStringLiteral("bram.devries"), QStringLiteral("Bram de Vries"));
    f.addSipProfile(QStringLiteral("desk-01"), QStringLiteral("Reception desk"));
    const NumberRecord number = f.buyFor({AssigneeKind::Member, anna.id});
    NumbersPage page(f.workspace);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.view()->setFocus();
    QTest::keyClick(page.view(), Qt::Key_F, Qt::ControlModifier);
    auto* search = child<QLineEdit>(&page, "searchEdit");
    CHECK(search->hasFocus());
    CHECK(search->placeholderText() == QStringLiteral("Search by name or number"));

    QTest::keyClicks(search, QStringLiteral("BRAM"));
    CHECK(page.model()->rowCount() == 3); // not yet: the search waits for a pause
    QTRY_COMPARE(page.model()->rowCount(), 1);
    CHECK(page.model()->rowInfo(0).displayName == QStringLiteral("Bram de Vries"));

    // By number, as typed in the national form.
    search->clear();
    QTRY_COMPARE(page.model()->rowCount(), 3);
    QTest::keyClicks(search, formatNational(number.e164));
    QTRY_COMPARE(page.model()->rowCount(), 1);
    CHECK(page.model()->rowInfo(0).e164 == number.e164);

    search->clear();
    QTRY_COMPARE(page.model()->rowCount(), 3);
    auto* states = child<QComboBox>(&page, "stateFilter");
    CHECK(states->itemText(0) == QStringLiteral("All states"));
    states->setCurrentIndex(states->findText(QStringLiteral("Pending")));
    CHECK(page.model()->rowCount() == 1);
    states->setCurrentIndex(states->findText(QStringLiteral("Cancelled")));
    CHECK(page.model()->rowCount() == 0);
}

TEST_CASE("A purchase for many assignees shows its progress and can be stopped, buying nothing",
          "[ui][numbers]")
{
    NumbersFixture f(1'000'00);
    addManyMembers(f.temp, AssignDialog::progressThreshold + 50);
    NumbersPage page(f.workspace);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    clickCheckBox(child<QCheckBox>(&page, "tickAllCheck"));
    CHECK(page.model()->tickedCount() == 250);
    const QString before = f.dump();

    AssignDialog* dialog = openAssignAndChooseCountry(page, QStringLiteral("NL"));
    clickCheckBox(child<QCheckBox>(dialog, "agreeCheck"));
    bool sawProgress = false;
    QTimer::singleShot(0, dialog, [&] {
        if (auto* progress = dialog->findChild<QProgressDialog*>(QStringLiteral("purchaseProgress"))) {
            sawProgress = true;
            progress->cancel();
        }
    });
    QTest::mouseClick(child<QPushButton>(dialog, "buyNowButton"), Qt::LeftButton);
    CHECK(sawProgress);
    CHECK(dialog->isVisible());
    CHECK(dialog->banner()->text().contains(QStringLiteral("cancelled")));
    CHECK(f.dump() == before);
}

TEST_CASE("Cancelling many numbers shows its progress and can be stopped, changing nothing", "[ui][numbers]")
{
    NumbersFixture f(1'000'00);
    constexpr int count = 250;
    PurchaseRequest request;
    request.country = QStringLiteral("NL");
    request.areaCode = QStringLiteral("20");
    request.termsAccepted = true;
    for (int i = 0; i < count; ++i) {
        const Member member = f.addMember(QStringLiteral("member%1").arg(i, 4, 10, QLatin1Char('0')),
                                          QStringLiteral("Member %1").arg(i));
        request.assignees.push_back({AssigneeKind::Member, member.id});
    }
    REQUIRE(NumberService(f.temp.context()).buy(request));

    NumbersPage page(f.workspace);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    clickCheckBox(child<QCheckBox>(&page, "tickAllCheck"));
    QTest::mouseClick(child<QPushButton>(&page, "cancelNumbersButton"), Qt::LeftButton);
    auto* dialog = qobject_cast<CancelDialog*>(page.openDialog());
    REQUIRE(dialog);
    const QString before = f.dump();

    bool sawProgress = false;
    QTimer::singleShot(0, dialog, [&] {
        if (auto* progress = dialog->findChild<QProgressDialog*>(QStringLiteral("cancelProgress"))) {
            sawProgress = true;
            progress->cancel();
        }
    });
    QTest::mouseClick(child<QPushButton>(dialog, "confirmButton"), Qt::LeftButton);
    CHECK(sawProgress);
    CHECK(dialog->isVisible());
    CHECK(f.dump() == before);

    // Without stopping, all of them are cancelled.
    QTest::mouseClick(child<QPushButton>(dialog, "confirmButton"), Qt::LeftButton);
    CHECK(NumberService(f.temp.context()).list({NumberState::Cancelled, {}, true})->size() == size_t(count));
}

TEST_CASE(
    "Cancelling every ticked number of hundreds: the rows are gathered off the window's thread, and the "
    "dialog lists 500 of them and how many more",
    "[ui][numbers][worker]")
{
    NumbersFixture f(10'000'00);
    f.workspace.setConnectionOpener(connectionOpener(f.temp.path()));
    addManyMembers(f.temp, 600);
    PurchaseRequest request;
    request.country = QStringLiteral("NL");
    request.areaCode = QStringLiteral("20");
    request.termsAccepted = true;
    for (qint64 id = 1; id <= 600; ++id)
        request.assignees.push_back({AssigneeKind::Member, id});
    REQUIRE(NumberService(f.temp.context()).buy(request));

    NumbersPage page(f.workspace);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    clickCheckBox(child<QCheckBox>(&page, "tickAllCheck"));
    QTRY_COMPARE(page.model()->tickedCount(), 600);
    auto* cancel = child<QPushButton>(&page, "cancelNumbersButton");
    QTest::mouseClick(cancel, Qt::LeftButton);
    // Not open yet: the ticked rows are put in order on the reader's thread, and the actions
    // wait for them.
    CHECK_FALSE(page.openDialog());
    CHECK_FALSE(cancel->isEnabled());
    REQUIRE(QTest::qWaitFor([&page] { return page.openDialog() != nullptr; }));
    auto* dialog = qobject_cast<CancelDialog*>(page.openDialog());
    REQUIRE(dialog);
    CHECK(child<QLabel>(dialog, "questionLabel")->text().startsWith(QStringLiteral("Cancel 600 numbers?")));
    auto* list = child<QTreeWidget>(dialog, "numbersList");
    REQUIRE(list->topLevelItemCount() == 501);
    CHECK(list->topLevelItem(0)->text(1) == QStringLiteral("Member 0 (member0000)"));
    CHECK(list->topLevelItem(500)->text(0) == QStringLiteral("... and 100 more"));
    dialog->reject();
}

TEST_CASE("On a worker thread, a large purchase leaves the window free: stopped while it waits for "
          "another administrator it buys nothing, and then it buys",
          "[ui][numbers][worker]")
{
    NumbersFixture f(1'000'00);
    f.workspace.setConnectionOpener(connectionOpener(f.temp.path()));
    addManyMembers(f.temp, AssignDialog::progressThreshold + 50);
    NumbersPage page(f.workspace);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    clickCheckBox(child<QCheckBox>(&page, "tickAllCheck"));
    // The rows are ticked on the reader's thread; the box stays ticked meanwhile.
    CHECK(page.model()->isTickingAll());
    CHECK(child<QCheckBox>(&page, "tickAllCheck")->isChecked());
    QTRY_COMPARE(page.model()->tickedCount(), AssignDialog::progressThreshold + 50);
    CHECK_FALSE(page.model()->isTickingAll());
    const QString before = f.dump();
    AssignDialog* dialog = openAssignAndChooseCountry(page, QStringLiteral("NL"));
    clickCheckBox(child<QCheckBox>(dialog, "agreeCheck"));

    // Another administrator's long change holds the database while the purchase starts; the
    // window's thread meanwhile shows the progress, and Stop is pressed.
    std::unique_ptr<Database> other = f.temp.openAnother();
    auto holding = std::make_unique<Transaction>(other->connection());
    REQUIRE(holding->isActive());
    int ticks = 0;
    bool sawProgress = false;
    QTimer::singleShot(50, dialog, [&] {
        ++ticks;
        if (auto* progress = dialog->findChild<QProgressDialog*>(QStringLiteral("purchaseProgress"))) {
            sawProgress = true;
            progress->cancel();
        }
    });
    QTimer::singleShot(300, dialog, [&] {
        ++ticks;
        holding.reset(); // rolled back: the purchase gets its turn
    });
    QTest::mouseClick(child<QPushButton>(dialog, "buyNowButton"), Qt::LeftButton);
    CHECK(ticks == 2); // both timers ran while the purchase waited
    CHECK(sawProgress);
    CHECK(dialog->isVisible());
    CHECK(dialog->banner()->text().contains(QStringLiteral("cancelled")));
    CHECK(f.dump() == before);

    QTest::mouseClick(child<QPushButton>(dialog, "buyNowButton"), Qt::LeftButton);
    CHECK(f.temp.scalar(QStringLiteral("SELECT count(*) FROM numbers")).toInt() == 250);
}
