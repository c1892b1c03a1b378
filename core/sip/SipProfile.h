#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace nm {

enum class SipProfileStatus
{
    Active,
    Removed
};

QString sipProfileStatusKey(SipProfileStatus status); // "active", "removed" (as stored)

// A connection to the organisation's own phone system (PBX). The profile id is its
// identity: unique among active profiles (case-insensitively) and never changed.
struct SipProfile
{
    qint64 id = 0;
    QString profileId;
    QString name;
    int channels = 1;
    QString country; // ISO 3166-1 alpha-2, upper case
    SipProfileStatus status = SipProfileStatus::Active;
    QDateTime createdAt;
    QDateTime removedAt; // invalid while active
    int version = 1; // goes up with every change

    bool isActive() const { return status == SipProfileStatus::Active; }

    // profileId, name, channels, country, status: the history's and the command-line
    // tool's view of a SIP profile.
    QJsonObject toJson() const;
};

// What an administrator enters to add a SIP profile; stored exactly as typed, except
// the country code, which is stored in upper case.
struct SipProfileInput
{
    QString profileId;
    QString name;
    int channels = 1;
    QString country;
};

// A change to a SIP profile: only the fields that are set change.
struct SipProfileEdit
{
    std::optional<QString> name;
    std::optional<int> channels;
    std::optional<QString> country;

    bool isEmpty() const { return !name && !channels && !country; }
};

struct SipProfileFilter
{
    QString text; // case-insensitive, in profile id or name
    bool includeRemoved = false; // removed profiles too (the default is active profiles only)
};

} // namespace nm
