#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace nm {

enum class NumberState
{
    Pending, // bought, waiting for provisioning
    Active, // in use, renews automatically unless cancelled
    Cancelled, // usable until paid-until, then expires; never renews
    Expired, // held for 90 days; can be reactivated by buying its renewal
    Released, // gone from the organisation; never handed out again
};

QString stateKey(NumberState state); // as stored: "pending", "active", ...
std::optional<NumberState> stateFromKey(const QString& key);
QString stateDisplayName(NumberState state); // translated: "Pending", "In behandeling", ...

enum class AssigneeKind
{
    None,
    Member,
    SipProfile
};
QString assigneeKindKey(AssigneeKind kind); // "member", "sip_profile", "none"
QString assigneeKindDisplayName(AssigneeKind kind);

// The states in which a number is held (it counts towards the per-member limit and can
// still be used): as an SQL list, "('pending', 'active', 'cancelled')".
QString heldStatesSql();
// The other states, "('expired', 'released')". "state NOT IN" this list is the same as
// "state IN" the held ones, and keeps SQLite off the state index where a query is meant
// to go by another (a list of members' ids): no index serves a NOT IN.
QString unheldStatesSql();

// How long an expired number is held for reactivation before it is released.
constexpr int holdDays = 90;
// Auto-renewing subscriptions are charged this many days before paid-until.
constexpr int renewalLeadDays = 3;

struct NumberRecord
{
    qint64 id = 0;
    QString e164;
    QString country;
    QString areaCode;
    NumberState state = NumberState::Pending;
    AssigneeKind assigneeKind = AssigneeKind::None;
    qint64 assigneeId = 0;
    QString assigneeName; // account name or SIP profile id
    QString assigneeDisplayName; // display name or SIP profile name
    bool assigneeActive = true; // false when the member or SIP profile has been removed
    int periodMonths = 1;
    qint64 priceCents = 0;
    QDateTime paidUntil;
    QDateTime billingAnchor; // periods count from here (see Billing.h)
    bool autoRenew = true;
    bool renewalFailed = false;
    int version = 1;
    QDateTime createdAt;
    QDateTime activatedAt;
    QDateTime expiredAt;
    QDateTime releasedAt;
    QString termsVersion;
    QDateTime termsAcceptedAt;
    QString termsAcceptedBy;
    QString residency; // "none", "country", "city"
    QString residencyCity;

    // The date the number stops working: paid-until for a number that will not renew.
    bool isUsable() const
    {
        return state == NumberState::Pending || state == NumberState::Active
            || state == NumberState::Cancelled;
    }
};

} // namespace nm
