#pragma once

#include "common/LazyQueryModel.h"

namespace nm {

// The active members, a page at a time, sorted and filtered by the database.
class MembersTableModel final : public LazyQueryModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MembersTableModel)

public:
    enum Column
    {
        AccountName,
        DisplayName,
        Email,
        Country,
        City,
        NumberCount,
        ColumnCount
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

protected:
    Query query() const override;

private:
    QString m_filterText;
};

} // namespace nm
