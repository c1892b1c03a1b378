#pragma once

#include "queries/ListQuery.h"

#include <QAbstractTableModel>
#include <QVariantList>
#include <atomic>
#include <functional>
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
    // request after each reload, not on every keystroke: paging needs no count. With a
    // reader (setBackgroundReaders), counted there when more than a page matches: -1
    // until totalCountChanged() tells the count.
    int totalCount() const;
    // Counts, and loads rows after the first page (a search, a sort, a refresh, the next
    // page), on the reader's thread from now on, so that a million rows never hold up the
    // window: the rows shown stay until the new ones come. Null does it all here.
    void setBackgroundReaders(class BackgroundReader* rows, BackgroundReader* counts)
    {
        m_reader = rows;
        m_counter = counts;
    }
    // Rows are being read in the background.
    bool isLoading() const { return m_loading; }
    // What a page says of its rows: "reading rows..." while they are read in the
    // background, "counting rows..." until their count is known, then `counted(count)`.
    QString countText(const std::function<QString(int)>& counted) const;
    QString lastError() const { return m_lastError; }
    int sortColumn() const { return m_query->orderColumn(); }
    Qt::SortOrder sortOrder() const
    {
        return m_query->order() == ListQuery::Order::Ascending ? Qt::AscendingOrder : Qt::DescendingOrder;
    }
    const ListQuery& listQuery() const { return *m_query; }

signals:
    // The count asked for in the background is known.
    void totalCountChanged();
    void loadingChanged(bool loading);

protected:
    // Translated headers and cells (state names, kinds) follow a language switch.
    bool eventFilter(QObject* watched, QEvent* event) override;

    ListQuery& listQuery() { return *m_query; }
    BackgroundReader* rowReader() const { return m_reader; }
    // Runs `job` on the row reader's thread, with a copy of the query that reads through
    // that thread's connection; what the job returns runs back here. False without a
    // reader, or for a query not read there: the caller reads here.
    using QueryJob = std::function<std::function<void()>(const ListQuery&)>;
    bool runOnRowReader(QueryJob job);

    // The raw values of a loaded row, as selected.
    const QVariantList& rowValues(int row) const { return m_rows[size_t(row)]; }
    QVariant key(int row) const { return m_rows[size_t(row)].value(0); }
    // Call when the filter changes: reloads from the first page.
    void reload();

private:
    bool loadPage(int offset, int limit, std::vector<QVariantList>& into);
    void forgetCount();
    enum class Load
    {
        Reset, // new rows from the first
        Refresh, // the loaded rows again, in place when they are the same rows
        More // the next page
    };
    // Reads on the reader's thread; false when there is no reader (or the query cannot be
    // read there): then the caller reads here.
    bool loadInBackground(Load load, int limit);
    void loaded(Load load, Result<std::vector<QVariantList>> rows, int limit);
    void takeFresh(std::vector<QVariantList> fresh);
    void setLoading(bool loading);
    // Loads up to `limit` rows at `offset` and sets m_hasMore by asking for one more.
    bool loadRows(int offset, int limit, std::vector<QVariantList>& into);

    std::unique_ptr<ListQuery> m_query;
    std::vector<QVariantList> m_rows;
    bool m_hasMore = false;
    mutable int m_total = -1; // -1: not counted since the last reload
    BackgroundReader* m_reader = nullptr;
    BackgroundReader* m_counter = nullptr;
    // m_generation, for the counting thread: a count asked for before a reload is skipped.
    std::shared_ptr<std::atomic<quint64>> m_latestCount = std::make_shared<std::atomic<quint64>>(0);
    mutable quint64 m_generation = 0; // which reload a count in the background belongs to
    mutable bool m_counting = false;
    quint64 m_loads = 0; // which load the rows to come belong to
    // m_loads, for the reader's thread: a load replaced before it started is skipped.
    std::shared_ptr<std::atomic<quint64>> m_latestLoad = std::make_shared<std::atomic<quint64>>(0);
    bool m_loading = false;
    bool m_loadedOnce = false; // the first page is read here: the page opens with its rows
    mutable QString m_lastError;
};

} // namespace nm
