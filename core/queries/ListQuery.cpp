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

Status ListQuery::each(const QString& statement, const QVariantList& values,
                       const std::function<bool(const QVariantList&)>& visit) const
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

Result<std::vector<QVariantList>> ListQuery::run(const QString& statement, const QVariantList& values) const
{
    std::vector<QVariantList> rows;
    if (Status s = each(statement, values,
                        [&rows](const QVariantList& row) {
                            rows.push_back(row);
                            return true;
                        });
        !s)
        return s.error();
    return rows;
}

Status ListQuery::forEach(const std::function<bool(const QVariantList&)>& visit, int limit) const
{
    const Sql q = sql();
    QString statement = QStringLiteral("%1 %2 %3").arg(q.select, q.from, q.orderBy);
    if (limit >= 0)
        statement += QStringLiteral(" LIMIT %1").arg(limit);
    return each(statement, q.values, visit);
}

Result<std::vector<QVariantList>> ListQuery::rows(int offset, int limit) const
{
    const Sql q = sql();
    return run(
        QStringLiteral("%1 %2 %3 LIMIT %4 OFFSET %5").arg(q.select, q.from, q.orderBy).arg(limit).arg(offset),
        q.values);
}

Result<std::vector<QVariantList>> ListQuery::allRows() const
{
    const Sql q = sql();
    return run(QStringLiteral("%1 %2 %3").arg(q.select, q.from, q.orderBy), q.values);
}

Result<int> ListQuery::count() const
{
    const Sql q = sql();
    auto counted = run(QStringLiteral("SELECT count(*) ") + q.from, q.values);
    if (!counted)
        return counted.error();
    return counted->empty() ? 0 : counted->front().value(0).toInt();
}

QString ListQuery::pageSql(int limit) const
{
    const Sql q = sql();
    return QStringLiteral("%1 %2 %3 LIMIT %4").arg(q.select, q.from, q.orderBy).arg(limit);
}

} // namespace nm
