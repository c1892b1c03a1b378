// What a new administrator met in the desktop program (issue 12), each as they would
// see it: the visible selection, the keyboard, the texts.

#include "Format.h"
#include "NumbersTestFixture.h"
#include "Translations.h"
#include "UiTestHelpers.h"
#include "UserPreferences.h"
#include "common/Banner.h"
#include "common/CountryComboBox.h"
#include "common/FieldErrorLabel.h"
#include "common/MessageBox.h"
#include "credit/CreditPage.h"
#include "credit/LedgerTableModel.h"
#include "help/AboutDialog.h"
#include "help/GuideDialog.h"
#include "history/HistoryPage.h"
#include "history/HistoryTableModel.h"
#include "io/DataActions.h"
#include "members/MemberDialog.h"
#include "members/MembersPage.h"
#include "members/MembersTableModel.h"
#include "numbers/AssignDialog.h"
#include "numbers/AssigneeCompleter.h"
#include "numbers/NumberDetailsPane.h"
#include "numbers/NumberProcessor.h"
#include "numbers/NumbersPage.h"
#include "numbers/ReassignDialog.h"
#include "shell/MainWindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTimeZone>

using namespace nm;
using namespace nm::test;

namespace {

struct Window
{
    NumbersFixture fixture;
    std::unique_ptr<MainWindow> window;

    Window()
    {
        window = std::make_unique<MainWindow>(fixture.workspace, nullptr);
        window->show();
        activate(window.get());
    }
    NumbersPage& numbers() const { return *window->numbersPage(); }
};

} // namespace

TEST_CASE("After sorting with no row visibly selected, Reassign a number stays disabled", "[ui][issue12]")
{
    Window w;
    const Member ann = w.fixture.addMember(QStringLiteral("ann.smit"), QStringLiteral("Ann"));
    const Member bob = w.fixture.addMember(QStringLiteral("bob.smit"), QStringLiteral("Bob"));
    w.fixture.buyFor({AssigneeKind::Member, ann.id});
    w.fixture.buyFor({AssigneeKind::Member, bob.id});
    w.fixture.workspace.notifyChanged(Workspace::Numbers);
    NumbersPage& page = w.numbers();
    auto* reassign = child<QPushButton>(&page, QStringLiteral("reassignButton"));

    clickRow(page.view(), 1);
    CHECK(reassign->isEnabled());
    // A click on the Name header sorts the other way; the rows move, nothing is selected.
    QHeaderView* header = page.view()->horizontalHeader();
    QTest::mouseClick(
        header->viewport(), Qt::LeftButton, {},
        QPoint(header->sectionViewportPosition(NumbersTableModel::Name) + 10, header->height() / 2));
    page.view()->setFocus();
    REQUIRE(page.model()->rowInfo(0).displayName == QStringLiteral("Bob"));
    CHECK(page.view()->selectionModel()->selectedRows().isEmpty());
    CHECK_FALSE(reassign->isEnabled());
    // Ctrl+R and Enter do nothing either: no dialog opens on the first row.
    QTest::keyClick(page.view(), Qt::Key_R, Qt::ControlModifier);
    QTest::keyClick(page.view(), Qt::Key_Return);
    CHECK(page.openDialog() == nullptr);

    clickRow(page.view(), 0);
    CHECK(reassign->isEnabled());
}

TEST_CASE("Enter and double-click on a number row open Reassign a number for that number", "[ui][issue12]")
{
    Window w;
    const Member ann = w.fixture.addMember(QStringLiteral("ann.smit"), QStringLiteral("Ann"));
    w.fixture.addMember(QStringLiteral("bob.smit"), QStringLiteral("Bob"));
    const NumberRecord number = w.fixture.buyFor({AssigneeKind::Member, ann.id});
    w.fixture.workspace.notifyChanged(Workspace::Numbers);
    NumbersPage& page = w.numbers();

    // Bob's row has no number: Enter opens nothing.
    clickRow(page.view(), 1);
    QTest::keyClick(page.view(), Qt::Key_Return);
    CHECK(page.openDialog() == nullptr);

    clickRow(page.view(), 0);
    QTest::keyClick(page.view(), Qt::Key_Return);
    auto* dialog = qobject_cast<ReassignDialog*>(page.openDialog());
    REQUIRE(dialog);
    CHECK(dialog->windowTitle() == QStringLiteral("Reassign a number"));
    dialog->reject();
    REQUIRE(QTest::qWaitFor([&] { return page.openDialog() == nullptr; }));

    // A double-click is a click and then a double-click event, on the same cell.
    clickRow(page.view(), 0, NumbersTableModel::Number);
    const QModelIndex first = page.model()->index(0, NumbersTableModel::Number);
    QTest::mouseDClick(page.view()->viewport(), Qt::LeftButton, {}, page.view()->visualRect(first).center());
    dialog = qobject_cast<ReassignDialog*>(page.openDialog());
    REQUIRE(dialog);
    CHECK(child<QLabel>(dialog, QStringLiteral("numberLabel"))->text()
          == QStringLiteral("Number: ") + shownAmsterdamNumber(number.e164));
}

