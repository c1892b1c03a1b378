#include "HistoryText.h"

#include "Clock.h"
#include "Format.h"
#include "numbers/Number.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace nm {

namespace {

QJsonObject parse(const QString& json)
{
    return json.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(json.toUtf8()).object();
}

QString valueText(const QString& key, const QJsonValue& value)
{
    // Stored as data (UTC times, cents, codes): shown in the reader's language and time zone.
    if (key.endsWith(QLatin1String("Cents")) && value.isDouble())
        return formatMoney(value.toInteger());
    if ((key == QLatin1String("paidUntil") || key == QLatin1String("expiredAt")) && value.isString())
        return formatDate(fromStorage(value.toString()));
    if ((key == QLatin1String("country") || key == QLatin1String("termsCountry")) && value.isString()
        && value.toString().size() == 2)
        return countryName(value.toString());
    switch (value.type()) {
    case QJsonValue::String:
        // Number states and assignee kinds are stored as keys; show them in words.
        if (key == QLatin1String("state"))
            if (const auto state = stateFromKey(value.toString()))
                return stateDisplayName(*state);
        if (key == QLatin1String("assigneeKind"))
            return value.toString() == QLatin1String("member") ? assigneeKindDisplayName(AssigneeKind::Member)
                : value.toString() == QLatin1String("sip_profile")
                ? assigneeKindDisplayName(AssigneeKind::SipProfile)
                : assigneeKindDisplayName(AssigneeKind::None);
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return value.toBool() ? HistoryText::tr("yes") : HistoryText::tr("no");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("-");
    default:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
}

} // namespace

QString HistoryText::actionText(const QString& action)
{
    static const QHash<QString, const char*> texts{
        {QStringLiteral("member.add"), QT_TR_NOOP("Member added")},
        {QStringLiteral("member.edit"), QT_TR_NOOP("Member changed")},
        {QStringLiteral("member.remove"), QT_TR_NOOP("Member removed")},
        {QStringLiteral("sip.add"), QT_TR_NOOP("SIP profile added")},
        {QStringLiteral("sip.edit"), QT_TR_NOOP("SIP profile changed")},
        {QStringLiteral("sip.remove"), QT_TR_NOOP("SIP profile removed")},
        {QStringLiteral("number.buy"), QT_TR_NOOP("Number bought")},
        {QStringLiteral("number.activate"), QT_TR_NOOP("Number activated")},
        {QStringLiteral("number.reassign"), QT_TR_NOOP("Number reassigned")},
        {QStringLiteral("number.cancel"), QT_TR_NOOP("Number cancelled")},
        {QStringLiteral("number.reactivate"), QT_TR_NOOP("Number reactivated")},
        {QStringLiteral("number.auto_renew"), QT_TR_NOOP("Auto-renew changed")},
        {QStringLiteral("number.renew"), QT_TR_NOOP("Number renewed")},
        {QStringLiteral("number.renewal_failed"), QT_TR_NOOP("Renewal failed")},
        {QStringLiteral("number.expire"), QT_TR_NOOP("Number expired")},
        {QStringLiteral("number.release"), QT_TR_NOOP("Number released")},
        {QStringLiteral("organisation.create"), QT_TR_NOOP("Organisation created")},
        {QStringLiteral("organisation.rename"), QT_TR_NOOP("Organisation renamed")},
        {QStringLiteral("credit.top_up"), QT_TR_NOOP("Credit topped up")},
        {QStringLiteral("settings.change"), QT_TR_NOOP("Setting changed")},
        {QStringLiteral("catalogue.import"), QT_TR_NOOP("Catalogue imported")},
        {QStringLiteral("user.add"), QT_TR_NOOP("User let in")},
        {QStringLiteral("user.remove"), QT_TR_NOOP("User removed")},
        {QStringLiteral("member.import"), QT_TR_NOOP("Members imported")},
        {QStringLiteral("sip.import"), QT_TR_NOOP("SIP profiles imported")},
        {QStringLiteral("number.import"), QT_TR_NOOP("Numbers imported")},
        {QStringLiteral("database.restore"), QT_TR_NOOP("Database restored")},
    };
    const auto found = texts.constFind(action);
    return found == texts.constEnd() ? action : tr(*found);
}

QString HistoryText::fieldText(const QString& key)
{
    static const QHash<QString, const char*> texts = {
        {QStringLiteral("accountName"), QT_TR_NOOP("Account name")},
        {QStringLiteral("displayName"), QT_TR_NOOP("Display name")},
        {QStringLiteral("email"), QT_TR_NOOP("E-mail")},
        {QStringLiteral("country"), QT_TR_NOOP("Country")},
        {QStringLiteral("city"), QT_TR_NOOP("City")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("profileId"), QT_TR_NOOP("Profile id")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("channels"), QT_TR_NOOP("Channels")},
        {QStringLiteral("assignee"), QT_TR_NOOP("Assigned to")},
        {QStringLiteral("assigneeKind"), QT_TR_NOOP("Assigned to a")},
        {QStringLiteral("state"), QT_TR_NOOP("State")},
        {QStringLiteral("paidUntil"), QT_TR_NOOP("Paid until")},
        {QStringLiteral("autoRenew"), QT_TR_NOOP("Auto-renew")},
        {QStringLiteral("periodMonths"), QT_TR_NOOP("Billing period (months)")},
        {QStringLiteral("priceCents"), QT_TR_NOOP("Price")},
        {QStringLiteral("chargedCents"), QT_TR_NOOP("Charged")},
        {QStringLiteral("creditCents"), QT_TR_NOOP("Credit")},
        {QStringLiteral("termsCountry"), QT_TR_NOOP("Terms of country")},
        {QStringLiteral("termsVersion"), QT_TR_NOOP("Terms version")},
        {QStringLiteral("termsAcceptedBy"), QT_TR_NOOP("Terms accepted by")},
        {QStringLiteral("expiredAt"), QT_TR_NOOP("Expired at")},
        {QStringLiteral("reason"), QT_TR_NOOP("Reason")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},
        {QStringLiteral("version"), QT_TR_NOOP("Version")},
        {QStringLiteral("file"), QT_TR_NOOP("File")},
        {QStringLiteral("rows"), QT_TR_NOOP("Rows")},
        {QStringLiteral("added"), QT_TR_NOOP("Added")},
        {QStringLiteral("updated"), QT_TR_NOOP("Changed")},
        {QStringLiteral("member_number_limit"), QT_TR_NOOP("Numbers per member")},
        {QStringLiteral("provisioning_delay_seconds"), QT_TR_NOOP("Provisioning delay (seconds)")},
    };
    const auto found = texts.constFind(key);
    return found == texts.constEnd() ? key : tr(*found);
}

QString HistoryText::changeSummary(const QString& beforeJson, const QString& afterJson, int longest)
{
    const QJsonObject before = parse(beforeJson);
    const QJsonObject after = parse(afterJson);
    QStringList parts;
    if (before.isEmpty()) {
        for (auto it = after.constBegin(); it != after.constEnd(); ++it)
            parts << tr("%1: %2").arg(fieldText(it.key()), valueText(it.key(), it.value()));
    } else {
        QStringList keys = before.keys();
        for (const QString& key : after.keys())
            if (!keys.contains(key))
                keys << key;
        for (const QString& key : keys) {
            if (before.value(key) == after.value(key))
                continue;
            parts << tr("%1: %2 \u2192 %3")
                         .arg(fieldText(key), valueText(key, before.value(key)),
                              valueText(key, after.value(key)));
        }
    }
    QString summary = parts.join(QStringLiteral("; "));
    if (longest > 0 && summary.size() > longest)
        summary = summary.left(longest - 1) + QChar(0x2026);
    return summary;
}

} // namespace nm
