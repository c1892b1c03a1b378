#include "ReassignDialog.h"

#include "AssigneeCompleter.h"
#include "common/Banner.h"
#include "common/ClearButton.h"
#include "common/Workspace.h"
#include "numbers/NumberService.h"
#include "phone/PhoneNumbers.h"
#include "storage/Database.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace nm {

ReassignDialog::ReassignDialog(Workspace& workspace, NumberRowInfo row, QWidget* parent, Purpose purpose)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_row(std::move(row))
    , m_purpose(purpose)
{
    setObjectName(QStringLiteral("reassignDialog"));
    setModal(true);
    resize(520, 300);

    m_banner = new Banner(this);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("reassignHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_numberLabel = new QLabel(this);
    m_numberLabel->setObjectName(QStringLiteral("numberLabel"));
    m_numberLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_currentLabel = new QLabel(this);
    m_currentLabel->setObjectName(QStringLiteral("currentAssigneeLabel"));
    m_targetLabel = new QLabel(this);
    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("targetEdit"));
    m_target->setClearButtonEnabled(true);
    m_targetLabel->setBuddy(m_target);
    m_completer = new AssigneeCompleter(this);
    m_target->setCompleter(m_completer);
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("termsWarning"));
    m_warning->setWordWrap(true);
    m_warning->setFrameShape(QFrame::StyledPanel);
    m_warning->setMargin(6);
    m_confirm = new QPushButton(this);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_confirm->setDefault(true);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAutoDefault(false);

    auto* form = new QFormLayout;
    form->addRow(m_targetLabel, m_target);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_confirm);
    buttons->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_banner);
    layout->addWidget(m_numberLabel);
    layout->addWidget(m_currentLabel);
    layout->addLayout(form);
    layout->addWidget(m_warning);
    layout->addStretch(1);
    layout->addLayout(buttons);
    setTabOrder(m_target, m_confirm);
    setTabOrder(m_confirm, m_cancel);

    connect(m_target, &QLineEdit::textEdited, this, &ReassignDialog::updateCompletions);
    // A pick from the list is that assignee, also when two have the same name; typing
    // again makes it a name to look up.
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                m_picked = AssigneeRef{AssigneeKind(index.data(AssigneeCompleter::kindRole).toInt()),
                                       index.data(AssigneeCompleter::idRole).toLongLong()};
                m_pickedName = index.data(AssigneeCompleter::nameRole).toString();
            });
    connect(m_target, &QLineEdit::textEdited, this, [this] { m_picked.reset(); });
    connect(m_target, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_confirm->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_confirm, &QPushButton::clicked, this, &ReassignDialog::confirm);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    m_confirm->setEnabled(false);
    retranslate();
    m_target->setFocus();
}

void ReassignDialog::updateCompletions(const QString& text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty()) {
        m_completer->setCandidates({});
        m_completer->popup()->hide();
        return;
    }
    auto found = AssigneeResolver(m_workspace.database().connection()).search(wanted, completionLimit);
    if (!found) {
        m_completer->setCandidates({});
        return;
    }
    // The number's own assignee is no place to move it to.
    std::vector<Assignee> candidates;
    for (const Assignee& candidate : *found)
        if (!(candidate.kind == m_row.kind && candidate.id == m_row.assigneeId))
            candidates.push_back(candidate);
    m_completer->setCandidates(candidates);
    if (candidates.empty())
        m_completer->popup()->hide();
    else
        m_completer->complete();
}

void ReassignDialog::confirm()
{
    const QString target = m_target->text().trimmed();
    if (target.isEmpty())
        return;
    NumberService service(m_workspace.context());
    const bool picked = m_picked && target == m_pickedName.trimmed();
    auto result = m_purpose == Purpose::ReactivateForSuccessor
        ? (picked ? service.reactivate(m_row.e164, *m_picked) : service.reactivate(m_row.e164, target))
        : (picked ? service.reassign(m_row.e164, *m_picked, m_row.version)
                  : service.reassign(m_row.e164, target, m_row.version));
    if (!result) {
        m_banner->showError(result.error().message);
        if (result.error().code == ErrorCode::Conflict) {
            // The page shows what changed; a second Confirm applies to the number as it is now.
            if (auto fresh = NumberService(m_workspace.context()).find(m_row.e164))
                m_row.version = fresh->version;
            m_workspace.notifyChanged(Workspace::Numbers);
        }
        m_target->setFocus();
        m_target->selectAll();
        return;
    }
    m_reassigned = std::move(result).value();
    m_banner->clear();
    accept();
}

void ReassignDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ReassignDialog::retranslate()
{
    nameClearButton(m_target, tr("Clear"));
    const bool reactivating = m_purpose == Purpose::ReactivateForSuccessor;
    setWindowTitle(reactivating ? tr("Reactivate for a successor") : tr("Reassign a number"));
    m_heading->setText(windowTitle());
    m_numberLabel->setText(tr("Number: %1").arg(formatInternational(m_row.e164)));
    if (!m_row.assigneeActive)
        m_currentLabel->setText(
            m_row.kind == AssigneeKind::SipProfile
                ? tr("Held by SIP profile %1 (%2), which has been removed").arg(m_row.displayName, m_row.key)
                : tr("Held by %1 (%2), who has been removed").arg(m_row.displayName, m_row.key));
    else
        m_currentLabel->setText(
            m_row.kind == AssigneeKind::SipProfile
                ? tr("Now assigned to SIP profile %1 (%2)").arg(m_row.displayName, m_row.key)
                : tr("Now assigned to %1 (%2)").arg(m_row.displayName, m_row.key));
    m_targetLabel->setText(reactivating ? tr("Reactivate for:") : tr("Assign to:"));
    m_target->setPlaceholderText(tr("Name of a member or SIP profile"));
    m_target->setAccessibleName(tr("Member or SIP profile to assign the number to"));
    m_warning->setText(tr("When you reassign a number, check that the assignment complies with the terms you "
                          "agreed to when you bought that number."));
    m_confirm->setText(reactivating ? tr("Reactivate") : tr("Confirm"));
    m_confirm->setAccessibleName(m_confirm->text());
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel"));
}

} // namespace nm
