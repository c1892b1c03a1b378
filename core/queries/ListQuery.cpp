#include "ListQuery.h"

#include "storage/SqlError.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace nm {

ListQuery::ListQuery(QSqlDatabase db)
    : m_db(std::move(db))
{ }

ListQuery::~ListQuery() = default;

void ListQuery::setOrder(int column, Order order)
{
    m_column = column;
    m_order = order;
}

Status ListQuery::each(const QString& statement, const QVariantList& values, const Visitor& visit) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (Status s = prepare(query, statement); !s)
        return s;
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (Status s = exec(query); !s)
        return s;
    const int columns = query.record().count();
    QVariantList row;
    while (query.next()) {
        row.clear();
        for (int c = 0; c < columns; ++c)
            row << query.value(c);
        if (!visit(row))
            break;
    }
    return {};
}

Result<std::vector<QVariantList>> ListQuery::collect(const QVariantList* after, int offset, int limit) const
{
    std::vector<QVariantList> rows;
    if (Status s = read(after, offset, limit,
                        [&rows](const QVariantList& row) {
                            rows.push_back(row);
                            return true;
                        });
        !s)
        return s.error();
    return rows;
}

QString ListQuery::statement(const Sql& q, const QString& limit)
{
    QString text = q.compound ? q.from + QLatin1Char(' ') + q.orderBy
                              : QStringLiteral("%1 %2 %3").arg(q.select, q.from, q.orderBy);
    if (!limit.isEmpty())
        text += QLatin1Char(' ') + limit;
    return text;
}

Status ListQuery::read(const QVariantList* after, int offset, int limit, const Visitor& visit) const
{
    Q_UNUSED(after)
    const Sql q = sql();
    // An offset comes with a limit (a page); a list read whole starts at its first row.
    const QString limits = limit < 0 ? QString()
        : offset > 0                 ? QStringLiteral("LIMIT %1 OFFSET %2").arg(limit).arg(offset)
                                     : QStringLiteral("LIMIT %1").arg(limit);
    return each(statement(q, limits), q.values, visit);
}

Status ListQuery::forEach(const std::function<bool(const QVariantList&)>& visit, int limit) const
{
    return read(nullptr, 0, limit, visit);
}

Result<std::vector<QVariantList>> ListQuery::rows(int offset, int limit) const
{
    return collect(nullptr, offset, limit);
}

Result<std::vector<QVariantList>> ListQuery::rowsAfter(const QVariantList& last, int offset, int limit) const
{
    return collect(&last, offset, limit);
}

Result<std::vector<QVariantList>> ListQuery::allRows() const
{
    return collect(nullptr, 0, -1);
}

ListQuery::Statement ListQuery::countStatement() const
{
    const Sql q = sql();
    return {q.compound ? QStringLiteral("SELECT count(*) FROM (%1) r").arg(q.from)
                       : QStringLiteral("SELECT count(*) ") + q.from,
            q.values};
}

Result<int> ListQuery::count(const QSqlDatabase& db, const Statement& statement)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (Status s = prepare(query, statement.text); !s)
        return s.error();
    for (const QVariant& value : statement.values)
        query.addBindValue(value);
    if (Status s = exec(query); !s)
        return s.error();
    return query.next() ? query.value(0).toInt() : 0;
}

Result<int> ListQuery::count() const
{
    return count(m_db, countStatement());
}

std::unique_ptr<ListQuery> ListQuery::clone() const
{
    return nullptr;
}

QString ListQuery::pageSql(int limit) const
{
    return statement(sql(), QStringLiteral("LIMIT %1").arg(limit));
}

} // namespace nm
