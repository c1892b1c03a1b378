#pragma once

#include "common/Workspace.h"
#include "io/Exporter.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace nm {

class ImportWizard;
class ReconcileDialog;

// The table on screen, as File -> Export writes it: which kind, with the page's filter.
struct TableOnScreen
{
    FileKind kind = FileKind::Numbers;
    ExportFilter filter;
};

// File -> Import, Export, Back up, Restore and Reconcile: the data that goes in and out of
// the program. Each action's slot takes the file for tests; without one it asks.
class DataActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataActions)

public:
    // `onScreen` says which table File -> Export writes (nullopt: none, the action is off).
    DataActions(Workspace& workspace, QWidget* window, std::function<std::optional<TableOnScreen>()> onScreen,
                QObject* parent = nullptr);
    ~DataActions() override;

    void addTo(QMenu* fileMenu);
    // Where the automatic backups go (before an import or a restore); Backup::automaticFolder().
    void setBackupFolder(const QString& folder) { m_backupFolder = folder; }
    QString backupFolder() const { return m_backupFolder; }

    ImportWizard* openWizard() const;
    ReconcileDialog* openReconciliation() const;
    // Enables what the database and the page allow (call when the page changes).
    void updateActions();
    void retranslate();

public slots:
    // Opens the import wizard (window-modal; returns at once), at its first page, with the file filled in.
    void importFile(nm::FileKind kind, const QString& path = {});
    bool exportTable(const QString& path = {});
    bool backUp(const QString& path = {});
    // Asks first, showing what the backup holds.
    bool restore(const QString& path = {});
    void reconcile(const QString& path = {});

signals:
    // What happened, for the status bar.
    void message(const QString& text);

private:
    Workspace& m_workspace;
    QWidget* m_window;
    std::function<std::optional<TableOnScreen>()> m_onScreen;
    QString m_backupFolder;
    QPointer<ImportWizard> m_wizard;
    QPointer<ReconcileDialog> m_reconciliation;
    QMenu* m_importMenu = nullptr;
    QAction* m_importMembers = nullptr;
    QAction* m_importSipProfiles = nullptr;
    QAction* m_importNumbers = nullptr;
    QAction* m_export = nullptr;
    QAction* m_backUp = nullptr;
    QAction* m_restore = nullptr;
    QAction* m_reconcile = nullptr;
};

} // namespace nm
