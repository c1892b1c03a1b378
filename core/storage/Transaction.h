#pragma once

#include "Result.h"

#include <QSqlDatabase>

namespace nm {

// One unit of change: BEGIN IMMEDIATE takes the write lock up front (waiting up to the
// busy timeout), so two administrators never interleave half-changes. Rolls back
// unless commit() succeeded.
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();

    // Whether BEGIN succeeded; when it did not, error() says why.
    bool isActive() const { return m_active; }
    const Status& beginStatus() const { return m_begin; }
    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    Status m_begin;
    bool m_active = false;
};

} // namespace nm
