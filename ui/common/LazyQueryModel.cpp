#include "LazyQueryModel.h"

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
    return !parent.isValid() && m_hasMore;
}

void LazyQueryModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
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
    if (!m_hasMore)
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
    beginResetModel();
    m_rows.clear();
    m_total = -1;
    std::vector<QVariantList> page;
    if (loadRows(0, pageSize, page))
        m_rows = std::move(page);
    endResetModel();
}

void LazyQueryModel::refresh()
{
    const int loaded = std::max(int(m_rows.size()), pageSize);
    const bool hadMore = m_hasMore;
    std::vector<QVariantList> fresh;
    if (!loadRows(0, loaded, fresh)) {
        m_hasMore = hadMore;
        return;
    }
    m_total = -1;
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

int LazyQueryModel::totalCount() const
{
    if (m_total >= 0)
        return m_total;
    if (!m_hasMore)
        return m_total = int(m_rows.size());
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
    auto page = m_query->rows(offset, limit);
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
