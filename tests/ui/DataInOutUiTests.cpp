#include "UiTestHelpers.h"
#include "common/MessageBox.h"
#include "common/Workspace.h"
#include "io/DataActions.h"
#include "io/ImportWizard.h"
#include "io/ReconcileDialog.h"
#include "members/MembersPage.h"
#include "shell/MainWindow.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

using namespace nm;
using namespace nm::test;

namespace {

struct WindowFixture
{
    TempDatabase temp;
    Workspace workspace{temp.database(), temp.clock(), QStringLiteral("test-admin")};
    std::unique_ptr<MainWindow> window;

    WindowFixture()
    {
        createOrganisation(temp);
        addMember(temp, QStringLiteral("jan.devries"), QStringLiteral("Jan de Vries"));
        addMember(temp, QStringLiteral("emma.smith"), QStringLiteral("Emma Smith"),
                  QStringLiteral("Rotterdam"));
        window = std::make_unique<MainWindow>(workspace, nullptr);
        window->dataActions()->setBackupFolder(temp.dir() + QStringLiteral("/backups"));
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    DataActions& actions() { return *window->dataActions(); }

    qint64 members() { return temp.scalar(QStringLiteral("SELECT count(*) FROM members")).toLongLong(); }

    QStringList backups(const QString& pattern)
    {
        return QDir(actions().backupFolder()).entryList({pattern}, QDir::Files, QDir::Name);
    }

    ImportWizard* openWizard(FileKind kind, const QString& file)
    {
        actions().importFile(kind, testDataPath(file));
        ImportWizard* wizard = actions().openWizard();
        REQUIRE(wizard);
        REQUIRE(QTest::qWaitForWindowExposed(wizard));
        return wizard;
    }
};

void next(ImportWizard* wizard)
{
    QAbstractButton* button = wizard->button(QWizard::NextButton);
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("The import wizard reads a Dutch Excel file, shows the columns it matched, previews and imports",
          "[ui][import]")
{
    WindowFixture f;
    ImportWizard* wizard = f.openWizard(FileKind::Members, QStringLiteral("import/members-dutch-excel.csv"));
    next(wizard);
    REQUIRE(wizard->currentId() == ImportWizard::MappingPage);
    CHECK(
        child<QLabel>(wizard, QStringLiteral("foundLabel"))->text()
        == QStringLiteral("members-dutch-excel.csv: 3 rows, windows-1252, separated by ;. Choose the file's "
                          "column for each field; the guess is filled in."));
    CHECK(wizard->columnChooser(QStringLiteral("email"))->currentText()
          == QStringLiteral("E-mailadres (column 3)"));
    CHECK(wizard->columnChooser(QStringLiteral("city"))->currentText()
          == QStringLiteral("Plaats (column 5)"));

    // The administrator leaves the cities out.
    QComboBox* city = wizard->columnChooser(QStringLiteral("city"));
    city->setCurrentIndex(city->findText(QStringLiteral("(not in the file)")));
    next(wizard);
    REQUIRE(wizard->currentId() == ImportWizard::PreviewPage);
    CHECK(child<QLabel>(wizard, QStringLiteral("previewSummary"))->text()
          == QStringLiteral(
              "Dry run, nothing was changed. The import would add 3 members. Choose Import to do this."));
    QTableView* preview = wizard->previewView();
    REQUIRE(preview->model()->rowCount() == 3);
    CHECK(preview->model()->index(0, 1).data().toString() == QStringLiteral("Add"));
    CHECK(preview->model()->index(0, 2).data().toString() == QStringLiteral("zoe.jansen"));
    CHECK(f.members() == 2); // the preview changed nothing

    QAbstractButton* import = wizard->button(QWizard::FinishButton);
    CHECK(import->text() == QStringLiteral("&Import"));
    REQUIRE(import->isEnabled());
    QTest::mouseClick(import, Qt::LeftButton);
    CHECK(f.members() == 5);
    CHECK(
        f.temp.scalar(QStringLiteral("SELECT city FROM members WHERE account_name = 'zoe.jansen'")).toString()
        == QString());
    CHECK(f.window->statusBar()->currentMessage() == QStringLiteral("Imported: added 3 members."));
    // The way back: a backup of the database as it was.
    CHECK(f.backups(QStringLiteral("*.before-import.nmbackup")).size() == 1);
}

TEST_CASE("The import preview marks the row with a problem, and nothing can be imported until it is fixed",
          "[ui][import]")
{
    WindowFixture f;
    ImportWizard* wizard
        = f.openWizard(FileKind::Members, QStringLiteral("import/broken-bad-email-row-1234.csv"));
    next(wizard);
    next(wizard);
    REQUIRE(wizard->currentId() == ImportWizard::PreviewPage);
    CHECK(child<QLabel>(wizard, QStringLiteral("previewSummary"))->text()
          == QStringLiteral(
              "Nothing was imported: there are problems in 1 row of 1,500. Correct them in the file "
              "and import it again. The rows are marked in red below; once the file is fixed, choose "
              "Back and Next to read it again."));
    CHECK_FALSE(wizard->button(QWizard::FinishButton)->isEnabled());
    QTableView* preview = wizard->previewView();
    CHECK(preview->model()->rowCount() == 1500);

    auto* problemsOnly = child<QCheckBox>(wizard, QStringLiteral("problemsOnlyCheck"));
    problemsOnly->setFocus();
    QTest::keyClick(problemsOnly, Qt::Key_Space);
    REQUIRE(preview->model()->rowCount() == 1);
    const QModelIndex details = preview->model()->index(0, 3);
    CHECK(preview->model()->index(0, 0).data().toString() == QStringLiteral("1,234"));
    CHECK(details.data().toString()
          == QStringLiteral(
              "email: The e-mail address \"member01234-at-example.nl\" is not valid. Enter an address "
              "such as name@example.com."));
    CHECK(details.data(Qt::BackgroundRole).value<QColor>() == QColor(0xfd, 0xe2, 0xe1));
    CHECK(f.members() == 2);
}

TEST_CASE("The import wizard will not go on without a column for every required field", "[ui][import]")
{
    WindowFixture f;
    ImportWizard* wizard = f.openWizard(FileKind::Members, QStringLiteral("import/members-utf8-bom.csv"));
    next(wizard);
    QComboBox* email = wizard->columnChooser(QStringLiteral("email"));
    email->setCurrentIndex(0);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    CHECK(wizard->currentId() == ImportWizard::MappingPage);
    CHECK(child<QLabel>(wizard, QStringLiteral("mappingError"))->text()
          == QStringLiteral("Choose the file's column for: E-mail address (E-mailadres)."));

    SECTION("nor with one column chosen for two fields")
    {
        email->setCurrentIndex(wizard->columnChooser(QStringLiteral("account"))->currentIndex());
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        CHECK(wizard->currentId() == ImportWizard::MappingPage);
        CHECK(child<QLabel>(wizard, QStringLiteral("mappingError"))
                  ->text()
                  .endsWith(QStringLiteral("is chosen for two fields. Choose one column per field.")));
    }
}

TEST_CASE("A file that cannot be read keeps the wizard on its first page, saying why", "[ui][import]")
{
    WindowFixture f;
    ImportWizard* wizard = f.openWizard(FileKind::Members, QStringLiteral("import/broken-binary.csv"));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    CHECK(wizard->currentId() == ImportWizard::FilePage);
    CHECK(child<QLabel>(wizard, QStringLiteral("fileError"))
              ->text()
              .startsWith(QStringLiteral("The file is not a text file (it holds binary data on line")));
}

TEST_CASE("File -> Export writes the table on screen with its search", "[ui][export]")
{
    WindowFixture f;
    f.window->showSection(MainWindow::Section::Members);
    QLineEdit* search = child<QLineEdit>(f.window->membersPage(), QStringLiteral("memberSearch"));
    search->setText(QStringLiteral("emma"));
    f.window->membersPage()->applySearch();
    const QString path = f.temp.dir() + QStringLiteral("/members.csv");
    REQUIRE(f.actions().exportTable(path));
    CHECK(readAll(path)
          == QByteArray("\xEF\xBB\xBF"
                        "Account name,Display name,E-mail address,Country,City\r\n"
                        "emma.smith,Emma Smith,emma.smith@example.nl,NL,Rotterdam\r\n"));
    CHECK(f.window->statusBar()->currentMessage()
          == QStringLiteral("Wrote 1 row to %1.").arg(QDir::toNativeSeparators(path)));

    f.window->showSection(MainWindow::Section::Settings);
    auto* exportAction = f.window->findChild<QAction*>(QStringLiteral("exportAction"));
    f.actions().updateActions();
    CHECK_FALSE(exportAction->isEnabled());
}

TEST_CASE("Back up, change, restore: the database is as it was, and asked about first", "[ui][backup]")
{
    WindowFixture f;
    const QString backup = f.temp.dir() + QStringLiteral("/before.nmbackup");
    REQUIRE(f.actions().backUp(backup));
    addMember(f.temp, QStringLiteral("late.comer"), QStringLiteral("Late Comer"));
    REQUIRE(f.members() == 3);

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    CHECK_FALSE(f.actions().restore(backup));
    CHECK(f.members() == 3);
    CHECK(MessageBox::lastText().contains(
        QStringLiteral("The backup holds 2 members and 0 numbers, with €100.00 of credit;")));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(f.actions().restore(backup));
    CHECK(f.members() == 2);
    CHECK(f.backups(QStringLiteral("*.before-restore.nmbackup")).size() == 1);
    CHECK(f.window->statusBar()->currentMessage().startsWith(
        QStringLiteral("Restored from before.nmbackup. The database as it was is kept in ")));
}

TEST_CASE("Reconcile shows the differences with the provider's list and exports them", "[ui][reconcile]")
{
    WindowFixture f;
    f.actions().reconcile(testDataPath(QStringLiteral("reconcile/generic.csv")));
    ReconcileDialog* dialog = f.actions().openReconciliation();
    REQUIRE(dialog);
    CHECK(dialog->summary()->text()
          == QStringLiteral("generic.csv lists 3 numbers (plain list), Number Manager holds 0; 0 agree. "
                            "3 differences."));
    QAbstractItemModel* model = dialog->view()->model();
    REQUIRE(model->rowCount() == 3);
    CHECK(model->index(0, 0).data().toString() == QStringLiteral("+31 20 123 4001"));
    CHECK(model->index(0, 1).data().toString() == QStringLiteral("In the file, not here"));
    CHECK(model->index(0, 4).data().toString() == QStringLiteral("jan.devries"));

    // Sorted by the file's row, descending: the last row first.
    dialog->view()->sortByColumn(2, Qt::DescendingOrder);
    CHECK(model->index(0, 0).data().toString() == QStringLiteral("+31 20 123 4007"));

    const QString path = f.temp.dir() + QStringLiteral("/differences.csv");
    dialog->exportReport(path);
    CHECK(readAll(path)
          == QByteArray("\xEF\xBB\xBFNumber,Difference,Row in the file,In Number Manager,At the provider\r\n"
                        "+31 20 123 4001,\"In the file, not here\",2,,jan.devries\r\n"
                        "+31 20 123 4002,\"In the file, not here\",3,,Emma Smith\r\n"
                        "+31 20 123 4007,\"In the file, not here\",4,,nobody\r\n"));

    SECTION("read as another format, the file is refused, and the dialog says why")
    {
        dialog->formatChooser()->setCurrentIndex(dialog->formatChooser()->findData(QStringLiteral("teams")));
        CHECK(
            dialog->summary()->text()
            == QStringLiteral("The file is not a Microsoft Teams export: it has no column TelephoneNumber."));
        CHECK(dialog->view()->model()->rowCount() == 0);
    }
}

TEST_CASE(
    "Every control of the import wizard and the reconcile report has a name a screen reader can announce",
    "[ui][a11y][import][reconcile]")
{
    WindowFixture f;
    ImportWizard* wizard = f.openWizard(FileKind::Numbers, QStringLiteral("import/numbers-existing.csv"));
    CHECK(unnamedControls(wizard) == QStringList{});
    next(wizard);
    next(wizard);
    REQUIRE(wizard->currentId() == ImportWizard::PreviewPage);
    CHECK(unnamedControls(wizard) == QStringList{});
    wizard->close();

    f.actions().reconcile(testDataPath(QStringLiteral("reconcile/teams.csv")));
    REQUIRE(f.actions().openReconciliation());
    CHECK(unnamedControls(f.actions().openReconciliation()) == QStringList{});
}

TEST_CASE("A long export shows its progress and can be stopped, writing no file", "[ui][export]")
{
    WindowFixture f;
    addManyMembers(f.temp, 3000);
    f.window->showSection(MainWindow::Section::Members);
    const QString path = f.temp.dir() + QStringLiteral("/members.csv");
    bool sawProgress = false;
    QTimer::singleShot(0, f.window.get(), [&] {
        if (auto* progress = f.window->findChild<QProgressDialog*>(QStringLiteral("exportProgress"))) {
            sawProgress = true;
            progress->cancel();
        }
    });
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(f.actions().exportTable(path));
    CHECK(sawProgress);
    CHECK(MessageBox::lastText() == QStringLiteral("The export was stopped. No file was written."));
    CHECK_FALSE(QFile::exists(path));

    // Not stopped, every member is written: a header and 3,002 rows.
    REQUIRE(f.actions().exportTable(path));
    CHECK(readAll(path).count('\n') == 3003);
}
