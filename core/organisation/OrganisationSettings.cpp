#include "OrganisationSettings.h"

#include "Context.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace nm {

namespace {
constexpr const char* memberNumberLimitKey = "member_number_limit";
constexpr const char* provisioningDelayKey = "provisioning_delay_seconds";

Status writeSetting(const Context& context, const char* key, int value,
                    int (OrganisationSettings::*read)() const)
{
    QSqlDatabase db = context.database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.beginStatus();
    // Read under the write lock, so that the history says what it really replaced.
    const int oldValue = (OrganisationSettings(db).*read)();
    QSqlQuery query(db);
    if (Status s = prepare(query,
                           QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        !s)
        return s;
    query.addBindValue(QLatin1String(key));
    query.addBindValue(QString::number(value));
    if (Status s = exec(query); !s)
        return s;
    const QString name = QLatin1String(key);
    if (Status s = AuditLog::record(context, QStringLiteral("settings.change"), QStringLiteral("settings"),
                                    name, {{name, oldValue}}, {{name, value}});
        !s)
        return s;
    return transaction.commit();
}
} // namespace

OrganisationSettings::OrganisationSettings(QSqlDatabase db)
    : m_db(std::move(db))
{ }

int OrganisationSettings::intValue(const char* key, int fallback) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(QLatin1String(key));
    if (!query.exec() || !query.next())
        return fallback;
    bool ok = false;
    const int value = query.value(0).toString().toInt(&ok);
    return ok ? value : fallback;
}

int OrganisationSettings::memberNumberLimit() const
{
    return intValue(memberNumberLimitKey, defaultMemberNumberLimit);
}

int OrganisationSettings::provisioningDelaySeconds() const
{
    return intValue(provisioningDelayKey, defaultProvisioningDelaySeconds);
}

Status OrganisationSettings::setMemberNumberLimit(const Context& context, int limit)
{
    if (limit < 1 || limit > 1000)
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("nm::OrganisationSettings",
                                                 "The number limit per member must be between 1 and 1000."),
                     QStringLiteral("member-number-limit")};
    return writeSetting(context, memberNumberLimitKey, limit, &OrganisationSettings::memberNumberLimit);
}

Status OrganisationSettings::setProvisioningDelaySeconds(const Context& context, int seconds)
{
    if (seconds < 0 || seconds > 24 * 3600)
        return Error{
            ErrorCode::InvalidInput,
            QCoreApplication::translate("nm::OrganisationSettings",
                                        "The provisioning delay must be between 0 seconds and 24 hours."),
            QStringLiteral("provisioning-delay")};
    return writeSetting(context, provisioningDelayKey, seconds,
                        &OrganisationSettings::provisioningDelaySeconds);
}

} // namespace nm