TEST_CASE("Ctrl+F and Ctrl+N work from the Features menu", "[ui][issue12]")
{
    Window w;
    w.fixture.addMember(QStringLiteral("ann.smit"), QStringLiteral("Ann"));
    w.fixture.workspace.notifyChanged(Workspace::Members);
    auto* menu = child<QListWidget>(w.window.get(), QStringLiteral("featureMenu"));
    NumbersPage& page = w.numbers();
    auto* search = child<QLineEdit>(&page, QStringLiteral("searchEdit"));

    menu->setFocus();
    QTest::keyClick(menu, Qt::Key_F, Qt::ControlModifier);
    CHECK(search->hasFocus());

    // Ctrl+N buys for the ticked rows, also from the menu.
    clickRow(page.view(), 0);
    QTest::keyClick(page.view(), Qt::Key_Space);
    menu->setFocus();
    QTest::keyClick(menu, Qt::Key_N, Qt::ControlModifier);
    REQUIRE(page.openDialog());
    CHECK(page.openDialog()->windowTitle() == QStringLiteral("Assign numbers"));
    page.openDialog()->reject();
    REQUIRE(QTest::qWaitFor([&] { return page.openDialog() == nullptr; }));

    // On SIP profiles, Ctrl+N from the menu adds a SIP profile instead.
    menu->setCurrentRow(1);
    menu->setFocus();
    QTest::keyClick(menu, Qt::Key_N, Qt::ControlModifier);
    CHECK(page.openDialog() == nullptr);
    QDialog* added = w.window->findChild<QDialog*>(QStringLiteral("sipProfileDialog"));
    REQUIRE(added);
    CHECK(added->isVisible());
}

