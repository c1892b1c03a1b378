#pragma once

#include "common/Workspace.h"
#include "io/Csv.h"
#include "io/Importer.h"

#include <QWizard>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace nm {

class ImportPreviewModel;

// File -> Import: choose a CSV file (encoding and separator found, or chosen) -> the
// columns as guessed, each changeable -> a preview of every row, exactly what the import
// will do, with the rows that have problems highlighted -> Import. The preview is the
// importer's dry run and the import is the same call for real, all or nothing; an
// automatic backup is made first. Large files show progress and can be stopped.
class ImportWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizard)

public:
    enum PageId
    {
        FilePage,
        MappingPage,
        PreviewPage
    };

    // backupFolder: where the backup before the import goes (Backup::automaticFolder()).
    ImportWizard(Workspace& workspace, FileKind kind, const QString& backupFolder, QWidget* parent = nullptr);
    ~ImportWizard() override;

    FileKind kind() const { return m_kind; }
    void setFilePath(const QString& path);
    // The table read on the first page, and the report of the preview (dry run), or of the
    // import once it ran.
    const std::optional<CsvTable>& table() const { return m_table; }
    const std::optional<ImportReport>& report() const { return m_report; }
    ColumnMapping mapping() const;
    // The column chooser of a field ("email"), for tests.
    QComboBox* columnChooser(const QString& key) const;
    QTableView* previewView() const { return m_previewView; }

    void accept() override;

signals:
    // After a successful import: the report's summary, for the status bar.
    void imported(const QString& summary);

private:
    friend class ImportFilePage;
    friend class ImportMappingPage;
    friend class ImportPreviewPage;

    bool readFile(); // the first page's Next
    void fillMapping(); // entering the second page
    bool checkMapping(); // its Next
    void runPreview(); // entering the third page
    std::optional<ImportReport> run(bool dryRun);
    void showReport();
    void retranslate();
    void changeEvent(QEvent* event) override;

    Workspace& m_workspace;
    FileKind m_kind;
    QString m_backupFolder;
    std::optional<CsvTable> m_table;
    QString m_fileName;
    std::optional<ImportReport> m_report;

    // File page
    QLabel* m_fileLabel = nullptr;
    QLineEdit* m_path = nullptr;
    QAbstractButton* m_browse = nullptr;
    QLabel* m_separatorLabel = nullptr;
    QComboBox* m_separator = nullptr;
    QLabel* m_encodingLabel = nullptr;
    QComboBox* m_encoding = nullptr;
    QLabel* m_fileError = nullptr;
    // Mapping page
    QLabel* m_found = nullptr;
    QWidget* m_columns = nullptr;
    std::vector<std::pair<QString, QComboBox*>> m_choosers; // by column key
    std::vector<QLabel*> m_chooserLabels;
    QCheckBox* m_update = nullptr;
    QLabel* m_mappingError = nullptr;
    // Preview page
    QLabel* m_summary = nullptr;
    QCheckBox* m_problemsOnly = nullptr;
    QTableView* m_previewView = nullptr;
    ImportPreviewModel* m_preview = nullptr;
};

} // namespace nm
