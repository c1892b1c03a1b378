#include "ImportWizard.h"

#include "Clock.h"
#include "Format.h"
#include "common/MessageBox.h"
#include "common/Progress.h"
#include "io/Backup.h"
#include "storage/Database.h"

#include <QAbstractTableModel>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QWizardPage>

namespace nm {

// The preview's rows: one per data row of the file, with what the import does with it and
// the problems it has; the rows with problems are highlighted.
class ImportPreviewModel final : public QAbstractTableModel
{
    Q_DECLARE_TR_FUNCTIONS(nm::ImportPreviewModel)

public:
    enum Column
    {
        RowColumn,
        ActionColumn,
        KeyColumn,
        DetailsColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setReport(const ImportReport* report, bool problemsOnly)
    {
        beginResetModel();
        m_report = report;
        m_problems.clear();
        m_shown.clear();
        if (report) {
            for (const ImportProblem& problem : report->problems) {
                const QString line = problem.heading.isEmpty()
                    ? problem.message
                    : tr("%1: %2", "column: problem").arg(problem.heading, problem.message);
                m_problems[problem.row].append(line);
            }
            for (size_t i = 0; i < report->rows.size(); ++i)
                if (!problemsOnly || m_problems.contains(report->rows[i].row))
                    m_shown.push_back(i);
        }
        endResetModel();
    }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_shown.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!m_report || !index.isValid() || size_t(index.row()) >= m_shown.size())
            return {};
        const ImportRow& row = m_report->rows[m_shown[size_t(index.row())]];
        const QStringList problems = m_problems.value(row.row);
        if (role == Qt::BackgroundRole && !problems.isEmpty())
            return QColor(0xfd, 0xe2, 0xe1);
        if (role == Qt::ToolTipRole && !problems.isEmpty())
            return problems.join(QLatin1Char('\n'));
        if (role == Qt::TextAlignmentRole && index.column() == RowColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (role != Qt::DisplayRole)
            return {};
        switch (index.column()) {
        case RowColumn:
            return formatCount(row.row);
        case ActionColumn:
            return actionText(row.action);
        case KeyColumn:
            return row.key;
        case DetailsColumn:
            return !problems.isEmpty() ? problems.join(QStringLiteral("; "))
                                       : row.changes.join(QStringLiteral("; "));
        }
        return {};
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case RowColumn:
            return tr("Row");
        case ActionColumn:
            return tr("Import");
        case KeyColumn:
            return tr("Name or number");
        case DetailsColumn:
            return tr("Problems and changes");
        }
        return {};
    }

    static QString actionText(ImportAction action)
    {
        switch (action) {
        case ImportAction::Add:
            return tr("Add");
        case ImportAction::Update:
            return tr("Change");
        case ImportAction::Unchanged:
            return tr("Unchanged");
        case ImportAction::AlreadyThere:
            return tr("Already there");
        case ImportAction::Refused:
            break;
        }
        return tr("Has problems");
    }

private:
    const ImportReport* m_report = nullptr;
    QHash<int, QStringList> m_problems; // by spreadsheet row
    std::vector<size_t> m_shown;
};

