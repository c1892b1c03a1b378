// How long the window's thread is blocked while renewals are processed: 100,000 numbers due
// at once, processed on the GUI thread (as before) and on the processing thread (in batches
// of 2,000), with a 5 ms timer on the GUI thread as the probe; the same renewals written
// straight through the SQLite C API as the baseline (RawSqlite.cpp); and an idle tick.
// Not a test: run it by hand
// (`build/<preset>/tests/benchmark/nm_processing_benchmark [--json] [NUMBERS]`).
#include "AppIdentity.h"
#include "BenchmarkSupport.h"
#ifdef NM_RAW_SQLITE_BASELINE
#include "RawSqlite.h"
#endif
#include "Clock.h"
#include "common/Workspace.h"
#include "io/Backup.h"
#include "numbers/NumberProcessor.h"
#include "numbers/NumberService.h"
#include "organisation/OrganisationService.h"
#include "storage/Database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>
#include <QTimer>
#include <algorithm>
#include <cstdlib>

using namespace nm;

namespace {

QTextStream& out = benchmark::out();
using benchmark::die;

std::unique_ptr<Database> open(const QString& path)
{
    Database::Options options;
    options.checkForDamage = false;
    auto opened = Database::open(path, options);
    if (!opened)
        die(opened.error().message);
    return std::move(opened).value();
}

// The GUI thread's longest wait between two ticks of a 5 ms timer, beyond the 5 ms.
struct LatenessProbe
{
    QTimer timer;
    QElapsedTimer since;
    qint64 worstMs = 0;
    int ticks = 0;

