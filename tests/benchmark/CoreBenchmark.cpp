// Times the core operations on a large organisation and prints the figures.
// Not a test: run it by hand (`build/<preset>/tests/benchmark/nm_core_benchmark [--json]
// [members]`). With --json it prints one JSON object per figure instead, one per line:
// {"name": ..., "n": ..., "ms": ...}, with "baselineMs" and "ratio" where the figure has
// a baseline (raw SQLite, or the same operation on a small database), and "peakMiB" where
// the process's peak memory was measured. With --growth [SIZES...], how the operations
// grow with the organisation instead (Growth.cpp).
#include "AppIdentity.h"
#include "BenchmarkSupport.h"
#include "Clock.h"
#include "Growth.h"
#include "RawSqlite.h"
#include "io/Backup.h"
#include "numbers/NumberService.h"
#include "organisation/OrganisationService.h"
#include "organisation/OrganisationSettings.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace nm;

namespace {

QTextStream& out = benchmark::out();
using benchmark::die;
using benchmark::json;
using benchmark::jsonOutput;

void report(const char* what, qint64 ms, qint64 count)
{
    if (json(what, count, double(ms)))
        return;
    out << QStringLiteral("%1 %2 ms  (%3 items, %4 us each)")
               .arg(QLatin1String(what), -44)
               .arg(ms, 7)
               .arg(count)
               .arg(count ? double(ms) * 1000.0 / double(count) : 0.0, 0, 'f', 1)
        << Qt::endl;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    QStringList arguments = benchmark::arguments();
    if (arguments.removeAll(QStringLiteral("--growth")) > 0) {
        QList<int> sizes;
        for (const QString& size : std::as_const(arguments))
            sizes << size.toInt();
        return benchmark::runGrowth(sizes);
    }
    const int memberCount = arguments.isEmpty() ? 100'000 : arguments.first().toInt();
    if (memberCount < 11'020)
        die(QStringLiteral("At least 11,020 members are needed (10,000 numbers, 1,000 reassigns and the "
                           "single purchases)."));
    constexpr int purchaseCount = 10'000;
    constexpr int reassignCount = 1'000;

    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("benchmark.sqlite")));
    if (!opened)
        die(opened.error().message);
    Database& db = *opened.value();
    FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc()));
    const Context context{db, clock, QStringLiteral("benchmark")};

    QElapsedTimer timer;
    timer.start();
    if (Status s = benchmark::addMembersInBulk(db, memberCount); !s)
        die(s.error().message);
    report("setup: create members (bulk SQL)", timer.elapsed(), memberCount);
    // Credit for a number for every member, a top-up of at most 1,000,000.00 at a time.
    for (qint64 credit = 0; credit < qint64(memberCount) * 400; credit += 100'000'000)
        if (!OrganisationService(context).topUp(100'000'000))
            die(QStringLiteral("top-up"));
#ifdef NM_RAW_SQLITE_BASELINE
    // The baseline's copy: the same members and credit, no numbers yet.
    const QString rawPath = dir.filePath(QStringLiteral("raw.sqlite"));
    if (Status s = Backup::backUp(db, rawPath); !s)
        die(s.error().message);
    // The same again, for the purchase by account names (as the command-line tool buys).
    const QString byNamePath = dir.filePath(QStringLiteral("by-name.sqlite"));
    if (Status s = Backup::backUp(db, byNamePath); !s)
        die(s.error().message);
#endif

    NumberService service(context);
    // One number for one member, median of 5: at the start, and again at the end with
    // every member holding a number.
    const auto singlePurchase = [&](int firstMember) {
        std::vector<qint64> times;
        for (int i = 0; i < 5; ++i) {
            const PurchaseRequest one = benchmark::amsterdamPurchase(firstMember + i, 1);
            QElapsedTimer single;
            single.start();
            if (auto bought = service.buy(one); !bought)
                die(bought.error().message);
            times.push_back(single.nsecsElapsed() / 1000);
        }
        std::sort(times.begin(), times.end());
        return double(times[2]) / 1000.0;
    };
    const double singleAtStart = singlePurchase(memberCount - 10);
    const PurchaseRequest request = benchmark::amsterdamPurchase(0, purchaseCount);
    timer.restart();
    auto bought = service.buy(request);
    if (!bought)
        die(bought.error().message);
    const qint64 buyMs = timer.elapsed();
    report("buy 10,000 numbers in one purchase", buyMs, purchaseCount);

    timer.restart();
    for (int i = 0; i < reassignCount; ++i) {
        const QString target = QStringLiteral("member%1").arg(purchaseCount + i, 6, 10, QLatin1Char('0'));
        auto moved = service.reassign(bought->numbers[size_t(i)].e164, target);
        if (!moved)
            die(moved.error().message);
    }
    report("1,000 reassigns (by account name)", timer.elapsed(), reassignCount);

    timer.restart();
    auto all = service.list();
    if (!all)
        die(all.error().message);
    report("list all numbers", timer.elapsed(), qint64(all->size()));

    QStringList toCancel;
    for (const NumberRecord& number : bought->numbers)
        toCancel << number.e164;
    timer.restart();
    auto cancelled = service.cancel(toCancel);
    if (!cancelled)
        die(cancelled.error().message);
    const qint64 cancelMs = timer.elapsed();
    report("cancel 10,000 numbers", cancelMs, qint64(cancelled->size()));
