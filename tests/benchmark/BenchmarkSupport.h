#pragma once

#include "BulkSetup.h"
#include "numbers/NumberService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <cstdlib>

#ifdef Q_OS_LINUX
#include <QRegularExpression>
#include <malloc.h>
#endif

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
// it has a baseline, and "peakMiB" where the process's peak memory was measured, and
// returns true; without, returns false for the caller's own text.
inline bool json(const char* name, qint64 n, double ms, double baselineMs = -1, double peakMiB = -1)
{
    if (!jsonOutput())
        return false;
    QJsonObject figure{
        {QStringLiteral("name"), QLatin1String(name)}, {QStringLiteral("n"), n}, {QStringLiteral("ms"), ms}};
    if (baselineMs > 0) {
        figure.insert(QStringLiteral("baselineMs"), baselineMs);
        figure.insert(QStringLiteral("ratio"), ms / baselineMs);
    }
    if (peakMiB >= 0)
        figure.insert(QStringLiteral("peakMiB"), peakMiB);
    out() << QJsonDocument(figure).toJson(QJsonDocument::Compact) << Qt::endl;
    return true;
}

// From now on, peakMemoryMiB() is the process's peak resident memory from here.
inline void resetPeakMemory()
{
#ifdef Q_OS_LINUX
    malloc_trim(0); // what earlier work freed goes back first, so that it is not counted again
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5"); // resets VmHWM to the current resident size
#endif
}

// A size from /proc/self/status ("VmHWM", "VmRSS"), in MiB; -1 where the platform does not
// say (only Linux is measured).
inline double statusMiB(const QString& field)
{
#ifdef Q_OS_LINUX
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        const QString text = QString::fromLatin1(status.readAll());
        const auto match = QRegularExpression(field + QStringLiteral(":\\s+(\\d+) kB")).match(text);
        if (match.hasMatch())
            return match.captured(1).toDouble() / 1024.0;
    }
#else
    Q_UNUSED(field)
#endif
    return -1;
}

// The process's peak resident memory since the last resetPeakMemory().
inline double peakMemoryMiB()
{
    return statusMiB(QStringLiteral("VmHWM"));
}

// The process's resident memory now.
inline double residentMemoryMiB()
{
    return statusMiB(QStringLiteral("VmRSS"));
}

// How long `work` took, and the process's peak memory meanwhile.
struct Phase
{
    qint64 ms = 0;
    double peakMiB = -1;
};

template <typename Work> Phase measure(Work work)
{
    resetPeakMemory();
    QElapsedTimer timer;
    timer.start();
    work();
    return Phase{timer.elapsed(), peakMemoryMiB()};
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
