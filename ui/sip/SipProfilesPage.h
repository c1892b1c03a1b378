#pragma once

#include "common/RecordListPage.h"

namespace nm {

class SipProfileDialog;
class SipProfilesTableModel;

// The organisation's SIP profiles (its own phone systems): search, a sortable table,
// and add, edit and remove. Removing a profile says first what happens to its numbers.
class SipProfilesPage final : public RecordListPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SipProfilesPage)

public:
    explicit SipProfilesPage(Workspace& workspace, QWidget* parent = nullptr);

    SipProfilesTableModel* profilesModel() const { return m_profiles; }
    SipProfileDialog* profileDialog() const;

protected:
    QDialog* createAddDialog() override;
    QDialog* createEditDialog(int row) override;
    void removeRow(int row) override;
    void setFilterText(const QString& text) override;
    QString filterText() const override;
    Texts texts() const override;

private:
    SipProfilesTableModel* m_profiles = nullptr;
};

} // namespace nm
