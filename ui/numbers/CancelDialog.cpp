#include "CancelDialog.h"

#include "Format.h"
#include "common/Banner.h"
#include "common/Progress.h"
#include "common/Workspace.h"
#include "numbers/NumberService.h"
#include "phone/PhoneNumbers.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nm {

namespace {
enum ListColumn
{
    NumberColumn,
    AssigneeColumn,
    ExpiresColumn,
    ListColumnCount
};
}

CancelDialog::CancelDialog(Workspace& workspace, std::vector<NumberRowInfo> rows, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_rows(std::move(rows))
{
    setObjectName(QStringLiteral("cancelDialog"));
    setModal(true);
    resize(600, 380);

    m_banner = new Banner(this);
    m_question = new QLabel(this);
    m_question->setObjectName(QStringLiteral("questionLabel"));
    m_question->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("numbersList"));
    m_list->setColumnCount(ListColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->header()->setStretchLastSection(true);
    m_question->setBuddy(m_list);
    m_noCharges = new QLabel(this);
    m_noCharges->setObjectName(QStringLiteral("noChargesLabel"));
    m_confirm = new QPushButton(this);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_confirm->setAutoDefault(false);
    m_keep = new QPushButton(this);
    m_keep->setObjectName(QStringLiteral("keepButton"));
    m_keep->setDefault(true);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_confirm);
    buttons->addWidget(m_keep);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_question);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_noCharges);
    layout->addLayout(buttons);
    setTabOrder(m_list, m_confirm);
    setTabOrder(m_confirm, m_keep);

    connect(m_confirm, &QPushButton::clicked, this, &CancelDialog::confirm);
    connect(m_keep, &QPushButton::clicked, this, &QDialog::reject);

    retranslate();
    m_keep->setFocus();
}

void CancelDialog::confirm()
{
    QStringList numbers;
    for (const NumberRowInfo& row : m_rows)
        numbers << row.e164;
    const ProgressOptions options{QStringLiteral("cancelProgress"), tr("Cancel numbers"),
                                  tr("Cancelling %Ln number(s)...", "", int(numbers.size())), numbers.size()};
    auto result = runWithProgress(this, m_workspace, options,
                                  [&](const Context& context, const ProgressCallback& progress) {
                                      return NumberService(context).cancel(numbers, progress);
                                  });
    if (!result) {
        m_banner->showError(result.error().message);
        return;
    }
    m_cancelled = std::move(result).value();
    m_banner->clear();
    accept();
}

void CancelDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CancelDialog::retranslate()
{
    setWindowTitle(tr("Cancel numbers"));
    const int count = int(m_rows.size());
    m_question->setText(
        tr("Cancel %Ln number(s)? Each one stays usable until the date shown and then expires; "
           "it does not renew.",
           "", count));
    m_list->setHeaderLabels({tr("Number"), tr("Assigned to"), tr("Expires on")});
    m_list->setAccessibleName(tr("Numbers to cancel"));
    m_list->clear();
    const std::size_t listed = std::min(m_rows.size(), maxListedNumbers);
    for (std::size_t i = 0; i < listed; ++i) {
        const NumberRowInfo& row = m_rows[i];
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(NumberColumn, formatInternational(row.e164));
        item->setText(AssigneeColumn, tr("%1 (%2)").arg(row.displayName, row.key));
        item->setText(ExpiresColumn, formatDate(row.paidUntil));
    }
    if (m_rows.size() > listed)
        (new QTreeWidgetItem(m_list))
            ->setText(NumberColumn, tr("... and %Ln more", "", int(m_rows.size() - listed)));
    m_list->resizeColumnToContents(NumberColumn);
    m_list->resizeColumnToContents(AssigneeColumn);
    m_noCharges->setText(tr("No extra charges will be made."));
    m_confirm->setText(tr("Cancel numbers"));
    m_confirm->setAccessibleName(tr("Cancel numbers"));
    m_confirm->setAccessibleDescription(tr("Cancels the numbers listed"));
    m_keep->setText(tr("Keep numbers"));
    m_keep->setAccessibleName(tr("Keep numbers"));
}

} // namespace nm
