#include "MembersPage.h"

#include "MemberDialog.h"
#include "MembersTableModel.h"
#include "common/Banner.h"
#include "common/RemovalConfirmation.h"
#include "common/TableNavigation.h"
#include "members/MemberService.h"
#include "storage/Database.h"

#include <QTableView>

namespace nm {

MembersPage::MembersPage(Workspace& workspace, QWidget* parent)
    : RecordListPage(workspace, new MembersTableModel(workspace.database().connection()),
                     QStringLiteral("member"), Workspace::Members | Workspace::Numbers, parent)
{
    setObjectName(QStringLiteral("membersPage"));
    m_members = static_cast<MembersTableModel*>(model());
    initialise();
    fitColumnsToContents(table(), MembersTableModel::DisplayName);
}

MemberDialog* MembersPage::memberDialog() const
{
    return qobject_cast<MemberDialog*>(openDialog());
}

RecordListPage::Texts MembersPage::texts() const
{
    Texts t;
    t.title = tr("Members");
    t.searchHint = tr("Search members");
    t.addButton = tr("&Add member");
    t.addToolTip = tr("Add a member");
    t.editToolTip = tr("Change the selected member");
    t.removeToolTip = tr("Remove the selected member");
    t.countText = [](int count) { return tr("%Ln member(s)", "", count); };
    t.readError = tr("The members could not be read from the database: %1");
    return t;
}

void MembersPage::setFilterText(const QString& text)
{
    m_members->setFilterText(text);
}

QString MembersPage::filterText() const
{
    return m_members->filterText();
}

QDialog* MembersPage::createAddDialog()
{
    return new MemberDialog(workspace(), this);
}

QDialog* MembersPage::createEditDialog(int row)
{
    auto member = MemberService(workspace().context()).findById(m_members->memberIdAt(row));
    if (!member) {
        banner()->showError(member.error().message);
        return nullptr;
    }
    return new MemberDialog(workspace(), *member, this);
}

void MembersPage::removeRow(int row)
{
    const qint64 id = m_members->memberIdAt(row);
    const QString account = m_members->accountNameAt(row);
    const QString displayName = m_members->displayNameAt(row);
    auto numbers
        = RemovalConfirmation::numbersToCancel(workspace().context(), AssigneeKind::Member, id, account);
    if (!numbers) {
        banner()->showError(numbers.error().message);
        return;
    }
    const QString question = tr("Remove the member %1 (%2)?").arg(displayName, account);
    if (!RemovalConfirmation::ask(this, tr("Remove member"), question, *numbers))
        return;
    auto removed = MemberService(workspace().context()).remove(account);
    if (!removed) {
        banner()->showError(removed.error().message);
        return;
    }
    workspace().notifyChanged(Workspace::Members | Workspace::Numbers);
    banner()->showInformation(numbers->empty() ? tr("The member %1 was removed.").arg(displayName)
                                               : tr("The member %1 was removed and %Ln number(s) cancelled.",
                                                    "", int(numbers->size()))
                                                     .arg(displayName));
}

} // namespace nm
