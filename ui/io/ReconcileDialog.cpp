#include "ReconcileDialog.h"

#include "Format.h"
#include "common/MessageBox.h"
#include "phone/PhoneNumbers.h"

#include <QAbstractTableModel>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace nm {

class ReconcileModel final : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setReport(const ReconcileReport* report)
    {
        beginResetModel();
        m_table = report ? report->table() : ExportTable{};
        endResetModel();
    }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_table.rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_table.columns.size());
    }
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!index.isValid() || size_t(index.row()) >= m_table.rows.size())
            return {};
        const QVariant value = m_table.rows[size_t(index.row())].value(index.column());
        const CellType type = m_table.types[size_t(index.column())];
        if (role == Qt::UserRole) // what sorting compares
            return value;
        if (role != Qt::DisplayRole)
            return {};
        if (type == CellType::PhoneNumber)
            return formatInternational(value.toString());
        if (type == CellType::Count)
            return value.isNull() ? QString() : formatCount(value.toLongLong());
        return value;
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole
            || size_t(section) >= m_table.columns.size())
            return {};
        return heading(m_table.columns[size_t(section)]);
    }

private:
    ExportTable m_table;
};

ReconcileDialog::ReconcileDialog(Workspace& workspace, const QString& path, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_path(path)
{
    setObjectName(QStringLiteral("reconcileDialog"));
    resize(900, 520);
    m_formatLabel = new QLabel(this);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("formatChooser"));
    m_formatLabel->setBuddy(m_format);
    m_format->addItem(QString());
    for (ProviderFormat format :
         {ProviderFormat::Teams, ProviderFormat::Twilio, ProviderFormat::FreePbx, ProviderFormat::Generic})
        m_format->addItem(QString(), providerFormatKey(format));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reconcileSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_model = new ReconcileModel(this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(Qt::UserRole);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("reconcileTable"));
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    connect(m_export, &QPushButton::clicked, this, [this] { exportReport(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* top = new QHBoxLayout;
    top->addWidget(m_formatLabel);
    top->addWidget(m_format);
    top->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    retranslate();
    connect(m_format, &QComboBox::currentIndexChanged, this, &ReconcileDialog::reconcile);
    reconcile();
}

ReconcileDialog::~ReconcileDialog() = default;

void ReconcileDialog::reconcile()
{
    ReconcileOptions options;
    options.format = providerFormatFromKey(m_format->currentData().toString());
    auto report = Reconciler(m_workspace.context()).reconcileFile(m_path, options);
    if (report) {
        m_report = std::move(report).value();
        m_summary->setText(m_report->summary());
    } else {
        m_report.reset();
        m_summary->setText(report.error().message);
    }
    m_model->setReport(m_report ? &*m_report : nullptr);
    m_view->resizeColumnsToContents();
    m_export->setEnabled(m_report && m_report->hasDifferences());
}

void ReconcileDialog::exportReport(const QString& given)
{
    if (!m_report)
        return;
    QString path = given;
    if (path.isEmpty()) {
        const QString suggested
            = QFileInfo(m_path).completeBaseName() + tr("-differences") + QStringLiteral(".xlsx");
        path = QFileDialog::getSaveFileName(this, tr("Export the differences"),
                                            QFileInfo(m_path).dir().filePath(suggested),
                                            tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"));
        if (path.isEmpty())
            return;
    }
    const ExportTable table = m_report->table();
    if (auto written = Exporter::save(table, path, Exporter::formatForPath(path)); !written) {
        MessageBox::critical(this, tr("Export"), written.error().message);
        return;
    }
    m_summary->setText(
        tr("%1 The differences are in %2.").arg(m_report->summary(), QDir::toNativeSeparators(path)));
}

void ReconcileDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ReconcileDialog::retranslate()
{
    setWindowTitle(tr("Reconcile with %1").arg(QFileInfo(m_path).fileName()));
    m_formatLabel->setText(tr("&Format:"));
    m_format->setItemText(0, tr("Found from the file"));
    for (int i = 1; i < m_format->count(); ++i)
        if (const auto format = providerFormatFromKey(m_format->itemData(i).toString()))
            m_format->setItemText(i,
                                  *format == ProviderFormat::Generic ? tr("A plain list of numbers")
                                                                     : providerFormatName(*format));
    m_export->setText(tr("&Export..."));
    m_view->setAccessibleName(tr("The differences"));
    if (m_report)
        m_summary->setText(m_report->summary());
}

} // namespace nm
