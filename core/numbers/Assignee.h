#pragma once

#include "Result.h"
#include "numbers/Number.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <memory>
#include <vector>

namespace nm {

class Catalogue;

// A member or SIP profile that can hold numbers, with what the terms look at.
struct Assignee
{
    AssigneeKind kind = AssigneeKind::None;
    qint64 id = 0;
    QString key; // account name or SIP profile id
    QString displayName; // display name or SIP profile name
    QString country;
    QString city;
    bool active = true; // false once removed

    // "Jan de Vries (jan.devries)": how messages name an assignee.
    QString label() const;
};

struct AssigneeRef
{
    AssigneeKind kind = AssigneeKind::Member;
    qint64 id = 0;
    friend bool operator==(const AssigneeRef&, const AssigneeRef&) = default;
};

// Finds active members and SIP profiles by what an administrator types. Call it inside
// the write transaction whose change depends on the answer.
class AssigneeResolver final
{
    Q_DECLARE_TR_FUNCTIONS(nm::AssigneeResolver)

public:
    explicit AssigneeResolver(QSqlDatabase db);
    ~AssigneeResolver();

    // Matches the account name, display name, SIP profile id or SIP profile name,
    // Unicode case-insensitively. No match: NotFound with similar names; several:
    // Ambiguous listing them.
    Result<Assignee> resolve(const QString& name) const;
    // resolve() for each of many names (a purchase for thousands), in their order, a few
    // hundred per statement.
    Result<std::vector<Result<Assignee>>> resolveAll(const QStringList& names) const;
    // The active member or SIP profile; NotFound once it was removed.
    Result<Assignee> byRef(const AssigneeRef& ref) const;
    // byRef() for each of many (a purchase for thousands of ticked rows), in their order,
    // read a few hundred at a time.
    Result<std::vector<Result<Assignee>>> byRefs(const std::vector<AssigneeRef>& refs) const;
    // Active or removed: who holds a number.
    Result<Assignee> holder(const AssigneeRef& ref) const;
    // Every active member and SIP profile whose names contain `text` (for completion).
    Result<std::vector<Assignee>> search(const QString& text, int limit) const;

    // How many numbers a member holds towards the per-member limit (pending, active and
    // cancelled), not counting `except` (a number id, or 0).
    Result<int> heldCount(qint64 memberId, qint64 except = 0) const;
    // heldCount() of many members at once; a member who holds none is left out.
    Result<QHash<qint64, int>> heldCounts(const std::vector<qint64>& memberIds) const;
    // LimitReached when the member may not hold one more number (`except` as above).
    Status checkLimit(const Assignee& assignee, qint64 except = 0) const;
    // The same, for a member known to hold `held` numbers.
    Status checkLimitHeld(const Assignee& assignee, int held) const;

private:
    Result<Assignee> byId(const AssigneeRef& ref, bool activeOnly) const;
    static Error gone(AssigneeKind kind);

    QSqlDatabase m_db;
    // byRef() runs once per ticked row: its statements are prepared once.
    mutable std::unique_ptr<QSqlQuery> m_byName; // prepared once: a purchase resolves many names
    mutable std::unique_ptr<QSqlQuery> m_memberById;
    mutable std::unique_ptr<QSqlQuery> m_sipById;
    mutable std::unique_ptr<QSqlQuery> m_held;
    mutable std::optional<int> m_limit;
};

// Why `assignee` does not meet a number's residency requirement (residency "none",
// "country" or "city", of `country`, and for "city" the city of the terms); empty when
// it does. Cities are compared through the catalogue (Catalogue::sameCity).
QString residencyProblem(const Assignee& assignee, const QString& residency, const QString& country,
                         const QString& city, const Catalogue& catalogue);

} // namespace nm