TEST_CASE("Ctrl+End and the scroll bar dragged to the bottom reach the last of 20,000 members",
          "[ui][issue12]")
{
    NumbersFixture fixture(0);
    addManyMembers(fixture.temp, 20'000);
    MembersPage page(fixture.workspace);
    page.resize(800, 500);
    page.show();
    activate(&page);
    QTableView* table = page.table();
    // Sorted by account name: member0000 ... member19999.
    table->setFocus();
    clickRow(table, 0, 0);
    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    CHECK(table->currentIndex().row() == 20'000 - 1);
    CHECK(table->currentIndex().siblingAtColumn(0).data().toString() == QStringLiteral("member19999"));

    // Tab leaves the table for the next control instead of walking its cells.
    QTest::keyClick(table, Qt::Key_Tab);
    CHECK_FALSE(table->hasFocus());

    MembersPage fresh(fixture.workspace);
    fresh.resize(800, 500);
    fresh.show();
    QTableView* second = fresh.table();
    REQUIRE(second->model()->rowCount() < 20'000);
    QScrollBar* bar = second->verticalScrollBar();
    bar->setSliderDown(true);
    bar->setSliderPosition(bar->maximum());
    bar->setSliderDown(false);
    CHECK(second->model()->rowCount() == 20'000);
    CHECK(bar->value() == bar->maximum());
    const QModelIndex last = second->indexAt(QPoint(5, second->viewport()->height() - 5));
    CHECK(last.siblingAtColumn(0).data().toString() == QStringLiteral("member19999"));
}

TEST_CASE("The date column says what happens on it: renews, expires, or expired", "[ui][issue12]")
{
    NumbersFixture f;
    const Member ann = f.addMember(QStringLiteral("ann.smit"), QStringLiteral("Ann"));
    const Member bob = f.addMember(QStringLiteral("bob.smit"), QStringLiteral("Bob"));
    const Member cor = f.addMember(QStringLiteral("cor.smit"), QStringLiteral("Cor"));
    const NumberRecord annNumber = f.buyFor({AssigneeKind::Member, ann.id}); // a month: 26 December
    const NumberRecord bobNumber = f.buyFor({AssigneeKind::Member, bob.id});
    const NumberRecord corNumber = f.buyFor({AssigneeKind::Member, cor.id});
    NumberService service(f.temp.context());
    REQUIRE(service.setAutoRenew(bobNumber.e164, false));
    REQUIRE(service.cancel({corNumber.e164}));
    NumbersTableModel model(f.temp.database().connection());
    model.sort(NumbersTableModel::Name, Qt::AscendingOrder);
    const auto dateOf = [&](const QString& name) {
        return model.index(findRow(model, name), NumbersTableModel::ExpiresOn).data().toString();
    };
    CHECK(model.headerData(NumbersTableModel::ExpiresOn, Qt::Horizontal).toString()
          == QStringLiteral("Renews or expires"));
    CHECK(dateOf(QStringLiteral("Ann")) == QStringLiteral("Renews on 26 December 2026"));
    CHECK(dateOf(QStringLiteral("Bob")) == QStringLiteral("Expires on 26 December 2026"));
    CHECK(dateOf(QStringLiteral("Cor")) == QStringLiteral("Expires on 26 December 2026"));
    CHECK(model.index(findRow(model, QStringLiteral("Ann")), NumbersTableModel::ExpiresOn)
              .data(Qt::ToolTipRole)
              .toString()
          == QStringLiteral("Paid until this date; renews automatically unless cancelled."));

    // A day after, Bob's and Cor's numbers have expired; Ann's renewed.
    f.temp.clock().set(QDateTime(QDate(2026, 12, 27), QTime(9, 0), QTimeZone::utc()));
    REQUIRE(NumberProcessor::process(f.temp.context()));
    model.refresh();
    CHECK(dateOf(QStringLiteral("Ann")) == QStringLiteral("Renews on 26 January 2027"));
    CHECK(dateOf(QStringLiteral("Bob")) == QStringLiteral("Expired on 26 December 2026"));
    CHECK(annNumber.e164 != bobNumber.e164);
}

TEST_CASE("English says Type and Select all, the Dutch keeps the article's words", "[ui][issue12]")
{
    Window w;
    NumbersPage& page = w.numbers();
    CHECK(page.model()->headerData(NumbersTableModel::Kind, Qt::Horizontal).toString()
          == QStringLiteral("Type"));
    CHECK(child<QCheckBox>(&page, QStringLiteral("tickAllCheck"))->text() == QStringLiteral("Select all"));
    LanguageGuard guard;
    applyLanguage(QStringLiteral("nl"));
    settleLanguageChange();
    CHECK(page.model()->headerData(NumbersTableModel::Kind, Qt::Horizontal).toString()
          == QStringLiteral("Soort"));
    CHECK(child<QCheckBox>(&page, QStringLiteral("tickAllCheck"))->text()
          == QStringLiteral("Alles aanvinken"));
}

TEST_CASE("Columns fit their contents: names and e-mail addresses are not cut, headers neither",
          "[ui][issue12]")
{
    NumbersFixture f;
    f.addMember(QStringLiteral("christina.vanderberg-oudshoorn"),
                QStringLiteral("Christina van der Berg-Oudshoorn"));
    f.addMember(QStringLiteral("ann.smit"), QStringLiteral("Ann"));
    MembersPage page(f.workspace);
    page.resize(1100, 500);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    QTableView* table = page.table();
    const QFontMetrics metrics(table->font());
    const auto shown = [&](int column, const QString& text) {
        INFO("column " << column << ": " << text.toStdString());
        CHECK(table->columnWidth(column) > metrics.horizontalAdvance(text));
    };
    shown(MembersTableModel::AccountName, QStringLiteral("christina.vanderberg-oudshoorn"));
    shown(MembersTableModel::DisplayName, QStringLiteral("Christina van der Berg-Oudshoorn"));
    shown(MembersTableModel::Email, QStringLiteral("christina.vanderberg-oudshoorn@example.nl"));
    // The count at the end keeps the width it needs; the name takes what is left.
    CHECK(table->columnWidth(MembersTableModel::NumberCount) < 200);

    NumbersPage numbers(f.workspace);
    numbers.resize(1100, 500);
    numbers.show();
    REQUIRE(QTest::qWaitForWindowExposed(&numbers));
    QFont bold = numbers.view()->horizontalHeader()->font();
    bold.setBold(true);
    const QString header
        = numbers.model()->headerData(NumbersTableModel::AutoRenew, Qt::Horizontal).toString();
    CHECK(numbers.view()->columnWidth(NumbersTableModel::AutoRenew)
          > QFontMetrics(bold).horizontalAdvance(header));
}

TEST_CASE("A new organisation says what to do first, and a disabled button says why", "[ui][issue12]")
{
    TempDatabase temp;
    REQUIRE(OrganisationService(temp.context()).create(QStringLiteral("Jansen B.V.")));
    Workspace workspace(temp.database(), temp.clock(), QStringLiteral("test-admin"));
    MainWindow window(workspace, nullptr);
    window.show();
    activate(&window);
    CHECK(window.windowTitle()
          == QStringLiteral("Jansen B.V. - ") + QFileInfo(temp.path()).fileName()
              + QStringLiteral(" - Number Manager"));
    NumbersPage& page = *window.numbersPage();
    auto* hint = child<QLabel>(&page, QStringLiteral("emptyHint"));
    CHECK(hint->isVisible());
    CHECK(hint->text()
          == QStringLiteral("There are no members or SIP profiles yet. Add members on the Members page (or "
                            "import them with File > Import), then tick them here to assign numbers."));
    auto* assign = child<QPushButton>(&page, QStringLiteral("assignButton"));
    CHECK_FALSE(assign->isEnabled());
    CHECK(assign->toolTip() == QStringLiteral("Tick one or more members or SIP profiles first."));
    CHECK(child<QPushButton>(&page, QStringLiteral("reassignButton"))->toolTip()
          == QStringLiteral("Select a row with a number first."));

    // A member, but no credit yet: the hint turns to the credit.
    addMember(temp, QStringLiteral("jan.devries"), QStringLiteral("Jan de Vries"));
    workspace.notifyChanged(Workspace::Members);
    CHECK(hint->isVisible());
    CHECK(hint->text()
          == QStringLiteral("The credit is €0.00: top up under Settings before you assign numbers."));
    REQUIRE(OrganisationService(temp.context()).topUp(25'00));
    workspace.notifyChanged(Workspace::Organisation);
    CHECK_FALSE(hint->isVisible());

    clickRow(page.view(), 0);
    QTest::keyClick(page.view(), Qt::Key_Space);
    CHECK(assign->isEnabled());
    CHECK(assign->toolTip()
          == QStringLiteral("Buy a new number for each ticked member or SIP profile (Ctrl+N)"));

    // The title follows a rename.
    REQUIRE(OrganisationService(temp.context()).rename(QStringLiteral("Jansen Groep")));
    workspace.notifyChanged(Workspace::Organisation);
    CHECK(window.windowTitle().startsWith(QStringLiteral("Jansen Groep - ")));
}

TEST_CASE("Picking one of two members with the same name from the completion reassigns to that one",
          "[ui][issue12]")
{
    NumbersFixture f;
    const Member ann = f.addMember(QStringLiteral("ann.smit"), QStringLiteral("Ann"));
    f.addMember(QStringLiteral("sam.bakker"), QStringLiteral("Sam Bakker"));
    f.addMember(QStringLiteral("sam.bakker2"), QStringLiteral("Sam Bakker"));
    const NumberRecord number = f.buyFor({AssigneeKind::Member, ann.id});
    NumbersPage page(f.workspace);
    page.show();
    activate(&page);
    clickRow(page.view(), findRow(*page.model(), QStringLiteral("Ann")));
    QTest::keyClick(page.view(), Qt::Key_Return);
    auto* dialog = qobject_cast<ReassignDialog*>(page.openDialog());
    REQUIRE(dialog);
    activate(dialog);
    auto* target = child<QLineEdit>(dialog, QStringLiteral("targetEdit"));
    QTest::keyClicks(target, QStringLiteral("sam"));
    QAbstractItemView* popup = dialog->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    REQUIRE(popup->model()->rowCount() == 2);
    const QModelIndex second = popup->model()->index(1, 0);
    CHECK(second.data().toString() == QStringLiteral("Sam Bakker (sam.bakker2)"));
    QTest::mouseClick(popup->viewport(), Qt::LeftButton, {}, popup->visualRect(second).center());
    CHECK(target->text() == QStringLiteral("Sam Bakker"));
    QTest::keyClick(target, Qt::Key_Return);
    CHECK(dialog->result() == QDialog::Accepted);
    CHECK(NumberService(f.temp.context()).find(number.e164)->assigneeName == QStringLiteral("sam.bakker2"));
}

TEST_CASE("The Buy dialog lists who gets the numbers, and Back clears a message about the country",
          "[ui][issue12]")
{
    NumbersFixture f(1'00); // €1: too little for any number
    f.addMember(QStringLiteral("ann.smit"), QStringLiteral("Ann"));
    f.addSipProfile(QStringLiteral("desk-01"), QStringLiteral("Reception desk"));
    NumbersPage page(f.workspace);
    page.show();
    activate(&page);
    for (int row = 0; row < 2; ++row) {
        clickRow(page.view(), row);
        QTest::keyClick(page.view(), Qt::Key_Space);
    }
    click(child<QPushButton>(&page, QStringLiteral("assignButton")));
    auto* dialog = qobject_cast<AssignDialog*>(page.openDialog());
    REQUIRE(dialog);
    activate(dialog);
    auto* countries = child<QTableWidget>(dialog, QStringLiteral("countryTable"));
    countries->selectRow(int(dialog->countryCodes().indexOf(QStringLiteral("NL"))));
    click(child<QPushButton>(dialog, QStringLiteral("continueButton")));
    REQUIRE(dialog->isOnDetailsPage());
    auto* list = child<QListWidget>(dialog, QStringLiteral("recipientsList"));
    QStringList names;
    for (int i = 0; i < list->count(); ++i)
        names << list->item(i)->text();
    CHECK(names
          == QStringList{QStringLiteral("Ann (ann.smit)"),
                         QStringLiteral("SIP profile Reception desk (desk-01)")});

    child<QCheckBox>(dialog, QStringLiteral("agreeCheck"))->setChecked(true);
    click(child<QPushButton>(dialog, QStringLiteral("buyNowButton")));
    auto* banner = child<Banner>(dialog, QStringLiteral("banner"));
    CHECK(banner->kind() == Banner::Kind::Error);
    CHECK_FALSE(banner->text().isEmpty());
    click(child<QPushButton>(dialog, QStringLiteral("backButton")));
    CHECK(banner->text().isEmpty());
    CHECK_FALSE(banner->isVisible());
}

TEST_CASE("A page's banner follows a language switch, and the wait notice goes once the numbers are active",
          "[ui][issue12][i18n]")
{
    LanguageGuard guard;
    NumbersFixture f;
    const Member ann = f.addMember(QStringLiteral("ann.smit"), QStringLiteral("Ann"));
    f.buyFor({AssigneeKind::Member, ann.id});
    NumbersPage page(f.workspace);
    page.show();
    activate(&page);

    clickRow(page.view(), 0);
    QTest::keyClick(page.view(), Qt::Key_Space);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    click(child<QPushButton>(&page, QStringLiteral("cancelNumbersButton")));
    REQUIRE(page.openDialog());
    click(child<QPushButton>(page.openDialog(), QStringLiteral("confirmButton")));
    REQUIRE(QTest::qWaitFor([&] { return page.openDialog() == nullptr; }));
    CHECK(page.banner()->text()
          == QStringLiteral(
              "1 number cancelled. It expires on the date shown; no extra charges will be made."));
    applyLanguage(QStringLiteral("nl"));
    settleLanguageChange();
    CHECK(page.banner()->text()
          == QStringLiteral("1 nummer geannuleerd. Het vervalt op de weergegeven datum; er worden geen extra "
                            "kosten in rekening gebracht."));
    applyLanguage(QStringLiteral("en"));
    settleLanguageChange();

    // After a purchase: "It can take a few minutes", until no number is pending.
    f.addMember(QStringLiteral("bob.smit"), QStringLiteral("Bob"));
    f.workspace.notifyChanged(Workspace::Members);
    clickRow(page.view(), findRow(*page.model(), QStringLiteral("Bob")));
    QTest::keyClick(page.view(), Qt::Key_Space);
    click(child<QPushButton>(&page, QStringLiteral("assignButton")));
    auto* dialog = qobject_cast<AssignDialog*>(page.openDialog());
    REQUIRE(dialog);
    auto* countries = child<QTableWidget>(dialog, QStringLiteral("countryTable"));
    countries->selectRow(int(dialog->countryCodes().indexOf(QStringLiteral("NL"))));
    click(child<QPushButton>(dialog, QStringLiteral("continueButton")));
    child<QCheckBox>(dialog, QStringLiteral("agreeCheck"))->setChecked(true);
    click(child<QPushButton>(dialog, QStringLiteral("buyNowButton")));
    REQUIRE(QTest::qWaitFor([&] { return page.openDialog() == nullptr; }));
    CHECK(page.banner()->text() == QStringLiteral("It can take a few minutes before the numbers appear."));
    // Another change while the number is still pending keeps the notice.
    f.workspace.notifyChanged(Workspace::Numbers);
    CHECK(page.banner()->isVisible());
    f.temp.clock().advance(3600);
    REQUIRE(NumberProcessor::process(f.temp.context()));
    f.workspace.notifyChanged(Workspace::Numbers);
    CHECK_FALSE(page.banner()->isVisible());
}

TEST_CASE("The member dialog takes a country by its name in the current language, and shows two errors "
          "whole",
          "[ui][issue12]")
{
    LanguageGuard guard;
    NumbersFixture f;
    MembersPage page(f.workspace);
    page.show();
    activate(&page);

    for (const char* typed : {"netherlands", "Nederland"}) {
        click(child<QPushButton>(&page, QStringLiteral("addMemberButton")));
        auto* dialog = page.findChild<MemberDialog*>();
        REQUIRE(dialog);
        activate(dialog);
        const bool dutch = QString::fromUtf8(typed) == QStringLiteral("Nederland");
        const QString account = dutch ? QStringLiteral("piet.bakker") : QStringLiteral("anna.bakker");
        typeInto(child<QLineEdit>(dialog, QStringLiteral("accountEdit")), account);
        typeInto(child<QLineEdit>(dialog, QStringLiteral("displayNameEdit")), QStringLiteral("Bakker"));
        typeInto(child<QLineEdit>(dialog, QStringLiteral("emailEdit")),
                 account + QStringLiteral("@example.nl"));
        typeInto(child<CountryComboBox>(dialog, QStringLiteral("countryCombo"))->lineEdit(),
                 QString::fromUtf8(typed));
        typeInto(child<QLineEdit>(dialog, QStringLiteral("cityEdit")), QStringLiteral("Utrecht"));
        QTest::keyClick(child<QLineEdit>(dialog, QStringLiteral("cityEdit")), Qt::Key_Return);
        REQUIRE(QTest::qWaitFor([&] { return page.findChild<MemberDialog*>() == nullptr; }));
        auto added = MemberService(f.temp.context()).findByAccountName(account);
        REQUIRE(added);
        CHECK(added->country == QStringLiteral("NL"));
        applyLanguage(QStringLiteral("nl"));
        settleLanguageChange();
    }

    applyLanguage(QStringLiteral("en"));
    settleLanguageChange();
    click(child<QPushButton>(&page, QStringLiteral("addMemberButton")));
    auto* dialog = page.findChild<MemberDialog*>();
    REQUIRE(dialog);
    activate(dialog);
    dialog->resize(400, 300);
    typeInto(child<QLineEdit>(dialog, QStringLiteral("accountEdit")), QStringLiteral("ab"));
    typeInto(child<QLineEdit>(dialog, QStringLiteral("emailEdit")), QStringLiteral("not an address"));
    typeInto(child<CountryComboBox>(dialog, QStringLiteral("countryCombo"))->lineEdit(),
             QStringLiteral("Narnia"));
    click(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save));
    auto* countryError = child<QLabel>(dialog, QStringLiteral("countryError"));
    CHECK(
        countryError->text()
        == QStringLiteral("\"Narnia\" is not a country in the list: pick one, or type its name or two-letter "
                          "code, such as NL."));
    int shown = 0;
    for (auto* label : dialog->findChildren<FieldErrorLabel*>()) {
        if (!label->isVisible())
            continue;
        ++shown;
        INFO(label->text().toStdString());
        CHECK(label->height() >= label->heightForWidth(label->width()));
        const QRect inDialog(label->mapTo(dialog, QPoint(0, 0)), label->size());
        CHECK(dialog->rect().contains(inDialog));
    }
    CHECK(shown >= 3);
}

TEST_CASE("History shows values as the pages do and finds what it shows, in the current language",
          "[ui][issue12][history]")
{
    LanguageGuard guard;
    NumbersFixture f; // its €100 top-up is in the history
    const Member ann = f.addMember(QStringLiteral("ann.smit"), QStringLiteral("Ann"));
    const NumberRecord number = f.buyFor({AssigneeKind::Member, ann.id});
    HistoryPage page(f.workspace);
    page.resize(1200, 600);
    page.show();
    activate(&page);
    auto* model = qobject_cast<HistoryTableModel*>(page.findChild<QTableView*>()->model());
    REQUIRE(model);
    const auto rowOf = [model](const QString& action) {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->actionAt(row) == action)
                return row;
        return -1;
    };
    const auto text = [model](int row, int column) { return model->index(row, column).data().toString(); };
    const int bought = rowOf(QStringLiteral("number.buy"));
    REQUIRE(bought >= 0);
    CHECK(text(bought, HistoryTableModel::Object)
          == QStringLiteral("Number ") + shownAmsterdamNumber(number.e164));
    const QString change = text(bought, HistoryTableModel::Change);
    CHECK(change.contains(QStringLiteral("Holder type: Member")));
    CHECK(change.contains(QStringLiteral("Paid until: 26 December 2026")));
    CHECK(change.contains(QStringLiteral("Price: €3.50")));
    const int topUp = rowOf(QStringLiteral("credit.top_up"));
    REQUIRE(topUp >= 0);
    CHECK(text(topUp, HistoryTableModel::Object) == QStringLiteral("Credit"));
    CHECK(text(topUp, HistoryTableModel::Change) == QStringLiteral("Credit: €0.00 \u2192 €100.00"));

    auto* search = child<QLineEdit>(&page, QStringLiteral("historySearch"));
    const auto find = [&](const QString& wanted) {
        typeInto(search, wanted);
        QTest::keyClick(search, Qt::Key_Return);
        QStringList actions;
        for (int row = 0; row < model->rowCount(); ++row)
            actions << model->actionAt(row);
        actions.sort();
        return actions;
    };
    // The number as the Numbers page writes it, with its spaces.
    CHECK(find(shownAmsterdamNumber(number.e164)) == QStringList{QStringLiteral("number.buy")});
    CHECK(find(QStringLiteral("credit")) == QStringList{QStringLiteral("credit.top_up")});

    applyLanguage(QStringLiteral("nl"));
    settleLanguageChange();
    CHECK(find(QStringLiteral("tegoed")) == QStringList{QStringLiteral("credit.top_up")});
    CHECK(find(QStringLiteral("gekocht")) == QStringList{QStringLiteral("number.buy")});
    CHECK(text(rowOf(QStringLiteral("number.buy")), HistoryTableModel::Object)
          == QStringLiteral("Nummer ") + shownAmsterdamNumber(number.e164));
}

TEST_CASE("Ticking all numbers of a member from one of its rows cancels every number they hold",
          "[ui][issue12]")
{
    NumbersFixture f;
    const Member ann = f.addMember(QStringLiteral("ann.smit"), QStringLiteral("Ann"));
    const Member bob = f.addMember(QStringLiteral("bob.smit"), QStringLiteral("Bob"));
    const NumberRecord first = f.buyFor({AssigneeKind::Member, ann.id});
    const NumberRecord second = f.buyFor({AssigneeKind::Member, ann.id});
    const NumberRecord bobs = f.buyFor({AssigneeKind::Member, bob.id});
    NumbersPage page(f.workspace);
    page.show();
    activate(&page);
    // Ann's second row, filtered so that her first row is not even loaded.
    typeInto(child<QLineEdit>(&page, QStringLiteral("searchEdit")), second.e164.right(7));
    QTRY_COMPARE(page.model()->rowCount(), 1);
    clickRow(page.view(), 0);
    QTest::keyClick(page.view(), Qt::Key_Space, Qt::ControlModifier);
    CHECK(page.model()->tickedCount() == 2);
    QStringList ticked;
    for (const NumberRowInfo& row : page.model()->tickedRows())
        ticked << row.e164;
    ticked.sort();
    QStringList expected{first.e164, second.e164};
    expected.sort();
    CHECK(ticked == expected);

    click(child<QPushButton>(&page, QStringLiteral("cancelNumbersButton")));
    REQUIRE(page.openDialog());
    click(child<QPushButton>(page.openDialog(), QStringLiteral("confirmButton")));
    NumberService service(f.temp.context());
    CHECK(service.find(first.e164)->state == NumberState::Cancelled);
    CHECK(service.find(second.e164)->state == NumberState::Cancelled);
    CHECK(service.find(bobs.e164)->state == NumberState::Pending);
}

TEST_CASE("The menu bar has File, View and Help, F1 opens the guide, About names the version and the "
          "database",
          "[ui][issue12]")
{
    LanguageGuard guard;
    NumbersFixture f;
    UserPreferences preferences(f.temp.dir() + QStringLiteral("/preferences.ini"));
    auto window = std::make_unique<MainWindow>(f.workspace, &preferences);
    window->show();
    activate(window.get());
    QStringList menus;
    for (QAction* action : window->menuBar()->actions())
        menus << action->text();
    CHECK(menus == QStringList{QStringLiteral("&File"), QStringLiteral("&View"), QStringLiteral("&Help")});
    CHECK(child<QAction>(window.get(), QStringLiteral("refreshAction"))->shortcut()
          == QKeySequence(Qt::Key_F5));

    QTest::keyClick(window.get(), Qt::Key_F1);
    auto* guide = window->findChild<GuideDialog*>(QStringLiteral("guideDialog"));
    REQUIRE(guide);
    CHECK(guide->isVisible());
    CHECK(guide->windowTitle() == QStringLiteral("Guide"));
    const QString english = guide->guideText();
    for (const char* part : {"Assign numbers", "Reassign a number", "Cancel numbers", "Buy now",
                             "No extra charges will be made.", "Important: the terms of numbers"})
        CHECK(english.contains(QString::fromUtf8(part)));
    applyLanguage(QStringLiteral("nl"));
    settleLanguageChange();
    const QString dutch = guide->guideText();
    for (const char* part : {"Nummers toewijzen", "Een nummer opnieuw toewijzen", "Nummers annuleren",
                             "Nu kopen", "Er worden geen extra kosten in rekening gebracht."})
        CHECK(dutch.contains(QString::fromUtf8(part)));
    applyLanguage(QStringLiteral("en"));
    settleLanguageChange();
    guide->close();

    child<QAction>(window.get(), QStringLiteral("aboutAction"))->trigger();
    auto* about = window->findChild<AboutDialog*>(QStringLiteral("aboutDialog"));
    REQUIRE(about);
    const QString text = about->aboutText();
    CHECK(text.startsWith(QStringLiteral("Number Manager ") + QCoreApplication::applicationVersion()));
    CHECK(text.contains(QDir::toNativeSeparators(f.temp.path())));
    CHECK(text.contains(QStringLiteral("libphonenumber, licence Apache-2.0")));
    CHECK(text.contains(QStringLiteral("SQLite, licence public domain")));
    about->reject();

    // View -> Columns hides the country column, and a new window remembers it.
    QAction* country = child<QAction>(window.get(), QStringLiteral("column-country"));
    CHECK(country->text() == QStringLiteral("Country"));
    country->trigger();
    CHECK(window->numbersPage()->view()->isColumnHidden(NumbersTableModel::Country));
    window.reset();
    MainWindow again(f.workspace, &preferences);
    CHECK(again.numbersPage()->view()->isColumnHidden(NumbersTableModel::Country));
    CHECK_FALSE(again.numbersPage()->view()->isColumnHidden(NumbersTableModel::State));
    CHECK_FALSE(child<QAction>(&again, QStringLiteral("column-country"))->isChecked());
}

TEST_CASE("The Numbers page counts rows, ticks and numbers and gives the monthly cost, the status bar warns "
          "when renewals exceed the credit",
          "[ui][issue12]")
{
    NumbersFixture f(4'00); // €4.00: one number of €3.50 a month, and then €0.50 left
    const Member ann = f.addMember(QStringLiteral("ann.smit"), QStringLiteral("Ann"));
    f.addMember(QStringLiteral("bob.smit"), QStringLiteral("Bob"));
    f.buyFor({AssigneeKind::Member, ann.id});
    MainWindow window(f.workspace, nullptr);
    window.show();
    activate(&window);
    NumbersPage& page = *window.numbersPage();
    auto* summary = child<QLabel>(&page, QStringLiteral("numbersSummary"));
    CHECK(summary->text()
          == QStringLiteral("2 rows, 0 ticked - 1 number - active numbers cost €3.50 a month"));
    clickRow(page.view(), 1);
    QTest::keyClick(page.view(), Qt::Key_Space);
    CHECK(summary->text()
          == QStringLiteral("2 rows, 1 ticked - 1 number - active numbers cost €3.50 a month"));

    // Its renewal on 26 December is within 30 days from tomorrow, and costs more than €0.50.
    auto* warning = child<QLabel>(&window, QStringLiteral("creditWarning"));
    CHECK_FALSE(warning->isVisible());
    f.temp.clock().advanceDays(1);
    f.workspace.notifyChanged(Workspace::Organisation);
    CHECK(warning->isVisible());
    CHECK(warning->text() == QStringLiteral("Renewals of the next 30 days cost €3.50: top up"));
    REQUIRE(OrganisationService(f.temp.context()).topUp(10'00));
    f.workspace.notifyChanged(Workspace::Organisation);
    CHECK_FALSE(warning->isVisible());
}

TEST_CASE("The Credit page shows the ledger, filters it by kind, exports what it shows, and confirms a "
          "large top-up",
          "[ui][issue12]")
{
    NumbersFixture f(4'00);
    const Member ann = f.addMember(QStringLiteral("ann.smit"), QStringLiteral("Ann"));
    f.buyFor({AssigneeKind::Member, ann.id});
    MainWindow window(f.workspace, nullptr);
    window.show();
    activate(&window);
    QTest::keyClick(&window, Qt::Key_5, Qt::AltModifier);
    REQUIRE(window.currentSection() == MainWindow::Section::Credit);
    CreditPage& page = *window.creditPage();
    LedgerTableModel* model = page.model();
    REQUIRE(model->rowCount() == 2);
    const auto cell = [model](int row, int column) { return model->index(row, column).data().toString(); };
    // Newest first: the purchase, then the top-up.
    CHECK(cell(0, LedgerTableModel::Amount) == QStringLiteral("-€3.50"));
    CHECK(cell(0, LedgerTableModel::BalanceAfter) == QStringLiteral("€0.50"));
    CHECK(cell(0, LedgerTableModel::Administrator) == QStringLiteral("test-admin"));
    CHECK(cell(1, LedgerTableModel::Amount) == QStringLiteral("+€4.00"));
    CHECK(cell(1, LedgerTableModel::BalanceAfter) == QStringLiteral("€4.00"));
    CHECK(child<QLabel>(&page, QStringLiteral("creditBalance"))->text() == QStringLiteral("€0.50"));

    auto* kinds = child<QComboBox>(&page, QStringLiteral("ledgerKindFilter"));
    CHECK(kinds->itemText(1) == QStringLiteral("Top-ups"));
    kinds->setCurrentIndex(1);
    REQUIRE(model->rowCount() == 1);
    CHECK(cell(0, LedgerTableModel::Amount) == QStringLiteral("+€4.00"));
    const QString file = f.temp.dir() + QStringLiteral("/top-ups.csv");
    REQUIRE(window.dataActions()->exportTable(file));
    QFile csv(file);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QStringList lines
        = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    CHECK(lines.size() == 2); // the header and the one top-up

    // Above €500.00 a top-up is asked first; No adds nothing.
    auto* amount = child<QLineEdit>(&page, QStringLiteral("creditTopUpEdit"));
    typeInto(amount, QStringLiteral("600.00"));
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::keyClick(amount, Qt::Key_Return);
    CHECK(MessageBox::lastText()
          == QStringLiteral("Add €600.00 to the credit? The credit will then be €600.50."));
    CHECK(OrganisationService(f.temp.context()).balanceCents().value() == 50);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(amount, Qt::Key_Return);
    CHECK(OrganisationService(f.temp.context()).balanceCents().value() == 600'50);
    CHECK(model->rowCount() == 2);
    CHECK(child<QLabel>(&page, QStringLiteral("creditBalance"))->text() == QStringLiteral("€600.50"));
}

TEST_CASE("The details pane shows the selected number, its terms and history, and acts on it",
          "[ui][issue12]")
{
    NumbersFixture f;
    const Member ann = f.addMember(QStringLiteral("ann.smit"), QStringLiteral("Ann"));
    f.addMember(QStringLiteral("bob.smit"), QStringLiteral("Bob"));
    const NumberRecord number = f.buyFor({AssigneeKind::Member, ann.id});
    NumbersPage page(f.workspace);
    page.resize(1200, 600);
    page.show();
    activate(&page);
    auto* pane = child<NumberDetailsPane>(&page, QStringLiteral("detailsPane"));
    CHECK(pane->detailsText() == QStringLiteral("Select a row to see its details."));

    clickRow(page.view(), findRow(*page.model(), QStringLiteral("Ann")));
    const QString text = pane->detailsText();
    INFO(text.toStdString());
    CHECK(text.startsWith(shownAmsterdamNumber(number.e164)
                          + QStringLiteral("\nHolder: Ann (ann.smit)\nState: Pending\n")));
    CHECK(text.contains(QStringLiteral("Bought: 26 November 2026 by test-admin")));
    CHECK(text.contains(QStringLiteral("Billing: €3.50 every month")));
    CHECK(text.contains(QStringLiteral("Paid until: 26 December 2026")));
    CHECK(text.contains(QStringLiteral("Auto-renew: On")));
    CHECK(text.contains(
        QStringLiteral("Terms: Netherlands, version NL-2026-01, accepted 26 November 2026 by test-admin")));
    CHECK(text.contains(QStringLiteral("Number bought by test-admin")));

    // Its Cancel number cancels this number, after the dialog.
    click(child<QPushButton>(pane, QStringLiteral("detailsCancelButton")));
    REQUIRE(page.openDialog());
    click(child<QPushButton>(page.openDialog(), QStringLiteral("confirmButton")));
    CHECK(NumberService(f.temp.context()).find(number.e164)->state == NumberState::Cancelled);
    CHECK(pane->detailsText().contains(QStringLiteral("State: Cancelled")));
    CHECK(pane->detailsText().contains(QStringLiteral("Number cancelled by test-admin")));
    CHECK(child<QPushButton>(pane, QStringLiteral("detailsReactivateButton"))->isEnabled());
    CHECK_FALSE(child<QPushButton>(pane, QStringLiteral("detailsCancelButton"))->isEnabled());

    // A member without a number: the numbers they hold (none).
    clickRow(page.view(), findRow(*page.model(), QStringLiteral("Bob")));
    CHECK(pane->detailsText() == QStringLiteral("Bob (bob.smit)\nNo numbers yet."));
}

TEST_CASE("The Numbers page filters by type, country, no number, auto-renew off and expiry, and remembers "
          "them",
          "[ui][issue12]")
{
    NumbersFixture f;
    const Member ann = f.addMember(QStringLiteral("ann.smit"), QStringLiteral("Ann"));
    f.addMember(QStringLiteral("bob.smit"), QStringLiteral("Bob"));
    const SipProfile desk = f.addSipProfile(QStringLiteral("desk-01"), QStringLiteral("Reception desk"));
    const NumberRecord annNumber = f.buyFor({AssigneeKind::Member, ann.id});
    f.buyFor({AssigneeKind::SipProfile, desk.id});
    REQUIRE(NumberService(f.temp.context()).setAutoRenew(annNumber.e164, false));
    UserPreferences preferences(f.temp.dir() + QStringLiteral("/preferences.ini"));
    const auto names = [](NumbersPage& page) {
        QStringList shown;
        for (int row = 0; row < page.model()->rowCount(); ++row)
            shown << page.model()->rowInfo(row).displayName;
        return shown;
    };
    {
        MainWindow window(f.workspace, &preferences);
        NumbersPage& page = *window.numbersPage();
        CHECK(names(page)
              == QStringList{QStringLiteral("Ann"), QStringLiteral("Bob"), QStringLiteral("Reception desk")});
        auto* kind = child<QComboBox>(&page, QStringLiteral("kindFilter"));
        kind->setCurrentIndex(kind->findText(QStringLiteral("SIP profiles")));
        CHECK(names(page) == QStringList{QStringLiteral("Reception desk")});
        kind->setCurrentIndex(0);
        child<QCheckBox>(&page, QStringLiteral("withoutNumberCheck"))->setChecked(true);
        CHECK(names(page) == QStringList{QStringLiteral("Bob")});
        child<QCheckBox>(&page, QStringLiteral("withoutNumberCheck"))->setChecked(false);
        child<QCheckBox>(&page, QStringLiteral("autoRenewOffCheck"))->setChecked(true);
        CHECK(names(page) == QStringList{QStringLiteral("Ann")});
        child<QCheckBox>(&page, QStringLiteral("autoRenewOffCheck"))->setChecked(false);
        // Ann's number stops on 26 December: within 30 days, not within 29.
        auto* expiring = child<QCheckBox>(&page, QStringLiteral("expiringCheck"));
        auto* days = child<QSpinBox>(&page, QStringLiteral("expiringDaysSpin"));
        expiring->setChecked(true);
        CHECK(names(page) == QStringList{QStringLiteral("Ann")});
        days->setValue(29);
        CHECK(names(page).isEmpty());
        expiring->setChecked(false);
        auto* country = child<QComboBox>(&page, QStringLiteral("countryFilter"));
        country->setCurrentIndex(country->findText(QStringLiteral("Germany")));
        CHECK(names(page).isEmpty());
        country->setCurrentIndex(country->findText(QStringLiteral("Netherlands")));
        CHECK(names(page) == QStringList{QStringLiteral("Ann"), QStringLiteral("Reception desk")});
        kind->setCurrentIndex(kind->findText(QStringLiteral("Members")));
        CHECK(names(page) == QStringList{QStringLiteral("Ann")});
    }
    // A new window comes back with the same filters.
    MainWindow again(f.workspace, &preferences);
    CHECK(child<QComboBox>(again.numbersPage(), QStringLiteral("countryFilter"))->currentText()
          == QStringLiteral("Netherlands"));
    CHECK(names(*again.numbersPage()) == QStringList{QStringLiteral("Ann")});
}

TEST_CASE("Menus and buttons carry the shipped Breeze icons, also without an icon theme", "[ui][issue12]")
{
    NumbersFixture f;
    MainWindow window(f.workspace, nullptr);
    for (const char* name : {"openDatabaseAction", "newDatabaseAction", "connectAction", "backUpAction",
                             "restoreAction", "quitAction", "refreshAction", "guideAction", "aboutAction"}) {
        INFO(name);
        const QIcon icon = child<QAction>(&window, QString::fromLatin1(name))->icon();
        // Drawn from the file in the resources, not a registered name with nothing behind it.
        CHECK_FALSE(icon.pixmap(22, 22).isNull());
    }
    for (const char* name : {"assignButton", "reassignButton", "cancelNumbersButton", "reactivateButton"}) {
        INFO(name);
        CHECK_FALSE(child<QPushButton>(window.numbersPage(), QString::fromLatin1(name))
                        ->icon()
                        .pixmap(22, 22)
                        .isNull());
    }
    CHECK_FALSE(child<QPushButton>(window.membersPage(), QStringLiteral("addMemberButton"))
                    ->icon()
                    .pixmap(22, 22)
                    .isNull());
}
