#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>
#include <functional>
#include <memory>
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
    // The `limit` rows after `last` (row offset - 1 of this order). A list that can find
    // its place by the row's values (keyset paging) does so, and the page at row 900,000
    // costs what the first does; the others skip `offset` rows.
    Result<std::vector<QVariantList>> rowsAfter(const QVariantList& last, int offset, int limit) const;
    // Every matching row (tick all, the command-line tool's listings).
    Result<std::vector<QVariantList>> allRows() const;
    // Every matching row (or the first `limit`, when not negative), one at a time, in
    // constant memory: the command-line tool's JSON. `visit` returns false to stop.
    Status forEach(const std::function<bool(const QVariantList&)>& visit, int limit = -1) const;
    Result<int> count() const;
    // The count as a statement, for counting on another connection (a worker thread's):
    // count(db, countStatement()) there.
    struct Statement
    {
        QString text;
        QVariantList values;
    };
    virtual Statement countStatement() const;
    static Result<int> count(const QSqlDatabase& db, const Statement& statement);

    // The column (the subclass's enum) to order by; ties are broken by the row's key.
    void setOrder(int column, Order order);
    int orderColumn() const { return m_column; }
    Order order() const { return m_order; }

    // A copy, for reading in the background: made on the owner's thread, then given
    // the reading thread's connection there (setDatabase). Null for a list not read there.
    virtual std::unique_ptr<ListQuery> clone() const;
    void setDatabase(QSqlDatabase db) { m_db = std::move(db); }

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
        // A compound (UNION ALL) whose arms each read in the order: `select` is empty,
        // `from` is the whole compound and `orderBy` names result columns by number, so
        // that the database merges the arms instead of sorting their union.
        bool compound = false;
    };
    virtual Sql sql() const = 0;
    using Visitor = std::function<bool(const QVariantList&)>;
    // Visits rows in the order, after `after` when given (keyset paging, where the list
    // can), else from row `offset`; at most `limit` (-1: all). By default one statement,
    // sql(); a list read in several statements overrides this.
    virtual Status read(const QVariantList* after, int offset, int limit, const Visitor& visit) const;
    static QString direction(Order order)
    {
        return order == Order::Ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    }
    const QSqlDatabase& db() const { return m_db; }

    // The statement for `q`, with "LIMIT ..." (or nothing) after the order.
    static QString statement(const Sql& q, const QString& limit = {});
    // Runs one statement and visits its rows until `visit` returns false.
    Status each(const QString& statement, const QVariantList& values, const Visitor& visit) const;

private:
    Result<std::vector<QVariantList>> collect(const QVariantList* after, int offset, int limit) const;

    QSqlDatabase m_db;
    int m_column = 0;
    Order m_order = Order::Ascending;
};

} // namespace nm
