#pragma once

#include "common/RecordListPage.h"

namespace nm {

class MemberDialog;
class MembersTableModel;

// The organisation's members: search, a sortable table that pages in from the
// database, and add, edit and remove. Removing a member says first what happens to
// their numbers.
class MembersPage final : public RecordListPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MembersPage)

public:
    explicit MembersPage(Workspace& workspace, QWidget* parent = nullptr);

    MembersTableModel* membersModel() const { return m_members; }
    MemberDialog* memberDialog() const;

protected:
    QDialog* createAddDialog() override;
    QDialog* createEditDialog(int row) override;
    void removeRow(int row) override;
    void setFilterText(const QString& text) override;
    QString filterText() const override;
    Texts texts() const override;

private:
    MembersTableModel* m_members = nullptr;
};

} // namespace nm
