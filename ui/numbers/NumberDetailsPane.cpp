#include "NumberDetailsPane.h"

#include "Format.h"
#include "Translations.h"
#include "catalogue/Catalogue.h"
#include "common/Workspace.h"
#include "numbers/NumberService.h"
#include "phone/PhoneNumbers.h"
#include "queries/HistoryQuery.h"
#include "storage/Database.h"
#include "storage/HistoryText.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace nm {

NumberDetailsPane::NumberDetailsPane(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("detailsPane"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_fields = new QWidget(this);
    m_form = new QFormLayout(m_fields);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_terms = new QLabel(this);
    m_terms->setObjectName(QStringLiteral("detailsTerms"));
    m_terms->setWordWrap(true);
    m_terms->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_terms->setFrameShape(QFrame::StyledPanel);
    m_terms->setMargin(6);
    m_listTitle = new QLabel(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("detailsList"));
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_listTitle->setBuddy(m_list);

    m_reassign = new QPushButton(this);
    m_reassign->setObjectName(QStringLiteral("detailsReassignButton"));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("detailsCancelButton"));
    m_reactivate = new QPushButton(this);
    m_reactivate->setObjectName(QStringLiteral("detailsReactivateButton"));
    m_autoRenew = new QPushButton(this);
    m_autoRenew->setObjectName(QStringLiteral("detailsAutoRenewButton"));
    connect(m_reassign, &QPushButton::clicked, this, &NumberDetailsPane::reassignRequested);
    connect(m_cancel, &QPushButton::clicked, this, &NumberDetailsPane::cancelRequested);
    connect(m_reactivate, &QPushButton::clicked, this, &NumberDetailsPane::reactivateRequested);
    connect(m_autoRenew, &QPushButton::clicked, this, &NumberDetailsPane::autoRenewRequested);

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_title);
    contentLayout->addWidget(m_fields);
    contentLayout->addWidget(m_terms);
    contentLayout->addWidget(m_listTitle);
    contentLayout->addWidget(m_list, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    // One above the other: in Dutch the texts are long ("Automatisch verlengen uit").
    auto* buttons = new QVBoxLayout;
    for (QPushButton* button : {m_reassign, m_cancel, m_reactivate, m_autoRenew})
        buttons->addWidget(button);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    setMinimumWidth(240);
    retranslate();
}

void NumberDetailsPane::addLine(const QString& label, const QString& value)
{
    auto* text = new QLabel(value, m_fields);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(label, text);
}

void NumberDetailsPane::showRow(const NumberRowInfo& row)
{
    m_row = row;
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_list->clear();
    m_terms->hide();
    const bool hasAssignee = row.assigneeId != 0;
    m_listTitle->setVisible(hasAssignee);
    m_list->setVisible(hasAssignee);
    if (!hasAssignee) {
        m_title->setText(tr("Select a row to see its details."));
        setActionsEnabled(false, false, false, false, false);
        return;
    }
    const QString holder = row.kind == AssigneeKind::SipProfile
        ? tr("SIP profile %1 (%2)").arg(row.displayName, row.key)
        : tr("%1 (%2)").arg(row.displayName, row.key);
    if (!row.hasNumber()) {
        // A member or SIP profile without a number in this row: the numbers they hold.
        m_title->setText(holder);
        m_listTitle->setText(tr("&Numbers held"));
        NumberFilter filter;
        filter.text = row.key;
        filter.includeReleased = false;
        const auto numbers = NumberService(m_workspace.context()).list(filter);
        if (numbers)
            for (const NumberRecord& number : *numbers)
                if (number.assigneeKind == row.kind && number.assigneeId == row.assigneeId)
                    m_list->addItem(
                        tr("%1 - %2").arg(formatInternational(number.e164), stateDisplayName(number.state)));
        if (m_list->count() == 0)
            m_list->addItem(tr("No numbers yet."));
        return;
    }
    const auto found = NumberService(m_workspace.context()).find(row.e164);
    if (!found) {
        m_title->setText(found.error().message);
        return;
    }
    const NumberRecord& number = *found;
    m_title->setText(formatInternational(number.e164));
    addLine(tr("Holder:"), holder);
    addLine(tr("State:"), stateDisplayName(number.state));
    addLine(tr("Bought:"), tr("%1 by %2").arg(formatDate(number.createdAt), number.termsAcceptedBy));
    addLine(tr("Billing:"),
            tr("%1 every %Ln month(s)", "", number.periodMonths).arg(formatMoney(number.priceCents)));
    addLine(number.state == NumberState::Expired ? tr("Expired on:") : tr("Paid until:"),
            formatDate(number.paidUntil));
    addLine(tr("Auto-renew:"), number.autoRenew ? tr("On") : tr("Off"));
    addLine(tr("Terms:"),
            tr("%1, version %2, accepted %3 by %4")
                .arg(countryName(number.country), number.termsVersion, formatDate(number.termsAcceptedAt),
                     number.termsAcceptedBy));
    // The text agreed to, when the catalogue still holds that version.
    if (const auto catalogue = Catalogue::effective(m_workspace.database().connection())) {
        const CountryOffer* offer = catalogue->country(number.country);
        if (offer && offer->terms.version == number.termsVersion) {
            m_terms->setText(offer->terms.text(currentLanguage()));
            m_terms->show();
        }
    }
    m_listTitle->setText(tr("&History of this number"));
    HistoryQuery history(m_workspace.database().connection());
    history.setText(number.e164);
    const auto entries = history.rows(0, historyLimit);
    if (entries)
        for (const QVariantList& values : *entries) {
            const AuditEntry entry = HistoryQuery::entry(values);
            m_list->addItem(
                tr("%1 - %2 by %3")
                    .arg(formatDateTime(entry.at), HistoryText::actionText(entry.action), entry.actor));
        }
}

QString NumberDetailsPane::detailsText() const
{
    QStringList lines{m_title->text()};
    for (int i = 0; i < m_form->rowCount(); ++i) {
        auto* label = qobject_cast<QLabel*>(m_form->itemAt(i, QFormLayout::LabelRole)->widget());
        auto* value = qobject_cast<QLabel*>(m_form->itemAt(i, QFormLayout::FieldRole)->widget());
        if (label && value)
            lines << label->text() + QLatin1Char(' ') + value->text();
    }
    if (m_terms->isVisibleTo(this))
        lines << m_terms->text();
    for (int i = 0; i < m_list->count(); ++i)
        lines << m_list->item(i)->text();
    return lines.join(QLatin1Char('\n'));
}

void NumberDetailsPane::setActionsEnabled(bool reassign, bool cancel, bool reactivate, bool autoRenew,
                                          bool autoRenewOn)
{
    m_reassign->setEnabled(reassign);
    m_cancel->setEnabled(cancel);
    m_reactivate->setEnabled(reactivate);
    m_autoRenew->setEnabled(autoRenew);
    m_autoRenew->setText(autoRenewOn ? tr("Auto-renew on") : tr("Auto-renew off"));
    m_autoRenew->setAccessibleName(m_autoRenew->text());
}

void NumberDetailsPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NumberDetailsPane::retranslate()
{
    setAccessibleName(tr("Details"));
    m_list->setAccessibleName(tr("Details list"));
    m_reassign->setText(tr("Reassign..."));
    m_reassign->setAccessibleName(tr("Reassign this number"));
    m_cancel->setText(tr("Cancel number"));
    m_cancel->setAccessibleName(tr("Cancel this number"));
    m_reactivate->setText(tr("Reactivate"));
    m_reactivate->setAccessibleName(tr("Reactivate this number"));
    showRow(m_row);
}

} // namespace nm
