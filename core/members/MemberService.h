#pragma once

#include "Context.h"
#include "Result.h"
#include "members/Member.h"

#include <QCoreApplication>
#include <vector>

namespace nm {

// Adds, changes, removes and finds members. Every change is one transaction together
// with its history entry (actions "member.add", "member.edit", "member.remove"); a
// refused or failed change leaves the database as it was.
class MemberService final
{
    Q_DECLARE_TR_FUNCTIONS(nm::MemberService)

public:
    static constexpr int displayNameMaxLength = 100;
    static constexpr int cityMaxLength = 100;

    explicit MemberService(const Context& context);

    // Refused (ErrorCode::InvalidInput, with Error::field) when a field is not valid, and
    // with ErrorCode::Duplicate when an active member already has the account name in any
    // case. A removed member's account name may be used again.
    Result<Member> add(const MemberInput& input);

    // Changes the given fields of the active member with this account name (any case).
    // Returns the member as it is afterwards; when nothing differs, nothing is written.
    // The history entry holds the changed fields only, before and after.
    // expectedVersion: the member's version the administrator saw; when another
    // administrator changed the member since, nothing is changed and the error says who
    // changed it and when.
    Result<Member> edit(const QString& accountName, const MemberEdit& edit,
                        std::optional<int> expectedVersion = std::nullopt);

    // Marks the active member with this account name removed (kept for the history).
    // Returns the member as removed.
    Result<Member> remove(const QString& accountName);

    // Sorted by account name (case-insensitively).
    Result<std::vector<Member>> list(const MemberFilter& filter = {}) const;

    // The active member with this account name, in any case; ErrorCode::NotFound otherwise.
    Result<Member> findByAccountName(const QString& accountName) const;
    // Any member, removed ones too; ErrorCode::NotFound when there is none.
    Result<Member> findById(qint64 id) const;

    // The checks add() and edit() make, for forms that check as the administrator types.
    static Status validate(const MemberInput& input);
    static Status validateDisplayName(const QString& displayName);
    static Status validateCity(const QString& city);

private:
    Error notFound(const QString& accountName) const;

    Context m_context;
};

} // namespace nm
