#pragma once

#include "Context.h"
#include "Result.h"
#include "sip/SipProfile.h"

#include <QCoreApplication>
#include <vector>

namespace nm {

// Adds, changes, removes and finds SIP profiles. Every change is one transaction
// together with its history entry (actions "sip.add", "sip.edit", "sip.remove"); a
// refused or failed change leaves the database as it was.
class SipProfileService final
{
    Q_DECLARE_TR_FUNCTIONS(nm::SipProfileService)

public:
    static constexpr int nameMaxLength = 100;
    static constexpr int channelsMin = 1;
    static constexpr int channelsMax = 300;

    explicit SipProfileService(const Context& context);

    // Refused (ErrorCode::InvalidInput, with Error::field) when a field is not valid, and
    // with ErrorCode::Duplicate when an active profile already has the profile id in any
    // case. A removed profile's id may be used again.
    Result<SipProfile> add(const SipProfileInput& input);

    // Changes the given fields of the active profile with this id (any case). Returns the
    // profile as it is afterwards; when nothing differs, nothing is written. The history
    // entry holds the changed fields only, before and after.
    // expectedVersion: as for MemberService::edit.
    Result<SipProfile> edit(const QString& profileId, const SipProfileEdit& edit,
                            std::optional<int> expectedVersion = std::nullopt);

    // Marks the active profile with this id removed (kept for the history). Returns the
    // profile as removed.
    Result<SipProfile> remove(const QString& profileId);

    // Sorted by profile id (case-insensitively).
    Result<std::vector<SipProfile>> list(const SipProfileFilter& filter = {}) const;

    // The active profile with this id, in any case; ErrorCode::NotFound otherwise.
    Result<SipProfile> findByProfileId(const QString& profileId) const;
    // Any profile, removed ones too; ErrorCode::NotFound when there is none.
    Result<SipProfile> findById(qint64 id) const;

    // The checks add() and edit() make, for forms that check as the administrator types.
    static Status validate(const SipProfileInput& input);
    static Status validateName(const QString& name);
    static Status validateChannels(int channels);

private:
    Error notFound(const QString& profileId) const;

    Context m_context;
};

} // namespace nm
