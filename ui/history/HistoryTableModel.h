#pragma once

#include "common/LazyQueryModel.h"
#include "queries/HistoryQuery.h"

#include <QDate>
#include <QSqlDatabase>

namespace nm {

// The history (audit log), newest first unless sorted otherwise, a page at a time.
class HistoryTableModel final : public LazyQueryModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryTableModel)

public:
    enum Column
    {
        Time,
        Administrator,
        Action,
        Object,
        Change,
        ColumnCount
    };

    struct Filter
    {
        QString text; // part of the action, object, administrator or the values
        QDate from; // inclusive, in local time; no bound when invalid
        QDate until; // inclusive, in local time; no bound when invalid
        friend bool operator==(const Filter&, const Filter&) = default;
    };

    explicit HistoryTableModel(QSqlDatabase db, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Reloads when the filter differs.
    void setFilter(const Filter& filter);
    const Filter& filter() const { return m_filter; }

    QString actionAt(int row) const; // as stored: "member.add"
    QString objectIdAt(int row) const; // as stored: "jan.devries"
    QDateTime timeAt(int row) const;

private:
    HistoryQuery& history() { return static_cast<HistoryQuery&>(listQuery()); }
    Filter m_filter;
};

} // namespace nm
