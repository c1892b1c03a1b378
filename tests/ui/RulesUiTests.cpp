#include "NumbersTestFixture.h"
#include "Translations.h"
#include "UiTestHelpers.h"
#include "common/Banner.h"
#include "common/CountryComboBox.h"
#include "common/FieldErrorLabel.h"
#include "common/MessageBox.h"
#include "history/HistoryTableModel.h"
#include "members/MemberDialog.h"
#include "members/MembersTableModel.h"
#include "numbers/NumbersPage.h"
#include "numbers/ReassignDialog.h"
#include "phone/PhoneNumbers.h"

#include <QCompleter>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimeZone>

// The desktop side of the rules that must hold off the happy path (issue 8).

using namespace nm;
using namespace nm::test;

namespace {

struct PageFixture : NumbersFixture
{
    std::unique_ptr<NumbersPage> page;

    explicit PageFixture(qint64 creditCents = 100'00)
        : NumbersFixture(creditCents)
    { }

    void open()
    {
        page = std::make_unique<NumbersPage>(workspace);
        page->resize(1200, 600);
        page->show();
        REQUIRE(QTest::qWaitForWindowExposed(page.get()));
    }

    NumbersTableModel& model() { return *page->model(); }
    QPushButton* button(const char* name)
    {
        return child<QPushButton>(page.get(), QString::fromLatin1(name));
    }
    QString cell(int row, int column) { return model().index(row, column).data().toString(); }
};

} // namespace

TEST_CASE("A removed member's cancelled number stays on the Numbers page, marked, until it expires",
          "[ui][numbers][rules]")
{
    PageFixture f;
    const Member anna = f.addMember(QStringLiteral("anna.jansen"), QStringLiteral("Anna Jansen"));
    f.addMember(QStringLiteral("bram.devries"), QStringLiteral("Bram de Vries"));
    const NumberRecord number = f.buyFor({AssigneeKind::Member, anna.id});
    REQUIRE(MemberService(f.temp.context()).remove(QStringLiteral("anna.jansen")));
    f.open();

    const int row = findRow(f.model(), QStringLiteral("Anna Jansen"), number.e164);
    REQUIRE(row >= 0);
    CHECK(f.cell(row, NumbersTableModel::Name) == QStringLiteral("Anna Jansen (removed)"));
    CHECK(f.cell(row, NumbersTableModel::Kind) == QStringLiteral("Member (removed)"));
    CHECK(f.cell(row, NumbersTableModel::State) == QStringLiteral("Cancelled"));
    CHECK(f.cell(row, NumbersTableModel::ExpiresOn) == QStringLiteral("Expires on 26 December 2026"));
    // Nothing can be bought for a removed member: the row has no tick box.
    CHECK_FALSE(f.model().flags(f.model().index(row, NumbersTableModel::Tick)) & Qt::ItemIsUserCheckable);
    f.model().setTicked(row, true);
    CHECK(f.model().tickedCount() == 0);

    // It can go to a successor: Reactivate asks who gets it.
    clickRow(f.page->view(), row);
    CHECK(f.button("reassignButton")->isEnabled());
    CHECK_FALSE(f.button("autoRenewButton")->isEnabled());
    QPushButton* reactivate = f.button("reactivateButton");
    REQUIRE(reactivate->isEnabled());
    click(reactivate);
    auto* dialog = qobject_cast<ReassignDialog*>(f.page->openDialog());
    REQUIRE(dialog);
    CHECK(dialog->purpose() == ReassignDialog::Purpose::ReactivateForSuccessor);
    CHECK(dialog->windowTitle() == QStringLiteral("Reactivate for a successor"));
    CHECK(child<QLabel>(dialog, QStringLiteral("currentAssigneeLabel"))->text()
          == QStringLiteral("Held by Anna Jansen (anna.jansen), who has been removed"));
    typeInto(child<QLineEdit>(dialog, QStringLiteral("targetEdit")), QStringLiteral("Bram de Vries"));
    click(child<QPushButton>(dialog, QStringLiteral("confirmButton")));
    CHECK(dialog->result() == QDialog::Accepted);

    auto after = NumberService(f.temp.context()).find(number.e164);
    REQUIRE(after);
    CHECK(after->assigneeName == QStringLiteral("bram.devries"));
    CHECK(after->autoRenew);
    CHECK(after->state == NumberState::Pending);
    CHECK(f.page->banner()->text().contains(QStringLiteral("is reactivated for Bram de Vries")));
    CHECK(findRow(f.model(), QStringLiteral("Bram de Vries"), number.e164) >= 0);
    CHECK(findRow(f.model(), QStringLiteral("Anna Jansen")) == -1);

    // Once it expires, the removed member's row is gone.
    REQUIRE(MemberService(f.temp.context()).remove(QStringLiteral("bram.devries")));
    f.workspace.notifyChanged(Workspace::Members);
    CHECK(findRow(f.model(), QStringLiteral("Bram de Vries"), number.e164) >= 0);
    f.temp.clock().set(after->paidUntil.addSecs(1));
    f.workspace.processNow();
    CHECK(findRow(f.model(), QStringLiteral("Bram de Vries")) == -1);
}

TEST_CASE(
    "Reactivate undoes a cancellation at once and asks before buying a new period for an expired number",
    "[ui][numbers][rules]")
{
    PageFixture f(50'00);
    const Member anna = f.addMember(QStringLiteral("anna.jansen"), QStringLiteral("Anna Jansen"));
    const NumberRecord number = f.buyFor({AssigneeKind::Member, anna.id});
    REQUIRE(NumberService(f.temp.context()).cancel({number.e164}));
    f.open();
    clickRow(f.page->view(), findRow(f.model(), QStringLiteral("Anna Jansen"), number.e164));
    click(f.button("reactivateButton"));
    CHECK(f.page->banner()->text()
          == QStringLiteral("The number %1 renews automatically again; paid until 26 December 2026.")
                 .arg(formatInternational(number.e164)));
    const int row = findRow(f.model(), QStringLiteral("Anna Jansen"), number.e164);
    CHECK(f.cell(row, NumbersTableModel::State) == QStringLiteral("Pending"));
    CHECK(f.cell(row, NumbersTableModel::AutoRenew) == QStringLiteral("Yes"));

    // Expired, it costs money: answered No, nothing happens.
    REQUIRE(NumberService(f.temp.context()).cancel({number.e164}));
    f.temp.clock().set(number.paidUntil.addDays(1));
    f.workspace.processNow();
    const QString before = f.dump();
    clickRow(f.page->view(), findRow(f.model(), QStringLiteral("Anna Jansen"), number.e164));
    MessageBox::setNextAnswer(QMessageBox::No);
    click(f.button("reactivateButton"));
    CHECK(MessageBox::lastText()
          == QStringLiteral(
                 "Reactivate %1 for Anna Jansen? This buys a new period of 1 month now, for €3.50 from "
                 "the credit.")
                 .arg(formatInternational(number.e164)));
    CHECK(f.dump() == before);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    click(f.button("reactivateButton"));
    CHECK(OrganisationService(f.temp.context()).balanceCents().value() == 50'00 - 2 * 3'50);
    CHECK(f.cell(findRow(f.model(), QStringLiteral("Anna Jansen"), number.e164), NumbersTableModel::State)
          == QStringLiteral("Active"));
}

TEST_CASE("Auto-renew is switched per number from the Numbers page", "[ui][numbers][rules]")
{
    PageFixture f;
    const Member anna = f.addMember(QStringLiteral("anna.jansen"), QStringLiteral("Anna Jansen"));
    const NumberRecord number = f.buyFor({AssigneeKind::Member, anna.id});
    f.open();
    clickRow(f.page->view(), findRow(f.model(), QStringLiteral("Anna Jansen"), number.e164));
    QPushButton* autoRenew = f.button("autoRenewButton");
    REQUIRE(autoRenew->isEnabled());
    CHECK(autoRenew->text() == QStringLiteral("Auto-renew off"));
    CHECK_FALSE(f.button("reactivateButton")->isEnabled());
    click(autoRenew);
    CHECK(f.page->banner()->text()
          == QStringLiteral("The number %1 no longer renews: it stays in use until 26 December 2026 and then "
                            "expires. No extra charges will be made.")
                 .arg(formatInternational(number.e164)));
    CHECK(f.cell(findRow(f.model(), QStringLiteral("Anna Jansen"), number.e164), NumbersTableModel::AutoRenew)
          == QStringLiteral("No"));
    CHECK(autoRenew->text() == QStringLiteral("Auto-renew on"));
    click(autoRenew);
    auto after = NumberService(f.temp.context()).find(number.e164);
    REQUIRE(after);
    CHECK(after->autoRenew);
}

TEST_CASE("The Numbers page shows the expiry date where the user is", "[ui][numbers][time]")
{
    PageFixture f;
    const Member anna = f.addMember(QStringLiteral("anna.jansen"), QStringLiteral("Anna Jansen"));
    f.temp.clock().set(QDateTime(QDate(2026, 11, 27), QTime(0, 30), QTimeZone::systemTimeZone()));
    const NumberRecord number = f.buyFor({AssigneeKind::Member, anna.id});
    f.open();
    CHECK(f.cell(findRow(f.model(), QStringLiteral("Anna Jansen"), number.e164), NumbersTableModel::ExpiresOn)
          == QStringLiteral("Renews on 27 December 2026"));
}

TEST_CASE("Searching the pages matches Unicode case-insensitively: ZOË finds Zoë", "[ui][rules][unicode]")
{
    PageFixture f;
    f.addMember(QStringLiteral("zoe.visser"), QStringLiteral("Zoë Visser"), QStringLiteral("NL"),
                QStringLiteral("Zaandam"));
    f.addMember(QStringLiteral("anna.jansen"), QStringLiteral("Anna Jansen"));
    f.open();
    f.model().setSearchText(QStringLiteral("ZOË"));
    REQUIRE(f.model().rowCount() == 1);
    CHECK(f.cell(0, NumbersTableModel::Name) == QStringLiteral("Zoë Visser"));

    MembersTableModel members(f.temp.database().connection());
    members.setFilterText(QStringLiteral("ZOË"));
    CHECK(members.rowCount() == 1);
    members.setFilterText(QStringLiteral("ZAANDAM"));
    CHECK(members.rowCount() == 1);

    HistoryTableModel history(f.temp.database().connection());
    history.setFilter({QStringLiteral("ZOË"), {}, {}});
    CHECK(history.rowCount() == 1);
    CHECK(history.objectIdAt(0) == QStringLiteral("zoe.visser"));
}

TEST_CASE(
    "The member dialog refuses a move that breaks a number's terms, and suggests the catalogue's cities",
    "[ui][members][terms]")
{
    NumbersFixture f;
    const Member lukas = f.addMember(QStringLiteral("lukas.mueller"), QStringLiteral("Lukas Müller"),
                                     QStringLiteral("DE"), QStringLiteral("Berlin"));
    const NumberRecord number
        = f.buyFor({AssigneeKind::Member, lukas.id}, QStringLiteral("DE"), QStringLiteral("30"));
    const QString before = f.dump();
    MemberDialog dialog(f.workspace, lukas);
    dialog.show();
    activate(&dialog);
    auto* city = child<QLineEdit>(&dialog, QStringLiteral("cityEdit"));
    CHECK(city->completer()
              ->model()
              ->match(city->completer()->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("München"))
              .size()
          == 1);
    city->clear();
    typeInto(city, QStringLiteral("Hamburg"));
    click(child<QPushButton>(&dialog, QStringLiteral("saveButton")));
    CHECK(dialog.isVisible());
    auto* cityError = child<FieldErrorLabel>(&dialog, QStringLiteral("cityError"));
    CHECK(cityError->isVisible());
    CHECK(cityError->text().contains(
        QStringLiteral("%1 (an address in Berlin, Germany)").arg(formatInternational(number.e164))));
    CHECK(f.dump() == before);
}

TEST_CASE("The country picker names every country in the chosen language", "[ui][i18n][rules]")
{
    LanguageGuard guard;
    applyLanguage(QStringLiteral("nl"));
    CountryComboBox combo;
    CHECK(combo.itemText(combo.findData(QStringLiteral("AE")))
          == QStringLiteral("AE - Verenigde Arabische Emiraten"));
    CHECK(combo.itemText(combo.findData(QStringLiteral("AT"))) == QStringLiteral("AT - Oostenrijk"));
    CHECK(combo.itemText(combo.findData(QStringLiteral("BE"))) == QStringLiteral("BE - België"));
    applyLanguage(QStringLiteral("en"));
    sendLanguageChange(&combo);
    CHECK(combo.itemText(combo.findData(QStringLiteral("AT"))) == QStringLiteral("AT - Austria"));
}

TEST_CASE("The history shows amounts, dates and countries in the reader's language", "[ui][history][i18n]")
{
    LanguageGuard guard;
    NumbersFixture f;
    const Member anna = f.addMember(QStringLiteral("anna.jansen"), QStringLiteral("Anna Jansen"));
    f.buyFor({AssigneeKind::Member, anna.id});
    applyLanguage(QStringLiteral("nl"));
    HistoryTableModel history(f.temp.database().connection());
    history.setFilter({QStringLiteral("number.buy"), {}, {}});
    REQUIRE(history.rowCount() == 1);
    const QString change = history.index(0, HistoryTableModel::Change).data().toString();
    CHECK(change.contains(QStringLiteral("Prijs: €\u00a03,50")));
    CHECK(change.contains(QStringLiteral("Betaald tot: 26 december 2026")));
    CHECK(change.contains(QStringLiteral("Voorwaarden van land: Nederland")));
}
