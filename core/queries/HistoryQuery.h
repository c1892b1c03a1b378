#pragma once

#include "queries/ListQuery.h"
#include "storage/AuditLog.h"

#include <QDateTime>

namespace nm {

// The history (audit log), newest first unless ordered otherwise.
class HistoryQuery final : public ListQuery
{
public:
    enum Column
    {
        Time,
        Administrator,
        Action,
        Object,
        ColumnCount
    };
    enum Value
    {
        Id,
        AtValue,
        ActorValue,
        ActionValue,
        ObjectKindValue,
        ObjectIdValue,
        BeforeValue,
        AfterValue
    };

    explicit HistoryQuery(QSqlDatabase db);

    // Part of the object, the administrator, the action or any value before or after,
    // Unicode case-insensitively.
    void setText(const QString& text) { m_text = text; }
    // [from, until): no bound where invalid.
    void setRange(const QDateTime& from, const QDateTime& until)
    {
        m_from = from;
        m_until = until;
    }

    static AuditEntry entry(const QVariantList& row);

    std::unique_ptr<ListQuery> clone() const override;

protected:
    Sql sql() const override;

private:
    QString m_text;
    QDateTime m_from;
    QDateTime m_until;
};

} // namespace nm
