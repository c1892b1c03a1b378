#include "Translations.h"
#include "UiTestHelpers.h"
#include "UserPreferences.h"
#include "common/Workspace.h"
#include "numbers/NumbersPage.h"
#include "numbers/NumbersTableModel.h"
#include "settings/SettingsPage.h"
#include "shell/MainWindow.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QToolBar>

using namespace nm;
using namespace nm::test;

namespace {

QString plain(QString text)
{
    return text.remove(QLatin1Char('&'));
}

QString buttonText(const QObject* parent, const QString& name)
{
    return plain(child<QAbstractButton>(parent, name)->text());
}

void settle()
{
    // LanguageChange travels as posted events: to the application, then to every widget.
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

} // namespace

TEST_CASE(
    "Switching to Dutch at run time translates the open Numbers page and the open purchase dialog, and back",
    "[ui][i18n]")
{
    LanguageGuard guard;
    TempDatabase temp;
    createOrganisation(temp);
    const Member jan = addMember(temp, QStringLiteral("jan.devries"), QStringLiteral("Jan de Vries"));
    buyNumber(temp, AssigneeKind::Member, jan.id);
    addMember(temp, QStringLiteral("emma.smith"), QStringLiteral("Emma Smith"));
    Workspace workspace(temp.database(), temp.clock(), QStringLiteral("test-admin"));
    UserPreferences preferences(temp.dir() + QStringLiteral("/preferences.ini"));
    MainWindow window(workspace, &preferences);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    NumbersPage* page = window.numbersPage();
    REQUIRE(page);

    CHECK(buttonText(page, QStringLiteral("assignButton")) == QStringLiteral("Assign numbers"));
    CHECK(buttonText(page, QStringLiteral("reassignButton")) == QStringLiteral("Reassign a number"));
    CHECK(buttonText(page, QStringLiteral("cancelNumbersButton")) == QStringLiteral("Cancel numbers"));

    // Tick a row and open the purchase dialog.
    child<QAbstractButton>(page, QStringLiteral("tickAllCheck"))->click();
    click(child<QAbstractButton>(page, QStringLiteral("assignButton")));
    auto* dialog = qobject_cast<QDialog*>(page->openDialog());
    REQUIRE(dialog);
    REQUIRE(dialog->objectName() == QStringLiteral("assignDialog"));
    CHECK(dialog->windowTitle() == QStringLiteral("Assign numbers"));
    CHECK(buttonText(dialog, QStringLiteral("continueButton")) == QStringLiteral("Continue"));
    CHECK(buttonText(dialog, QStringLiteral("buyNowButton")) == QStringLiteral("Buy now"));

    window.switchLanguage(QStringLiteral("nl"));
    settle();
    CHECK(buttonText(page, QStringLiteral("assignButton")) == QStringLiteral("Nummers toewijzen"));
    CHECK(buttonText(page, QStringLiteral("reassignButton"))
          == QStringLiteral("Een nummer opnieuw toewijzen"));
    CHECK(buttonText(page, QStringLiteral("cancelNumbersButton")) == QStringLiteral("Nummers annuleren"));
    CHECK(dialog->windowTitle() == QStringLiteral("Nummers toewijzen"));
    CHECK(buttonText(dialog, QStringLiteral("continueButton")) == QStringLiteral("Doorgaan"));
    CHECK(buttonText(dialog, QStringLiteral("buyNowButton")) == QStringLiteral("Nu kopen"));
    // The table follows too: its headers and the state of Jan's number.
    auto* model = page->model();
    CHECK(model->headerData(NumbersTableModel::ExpiresOn, Qt::Horizontal).toString()
          == QStringLiteral("Verlenging of vervaldatum"));
    QStringList states;
    for (int row = 0; row < model->rowCount(); ++row)
        states << model->index(row, NumbersTableModel::State).data().toString();
    CHECK(states.contains(QStringLiteral("In behandeling")));
    // The toolbar and the menu on the left.
    auto* toolBar = child<QToolBar>(&window, QStringLiteral("mainToolBar"));
    CHECK(plain(toolBar->actions().first()->text()) == QStringLiteral("Functies"));
    CHECK(preferences.language() == QStringLiteral("nl"));

    window.switchLanguage(QStringLiteral("en"));
    settle();
    CHECK(buttonText(page, QStringLiteral("assignButton")) == QStringLiteral("Assign numbers"));
    CHECK(dialog->windowTitle() == QStringLiteral("Assign numbers"));
    CHECK(buttonText(dialog, QStringLiteral("continueButton")) == QStringLiteral("Continue"));
    CHECK(buttonText(dialog, QStringLiteral("buyNowButton")) == QStringLiteral("Buy now"));
    CHECK(model->headerData(NumbersTableModel::ExpiresOn, Qt::Horizontal).toString()
          == QStringLiteral("Renews or expires"));
    dialog->reject();
    settle();

    // The reassign dialog's Confirm, in both languages.
    auto* view = child<QTableView>(page, QStringLiteral("numbersTable"));
    int janRow = -1;
    for (int row = 0; row < model->rowCount(); ++row)
        if (!model->index(row, NumbersTableModel::Number).data().toString().isEmpty())
            janRow = row;
    REQUIRE(janRow >= 0);
    view->setCurrentIndex(model->index(janRow, NumbersTableModel::Name));
    click(child<QAbstractButton>(page, QStringLiteral("reassignButton")));
    auto* reassign = qobject_cast<QDialog*>(page->openDialog());
    REQUIRE(reassign);
    CHECK(buttonText(reassign, QStringLiteral("confirmButton")) == QStringLiteral("Confirm"));
    window.switchLanguage(QStringLiteral("nl"));
    settle();
    CHECK(buttonText(reassign, QStringLiteral("confirmButton")) == QStringLiteral("Bevestigen"));
    CHECK(reassign->windowTitle() == QStringLiteral("Een nummer opnieuw toewijzen"));
    window.switchLanguage(QStringLiteral("en"));
    settle();
    CHECK(buttonText(reassign, QStringLiteral("confirmButton")) == QStringLiteral("Confirm"));
    reassign->reject();
}

TEST_CASE("Choosing Nederlands in Settings switches the program and is remembered", "[ui][i18n]")
{
    LanguageGuard guard;
    TempDatabase temp;
    createOrganisation(temp);
    Workspace workspace(temp.database(), temp.clock(), QStringLiteral("test-admin"));
    const QString preferencesFile = temp.dir() + QStringLiteral("/preferences.ini");
    UserPreferences preferences(preferencesFile);
    MainWindow window(workspace, &preferences);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showSection(MainWindow::Section::Settings);

    auto* combo = child<QComboBox>(window.settingsPage(), QStringLiteral("languageCombo"));
    REQUIRE(combo->currentData().toString() == QStringLiteral("en"));
    REQUIRE(combo->findData(QStringLiteral("nl")) == combo->currentIndex() - 1);
    // As a person would: focus the combo and pick the entry above with the keyboard.
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Up);
    settle();
    CHECK(combo->currentText() == QStringLiteral("Nederlands"));
    CHECK(currentLanguage() == QStringLiteral("nl"));
    CHECK(child<QLabel>(&window, QStringLiteral("creditLabel"))->text()
          == QStringLiteral("Tegoed: €\u00a0100,00"));
    // Remembered for the next start.
    CHECK(UserPreferences(preferencesFile).language() == QStringLiteral("nl"));
}

TEST_CASE("Qt's own standard buttons follow the language too", "[ui][i18n]")
{
    LanguageGuard guard;
    applyLanguage(QStringLiteral("nl"));
    QDialogButtonBox dutch(QDialogButtonBox::Save | QDialogButtonBox::Cancel | QDialogButtonBox::Close);
    CHECK(plain(dutch.button(QDialogButtonBox::Save)->text()) == QStringLiteral("Opslaan"));
    CHECK(plain(dutch.button(QDialogButtonBox::Cancel)->text()) == QStringLiteral("Annuleren"));
    CHECK(plain(dutch.button(QDialogButtonBox::Close)->text()) == QStringLiteral("Sluiten"));
    applyLanguage(QStringLiteral("en"));
    QDialogButtonBox english(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    CHECK(plain(english.button(QDialogButtonBox::Save)->text()) == QStringLiteral("Save"));
    CHECK(plain(english.button(QDialogButtonBox::Cancel)->text()) == QStringLiteral("Cancel"));
}
