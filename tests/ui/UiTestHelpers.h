#pragma once

// Small helpers shared by the page tests: data set up through the core services, and
// driving widgets the way a person does.

#include "BulkSetup.h"
#include "TestSupport.h"
#include "common/BackgroundProcessor.h"
#include "members/MemberService.h"
#include "numbers/NumberService.h"
#include "organisation/OrganisationService.h"
#include "sip/SipProfileService.h"
#include "storage/Database.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>
#include <QWidget>

namespace nm::test {

inline Member addMember(TempDatabase& temp, const QString& account, const QString& displayName,
                        const QString& city = QStringLiteral("Amsterdam"))
{
    MemberInput input{account, displayName, account + QStringLiteral("@example.nl"), QStringLiteral("NL"),
                      city};
    auto added = MemberService(temp.context()).add(input);
    if (!added)
        FAIL(added.error().message.toStdString());
    return *added;
}

inline SipProfile addProfile(TempDatabase& temp, const QString& profileId, const QString& name,
                             int channels = 10)
{
    auto added = SipProfileService(temp.context()).add({profileId, name, channels, QStringLiteral("NL")});
    if (!added)
        FAIL(added.error().message.toStdString());
    return *added;
}

// An organisation with €100 credit, so that numbers can be bought.
inline void createOrganisation(TempDatabase& temp)
{
    OrganisationService organisation(temp.context());
    REQUIRE(organisation.create(QStringLiteral("Test B.V.")).ok());
    REQUIRE(organisation.topUp(100'00).ok());
}

// Buys one Amsterdam number for the assignee (3 months).
inline NumberRecord buyNumber(TempDatabase& temp, AssigneeKind kind, qint64 id)
{
    PurchaseRequest request;
    request.assignees.push_back({kind, id});
    request.country = QStringLiteral("NL");
    request.areaCode = QStringLiteral("20");
    request.period = BillingPeriod::ThreeMonths;
    request.termsAccepted = true;
    auto bought = NumberService(temp.context()).buy(request);
    if (!bought)
        FAIL(bought.error().message.toStdString());
    REQUIRE(bought->numbers.size() == 1);
    return bought->numbers.front();
}

// How an Amsterdam number is shown, written out from its digits: "+31201234567" is
// "+31 20 123 4567".
inline QString shownAmsterdamNumber(const QString& e164)
{
    REQUIRE(e164.startsWith(QStringLiteral("+3120")));
    REQUIRE(e164.size() == 12);
    return QStringLiteral("+31 20 ") + e164.mid(5, 3) + QLatin1Char(' ') + e164.mid(8);
}

template <typename T> T* child(const QObject* parent, const QString& name)
{
    T* found = parent->findChild<T*>(name);
    INFO("looking for " << name.toStdString());
    REQUIRE(found);
    return found;
}

// Selects everything in the field and types `text` over it.
inline void typeInto(QWidget* field, const QString& text)
{
    field->setFocus();
    if (auto* edit = qobject_cast<QLineEdit*>(field))
        edit->selectAll();
    else if (auto* spin = qobject_cast<QAbstractSpinBox*>(field))
        spin->selectAll();
    QTest::keyClicks(field, text);
}

// Makes `window` the active window, so that focus and keyboard go where a person's would.
inline void activate(QWidget* window)
{
    REQUIRE(QTest::qWaitForWindowExposed(window));
    window->activateWindow();
    QApplication::setActiveWindow(window);
    REQUIRE(QTest::qWaitFor([window] { return QApplication::activeWindow() == window; }));
}

inline void click(QWidget* button)
{
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

// A model check that aborts the run (and so fails the test) on any violation.
inline std::unique_ptr<QAbstractItemModelTester> modelTester(QAbstractItemModel* model)
{
    return std::make_unique<QAbstractItemModelTester>(model,
                                                      QAbstractItemModelTester::FailureReportingMode::Fatal);
}

// Lets a language switch reach every widget: LanguageChange travels as posted events.
inline void settleLanguageChange()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

inline void sendLanguageChange(QWidget* widget)
{
    QEvent event(QEvent::LanguageChange);
    QApplication::sendEvent(widget, &event);
}

// The buttons, fields, lists and tables under `root` that a screen reader could not name:
// "QComboBox someCombo", ...
inline QStringList unnamedControls(QWidget* root)
{
    const auto accessibleName = [](QWidget* widget) {
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
        return iface ? iface->text(QAccessible::Name) : QString();
    };
    QStringList unnamed;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        const bool control = qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget)
            || qobject_cast<QComboBox*>(widget) || qobject_cast<QAbstractItemView*>(widget);
        // Qt's own internals (a combo box's popup list, the toolbar's overflow button, a table's
        // headers, which Qt announces through the table) are not ours to name.
        if (!control || widget->objectName().startsWith(QLatin1String("qt_"))
            || widget->parentWidget()->inherits("QComboBoxPrivateContainer")
            || widget->inherits("QToolBarExtension") || widget->inherits("QLineEditIconButton")
            || widget->inherits("QHeaderView") || widget->inherits("QTableCornerButton") // parts of a table
            || qobject_cast<QComboBox*>(widget->parentWidget()))
            continue;
        if (accessibleName(widget).trimmed().isEmpty())
            unnamed << QStringLiteral("%1 %2").arg(QLatin1String(widget->metaObject()->className()),
                                                   widget->objectName());
    }
    return unnamed;
}

// What Workspace::setConnectionOpener() takes: another connection to the test's database,
// opened on the thread that calls it (as the desktop program's Session does).
inline BackgroundProcessor::Opener connectionOpener(const QString& path)
{
    return [path] {
        Database::Options options;
        options.checkForDamage = false;
        return Database::open(path, options);
    };
}

// Members "member0000" ... in Amsterdam, straight into the table.
inline void addManyMembers(TempDatabase& temp, int count)
{
    REQUIRE(addMembersInBulk(
        temp.database(), count,
        [](int i) { return QStringLiteral("member%1").arg(i, 4, 10, QLatin1Char('0')); },
        [](int i) { return QStringLiteral("Member %1").arg(i); }));
}

} // namespace nm::test
