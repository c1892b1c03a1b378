#include "LazyQueryModel.h"

#include "common/BackgroundReader.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLoggingCategory>
#include <limits>

Q_LOGGING_CATEGORY(lcLazyModel, "nm.ui.model")

namespace nm {

LazyQueryModel::LazyQueryModel(std::unique_ptr<ListQuery> query, QObject* parent)
    : QAbstractTableModel(parent)
    , m_query(std::move(query))
{
    // Installing a translator sends LanguageChange to the application object only.
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

LazyQueryModel::~LazyQueryModel() = default;

QString LazyQueryModel::countText(const std::function<QString(int)>& counted) const
{
    if (m_loading)
        return tr("reading rows...");
    const int total = totalCount();
    return total < 0 ? tr("counting rows...") : counted(total);
}

bool LazyQueryModel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange) {
        if (columnCount() > 0) {
            emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
            if (!m_rows.empty())
                emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
        }
    }
    return QAbstractTableModel::eventFilter(watched, event);
}

int LazyQueryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool LazyQueryModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore && !m_loading;
}

void LazyQueryModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || loadInBackground(Load::More, pageSize))
        return;
    std::vector<QVariantList> page;
    if (!loadRows(int(m_rows.size()), pageSize, page) || page.empty()) {
        m_hasMore = false; // the data shrank underneath us; stop asking
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    for (QVariantList& row : page)
        m_rows.push_back(std::move(row));
    endInsertRows();
}

void LazyQueryModel::fetchAll()
{
    if (!m_hasMore || m_loading)
        return;
    std::vector<QVariantList> rest;
    if (!loadPage(int(m_rows.size()), std::numeric_limits<int>::max() - int(m_rows.size()), rest))
        return;
    m_hasMore = false;
    if (rest.empty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rest.size()) - 1);
    for (QVariantList& row : rest)
        m_rows.push_back(std::move(row));
    endInsertRows();
}

void LazyQueryModel::sort(int column, Qt::SortOrder order)
{
    if (column == sortColumn() && order == sortOrder() && !m_rows.empty())
        return;
    m_query->setOrder(
        column, order == Qt::AscendingOrder ? ListQuery::Order::Ascending : ListQuery::Order::Descending);
    reload();
}

void LazyQueryModel::reload()
{
    if (m_loadedOnce && loadInBackground(Load::Reset, pageSize))
        return;
    m_loadedOnce = true;
    *m_latestLoad = ++m_loads; // what is on its way is outdated
    setLoading(false);
    beginResetModel();
    m_rows.clear();
    forgetCount();
    std::vector<QVariantList> page;
    if (loadRows(0, pageSize, page))
        m_rows = std::move(page);
    endResetModel();
}

void LazyQueryModel::refresh()
{
    const int loaded = std::max(int(m_rows.size()), pageSize);
    if (loadInBackground(Load::Refresh, loaded))
        return;
    const bool hadMore = m_hasMore;
    std::vector<QVariantList> fresh;
    if (!loadRows(0, loaded, fresh)) {
        m_hasMore = hadMore;
        return;
    }
    takeFresh(std::move(fresh));
}

void LazyQueryModel::takeFresh(std::vector<QVariantList> fresh)
{
    forgetCount();
    bool sameRows = fresh.size() == m_rows.size();
    for (size_t i = 0; sameRows && i < fresh.size(); ++i)
        sameRows = fresh[i].value(0) == m_rows[i].value(0);
    if (!sameRows) {
        beginResetModel();
        m_rows = std::move(fresh);
        endResetModel();
        return;
    }
    // Same rows: tell the view about the rows whose values changed, nothing more.
    for (size_t i = 0; i < fresh.size(); ++i) {
        if (fresh[i] == m_rows[i])
            continue;
        m_rows[i] = std::move(fresh[i]);
        emit dataChanged(index(int(i), 0), index(int(i), columnCount() - 1));
    }
}

bool LazyQueryModel::runOnRowReader(QueryJob job)
{
    std::shared_ptr<ListQuery> copy = m_reader ? m_query->clone() : nullptr;
    if (!copy)
        return false;
    copy->setDatabase({}); // this thread's connection is let go here, not on the reader's
    m_reader->run(this, [copy, job = std::move(job)](const QSqlDatabase& db) {
        copy->setDatabase(db);
        std::function<void()> then = job(*copy);
        copy->setDatabase({}); // not kept past that thread's connection
        return then;
    });
    return true;
}

