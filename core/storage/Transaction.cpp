#include "Transaction.h"

#include "SqlError.h"

#include <QSqlQuery>

namespace nm {

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    m_begin = execSql(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    m_active = m_begin.ok();
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_begin.ok() ? Status{} : m_begin;
    Status status = execSql(m_db, QStringLiteral("COMMIT"));
    if (!status) {
        rollback();
        return status;
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
}

} // namespace nm
