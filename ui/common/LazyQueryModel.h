#pragma once

#include "queries/ListQuery.h"

#include <QAbstractTableModel>
#include <QVariantList>
#include <memory>
#include <vector>

namespace nm {

// A read-only table over one of the core's list queries that scales to hundreds of
// thousands of rows: rows arrive a page at a time as the view scrolls
// (canFetchMore/fetchMore), sorting and filtering are done by the database, and refresh()
// updates loaded rows in place (dataChanged) when the row set is unchanged, so that
// selection and scrolling survive. The SQL is the core's (queries/), never the UI's.
//
// A subclass gives the query and says how to show a row's values.
class LazyQueryModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LazyQueryModel)

public:
    static constexpr int pageSize = 256;

    explicit LazyQueryModel(std::unique_ptr<ListQuery> query, QObject* parent = nullptr);
    ~LazyQueryModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Loads every row not loaded yet, in one query: Ctrl+End and the scroll bar dragged to
    // the bottom reach the last row, not the last of those loaded.
    void fetchAll();

    // Re-runs the query: in place when the same rows come back, otherwise a reset.
    void refresh();
    // A loaded row's stable key, and the loaded row with a key (-1 when none).
    QVariant rowKey(int row) const;
    int rowOfKey(const QVariant& key) const;
    // The total number of matching rows (not only those loaded). Counted on first
    // request after each reload, not on every keystroke: paging needs no count.
    int totalCount() const;
    QString lastError() const { return m_lastError; }
    int sortColumn() const { return m_query->orderColumn(); }
    Qt::SortOrder sortOrder() const
    {
        return m_query->order() == ListQuery::Order::Ascending ? Qt::AscendingOrder : Qt::DescendingOrder;
    }
    const ListQuery& listQuery() const { return *m_query; }

protected:
    // Translated headers and cells (state names, kinds) follow a language switch.
    bool eventFilter(QObject* watched, QEvent* event) override;

    ListQuery& listQuery() { return *m_query; }

    // The raw values of a loaded row, as selected.
    const QVariantList& rowValues(int row) const { return m_rows[size_t(row)]; }
    QVariant key(int row) const { return m_rows[size_t(row)].value(0); }
    // Call when the filter changes: reloads from the first page.
    void reload();

private:
    bool loadPage(int offset, int limit, std::vector<QVariantList>& into);
    // Loads up to `limit` rows at `offset` and sets m_hasMore by asking for one more.
    bool loadRows(int offset, int limit, std::vector<QVariantList>& into);

    std::unique_ptr<ListQuery> m_query;
    std::vector<QVariantList> m_rows;
    bool m_hasMore = false;
    mutable int m_total = -1; // -1: not counted since the last reload
    mutable QString m_lastError;
};

} // namespace nm