#ifdef NM_RAW_SQLITE_BASELINE
    {
        const auto raw = benchmark::rawBuyAndCancel(rawPath, toCancel);
        if (!raw)
            die(QStringLiteral("the raw SQLite baseline failed"));
        // The same purchase by the members' account names, into the same members: the
        // names are resolved (a few hundred per statement) and then bought as by id. The
        // baseline is the same raw purchase, which is given the ids.
        qint64 byNameMs = 0;
        {
            auto byNameDb = Database::open(byNamePath);
            if (!byNameDb)
                die(byNameDb.error().message);
            const Context byNameContext{*byNameDb.value(), clock, QStringLiteral("benchmark")};
            PurchaseRequest byName = request;
            byName.assignees.clear();
            for (int i = 0; i < purchaseCount; ++i)
                byName.assigneeNames << QStringLiteral("member%1").arg(i, 6, 10, QLatin1Char('0'));
            timer.restart();
            if (auto boughtByName = NumberService(byNameContext).buy(byName); !boughtByName)
                die(boughtByName.error().message);
            byNameMs = timer.elapsed();
        }
        if (jsonOutput()) {
            json("buy 10,000 numbers, against raw SQLite", purchaseCount, double(buyMs), raw->buyMs);
            json("buy 10,000 numbers by account name, against raw SQLite", purchaseCount, double(byNameMs),
                 raw->buyMs);
            json("cancel 10,000 numbers, against raw SQLite", purchaseCount, double(cancelMs), raw->cancelMs);
        } else
            out << QStringLiteral("raw SQLite baseline: buy 10,000 %1 ms (ratio %2; by account name %3 ms, "
                                  "ratio %4), cancel 10,000 %5 ms (ratio %6)")
                       .arg(raw->buyMs, 0, 'f', 1)
                       .arg(double(buyMs) / raw->buyMs, 0, 'f', 2)
                       .arg(byNameMs)
                       .arg(double(byNameMs) / raw->buyMs, 0, 'f', 2)
                       .arg(raw->cancelMs, 0, 'f', 1)
                       .arg(double(cancelMs) / raw->cancelMs, 0, 'f', 2)
                << Qt::endl;
    }
#endif

    // Opening: the damage check (PRAGMA quick_check) made on every open, at 100,000 numbers,
    // beside the same check on a bare SQLite connection and an open without it.
    PurchaseRequest rest = request;
    rest.assignees.clear();
    for (int i = purchaseCount; i < memberCount - 10; ++i)
        rest.assignees.push_back({AssigneeKind::Member, qint64(i + 1)});
    if (!rest.assignees.empty())
        if (auto more = service.buy(rest); !more)
            die(more.error().message);
    const double singleAtEnd = singlePurchase(memberCount - 5);
    if (!json("single purchase, into a full database against an empty one", memberCount, singleAtEnd,
              singleAtStart))
        out << QStringLiteral("single purchase: %1 ms into 5 numbers, %2 ms into %3 numbers (ratio %4)")
                   .arg(singleAtStart, 0, 'f', 2)
                   .arg(singleAtEnd, 0, 'f', 2)
                   .arg(memberCount)
                   .arg(singleAtStart > 0 ? singleAtEnd / singleAtStart : 0.0, 0, 'f', 2)
            << Qt::endl;
    const QString path = db.path();
    qint64 numbers = 0;
    {
        QSqlQuery count(db.connection());
        if (!count.exec(QStringLiteral("SELECT count(*) FROM numbers")) || !count.next())
            die(count.lastError().text());
        numbers = count.value(0).toLongLong();
    }
    opened.value().reset();
    const QFileInfo file(path);
    if (!jsonOutput())
        out << QStringLiteral("database file: %1 MiB with %2 numbers")
                   .arg(double(file.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                   .arg(numbers)
            << Qt::endl;
    constexpr int runs = 5;
    const auto median = [](std::vector<qint64> values) {
        std::sort(values.begin(), values.end());
        return values[values.size() / 2];
    };
    std::vector<qint64> checked;
    std::vector<qint64> unchecked;
    std::vector<qint64> raw;
    for (int run = 0; run < runs; ++run) {
        Database::Options options;
        timer.restart();
        if (auto again = Database::open(path, options); !again)
            die(again.error().message);
        checked.push_back(timer.nsecsElapsed() / 1000);
        options.checkForDamage = false;
        timer.restart();
        if (auto again = Database::open(path, options); !again)
            die(again.error().message);
        unchecked.push_back(timer.nsecsElapsed() / 1000);
        {
            QSqlDatabase bare = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            bare.setDatabaseName(path);
            timer.restart();
            if (!bare.open())
                die(bare.lastError().text());
            QSqlQuery check(bare);
            if (!check.exec(QStringLiteral("PRAGMA quick_check(20)")) || !check.next())
                die(check.lastError().text());
            raw.push_back(timer.nsecsElapsed() / 1000);
            check.finish();
            bare.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }
    const qint64 withCheck = median(checked);
    const qint64 withoutCheck = median(unchecked);
    const qint64 bare = median(raw);
    if (jsonOutput()) {
        json("open with damage check, against raw SQLite open and quick_check", numbers,
             double(withCheck) / 1000.0, double(bare) / 1000.0);
        json("open without damage check", numbers, double(withoutCheck) / 1000.0);
        return 0;
    }
    out << QStringLiteral("open with damage check      %1 ms (median of %2)")
               .arg(double(withCheck) / 1000.0, 7, 'f', 1)
               .arg(runs)
        << Qt::endl
        << QStringLiteral("open without damage check   %1 ms").arg(double(withoutCheck) / 1000.0, 7, 'f', 1)
        << Qt::endl
        << QStringLiteral("raw SQLite open+quick_check %1 ms  (ratio %2)")
               .arg(double(bare) / 1000.0, 7, 'f', 1)
               .arg(bare ? double(withCheck) / double(bare) : 0.0, 0, 'f', 2)
        << Qt::endl;
    return 0;
}
