#include "HistoryText.h"

#include "Clock.h"
#include "Format.h"
#include "Validation.h"
#include "numbers/Number.h"
#include "phone/PhoneNumbers.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

namespace nm {

namespace {

QJsonObject parse(const QString& json)
{
    return json.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(json.toUtf8()).object();
}

QString valueText(const QString& key, const QJsonValue& value, int longest = 0);

// A batch of renewals, [number, paid until before, after, charged] each: "+31 20 123 4567:
// 1-12-2026 → 1-1-2027 (€ 1,00); ...". With `longest`, only as many as fit are formatted
// (a batch holds thousands).
QString renewalsText(const QJsonArray& renewals, int longest)
{
    QString text;
    for (const QJsonValue& value : renewals) {
        if (longest > 0 && text.size() > longest)
            break;
        const QJsonArray renewal = value.toArray();
        if (!text.isEmpty())
            text += QStringLiteral("; ");
        text += HistoryText::tr("%1: %2 \u2192 %3 (%4)",
                                "a number renewed: paid until before and after, the price")
                    .arg(valueText(QStringLiteral("number"), renewal.at(0)),
                         valueText(QStringLiteral("paidUntil"), renewal.at(1)),
                         valueText(QStringLiteral("paidUntil"), renewal.at(2)),
                         valueText(QStringLiteral("chargedCents"), renewal.at(3)));
    }
    return text;
}

QString valueText(const QString& key, const QJsonValue& value, int longest)
{
    if (key == QLatin1String("renewals") && value.isArray())
        return renewalsText(value.toArray(), longest);
    if (key == QLatin1String("count") && value.isDouble())
        return QLocale().toString(value.toInteger());
    // Stored as data (UTC times, cents, codes): shown in the reader's language and time zone.
    if (key.endsWith(QLatin1String("Cents")) && value.isDouble())
        return formatMoney(value.toInteger());
    if ((key == QLatin1String("paidUntil") || key == QLatin1String("expiredAt")) && value.isString())
        return formatDate(fromStorage(value.toString()));
    if ((key == QLatin1String("country") || key == QLatin1String("termsCountry")) && value.isString()
        && value.toString().size() == 2)
        return countryName(value.toString());
    if (value.isString() && value.toString().isEmpty())
        return HistoryText::tr("(none)");
    if ((key == QLatin1String("number") || key == QLatin1String("e164")) && value.isString())
        return formatInternational(value.toString());
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

const QHash<QString, const char*>& actionTexts()
{
    static const QHash<QString, const char*> texts{
        {QStringLiteral("member.add"), QT_TRANSLATE_NOOP("nm::HistoryText", "Member added")},
        {QStringLiteral("member.edit"), QT_TRANSLATE_NOOP("nm::HistoryText", "Member changed")},
        {QStringLiteral("member.remove"), QT_TRANSLATE_NOOP("nm::HistoryText", "Member removed")},
        {QStringLiteral("sip.add"), QT_TRANSLATE_NOOP("nm::HistoryText", "SIP profile added")},
        {QStringLiteral("sip.edit"), QT_TRANSLATE_NOOP("nm::HistoryText", "SIP profile changed")},
        {QStringLiteral("sip.remove"), QT_TRANSLATE_NOOP("nm::HistoryText", "SIP profile removed")},
        {QStringLiteral("number.buy"), QT_TRANSLATE_NOOP("nm::HistoryText", "Number bought")},
        {QStringLiteral("number.activate"), QT_TRANSLATE_NOOP("nm::HistoryText", "Number activated")},
        {QStringLiteral("number.reassign"), QT_TRANSLATE_NOOP("nm::HistoryText", "Number reassigned")},
        {QStringLiteral("number.cancel"), QT_TRANSLATE_NOOP("nm::HistoryText", "Number cancelled")},
        {QStringLiteral("number.reactivate"), QT_TRANSLATE_NOOP("nm::HistoryText", "Number reactivated")},
        {QStringLiteral("number.auto_renew"), QT_TRANSLATE_NOOP("nm::HistoryText", "Auto-renew changed")},
        {QStringLiteral("number.renew"), QT_TRANSLATE_NOOP("nm::HistoryText", "Number renewed")},
        {QStringLiteral("numbers.renew"), QT_TRANSLATE_NOOP("nm::HistoryText", "Numbers renewed")},
        {QStringLiteral("number.renewal_failed"), QT_TRANSLATE_NOOP("nm::HistoryText", "Renewal failed")},
        {QStringLiteral("number.expire"), QT_TRANSLATE_NOOP("nm::HistoryText", "Number expired")},
        {QStringLiteral("number.release"), QT_TRANSLATE_NOOP("nm::HistoryText", "Number released")},
        {QStringLiteral("organisation.create"), QT_TRANSLATE_NOOP("nm::HistoryText", "Organisation created")},
        {QStringLiteral("organisation.rename"), QT_TRANSLATE_NOOP("nm::HistoryText", "Organisation renamed")},
        {QStringLiteral("credit.top_up"), QT_TRANSLATE_NOOP("nm::HistoryText", "Credit topped up")},
        {QStringLiteral("settings.change"), QT_TRANSLATE_NOOP("nm::HistoryText", "Setting changed")},
        {QStringLiteral("catalogue.import"), QT_TRANSLATE_NOOP("nm::HistoryText", "Catalogue imported")},
        {QStringLiteral("user.add"), QT_TRANSLATE_NOOP("nm::HistoryText", "User let in")},
        {QStringLiteral("user.remove"), QT_TRANSLATE_NOOP("nm::HistoryText", "User removed")},
        {QStringLiteral("member.import"), QT_TRANSLATE_NOOP("nm::HistoryText", "Members imported")},
        {QStringLiteral("sip.import"), QT_TRANSLATE_NOOP("nm::HistoryText", "SIP profiles imported")},
        {QStringLiteral("number.import"), QT_TRANSLATE_NOOP("nm::HistoryText", "Numbers imported")},
        {QStringLiteral("database.restore"), QT_TRANSLATE_NOOP("nm::HistoryText", "Database restored")},
    };
    return texts;
}

const QHash<QString, const char*>& objectKindTexts()
{
    static const QHash<QString, const char*> texts{
        {QStringLiteral("member"), QT_TRANSLATE_NOOP("nm::HistoryText", "Member")},
        {QStringLiteral("sip_profile"), QT_TRANSLATE_NOOP("nm::HistoryText", "SIP profile")},
        {QStringLiteral("number"), QT_TRANSLATE_NOOP("nm::HistoryText", "Number")},
        {QStringLiteral("numbers"), QT_TRANSLATE_NOOP("nm::HistoryText", "Numbers")},
        {QStringLiteral("organisation"), QT_TRANSLATE_NOOP("nm::HistoryText", "Organisation")},
        {QStringLiteral("credit"), QT_TRANSLATE_NOOP("nm::HistoryText", "Credit")},
        {QStringLiteral("settings"), QT_TRANSLATE_NOOP("nm::HistoryText", "Setting")},
        {QStringLiteral("catalogue"), QT_TRANSLATE_NOOP("nm::HistoryText", "Catalogue")},
        {QStringLiteral("user"), QT_TRANSLATE_NOOP("nm::HistoryText", "User")},
        {QStringLiteral("database"), QT_TRANSLATE_NOOP("nm::HistoryText", "Database")},
    };
    return texts;
}

const QHash<QString, const char*>& fieldTexts()
{
    static const QHash<QString, const char*> texts = {
        {QStringLiteral("accountName"), QT_TRANSLATE_NOOP("nm::HistoryText", "Account name")},
        {QStringLiteral("displayName"), QT_TRANSLATE_NOOP("nm::HistoryText", "Display name")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("nm::HistoryText", "E-mail")},
        {QStringLiteral("country"), QT_TRANSLATE_NOOP("nm::HistoryText", "Country")},
        {QStringLiteral("city"), QT_TRANSLATE_NOOP("nm::HistoryText", "City")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("nm::HistoryText", "Status")},
        {QStringLiteral("profileId"), QT_TRANSLATE_NOOP("nm::HistoryText", "Profile id")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("nm::HistoryText", "Name")},
        {QStringLiteral("channels"), QT_TRANSLATE_NOOP("nm::HistoryText", "Channels")},
        {QStringLiteral("assignee"), QT_TRANSLATE_NOOP("nm::HistoryText", "Assigned to")},
        {QStringLiteral("assigneeKind"), QT_TRANSLATE_NOOP("nm::HistoryText", "Holder type")},
        {QStringLiteral("state"), QT_TRANSLATE_NOOP("nm::HistoryText", "State")},
        {QStringLiteral("paidUntil"), QT_TRANSLATE_NOOP("nm::HistoryText", "Paid until")},
        {QStringLiteral("autoRenew"), QT_TRANSLATE_NOOP("nm::HistoryText", "Auto-renew")},
        {QStringLiteral("periodMonths"), QT_TRANSLATE_NOOP("nm::HistoryText", "Billing period (months)")},
        {QStringLiteral("priceCents"), QT_TRANSLATE_NOOP("nm::HistoryText", "Price")},
        {QStringLiteral("chargedCents"), QT_TRANSLATE_NOOP("nm::HistoryText", "Charged")},
        {QStringLiteral("count"), QT_TRANSLATE_NOOP("nm::HistoryText", "Numbers")},
        {QStringLiteral("renewals"), QT_TRANSLATE_NOOP("nm::HistoryText", "Renewals")},
        {QStringLiteral("creditCents"), QT_TRANSLATE_NOOP("nm::HistoryText", "Credit")},
        {QStringLiteral("termsCountry"), QT_TRANSLATE_NOOP("nm::HistoryText", "Terms of country")},
        {QStringLiteral("termsVersion"), QT_TRANSLATE_NOOP("nm::HistoryText", "Terms version")},
        {QStringLiteral("termsAcceptedBy"), QT_TRANSLATE_NOOP("nm::HistoryText", "Terms accepted by")},
        {QStringLiteral("expiredAt"), QT_TRANSLATE_NOOP("nm::HistoryText", "Expired at")},
        {QStringLiteral("reason"), QT_TRANSLATE_NOOP("nm::HistoryText", "Reason")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("nm::HistoryText", "Role")},
        {QStringLiteral("version"), QT_TRANSLATE_NOOP("nm::HistoryText", "Version")},
        {QStringLiteral("file"), QT_TRANSLATE_NOOP("nm::HistoryText", "File")},
        {QStringLiteral("rows"), QT_TRANSLATE_NOOP("nm::HistoryText", "Rows")},
        {QStringLiteral("added"), QT_TRANSLATE_NOOP("nm::HistoryText", "Added")},
        {QStringLiteral("updated"), QT_TRANSLATE_NOOP("nm::HistoryText", "Changed")},
        {QStringLiteral("member_number_limit"), QT_TRANSLATE_NOOP("nm::HistoryText", "Numbers per member")},
        {QStringLiteral("provisioning_delay_seconds"),
         QT_TRANSLATE_NOOP("nm::HistoryText", "Provisioning delay (seconds)")},
    };
    return texts;
}

// The keys whose translated words contain `text`.
QStringList keysMatching(const QHash<QString, const char*>& texts, const QString& text)
{
    const QString wanted = Validation::sortKey(text.trimmed());
    QStringList keys;
    if (wanted.isEmpty())
        return keys;
    for (auto it = texts.constBegin(); it != texts.constEnd(); ++it)
        if (Validation::sortKey(HistoryText::tr(it.value())).contains(wanted))
            keys << it.key();
    keys.sort();
    return keys;
}

} // namespace

QString HistoryText::actionText(const QString& action)
{
    const auto found = actionTexts().constFind(action);
    return found == actionTexts().constEnd() ? action : tr(*found);
}

QString HistoryText::fieldText(const QString& key)
{
    const auto found = fieldTexts().constFind(key);
    return found == fieldTexts().constEnd() ? key : tr(*found);
}

QString HistoryText::objectText(const QString& objectKind, const QString& objectId)
{
    if (objectKind == QLatin1String("credit"))
        return tr("Credit");
    if (objectKind == QLatin1String("numbers")) // a batch; the id is how many
        return tr("%Ln number(s)", "a batch of numbers", int(objectId.toLongLong()));
    const auto found = objectKindTexts().constFind(objectKind);
    const QString id = objectKind == QLatin1String("number") && !objectId.isEmpty()
        ? formatInternational(objectId)
        : objectId;
    if (found == objectKindTexts().constEnd())
        return id;
    return tr("%1 %2", "object kind, then its name").arg(tr(*found), id);
}

QStringList HistoryText::actionsMatching(const QString& text)
{
    return keysMatching(actionTexts(), text);
}

QStringList HistoryText::objectKindsMatching(const QString& text)
{
    return keysMatching(objectKindTexts(), text);
}

QStringList HistoryText::fieldsMatching(const QString& text)
{
    return keysMatching(fieldTexts(), text);
}

QString HistoryText::changeSummary(const QString& beforeJson, const QString& afterJson, int longest)
{
    const QJsonObject before = parse(beforeJson);
    const QJsonObject after = parse(afterJson);
    QStringList parts;
    if (before.isEmpty()) {
        for (auto it = after.constBegin(); it != after.constEnd(); ++it)
            parts << tr("%1: %2").arg(fieldText(it.key()), valueText(it.key(), it.value(), longest));
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
