#pragma once

#include "Result.h"

#include <QSqlDatabase>

namespace nm {

// One unit of change: BEGIN IMMEDIATE takes the write lock up front (waiting up to the
// busy timeout), so two administrators never interleave half-changes. Rolls back
// unless commit() succeeded.
//
// Inside another Transaction on the same connection it becomes a SAVEPOINT: a service
// call then commits into the caller's unit of change (the demo organisation is built
// from many service calls and still happens whole or not at all).
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();

    // Whether BEGIN succeeded; when it did not, beginStatus() says why.
    bool isActive() const { return m_active; }
    const Status& beginStatus() const { return m_begin; }
    bool isNested() const { return !m_savepoint.isEmpty(); }
    // Whether a Transaction is open on the connection (e.g. a long purchase whose
    // progress dialog keeps the event loop running).
    static bool isOpen(const QSqlDatabase& db);
    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    QString m_savepoint; // empty for the outermost transaction
    Status m_begin;
    bool m_active = false;
};

} // namespace nm
