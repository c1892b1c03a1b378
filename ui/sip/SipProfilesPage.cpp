#include "SipProfilesPage.h"

#include "SipProfileDialog.h"
#include "SipProfilesTableModel.h"
#include "common/Banner.h"
#include "common/RemovalConfirmation.h"
#include "common/TableNavigation.h"
#include "sip/SipProfileService.h"
#include "storage/Database.h"

#include <QTableView>

namespace nm {

SipProfilesPage::SipProfilesPage(Workspace& workspace, QWidget* parent)
    : RecordListPage(workspace, new SipProfilesTableModel(workspace.database().connection()),
                     QStringLiteral("sipProfile"), Workspace::SipProfiles | Workspace::Numbers, parent)
{
    setObjectName(QStringLiteral("sipProfilesPage"));
    m_profiles = static_cast<SipProfilesTableModel*>(model());
    initialise();
    fitColumnsToContents(table(), SipProfilesTableModel::Name);
}

SipProfileDialog* SipProfilesPage::profileDialog() const
{
    return qobject_cast<SipProfileDialog*>(openDialog());
}

RecordListPage::Texts SipProfilesPage::texts() const
{
    Texts t;
    t.title = tr("SIP profiles");
    t.searchHint = tr("Search SIP profiles");
    t.addButton = tr("&Add SIP profile");
    t.addToolTip = tr("Add a SIP profile");
    t.editToolTip = tr("Change the selected SIP profile");
    t.removeToolTip = tr("Remove the selected SIP profile");
    t.countText = [](int count) { return tr("%Ln SIP profile(s)", "", count); };
    t.readError = tr("The SIP profiles could not be read from the database: %1");
    return t;
}

void SipProfilesPage::setFilterText(const QString& text)
{
    m_profiles->setFilterText(text);
}

QString SipProfilesPage::filterText() const
{
    return m_profiles->filterText();
}

QDialog* SipProfilesPage::createAddDialog()
{
    return new SipProfileDialog(workspace(), this);
}

QDialog* SipProfilesPage::createEditDialog(int row)
{
    auto profile = SipProfileService(workspace().context()).findById(m_profiles->recordIdAt(row));
    if (!profile) {
        banner()->showError(profile.error().message);
        return nullptr;
    }
    return new SipProfileDialog(workspace(), *profile, this);
}

void SipProfilesPage::removeRow(int row)
{
    const qint64 id = m_profiles->recordIdAt(row);
    const QString profileId = m_profiles->profileIdAt(row);
    const QString name = m_profiles->nameAt(row);
    auto numbers = RemovalConfirmation::numbersToCancel(workspace().context(), AssigneeKind::SipProfile, id,
                                                        profileId);
    if (!numbers) {
        banner()->showError(numbers.error().message);
        return;
    }
    const QString question = tr("Remove the SIP profile %1 (%2)?").arg(name, profileId);
    if (!RemovalConfirmation::ask(this, tr("Remove SIP profile"), question, *numbers))
        return;
    auto removed = SipProfileService(workspace().context()).remove(profileId);
    if (!removed) {
        banner()->showError(removed.error().message);
        return;
    }
    workspace().notifyChanged(Workspace::SipProfiles | Workspace::Numbers);
    banner()->showInformation(
        numbers->empty()
            ? tr("The SIP profile %1 was removed.").arg(name)
            : tr("The SIP profile %1 was removed and %Ln number(s) cancelled.", "", int(numbers->size()))
                  .arg(name));
}

} // namespace nm
