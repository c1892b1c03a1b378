#pragma once

#include "common/LazyQueryModel.h"
#include "queries/SipProfileQuery.h"

#include <QSqlDatabase>

namespace nm {

// The active SIP profiles, a page at a time, sorted and filtered by the database.
class SipProfilesTableModel final : public LazyQueryModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SipProfilesTableModel)

public:
    enum Column
    {
        ProfileId = SipProfileQuery::ProfileId,
        Name = SipProfileQuery::Name,
        Channels = SipProfileQuery::Channels,
        Country = SipProfileQuery::Country,
        NumberCount = SipProfileQuery::NumberCount,
        ColumnCount = SipProfileQuery::ColumnCount
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

private:
    SipProfileQuery& profiles() { return static_cast<SipProfileQuery&>(listQuery()); }
    QString m_filterText;
};

} // namespace nm
