#pragma once

#include "common/LazyQueryModel.h"

namespace nm {

// The active SIP profiles, a page at a time, sorted and filtered by the database.
class SipProfilesTableModel final : public LazyQueryModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SipProfilesTableModel)

public:
    enum Column
    {
        ProfileId,
        Name,
        Channels,
        Country,
        NumberCount,
        ColumnCount
    };

    explicit SipProfilesTableModel(QSqlDatabase db, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Case-insensitive part of the profile id or name; reloads.
    void setFilterText(const QString& text);
    QString filterText() const { return m_filterText; }

    qint64 recordIdAt(int row) const;
    QString profileIdAt(int row) const;
    QString nameAt(int row) const;
    int numberCountAt(int row) const;

protected:
    Query query() const override;

private:
    QString m_filterText;
};

} // namespace nm
