#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace nm {

enum class MemberStatus
{
    Active,
    Removed
};

QString memberStatusKey(MemberStatus status); // "active", "removed" (as stored)

// A person who can hold numbers. The account name is the member's identity: unique
// among active members (case-insensitively) and never changed once added.
struct Member
{
    qint64 id = 0;
    QString accountName;
    QString displayName;
    QString email;
    QString country; // ISO 3166-1 alpha-2, upper case
    QString city; // may be empty
    MemberStatus status = MemberStatus::Active;
    QDateTime createdAt;
    QDateTime removedAt; // invalid while active
    int version = 1; // goes up with every change

    bool isActive() const { return status == MemberStatus::Active; }

    // accountName, displayName, email, country, city, status: the history's and the
    // command-line tool's view of a member.
    QJsonObject toJson() const;
};

// What an administrator enters to add a member; stored exactly as typed, except the
// country code, which is stored in upper case.
struct MemberInput
{
    QString accountName;
    QString displayName;
    QString email;
    QString country;
    QString city;
};

// A change to a member: only the fields that are set change.
struct MemberEdit
{
    std::optional<QString> displayName;
    std::optional<QString> email;
    std::optional<QString> country;
    std::optional<QString> city; // an empty string clears the city

    bool isEmpty() const { return !displayName && !email && !country && !city; }
};

struct MemberFilter
{
    QString text; // case-insensitive, in account name, display name, e-mail or city
    bool includeRemoved = false; // removed members too (the default is active members only)
};

} // namespace nm