bool LazyQueryModel::loadInBackground(Load load, int limit)
{
    if (!m_reader)
        return false;
    // A page on its way belongs to the rows being replaced: set before the reader can look.
    // (When the query cannot be read there, nothing is on its way to lose.)
    if (load != Load::More)
        *m_latestLoad = ++m_loads;
    const quint64 loads = m_loads;
    const std::shared_ptr<std::atomic<quint64>> latest = m_latestLoad;
    const QVariantList after = load == Load::More && !m_rows.empty() ? m_rows.back() : QVariantList();
    const int offset = load == Load::More ? int(m_rows.size()) : 0;
    const bool started
        = runOnRowReader([this, load, loads, latest, after, offset, limit](const ListQuery& query) {
              if (*latest != loads)
                  return std::function<void()>(); // typed over, sorted again: not worth reading
              // One more than asked for tells whether there are more.
              auto rows = after.isEmpty() ? query.rows(offset, limit + 1)
                                          : query.rowsAfter(after, offset, limit + 1);
              return std::function<void()>([this, load, loads, rows = std::move(rows), limit]() mutable {
                  if (loads != m_loads)
                      return; // replaced by a newer load, which is on its way
                  loaded(load, std::move(rows), limit);
              });
          });
    if (!started)
        return false;
    setLoading(true);
    return true;
}

void LazyQueryModel::loaded(Load load, Result<std::vector<QVariantList>> read, int limit)
{
    setLoading(false);
    if (!read) {
        m_lastError = read.error().message;
        qCWarning(lcLazyModel) << "page failed:" << m_lastError;
        if (load == Load::More)
            m_hasMore = false; // stop asking
        return;
    }
    m_lastError.clear();
    std::vector<QVariantList> rows = std::move(read).value();
    const bool more = int(rows.size()) > limit;
    if (more)
        rows.pop_back();
    switch (load) {
    case Load::Reset:
        beginResetModel();
        m_rows = std::move(rows);
        m_hasMore = more;
        forgetCount();
        endResetModel();
        break;
    case Load::Refresh:
        m_hasMore = more;
        takeFresh(std::move(rows));
        break;
    case Load::More:
        m_hasMore = more && !rows.empty();
        if (!rows.empty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(rows.size()) - 1);
            for (QVariantList& row : rows)
                m_rows.push_back(std::move(row));
            endInsertRows();
        }
        break;
    }
}

void LazyQueryModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

QVariant LazyQueryModel::rowKey(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[size_t(row)].value(0) : QVariant();
}

int LazyQueryModel::rowOfKey(const QVariant& key) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].value(0) == key)
            return int(i);
    return -1;
}

void LazyQueryModel::forgetCount()
{
    m_total = -1;
    *m_latestCount = ++m_generation;
    m_counting = false;
}

int LazyQueryModel::totalCount() const
{
    if (m_total >= 0)
        return m_total;
    if (!m_hasMore)
        return m_total = int(m_rows.size());
    if (m_counter) {
        if (!m_counting) {
            m_counting = true;
            const quint64 generation = m_generation;
            auto* self = const_cast<LazyQueryModel*>(this);
            // Counted by a copy of the query where it can be (the statement may depend on what
            // the search index says, asked there too), else by the statement made here.
            std::shared_ptr<ListQuery> copy = m_query->clone();
            if (copy)
                copy->setDatabase({}); // this thread's connection is let go here
            m_counter->run(self,
                           [self, generation, latest = m_latestCount, copy,
                            statement = copy ? ListQuery::Statement{}
                                             : m_query->countStatement()](const QSqlDatabase& db) {
                               if (*latest != generation)
                                   return std::function<void()>(); // reloaded since: counted again when asked
                               Result<int> counted = 0;
                               if (copy) {
                                   copy->setDatabase(db);
                                   counted = copy->count();
                                   copy->setDatabase({}); // not kept past that thread's connection
                               } else {
                                   counted = ListQuery::count(db, statement);
                               }
                               return std::function<void()>([self, generation, counted] {
                                   if (generation != self->m_generation)
                                       return; // reloaded since: that count is asked for again
                                   self->m_counting = false;
                                   if (!counted) {
                                       self->m_lastError = counted.error().message;
                                       qCWarning(lcLazyModel) << "count failed:" << self->m_lastError;
                                       self->m_total = int(self->m_rows.size());
                                   } else {
                                       self->m_total = *counted;
                                   }
                                   emit self->totalCountChanged();
                               });
                           });
        }
        return -1;
    }
    const auto counted = m_query->count();
    if (!counted) {
        m_lastError = counted.error().message;
        qCWarning(lcLazyModel) << "count failed:" << m_lastError;
        return int(m_rows.size());
    }
    return m_total = *counted;
}

bool LazyQueryModel::loadRows(int offset, int limit, std::vector<QVariantList>& into)
{
    if (!loadPage(offset, limit + 1, into))
        return false;
    m_hasMore = int(into.size()) > limit;
    if (m_hasMore)
        into.pop_back();
    return true;
}

bool LazyQueryModel::loadPage(int offset, int limit, std::vector<QVariantList>& into)
{
    // After the first page, the next one starts after the last row loaded, by its values.
    auto page = offset > 0 && offset == int(m_rows.size()) ? m_query->rowsAfter(m_rows.back(), offset, limit)
                                                           : m_query->rows(offset, limit);
    if (!page) {
        m_lastError = page.error().message;
        qCWarning(lcLazyModel) << "page failed:" << m_lastError;
        return false;
    }
    m_lastError.clear();
    std::vector<QVariantList> rows = std::move(page).value();
    for (QVariantList& row : rows)
        into.push_back(std::move(row));
    return true;
}

} // namespace nm
