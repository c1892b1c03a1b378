#include "Number.h"

#include <QCoreApplication>

namespace nm {

QString heldStatesSql()
{
    return QStringLiteral("('pending', 'active', 'cancelled')");
}

QString unheldStatesSql()
{
    return QStringLiteral("('expired', 'released')");
}

QString stateKey(NumberState state)
{
    switch (state) {
    case NumberState::Pending:
        return QStringLiteral("pending");
    case NumberState::Active:
        return QStringLiteral("active");
    case NumberState::Cancelled:
        return QStringLiteral("cancelled");
    case NumberState::Expired:
        return QStringLiteral("expired");
    case NumberState::Released:
        return QStringLiteral("released");
    }
    return {};
}

std::optional<NumberState> stateFromKey(const QString& key)
{
    for (NumberState state : {NumberState::Pending, NumberState::Active, NumberState::Cancelled,
                              NumberState::Expired, NumberState::Released})
        if (key.compare(stateKey(state), Qt::CaseInsensitive) == 0)
            return state;
    return std::nullopt;
}

QString stateDisplayName(NumberState state)
{
    switch (state) {
    case NumberState::Pending:
        return QCoreApplication::translate("nm::NumberState", "Pending");
    case NumberState::Active:
        return QCoreApplication::translate("nm::NumberState", "Active");
    case NumberState::Cancelled:
        return QCoreApplication::translate("nm::NumberState", "Cancelled");
    case NumberState::Expired:
        return QCoreApplication::translate("nm::NumberState", "Expired");
    case NumberState::Released:
        return QCoreApplication::translate("nm::NumberState", "Released");
    }
    return {};
}

QString assigneeKindKey(AssigneeKind kind)
{
    switch (kind) {
    case AssigneeKind::Member:
        return QStringLiteral("member");
    case AssigneeKind::SipProfile:
        return QStringLiteral("sip_profile");
    case AssigneeKind::None:
        break;
    }
    return QStringLiteral("none");
}

QString assigneeKindDisplayName(AssigneeKind kind)
{
    switch (kind) {
    case AssigneeKind::Member:
        return QCoreApplication::translate("nm::AssigneeKind", "Member");
    case AssigneeKind::SipProfile:
        return QCoreApplication::translate("nm::AssigneeKind", "SIP profile");
    case AssigneeKind::None:
        break;
    }
    return QCoreApplication::translate("nm::AssigneeKind", "Nobody");
}

} // namespace nm
