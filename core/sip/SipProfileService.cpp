#include "SipProfileService.h"

#include "Clock.h"
#include "Validation.h"
#include "numbers/NumberService.h"
#include "queries/SipProfileQuery.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QLoggingCategory>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcSip, "nm.sip")

namespace nm {

namespace {

const QString objectKind = QStringLiteral("sip_profile");
const QString selectColumns = QStringLiteral("SELECT id, profile_id, name, channels, country, status, "
                                             "created_at, removed_at, version FROM sip_profiles ");

SipProfile readProfile(const QSqlQuery& query)
{
    SipProfile profile;
    profile.id = query.value(0).toLongLong();
    profile.profileId = query.value(1).toString();
    profile.name = query.value(2).toString();
    profile.channels = query.value(3).toInt();
    profile.country = query.value(4).toString();
    profile.status = query.value(5).toString() == QLatin1String("removed") ? SipProfileStatus::Removed
                                                                           : SipProfileStatus::Active;
    profile.createdAt = fromStorage(query.value(6).toString());
    if (!query.value(7).isNull())
        profile.removedAt = fromStorage(query.value(7).toString());
    profile.version = query.value(8).toInt();
    return profile;
}

// The single profile matching `where` (bound to `value`), or none.
Result<std::optional<SipProfile>> selectOne(const QSqlDatabase& db, const QString& where,
                                            const QVariant& value)
{
    return nm::selectOne<SipProfile>(db, selectColumns + where, value, readProfile);
}

Result<std::optional<SipProfile>> selectActive(const QSqlDatabase& db, const QString& profileId)
{
    return selectOne(db, QStringLiteral("WHERE profile_key = ? AND status = 'active'"),
                     Validation::searchKey(profileId));
}

} // namespace

SipProfileService::SipProfileService(const Context& context)
    : m_context(context)
{ }

Error SipProfileService::notFound(const QString& profileId) const
{
    return Error{ErrorCode::NotFound, tr("There is no SIP profile with the id \"%1\".").arg(profileId),
                 QStringLiteral("profile-id")};
}

Status SipProfileService::validateName(const QString& typed)
{
    const QString field = QStringLiteral("name");
    const auto tidied = Validation::tidyName(typed, field, tr("Name"));
    if (!tidied)
        return tidied.error();
    const QString& name = *tidied;
    if (name.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("Enter a name for the SIP profile."), field};
    const int length = Validation::characterCount(name);
    if (length > nameMaxLength)
        return Error{
            ErrorCode::InvalidInput,
            tr("The name of the SIP profile is too long (%1 characters): it may have at most %2 characters.")
                .arg(QString::number(length), QString::number(nameMaxLength)),
            field};
    if (Validation::containsControlCharacter(name))
        return Error{
            ErrorCode::InvalidInput,
            tr("The name of the SIP profile must be one line, without tabs or other control characters."),
            field};
    return {};
}

Status SipProfileService::validateChannels(int channels)
{
    if (channels < channelsMin || channels > channelsMax)
        return Error{
            ErrorCode::InvalidInput,
            tr("The number of channels must be from %1 to %2; %3 is not possible.")
                .arg(QString::number(channelsMin), QString::number(channelsMax), QString::number(channels)),
            QStringLiteral("channels")};
    return {};
}

Status SipProfileService::validate(const SipProfileInput& input)
{
    // In the order of the form's fields, so that the first error is the first field to fix.
    if (Status s = Validation::profileId(Validation::tidy(input.profileId)); !s)
        return s;
    if (Status s = validateName(input.name); !s)
        return s;
    if (Status s = validateChannels(input.channels); !s)
        return s;
    if (auto country = Validation::countryCode(Validation::tidy(input.country)); !country)
        return country.error();
    return {};
}

Result<SipProfile> SipProfileService::add(const SipProfileInput& input)
{
    if (Status s = validate(input); !s)
        return s.error();

    SipProfile profile;
    profile.profileId = Validation::tidy(input.profileId);
    profile.name = Validation::tidy(input.name);
    profile.channels = input.channels;
    profile.country = Validation::countryCode(Validation::tidy(input.country)).value();
    profile.status = SipProfileStatus::Active;
    profile.createdAt = m_context.clock.now();

    QSqlDatabase db = m_context.database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.beginStatus().error();

    auto existing = selectActive(db, profile.profileId);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Error{
            ErrorCode::Duplicate,
            tr("The SIP profile id \"%1\" is already in use by the SIP profile \"%2\". Choose another "
               "profile id.")
                .arg(profile.profileId, existing.value()->profileId),
            QStringLiteral("profile-id")};

    {
        QSqlQuery insert(db);
        if (Status s = prepare(insert,
                               QStringLiteral("INSERT INTO sip_profiles (profile_id, name, channels, "
                                              "country, status, created_at, profile_key, name_key, "
                                              "profile_sort, name_sort) "
                                              "VALUES (?, ?, ?, ?, 'active', ?, ?, ?, ?, ?) RETURNING id"));
            !s)
            return s.error();
        insert.addBindValue(storedText(profile.profileId));
        insert.addBindValue(storedText(profile.name));
        insert.addBindValue(profile.channels);
        insert.addBindValue(storedText(profile.country));
        insert.addBindValue(toStorage(profile.createdAt));
        insert.addBindValue(storedText(Validation::searchKey(profile.profileId)));
        insert.addBindValue(storedText(Validation::searchKey(profile.name)));
        insert.addBindValue(storedText(Validation::sortKey(profile.profileId)));
        insert.addBindValue(storedText(Validation::sortKey(profile.name)));
        if (Status s = exec(insert); !s)
            return s.error();
        if (!insert.next())
            return databaseError(insert);
        profile.id = insert.value(0).toLongLong();
    }

    if (Status s = AuditLog::record(m_context, QStringLiteral("sip.add"), objectKind, profile.profileId, {},
                                    profile.toJson());
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    qCInfo(lcSip) << "Added SIP profile" << profile.id;
    return profile;
}

Result<SipProfile> SipProfileService::edit(const QString& profileId, const SipProfileEdit& typed,
                                           std::optional<int> expectedVersion)
{
    SipProfileEdit edit = typed;
    if (edit.name)
        edit.name = Validation::tidy(*edit.name);
    if (edit.country)
        edit.country = Validation::tidy(*edit.country);
    if (edit.name)
        if (Status s = validateName(*edit.name); !s)
            return s.error();
    if (edit.channels)
        if (Status s = validateChannels(*edit.channels); !s)
            return s.error();
    std::optional<QString> country;
    if (edit.country) {
        auto code = Validation::countryCode(*edit.country);
        if (!code)
            return code.error();
        country = code.value();
    }

    QSqlDatabase db = m_context.database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.beginStatus().error();

    auto existing = selectActive(db, Validation::tidy(profileId));
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return notFound(profileId);
    const SipProfile before = **existing;
    if (expectedVersion && *expectedVersion != before.version)
        return AuditLog::changedMeanwhile(db, objectKind, before.profileId,
                                          tr("the SIP profile %1").arg(before.profileId), {});

    SipProfile after = before;
    QJsonObject changedBefore;
    QJsonObject changedAfter;
    if (edit.name && *edit.name != before.name) {
        after.name = *edit.name;
        changedBefore.insert(QStringLiteral("name"), before.name);
        changedAfter.insert(QStringLiteral("name"), after.name);
    }
    if (edit.channels && *edit.channels != before.channels) {
        after.channels = *edit.channels;
        changedBefore.insert(QStringLiteral("channels"), before.channels);
        changedAfter.insert(QStringLiteral("channels"), after.channels);
    }
    if (country && *country != before.country) {
        after.country = *country;
        changedBefore.insert(QStringLiteral("country"), before.country);
        changedAfter.insert(QStringLiteral("country"), after.country);
    }
    if (changedAfter.isEmpty())
        return before; // the transaction rolls back: nothing was written

    // A new country must still meet the terms of every number the profile holds.
    if (after.country != before.country) {
        const Assignee moved{
            AssigneeKind::SipProfile, after.id, after.profileId, after.name, after.country, {}, true};
        if (Status s = NumberService::checkTermsAfterMove(m_context, moved); !s)
            return s.error();
    }

    {
        QSqlQuery update(db);
        if (Status s = prepare(
                update,
                QStringLiteral(
                    "UPDATE sip_profiles SET version = version + 1, name = ?, channels = ?, country = ?, "
                    "name_key = ?, name_sort = ? WHERE id = ?"));
            !s)
            return s.error();
        update.addBindValue(storedText(after.name));
        update.addBindValue(after.channels);
        update.addBindValue(storedText(after.country));
        update.addBindValue(storedText(Validation::searchKey(after.name)));
        update.addBindValue(storedText(Validation::sortKey(after.name)));
        update.addBindValue(after.id);
        if (Status s = exec(update); !s)
            return s.error();
    }

    after.version = before.version + 1;
    if (Status s = AuditLog::record(m_context, QStringLiteral("sip.edit"), objectKind, after.profileId,
                                    changedBefore, changedAfter);
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    qCInfo(lcSip) << "Changed SIP profile" << after.id;
    return after;
}

Result<SipProfile> SipProfileService::remove(const QString& profileId)
{
    QSqlDatabase db = m_context.database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.beginStatus().error();

    auto existing = selectActive(db, Validation::tidy(profileId));
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return notFound(profileId);
    const SipProfile before = **existing;

    SipProfile after = before;
    after.status = SipProfileStatus::Removed;
    after.removedAt = m_context.clock.now();
    {
        QSqlQuery update(db);
        if (Status s
            = prepare(update,
                      QStringLiteral(
                          "UPDATE sip_profiles SET status = 'removed', removed_at = ?, version = version + 1 "
                          "WHERE id = ?"));
            !s)
            return s.error();
        update.addBindValue(toStorage(after.removedAt));
        update.addBindValue(after.id);
        if (Status s = exec(update); !s)
            return s.error();
    }

    // Rule 5: their numbers are cancelled in the same transaction; each stays usable until paid-until.
    if (auto cancelled
        = NumberService::cancelHeldBy(m_context, AssigneeRef{AssigneeKind::SipProfile, after.id});
        !cancelled)
        return cancelled.error();

    if (Status s = AuditLog::record(m_context, QStringLiteral("sip.remove"), objectKind, before.profileId,
                                    before.toJson(), after.toJson());
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    qCInfo(lcSip) << "Removed SIP profile" << after.id;
    return after;
}

Result<std::vector<SipProfile>> SipProfileService::list(const SipProfileFilter& filter) const
{
    SipProfileQuery query(m_context.database.connection());
    query.setText(filter.text);
    query.setIncludeRemoved(filter.includeRemoved);
    auto rows = query.allRows();
    if (!rows)
        return rows.error();
    std::vector<SipProfile> profiles;
    profiles.reserve(rows->size());
    for (const QVariantList& row : *rows)
        profiles.push_back(SipProfileQuery::profile(row));
    return profiles;
}

Result<SipProfile> SipProfileService::findByProfileId(const QString& profileId) const
{
    auto found = selectActive(m_context.database.connection(), Validation::tidy(profileId));
    if (!found)
        return found.error();
    if (!found->has_value())
        return notFound(profileId);
    return **found;
}

Result<SipProfile> SipProfileService::findById(qint64 id) const
{
    auto found = selectOne(m_context.database.connection(), QStringLiteral("WHERE id = ?"), id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{ErrorCode::NotFound, tr("There is no SIP profile with record number %1.").arg(id), {}};
    return **found;
}

} // namespace nm