    LatenessProbe()
    {
        timer.setTimerType(Qt::PreciseTimer);
        timer.setInterval(5);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            const qint64 gap = since.restart();
            worstMs = std::max(worstMs, gap - 5);
            ++ticks;
        });
    }
    void start()
    {
        since.start();
        timer.start();
    }
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    const QStringList arguments = benchmark::arguments();
    const int count = arguments.isEmpty() ? 100'000 : arguments.first().toInt();

    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("due.sqlite"));
    FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc()));
    {
        auto db = open(original);
        const Context context{*db, clock, QStringLiteral("benchmark")};
        if (Status s = benchmark::addMembersInBulk(*db, count); !s)
            die(s.error().message);
        // A purchase and a renewal for every number, a top-up of at most 1,000,000.00 at a time.
        for (qint64 credit = 0; credit < qint64(count) * 800; credit += 100'000'000)
            if (!OrganisationService(context).topUp(100'000'000))
                die(QStringLiteral("top-up"));
        if (auto bought = NumberService(context).buy(benchmark::amsterdamPurchase(0, count)); !bought)
            die(bought.error().message);
        // Provisioned the next day, so that the rounds below renew and do nothing else.
        clock.set(clock.now().addDays(1));
        if (auto provisioned = NumberProcessor::process(context); !provisioned)
            die(provisioned.error().message);
    }
    clock.set(clock.now().addDays(29)); // all due for renewal
    if (!benchmark::jsonOutput())
        out << QStringLiteral("%1 numbers, all due for renewal").arg(count) << Qt::endl;

    // Before: on the GUI thread, in one transaction.
    const QString onGuiThread = dir.filePath(QStringLiteral("gui.sqlite"));
    {
        auto db = open(original);
        if (Status s = Backup::backUp(*db, onGuiThread); !s)
            die(s.error().message);
    }
    {
        auto db = open(onGuiThread);
        // What the history holds (its text, in bytes): the growth of the log per renewal.
        const auto historyBytes = [&db]() {
            QSqlQuery query(db->connection());
            if (!query.exec(QStringLiteral(
                    "SELECT coalesce(sum(length(at) + length(actor) + length(action) + length(object_kind) + "
                    "length(object_id) + length(coalesce(before_json, '')) + length(coalesce(after_json, "
                    "'')) + "
                    "length(search_key)), 0), count(*) FROM audit_log"))
                || !query.next())
                die(QStringLiteral("history size"));
            return std::pair{query.value(0).toLongLong(), query.value(1).toLongLong()};
        };
        const auto historyBefore = historyBytes();
        QElapsedTimer timer;
        timer.start();
        auto report = NumberProcessor::process(Context{*db, clock, QStringLiteral("benchmark")});
        if (!report)
            die(report.error().message);
        const double renewMs = double(timer.nsecsElapsed()) / 1e6;
        const auto historyAfter = historyBytes();
        const double bytesPerRenewal
            = double(historyAfter.first - historyBefore.first) / double(std::max<qint64>(1, report->renewed));
        if (benchmark::jsonOutput())
            out << QStringLiteral("{\"name\":\"history written per renewal\",\"n\":%1,\"bytes\":%2,"
                                  "\"entries\":%3}")
                       .arg(report->renewed)
                       .arg(bytesPerRenewal, 0, 'f', 1)
                       .arg(historyAfter.second - historyBefore.second)
                << Qt::endl;
        else
            out << QStringLiteral("history written:          %1 bytes per renewal, %2 entries")
                       .arg(bytesPerRenewal, 0, 'f', 1)
                       .arg(historyAfter.second - historyBefore.second)
                << Qt::endl;
        if (!benchmark::jsonOutput())
            out << QStringLiteral(
                       "on the GUI thread:        round %1 ms, GUI thread blocked %1 ms (%2 renewed)")
                       .arg(renewMs, 0, 'f', 0)
                       .arg(report->renewed)
                << Qt::endl;

#ifdef NM_RAW_SQLITE_BASELINE
        // The baseline: the same renewals through the SQLite C API, on another copy.
        const QString rawCopy = dir.filePath(QStringLiteral("raw.sqlite"));
        {
            auto source = open(original);
            if (Status s = Backup::backUp(*source, rawCopy); !s)
                die(s.error().message);
        }
        const auto raw = benchmark::rawRenew(rawCopy, toStorage(clock.now().addDays(renewalLeadDays)));
        if (!raw)
            die(QStringLiteral("the raw SQLite baseline failed"));
        if (raw->renewed != report->renewed)
            die(QStringLiteral("the baseline renewed %1 numbers, Number Manager %2")
                    .arg(raw->renewed)
                    .arg(report->renewed));
        if (!benchmark::json("renew all due numbers in one round, against raw SQLite", report->renewed,
                             renewMs, raw->ms))
            out << QStringLiteral("raw SQLite baseline:      %1 ms for the same renewals (ratio %2)")
                       .arg(raw->ms, 0, 'f', 0)
                       .arg(renewMs / raw->ms, 0, 'f', 2)
                << Qt::endl;
#else
        benchmark::json("renew all due numbers in one round", report->renewed, renewMs);
#endif

        // An idle tick, with nothing due, at this size.
        std::vector<qint64> idle;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer tick;
            tick.start();
            if (!NumberProcessor::process(Context{*db, clock, QStringLiteral("benchmark")}))
                die(QStringLiteral("idle tick"));
            idle.push_back(tick.nsecsElapsed() / 1000);
        }
        std::sort(idle.begin(), idle.end());
        if (!benchmark::json("idle processing tick, nothing due (median of 5)", count,
                             double(idle[2]) / 1000.0))
            out << QStringLiteral("idle tick (nothing due):  %1 ms (median of 5)")
                       .arg(double(idle[2]) / 1000.0, 0, 'f', 2)
                << Qt::endl;
    }

    // After: on the processing thread, in batches, with the GUI thread's event loop running.
    {
        auto db = open(original);
        Workspace workspace(*db, clock, QStringLiteral("benchmark"));
        LatenessProbe probe;
        QEventLoop loop;
        int changed = 0;
        QObject::connect(&workspace, &Workspace::changed, &loop, [&] { loop.quit(); });
        QObject::connect(&workspace, &Workspace::processingFailed, &loop,
                         [&](const QString& message) { die(message); });
        QElapsedTimer timer;
        timer.start();
        probe.start();
        workspace.setConnectionOpener([path = original] {
            Database::Options options;
            options.checkForDamage = false;
            return Database::open(path, options);
        });
        workspace.startBackgroundProcessing();
        loop.exec();
        changed = int(timer.elapsed());
        if (benchmark::json("renew on the processing thread: the GUI thread's longest block", count,
                            double(probe.worstMs)))
            return 0;
        out << QStringLiteral("on the processing thread: round %1 ms, GUI thread blocked at most %2 ms (%3 "
                              "ticks of 5 ms)")
                   .arg(changed)
                   .arg(probe.worstMs)
                   .arg(probe.ticks)
            << Qt::endl;
    }
    return 0;
}
