#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>
#include <functional>
#include <vector>

namespace nm {

// A list the programs show (members, SIP profiles, numbers, history, ledger): the rows
// that match a filter, in a total order, a page at a time, and their count. The
// command-line tool and the desktop program's table models read the same objects, so
// that both show the same rows on both engines; the SQL lives here, not in the UI.
//
// Each row is the values its subclass documents; value 0 is the row's stable key.
class ListQuery
{
public:
    enum class Order
    {
        Ascending,
        Descending
    };

    explicit ListQuery(QSqlDatabase db);
    virtual ~ListQuery();
    ListQuery(const ListQuery&) = default;
    ListQuery& operator=(const ListQuery&) = default;

    // Rows [offset, offset + limit) in the current order.
    Result<std::vector<QVariantList>> rows(int offset, int limit) const;
    // Every matching row (tick all, the command-line tool's listings).
    Result<std::vector<QVariantList>> allRows() const;
    // Every matching row (or the first `limit`, when not negative), one at a time, in
    // constant memory: the command-line tool's JSON. `visit` returns false to stop.
    Status forEach(const std::function<bool(const QVariantList&)>& visit, int limit = -1) const;
    Result<int> count() const;

    // The column (the subclass's enum) to order by; ties are broken by the row's key.
    void setOrder(int column, Order order);
    int orderColumn() const { return m_column; }
    Order order() const { return m_order; }

    // The statement of a first page and its values, for measuring (EXPLAIN QUERY PLAN).
    QString pageSql(int limit) const;
    QVariantList values() const { return sql().values; }

protected:
    struct Sql
    {
        QString select; // "SELECT a, b, c" (a: the row's stable key)
        QString from; // "FROM ... WHERE ..." (without ORDER BY / LIMIT)
        QVariantList values; // bound in order to the placeholders in `from`
        QString orderBy; // "ORDER BY ..." for the current order, total
    };
    virtual Sql sql() const = 0;
    static QString direction(Order order)
    {
        return order == Order::Ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    }
    const QSqlDatabase& db() const { return m_db; }

private:
    Result<std::vector<QVariantList>> run(const QString& statement, const QVariantList& values) const;
    Status each(const QString& statement, const QVariantList& values,
                const std::function<bool(const QVariantList&)>& visit) const;

    QSqlDatabase m_db;
    int m_column = 0;
    Order m_order = Order::Ascending;
};

} // namespace nm
