#pragma once

#include "common/LazyQueryModel.h"
#include "queries/MemberQuery.h"

#include <QSqlDatabase>

namespace nm {

// The active members, a page at a time, sorted and filtered by the database.
class MembersTableModel final : public LazyQueryModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MembersTableModel)

public:
    enum Column
    {
        AccountName = MemberQuery::AccountName,
        DisplayName = MemberQuery::DisplayName,
        Email = MemberQuery::Email,
        Country = MemberQuery::Country,
        City = MemberQuery::City,
        NumberCount = MemberQuery::NumberCount,
        ColumnCount = MemberQuery::ColumnCount
    };

    explicit MembersTableModel(QSqlDatabase db, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Case-insensitive part of the account name, display name, e-mail or city; reloads.
    void setFilterText(const QString& text);
    QString filterText() const { return m_filterText; }

    qint64 memberIdAt(int row) const;
    QString accountNameAt(int row) const;
    QString displayNameAt(int row) const;
    int numberCountAt(int row) const;

private:
    MemberQuery& members() { return static_cast<MemberQuery&>(listQuery()); }
    QString m_filterText;
};

} // namespace nm
