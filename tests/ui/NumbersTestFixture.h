#pragma once

#include "TestSupport.h"
#include "common/Workspace.h"
#include "members/MemberService.h"
#include "numbers/NumberService.h"
#include "numbers/NumbersTableModel.h"
#include "organisation/OrganisationService.h"
#include "sip/SipProfileService.h"

#include <QAbstractItemView>
#include <QTest>

namespace nm::test {

// A temporary database with an organisation and credit, a workspace over it, and
// helpers to add members, SIP profiles and numbers through the core services.
struct NumbersFixture
{
    TempDatabase temp;
    Workspace workspace{temp.database(), temp.clock(), QStringLiteral("test-admin")};

    explicit NumbersFixture(qint64 creditCents = 100'00)
    {
        REQUIRE(OrganisationService(temp.context()).create(QStringLiteral("Acme Office")));
        if (creditCents > 0)
            REQUIRE(OrganisationService(temp.context()).topUp(creditCents));
    }

    Member addMember(const QString& account, const QString& name,
                     const QString& country = QStringLiteral("NL"),
                     const QString& city = QStringLiteral("Amsterdam"))
    {
        auto added = MemberService(temp.context())
                         .add({account, name, account + QStringLiteral("@example.com"), country, city});
        if (!added)
            FAIL(added.error().message.toStdString());
        return added.value();
    }

    SipProfile addSipProfile(const QString& id, const QString& name,
                             const QString& country = QStringLiteral("NL"))
    {
        auto added = SipProfileService(temp.context()).add({id, name, 4, country});
        if (!added)
            FAIL(added.error().message.toStdString());
        return added.value();
    }

    NumberRecord buyFor(const AssigneeRef& assignee, const QString& country = QStringLiteral("NL"),
                        const QString& areaCode = QStringLiteral("20"))
    {
        PurchaseRequest request;
        request.assignees = {assignee};
        request.country = country;
        request.areaCode = areaCode;
        request.termsAccepted = true;
        auto bought = NumberService(temp.context()).buy(request);
        if (!bought)
            FAIL(bought.error().message.toStdString());
        return bought->numbers.front();
    }

    QString dump() { return dumpDatabase(temp.database().connection()); }
};

// The loaded row showing this assignee (and number, when given); -1 when none.
inline int findRow(const NumbersTableModel& model, const QString& displayName, const QString& e164 = {})
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const NumberRowInfo info = model.rowInfo(row);
        if (info.displayName == displayName && (e164.isEmpty() || info.e164 == e164))
            return row;
    }
    return -1;
}

// Clicks a row's name cell, as a person picks a row.
inline void clickRow(QAbstractItemView* view, int row, int column = NumbersTableModel::Name)
{
    const QModelIndex index = view->model()->index(row, column);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

} // namespace nm::test
