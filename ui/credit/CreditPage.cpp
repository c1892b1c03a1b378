#include "CreditPage.h"

#include "Format.h"
#include "LedgerTableModel.h"
#include "Money.h"
#include "common/Banner.h"
#include "common/MessageBox.h"
#include "common/TableNavigation.h"
#include "common/ViewState.h"
#include "organisation/OrganisationService.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace nm {

CreditPage::CreditPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new LedgerTableModel(workspace.database().connection(), this))
{
    setObjectName(QStringLiteral("creditPage"));
    workspace.readInBackground(m_model);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_banner = new Banner(this);
    m_banner->setObjectName(QStringLiteral("creditBanner"));

    m_balanceCaption = new QLabel(this);
    m_balance = new QLabel(this);
    m_balance->setObjectName(QStringLiteral("creditBalance"));
    QFont balanceFont = m_balance->font();
    balanceFont.setBold(true);
    m_balance->setFont(balanceFont);
    m_topUpLabel = new QLabel(this);
    m_topUp = new QLineEdit(this);
    m_topUp->setObjectName(QStringLiteral("creditTopUpEdit"));
    m_topUpLabel->setBuddy(m_topUp);
    m_topUpButton = new QPushButton(this);
    m_topUpButton->setObjectName(QStringLiteral("creditTopUpButton"));
    connect(m_topUpButton, &QPushButton::clicked, this, &CreditPage::topUp);
    connect(m_topUp, &QLineEdit::returnPressed, this, &CreditPage::topUp);
    if (!m_workspace.canWrite()) {
        m_topUpButton->setEnabled(false);
        m_topUpButton->setToolTip(m_workspace.database().readOnlyMessage());
    }

    m_kindFilter = new QComboBox(this);
    m_kindFilter->setObjectName(QStringLiteral("ledgerKindFilter"));
    m_kindFilter->addItem(QString());
    for (LedgerKind kind : {LedgerKind::TopUp, LedgerKind::Purchase, LedgerKind::Renewal})
        m_kindFilter->addItem(QString(), OrganisationService::kindKey(kind));
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString key = m_kindFilter->itemData(index).toString();
        m_model->setKind(key.isEmpty() ? std::nullopt
                                       : std::optional<LedgerKind>(OrganisationService::kindFromKey(key)));
        reload();
    });

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("ledgerTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LedgerTableModel::Time, Qt::DescendingOrder);
    makeEndReachable(m_table, m_model);
    fitColumnsToContents(m_table, LedgerTableModel::What);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("ledgerCount"));
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("ledgerExportButton"));
    connect(m_exportButton, &QPushButton::clicked, this, &CreditPage::exportRequested);

    auto* balanceRow = new QHBoxLayout;
    balanceRow->addWidget(m_balanceCaption);
    balanceRow->addWidget(m_balance);
    balanceRow->addSpacing(24);
    balanceRow->addWidget(m_topUpLabel);
    balanceRow->addWidget(m_topUp);
    balanceRow->addWidget(m_topUpButton);
    balanceRow->addStretch(1);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_kindFilter);
    filterRow->addStretch(1);
    filterRow->addWidget(m_count);
    filterRow->addWidget(m_exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_banner);
    layout->addLayout(balanceRow);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    setTabOrder(m_topUp, m_topUpButton);
    setTabOrder(m_topUpButton, m_kindFilter);
    setTabOrder(m_kindFilter, m_table);
    setTabOrder(m_table, m_exportButton);

    connect(&m_workspace, &Workspace::changed, this, [this](Workspace::Changes changes) {
        if (!(changes & (Workspace::Organisation | Workspace::Numbers)))
            return;
        {
            const ViewState keep(m_table, m_model);
            m_model->refresh();
        }
        reload();
    });
    connect(m_model, &LazyQueryModel::totalCountChanged, this, &CreditPage::updateCount);
    connect(m_model, &LazyQueryModel::loadingChanged, this, &CreditPage::updateCount);
    retranslate();
    reload();
}

void CreditPage::reload()
{
    const auto balance = OrganisationService(m_workspace.context()).balanceCents();
    if (!balance) {
        m_banner->showError(balance.error().message);
        return;
    }
    m_balanceCents = *balance;
    m_balance->setText(formatMoney(m_balanceCents));
    m_balance->setAccessibleName(tr("Credit: %1").arg(formatMoney(m_balanceCents)));
    updateCount();
}

void CreditPage::updateCount()
{
    m_count->setText(m_model->countText([](int total) { return tr("%Ln entries", "", total); }));
}

void CreditPage::topUp()
{
    m_banner->clear();
    const auto cents = parseTypedEuros(m_topUp->text());
    if (!cents) {
        m_banner->showError(cents.error().message);
        m_topUp->setFocus();
        return;
    }
    if (*cents > topUpConfirmCents
        && MessageBox::question(this, tr("Top up"),
                                tr("Add %1 to the credit? The credit will then be %2.")
                                    .arg(formatMoney(*cents), formatMoney(m_balanceCents + *cents)))
            != QMessageBox::Yes)
        return;
    const auto balance = OrganisationService(m_workspace.context()).topUp(*cents);
    if (!balance) {
        m_banner->showError(balance.error().message);
        m_topUp->setFocus();
        return;
    }
    m_topUp->clear();
    m_banner->showInformation([this, added = *cents, now = *balance] {
        return tr("%1 was added; the credit is now %2.").arg(formatMoney(added), formatMoney(now));
    });
    m_workspace.notifyChanged(Workspace::Organisation);
}

ExportFilter CreditPage::exportFilter() const
{
    ExportFilter filter;
    filter.ledgerKind = m_model->kind();
    return filter;
}

void CreditPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CreditPage::retranslate()
{
    m_title->setText(tr("Credit"));
    m_balanceCaption->setText(tr("Credit:"));
    m_topUpLabel->setText(tr("&Top up:"));
    m_topUp->setPlaceholderText(tr("Amount in euros, e.g. 100.00"));
    m_topUp->setMinimumWidth(m_topUp->fontMetrics().horizontalAdvance(m_topUp->placeholderText()) + 24);
    m_topUp->setAccessibleName(tr("Top-up amount in euros"));
    m_topUpButton->setText(tr("A&dd credit"));
    m_kindFilter->setItemText(0, tr("All entries"));
    m_kindFilter->setItemText(1, tr("Top-ups"));
    m_kindFilter->setItemText(2, tr("Purchases"));
    m_kindFilter->setItemText(3, tr("Renewals"));
    m_kindFilter->setAccessibleName(tr("Show entries of kind"));
    m_table->setAccessibleName(tr("Credit ledger"));
    m_exportButton->setText(tr("&Export..."));
    m_exportButton->setToolTip(tr("Write the entries shown to a CSV or Excel file"));
    reload();
}

} // namespace nm
