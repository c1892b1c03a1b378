#pragma once

#include "Result.h"
#include "numbers/Number.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <memory>
#include <vector>

namespace nm {

enum class Residency;

// A member or SIP profile that can hold numbers, with what the terms look at.
struct Assignee
{
    AssigneeKind kind = AssigneeKind::None;
    qint64 id = 0;
    QString key; // account name or SIP profile id
    QString displayName; // display name or SIP profile name
    QString country;
    QString city;

    // "Jan de Vries (jan.devries)": how messages name an assignee.
    QString label() const;
};

struct AssigneeRef
{
    AssigneeKind kind = AssigneeKind::Member;
    qint64 id = 0;
    friend bool operator==(const AssigneeRef&, const AssigneeRef&) = default;
};

// Finds active members and SIP profiles by what an administrator types.
class AssigneeResolver final
{
    Q_DECLARE_TR_FUNCTIONS(nm::AssigneeResolver)

public:
    explicit AssigneeResolver(QSqlDatabase db);
    ~AssigneeResolver();

    // Matches the account name, display name, SIP profile id or SIP profile name,
    // ignoring case. No match: NotFound with similar names; several: Ambiguous listing them.
    Result<Assignee> resolve(const QString& name) const;
    Result<Assignee> byRef(const AssigneeRef& ref) const;
    // Every active member and SIP profile whose names contain `text` (for completion).
    Result<std::vector<Assignee>> search(const QString& text, int limit) const;

private:
    QSqlDatabase m_db;
    // byRef() runs once per ticked row: its two statements are prepared once.
    mutable std::unique_ptr<QSqlQuery> m_memberById;
    mutable std::unique_ptr<QSqlQuery> m_sipById;
};

// Why `assignee` does not meet a residency requirement; empty when it does.
QString residencyProblem(const Assignee& assignee, const QString& residency, const QString& country,
                         const QString& city);

} // namespace nm
