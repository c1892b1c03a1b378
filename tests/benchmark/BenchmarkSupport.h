#pragma once

#include "BulkSetup.h"
#include "numbers/NumberService.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <cstdlib>

namespace nm::benchmark {

// member000000, member000001, ... ("Member 0", ...).
inline Status addMembersInBulk(Database& db, int count)
{
    return test::addMembersInBulk(
        db, count, [](int i) { return QStringLiteral("member%1").arg(i, 6, 10, QLatin1Char('0')); },
        [](int i) { return QStringLiteral("Member %1").arg(i); });
}

// Where the figures go.
inline QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

// --json: one JSON object per figure, one per line, instead of the text.
inline bool& jsonOutput()
{
    static bool on = false;
    return on;
}

// The program's arguments without --json (which turns jsonOutput() on).
inline QStringList arguments()
{
    QStringList list = QCoreApplication::arguments().mid(1);
    if (list.removeAll(QStringLiteral("--json")) > 0)
        jsonOutput() = true;
    return list;
}

// With --json, prints the figure {"name", "n", "ms"} with "baselineMs" and "ratio" where
// it has a baseline, and returns true; without, returns false for the caller's own text.
inline bool json(const char* name, qint64 n, double ms, double baselineMs = -1)
{
    if (!jsonOutput())
        return false;
    QJsonObject figure{
        {QStringLiteral("name"), QLatin1String(name)}, {QStringLiteral("n"), n}, {QStringLiteral("ms"), ms}};
    if (baselineMs > 0) {
        figure.insert(QStringLiteral("baselineMs"), baselineMs);
        figure.insert(QStringLiteral("ratio"), ms / baselineMs);
    }
    out() << QJsonDocument(figure).toJson(QJsonDocument::Compact) << Qt::endl;
    return true;
}

[[noreturn]] inline void die(const QString& message)
{
    out() << "FAILED: " << message << Qt::endl;
    std::exit(1);
}

// One Amsterdam number (a month, terms agreed) for each of the members with ids
// first + 1 ... first + count.
inline PurchaseRequest amsterdamPurchase(int first, int count)
{
    PurchaseRequest request;
    request.country = QStringLiteral("NL");
    request.areaCode = QStringLiteral("20");
    request.period = BillingPeriod::OneMonth;
    request.termsAccepted = true;
    for (int i = first; i < first + count; ++i)
        request.assignees.push_back({AssigneeKind::Member, qint64(i + 1)});
    return request;
}

} // namespace nm::benchmark
