#include "LazyQueryModel.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

Q_LOGGING_CATEGORY(lcLazyModel, "nm.ui.model")

namespace nm {

LazyQueryModel::LazyQueryModel(QSqlDatabase db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{
    // Installing a translator sends LanguageChange to the application object only.
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
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

void LazyQueryModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder && !m_rows.empty())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
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

int LazyQueryModel::totalCount() const
{
    if (m_total >= 0)
        return m_total;
    if (!m_hasMore)
        return m_total = int(m_rows.size());
    const Query q = query();
    QSqlQuery count(m_db);
    count.prepare(QStringLiteral("SELECT count(*) ") + q.from);
    for (const QVariant& value : q.values)
        count.addBindValue(value);
    if (!count.exec() || !count.next()) {
        qCWarning(lcLazyModel) << "count failed:" << count.lastError().text();
        return int(m_rows.size());
    }
    return m_total = count.value(0).toInt();
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
    const Query q = query();
    QSqlQuery select(m_db);
    select.setForwardOnly(true);
    select.prepare(QStringLiteral("%1 %2 %3 LIMIT %4 OFFSET %5")
                       .arg(q.select, q.from, q.orderBy)
                       .arg(limit)
                       .arg(offset));
    for (const QVariant& value : q.values)
        select.addBindValue(value);
    if (!select.exec()) {
        m_lastError = select.lastError().text();
        qCWarning(lcLazyModel) << "page failed:" << m_lastError;
        return false;
    }
    const int columns = select.record().count();
    while (select.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row << select.value(c);
        into.push_back(std::move(row));
    }
    return true;
}

} // namespace nm
