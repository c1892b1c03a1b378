#pragma once

#include "common/Workspace.h"
#include "io/Reconciler.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace nm {

class ReconcileModel;

// File -> Reconcile: the differences between the provider's list (a Teams, Twilio or
// FreePBX export, or a plain list) and the numbers here, in a sortable table that can be
// exported like any other.
class ReconcileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReconcileDialog)

public:
    ReconcileDialog(Workspace& workspace, const QString& path, QWidget* parent = nullptr);
    ~ReconcileDialog() override;

    const std::optional<ReconcileReport>& report() const { return m_report; }
    QTableView* view() const { return m_view; }
    QComboBox* formatChooser() const { return m_format; }
    QLabel* summary() const { return m_summary; }

public slots:
    // Reads the file again, in the chosen format.
    void reconcile();
    // Writes the differences to `path` (.csv or .xlsx); asks for the file when empty.
    void exportReport(const QString& path = {});

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Workspace& m_workspace;
    QString m_path;
    std::optional<ReconcileReport> m_report;
    QLabel* m_formatLabel = nullptr;
    QComboBox* m_format = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_view = nullptr;
    ReconcileModel* m_model = nullptr;
    QSortFilterProxyModel* m_sorted = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace nm
