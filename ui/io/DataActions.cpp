#include "DataActions.h"

#include "Clock.h"
#include "Format.h"
#include "common/ActionIcons.h"
#include "common/MessageBox.h"
#include "common/Progress.h"
#include "io/Backup.h"
#include "io/ImportWizard.h"
#include "io/ReconcileDialog.h"
#include "storage/Database.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>

namespace nm {

namespace {

QString fileTitle(FileKind kind)
{
    switch (kind) {
    case FileKind::Members:
        return DataActions::tr("members");
    case FileKind::SipProfiles:
        return DataActions::tr("sip-profiles");
    case FileKind::Numbers:
        return DataActions::tr("numbers");
    case FileKind::History:
        return DataActions::tr("history");
    case FileKind::Ledger:
        return DataActions::tr("credit");
    case FileKind::Reconciliation:
        break;
    }
    return DataActions::tr("differences");
}

} // namespace

DataActions::DataActions(Workspace& workspace, QWidget* window,
                         std::function<std::optional<TableOnScreen>()> onScreen, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_window(window)
    , m_onScreen(std::move(onScreen))
    , m_backupFolder(Backup::automaticFolder())
{
    m_importMenu = new QMenu(window);
    m_importMenu->setObjectName(QStringLiteral("importMenu"));
    m_importMembers = m_importMenu->addAction(QString(), this, [this] { importFile(FileKind::Members); });
    m_importMembers->setObjectName(QStringLiteral("importMembersAction"));
    m_importSipProfiles
        = m_importMenu->addAction(QString(), this, [this] { importFile(FileKind::SipProfiles); });
    m_importSipProfiles->setObjectName(QStringLiteral("importSipProfilesAction"));
    m_importNumbers = m_importMenu->addAction(QString(), this, [this] { importFile(FileKind::Numbers); });
    m_importNumbers->setObjectName(QStringLiteral("importNumbersAction"));
    m_export = new QAction(this);
    m_export->setObjectName(QStringLiteral("exportAction"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_export, &QAction::triggered, this, [this] { exportTable(); });
    m_export->setIcon(actionIcon(QStringLiteral("document-export")));
    m_importMenu->setIcon(actionIcon(QStringLiteral("document-import")));
    m_backUp = new QAction(this);
    m_backUp->setIcon(actionIcon(QStringLiteral("document-save")));
    m_backUp->setObjectName(QStringLiteral("backUpAction"));
    connect(m_backUp, &QAction::triggered, this, [this] { backUp(); });
    m_restore = new QAction(this);
    m_restore->setObjectName(QStringLiteral("restoreAction"));
    m_restore->setIcon(actionIcon(QStringLiteral("document-revert")));
    connect(m_restore, &QAction::triggered, this, [this] { restore(); });
    m_reconcile = new QAction(this);
    m_reconcile->setObjectName(QStringLiteral("reconcileAction"));
    connect(m_reconcile, &QAction::triggered, this, [this] { reconcile(); });
    retranslate();
    updateActions();
}

DataActions::~DataActions() = default;

ImportWizard* DataActions::openWizard() const
{
    return m_wizard;
}

ReconcileDialog* DataActions::openReconciliation() const
{
    return m_reconciliation;
}

void DataActions::addTo(QMenu* fileMenu)
{
    fileMenu->addMenu(m_importMenu);
    fileMenu->addAction(m_export);
    fileMenu->addAction(m_reconcile);
    fileMenu->addSeparator();
    fileMenu->addAction(m_backUp);
    fileMenu->addAction(m_restore);
    connect(fileMenu, &QMenu::aboutToShow, this, &DataActions::updateActions);
}

void DataActions::updateActions()
{
    const bool canWrite = m_workspace.canWrite();
    const bool file = m_workspace.database().engine() == Engine::Sqlite;
    m_importMenu->setEnabled(canWrite);
    m_export->setEnabled(m_onScreen && m_onScreen().has_value());
    m_backUp->setEnabled(file);
    m_restore->setEnabled(file && canWrite);
    const QString serverTools = file ? QString()
                                     : tr("A database on a server is backed up with the server's own tools "
                                          "(pg_dump); ask your database administrator.");
    m_backUp->setToolTip(serverTools);
    m_restore->setToolTip(serverTools);
}

void DataActions::retranslate()
{
    m_importMenu->setTitle(tr("&Import"));
    m_importMembers->setText(tr("&Members..."));
    m_importSipProfiles->setText(tr("&SIP profiles..."));
    m_importNumbers->setText(tr("&Numbers the organisation already holds..."));
    m_export->setText(tr("&Export this table..."));
    m_backUp->setText(tr("&Back up..."));
    m_restore->setText(tr("Re&store from a backup..."));
    m_reconcile->setText(tr("Re&concile with the provider's list..."));
    updateActions();
}

void DataActions::importFile(FileKind kind, const QString& path)
{
    if (m_wizard)
        m_wizard->close();
    auto* wizard = new ImportWizard(m_workspace, kind, m_backupFolder, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    if (!path.isEmpty())
        wizard->setFilePath(path);
    connect(wizard, &ImportWizard::imported, this, &DataActions::message);
    m_wizard = wizard;
    wizard->open();
}

bool DataActions::exportTable(const QString& given)
{
    const std::optional<TableOnScreen> onScreen = m_onScreen ? m_onScreen() : std::nullopt;
    if (!onScreen)
        return false;
    QString path = given;
    if (path.isEmpty()) {
        const QString name
            = QStringLiteral("%1-%2.xlsx")
                  .arg(fileTitle(onScreen->kind),
                       m_workspace.clock().now().toLocalTime().toString(QStringLiteral("yyyy-MM-dd")));
        path = QFileDialog::getSaveFileName(m_window, tr("Export"), QDir::home().filePath(name),
                                            tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"));
        if (path.isEmpty())
            return false;
    }
    // On a worker thread (rows are read from the database as they are written), with a busy
    // progress dialog and Stop.
    ProgressOptions options;
    options.objectName = QStringLiteral("exportProgress");
    options.title = tr("Export");
    options.label = tr("Writing %1...").arg(QDir::toNativeSeparators(path));
    options.threshold = -1; // how many rows is not known before: always
    const auto written = runWithProgress(
        m_window, m_workspace, options,
        [&](const Context& context, const ProgressCallback& progress) -> Result<qint64> {
            auto table = Exporter::table(context, onScreen->kind, onScreen->filter);
            if (!table)
                return table.error();
            return Exporter::save(*table, path, Exporter::formatForPath(path), std::nullopt, progress);
        });
    if (!written) {
        MessageBox::critical(m_window, tr("Export"), written.error().message);
        return false;
    }
    emit message(tr("Wrote %Ln row(s) to %1.", "", int(*written)).arg(QDir::toNativeSeparators(path)));
    return true;
}

bool DataActions::backUp(const QString& given)
{
    QString path = given;
    if (path.isEmpty()) {
        const QString name
            = QStringLiteral("%1-%2.nmbackup")
                  .arg(QFileInfo(m_workspace.database().path()).completeBaseName(),
                       m_workspace.clock().now().toLocalTime().toString(QStringLiteral("yyyy-MM-dd")));
        path = QFileDialog::getSaveFileName(m_window, tr("Back up"), QDir::home().filePath(name),
                                            tr("Number Manager backups (*.nmbackup)"));
        if (path.isEmpty())
            return false;
    }
    if (Status s = Backup::backUp(m_workspace.database(), path); !s) {
        MessageBox::critical(m_window, tr("Back up"), s.error().message);
        return false;
    }
    emit message(tr("Backed up to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool DataActions::restore(const QString& given)
{
    QString path = given;
    if (path.isEmpty()) {
        path
            = QFileDialog::getOpenFileName(m_window, tr("Restore from a backup"), m_backupFolder,
                                           tr("Number Manager backups (*.nmbackup *.sqlite);;All files (*)"));
        if (path.isEmpty())
            return false;
    }
    const auto summary = Backup::inspect(path);
    if (!summary) {
        MessageBox::critical(m_window, tr("Restore"), summary.error().message);
        return false;
    }
    const QString when = summary->lastChange.isValid() ? formatDateTime(summary->lastChange) : tr("never");
    const QString question = tr("Replace everything in %1 with the backup %2?\n\nThe backup holds %3 members "
                                "and %4 numbers, with "
                                "%5 of credit; its last change was made %6.\n\nThe database as it is now is "
                                "kept in a copy beside "
                                "it and in the automatic backups, so this can be undone.")
                                 .arg(QDir::toNativeSeparators(m_workspace.database().path()),
                                      QFileInfo(path).fileName(), formatCount(summary->members),
                                      formatCount(summary->numbers), formatMoney(summary->creditCents), when);
    if (MessageBox::question(m_window, tr("Restore"), question, QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel)
        != QMessageBox::Yes)
        return false;
    auto before = Backup::backUpBefore(m_workspace.database(), m_backupFolder, QStringLiteral("restore"),
                                       m_workspace.clock().now());
    if (!before) {
        MessageBox::critical(m_window, tr("Restore"),
                             tr("Nothing was restored: the backup before the restore could not be made. %1")
                                 .arg(before.error().message));
        return false;
    }
    const auto restored = Backup::restore(m_workspace.context(), path);
    if (!restored) {
        MessageBox::critical(m_window, tr("Restore"), restored.error().message);
        return false;
    }
    m_workspace.refresh();
    emit message(tr("Restored from %1. The database as it was is kept in %2.")
                     .arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(restored->previousCopy)));
    return true;
}

void DataActions::reconcile(const QString& given)
{
    QString path = given;
    if (path.isEmpty()) {
        path = QFileDialog::getOpenFileName(m_window, tr("Reconcile with the provider's list"), QString(),
                                            tr("CSV files (*.csv *.txt);;All files (*)"));
        if (path.isEmpty())
            return;
    }
    if (m_reconciliation)
        m_reconciliation->close();
    auto* dialog = new ReconcileDialog(m_workspace, path, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_reconciliation = dialog;
    dialog->open();
}

} // namespace nm