class ImportFilePage final : public QWizardPage
{
public:
    explicit ImportFilePage(ImportWizard* wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
    { }
    bool isComplete() const override { return !m_wizard->m_path->text().trimmed().isEmpty(); }
    bool validatePage() override { return m_wizard->readFile(); }
    void emitCompleteChanged() { emit completeChanged(); }

private:
    ImportWizard* m_wizard;
};

class ImportMappingPage final : public QWizardPage
{
public:
    explicit ImportMappingPage(ImportWizard* wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
    { }
    void initializePage() override { m_wizard->fillMapping(); }
    bool validatePage() override { return m_wizard->checkMapping(); }

private:
    ImportWizard* m_wizard;
};

class ImportPreviewPage final : public QWizardPage
{
public:
    explicit ImportPreviewPage(ImportWizard* wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
    {
        setFinalPage(true);
    }
    void initializePage() override { m_wizard->runPreview(); }
    bool isComplete() const override { return m_wizard->m_report && !m_wizard->m_report->hasProblems(); }
    void emitCompleteChanged() { emit completeChanged(); }

private:
    ImportWizard* m_wizard;
};

namespace {

QLabel* errorLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

void showError(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

ImportWizard::ImportWizard(Workspace& workspace, FileKind kind, const QString& backupFolder, QWidget* parent)
    : QWizard(parent)
    , m_workspace(workspace)
    , m_kind(kind)
    , m_backupFolder(backupFolder)
{
    setObjectName(QStringLiteral("importWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    resize(760, 560);

    // 1. The file.
    auto* filePage = new ImportFilePage(this);
    m_fileLabel = new QLabel(filePage);
    m_path = new QLineEdit(filePage);
    m_path->setObjectName(QStringLiteral("importFileEdit"));
    m_fileLabel->setBuddy(m_path);
    m_browse = new QPushButton(filePage);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_separatorLabel = new QLabel(filePage);
    m_separator = new QComboBox(filePage);
    m_separator->setObjectName(QStringLiteral("separatorCombo"));
    m_separatorLabel->setBuddy(m_separator);
    for (const QString& separator :
         {QString(), QStringLiteral(","), QStringLiteral(";"), QStringLiteral("\t")})
        m_separator->addItem(QString(), separator);
    m_encodingLabel = new QLabel(filePage);
    m_encoding = new QComboBox(filePage);
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_encodingLabel->setBuddy(m_encoding);
    for (const QString& encoding :
         {QString(), QStringLiteral("utf-8"), QStringLiteral("windows-1252"), QStringLiteral("utf-16")})
        m_encoding->addItem(QString(), encoding);
    m_fileError = errorLabel(QStringLiteral("fileError"), filePage);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto* fileForm = new QFormLayout;
    fileForm->addRow(m_fileLabel, pathRow);
    fileForm->addRow(m_separatorLabel, m_separator);
    fileForm->addRow(m_encodingLabel, m_encoding);
    auto* fileLayout = new QVBoxLayout(filePage);
    fileLayout->addLayout(fileForm);
    fileLayout->addWidget(m_fileError);
    fileLayout->addStretch();
    connect(m_path, &QLineEdit::textChanged, filePage, [filePage] { filePage->emitCompleteChanged(); });
    connect(m_browse, &QAbstractButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import"), m_path->text(),
                                                          tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            m_path->setText(QDir::toNativeSeparators(path));
    });
    setPage(FilePage, filePage);

    // 2. The columns.
    auto* mappingPage = new ImportMappingPage(this);
    m_found = new QLabel(mappingPage);
    m_found->setObjectName(QStringLiteral("foundLabel"));
    m_found->setWordWrap(true);
    m_columns = new QWidget(mappingPage);
    auto* columnForm = new QFormLayout(m_columns);
    for (const Column& column : columnsOf(kind)) {
        auto* label = new QLabel(m_columns);
        auto* chooser = new QComboBox(m_columns);
        chooser->setObjectName(QStringLiteral("column-") + column.key);
        label->setBuddy(chooser);
        columnForm->addRow(label, chooser);
        m_choosers.emplace_back(column.key, chooser);
        m_chooserLabels.push_back(label);
    }
    m_update = new QCheckBox(mappingPage);
    m_update->setObjectName(QStringLiteral("updateCheck"));
    m_update->setVisible(kind != FileKind::Numbers);
    m_mappingError = errorLabel(QStringLiteral("mappingError"), mappingPage);
    auto* mappingLayout = new QVBoxLayout(mappingPage);
    mappingLayout->addWidget(m_found);
    mappingLayout->addWidget(m_columns);
    mappingLayout->addWidget(m_update);
    mappingLayout->addWidget(m_mappingError);
    mappingLayout->addStretch();
    setPage(MappingPage, mappingPage);

    // 3. The preview.
    auto* previewPage = new ImportPreviewPage(this);
    m_summary = new QLabel(previewPage);
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setWordWrap(true);
    m_problemsOnly = new QCheckBox(previewPage);
    m_problemsOnly->setObjectName(QStringLiteral("problemsOnlyCheck"));
    m_preview = new ImportPreviewModel(this);
    m_previewView = new QTableView(previewPage);
    m_previewView->setObjectName(QStringLiteral("previewTable"));
    m_previewView->setModel(m_preview);
    m_previewView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewView->verticalHeader()->hide();
    m_previewView->horizontalHeader()->setStretchLastSection(true);
    auto* previewLayout = new QVBoxLayout(previewPage);
    previewLayout->addWidget(m_summary);
    previewLayout->addWidget(m_problemsOnly);
    previewLayout->addWidget(m_previewView, 1);
    connect(m_problemsOnly, &QCheckBox::toggled, this,
            [this](bool only) { m_preview->setReport(m_report ? &*m_report : nullptr, only); });
    setPage(PreviewPage, previewPage);

    retranslate();
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setFilePath(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

QComboBox* ImportWizard::columnChooser(const QString& key) const
{
    for (const auto& [columnKey, chooser] : m_choosers)
        if (columnKey == key)
            return chooser;
    return nullptr;
}

ColumnMapping ImportWizard::mapping() const
{
    ColumnMapping mapping;
    for (const auto& [key, chooser] : m_choosers)
        if (const int column = chooser->currentData().toInt(); column >= 0)
            mapping.insert(key, column);
    return mapping;
}

bool ImportWizard::readFile()
{
    CsvOptions options;
    if (const QString separator = m_separator->currentData().toString(); !separator.isEmpty())
        options.separator = separator.front();
    options.encoding = m_encoding->currentData().toString();
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    auto table = Csv::read(path, options);
    if (!table) {
        showError(m_fileError, table.error().message);
        return false;
    }
    showError(m_fileError, QString());
    m_table = std::move(table).value();
    m_fileName = QFileInfo(path).fileName();
    m_report.reset();
    return true;
}

void ImportWizard::fillMapping()
{
    if (!m_table)
        return;
    const CsvTable& table = *m_table;
    const QString separator = table.separator == QLatin1Char('\t') ? tr("tab") : QString(table.separator);
    m_found->setText(tr("%1: %Ln row(s), %2, separated by %3. Choose the file's column for each field; the "
                        "guess is filled in.",
                        "", int(table.rows.size()))
                         .arg(m_fileName, table.encoding, separator));
    const ColumnMapping guess = guessMapping(m_kind, table.header);
    for (const auto& [key, chooser] : m_choosers) {
        chooser->clear();
        chooser->addItem(tr("(not in the file)"), -1);
        for (qsizetype i = 0; i < table.header.size(); ++i)
            chooser->addItem(tr("%1 (column %2)").arg(table.header.at(i), formatCount(i + 1)), int(i));
        chooser->setCurrentIndex(chooser->findData(guess.value(key, -1)));
    }
    showError(m_mappingError, QString());
}

bool ImportWizard::checkMapping()
{
    const ColumnMapping chosen = mapping();
    const QStringList missing = Importer::missingColumns(m_kind, chosen);
    if (!missing.isEmpty()) {
        showError(m_mappingError,
                  tr("Choose the file's column for: %1.").arg(missing.join(QStringLiteral(", "))));
        return false;
    }
    QHash<int, QString> used;
    for (const auto& [key, chooser] : m_choosers) {
        const int column = chooser->currentData().toInt();
        if (column < 0)
            continue;
        if (used.contains(column)) {
            showError(m_mappingError,
                      tr("The column %1 is chosen for two fields. Choose one column per field.")
                          .arg(m_table->header.value(column)));
            return false;
        }
        used.insert(column, key);
    }
    showError(m_mappingError, QString());
    return true;
}

std::optional<ImportReport> ImportWizard::run(bool dryRun)
{
    ImportOptions options;
    options.dryRun = dryRun;
    options.update = m_update->isChecked();
    options.mapping = mapping();
    ProgressOptions progress;
    progress.objectName = QStringLiteral("importProgress");
    progress.title = dryRun ? tr("Checking the file") : tr("Importing");
    progress.label = dryRun ? tr("Checking %Ln row(s)...", "", int(m_table->rows.size()))
                            : tr("Importing %Ln row(s)...", "", int(m_table->rows.size()));
    progress.count = m_table->rows.size();
    auto report = runWithProgress(
        this, m_workspace, progress, [&](const Context& context, const ProgressCallback& callback) {
            options.progress = callback;
            return Importer(context).importTable(m_kind, *m_table, options, m_fileName);
        });
    if (!report) {
        MessageBox::critical(this, tr("Import"), report.error().message);
        return std::nullopt;
    }
    return std::move(report).value();
}

void ImportWizard::runPreview()
{
    m_report = run(true);
    showReport();
}

void ImportWizard::showReport()
{
    m_preview->setReport(m_report ? &*m_report : nullptr, m_problemsOnly->isChecked());
    m_previewView->resizeColumnsToContents();
    if (!m_report)
        m_summary->setText(tr("The file could not be checked. Choose Back to try again."));
    else if (m_report->hasProblems())
        m_summary->setText(tr("%1 The rows are marked in red below; once the file is fixed, choose Back and "
                              "Next to read it again.")
                               .arg(m_report->summary()));
    else
        m_summary->setText(tr("%1 Choose Import to do this.").arg(m_report->summary()));
    static_cast<ImportPreviewPage*>(page(PreviewPage))->emitCompleteChanged();
}

void ImportWizard::accept()
{
    if (!m_table || !m_report || m_report->hasProblems())
        return;
    // A way back first: the database as it is, in the automatic backups.
    if (m_workspace.database().engine() == Engine::Sqlite) {
        auto backup = Backup::backUpBefore(m_workspace.database(), m_backupFolder, QStringLiteral("import"),
                                           m_workspace.clock().now());
        if (!backup) {
            MessageBox::critical(
                this, tr("Import"),
                tr("Nothing was imported: the backup before the import could not be made. %1")
                    .arg(backup.error().message));
            return;
        }
    }
    std::optional<ImportReport> done = run(false);
    if (!done)
        return;
    m_report = std::move(done);
    if (!m_report->applied) {
        // Something changed since the preview (another administrator): show what now.
        showReport();
        return;
    }
    m_workspace.notifyChanged(Workspace::Everything);
    emit imported(m_report->summary());
    QWizard::accept();
}

void ImportWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void ImportWizard::retranslate()
{
    const QString what = m_kind == FileKind::Members ? tr("Import members")
        : m_kind == FileKind::SipProfiles            ? tr("Import SIP profiles")
                                                     : tr("Import numbers");
    setWindowTitle(what);
    setButtonText(QWizard::FinishButton, tr("&Import"));
    page(FilePage)->setTitle(tr("Choose the file"));
    page(FilePage)->setSubTitle(tr("A CSV file with a header row naming its columns, in English or Dutch, in "
                                   "any order, as Excel saves it."));
    m_fileLabel->setText(tr("&File:"));
    m_browse->setText(tr("&Browse..."));
    m_separatorLabel->setText(tr("&Separator:"));
    m_separator->setItemText(0, tr("Found from the file"));
    m_separator->setItemText(1, tr("Comma (,)"));
    m_separator->setItemText(2, tr("Semicolon (;)"));
    m_separator->setItemText(3, tr("Tab"));
    m_encodingLabel->setText(tr("&Encoding:"));
    m_encoding->setItemText(0, tr("Found from the file"));
    m_encoding->setItemText(1, tr("UTF-8"));
    m_encoding->setItemText(2, tr("Windows-1252 (Excel's plain CSV)"));
    m_encoding->setItemText(3, tr("UTF-16 (Excel's Unicode text)"));
    page(MappingPage)->setTitle(tr("Match the columns"));
    const std::vector<Column>& columns = columnsOf(m_kind);
    for (size_t i = 0; i < columns.size() && i < m_chooserLabels.size(); ++i)
        m_chooserLabels[i]->setText(columns[i].required ? tr("%1 (required):").arg(heading(columns[i]))
                                                        : tr("%1:").arg(heading(columns[i])));
    m_update->setText(m_kind == FileKind::Members
                          ? tr("&Change members that are already here to the file's values")
                          : tr("&Change SIP profiles that are already here to the file's values"));
    page(PreviewPage)->setTitle(tr("Check what the import will do"));
    m_problemsOnly->setText(tr("Show only the rows with &problems"));
    m_previewView->setAccessibleName(tr("What the import will do, row by row"));
    if (m_report)
        showReport();
}

} // namespace nm
