// How the core operations grow with the organisation: for each size N (1,000, 10,000 and
// 100,000 unless given; 1,000,000 takes a few minutes), an organisation of N members, each
// of whom gets a number, and then, each timed with the process's peak memory:
//   buy N numbers in one purchase;
//   process: provision the N numbers, then renew all N at once (in the processing
//   thread's batches of 2,000), then an idle tick with nothing due (median of 5);
//   `number list --json` and `history --json`, written to nowhere (the command-line tool,
//   in this process);
//   cancel the N numbers; process: their expiry at the end of the paid period, an idle tick
//   with the N on hold, their release after the hold, and an idle tick with N released.
// Time that grows in step with N and memory that does not are what to look for; an idle
// tick should not grow at all.
#include "Growth.h"

#include "BenchmarkSupport.h"
#include "Clock.h"
#include "cli/CommandLineTool.h"
#include "numbers/NumberProcessor.h"
#include "organisation/OrganisationService.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTimeZone>
#include <algorithm>

namespace nm::benchmark {

namespace {

// Takes what it is given and keeps nothing.
class Nowhere final : public QIODevice
{
public:
    Nowhere() { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64 size) override { return size; }
};

void print(const char* what, int n, const Phase& phase)
{
    if (json(what, n, double(phase.ms), -1, phase.peakMiB))
        return;
    out() << QStringLiteral("  %1 %2 ms  peak %3 MiB")
                 .arg(QLatin1String(what), -28)
                 .arg(phase.ms, 8)
                 .arg(phase.peakMiB, 7, 'f', 1)
          << Qt::endl;
}

// The command-line tool on the database, its output thrown away.
void command(const QString& path, const Clock& clock, const QStringList& arguments)
{
    Nowhere nowhere;
    QTextStream output(&nowhere);
    QString errors;
    QTextStream errorOutput(&errors);
    const QStringList all
        = QStringList{QStringLiteral("numbermanager-cli"), QStringLiteral("--database"), path} + arguments;
    if (CommandLineTool::run(all, output, errorOutput, &clock) != CommandLineTool::Success)
        die(errors);
}

// A processing tick with nothing to do, the median of 5.
template <typename Process> void idleTick(int n, const QString& what, Process process)
{
    std::vector<qint64> idle;
    Phase phase;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        phase = measure([&] {
            timer.start();
            if (process().changedAnything())
                die(QStringLiteral("%1 changed something").arg(what));
            idle.push_back(timer.nsecsElapsed());
        });
    }
    std::sort(idle.begin(), idle.end());
    const double ms = double(idle[2]) / 1e6;
    if (!json(what.toUtf8().constData(), n, ms, -1, phase.peakMiB))
        out() << QStringLiteral("  %1 %2 ms  (median of 5)").arg(what, -28).arg(ms, 8, 'f', 2) << Qt::endl;
}

void grow(int n)
{
    if (!jsonOutput())
        out() << QStringLiteral("%L1 members, a number each:").arg(n) << Qt::endl;
    QTemporaryDir dir;
    Database::Options options;
    options.checkForDamage = false;
    auto opened = Database::open(dir.filePath(QStringLiteral("growth.sqlite")), options);
    if (!opened)
        die(opened.error().message);
    Database& db = *opened.value();
    FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc()));
    const Context context{db, clock, QStringLiteral("benchmark")};
    if (Status s = addMembersInBulk(db, n); !s)
        die(s.error().message);
    // A purchase and a renewal of every number, a top-up of at most 1,000,000.00 at a time.
    for (qint64 credit = 0; credit < qint64(n) * 800; credit += 100'000'000)
        if (!OrganisationService(context).topUp(100'000'000))
            die(QStringLiteral("top-up"));

    QStringList numbers;
    print("buy", n, measure([&] {
              auto bought = NumberService(context).buy(amsterdamPurchase(0, n));
              if (!bought)
                  die(bought.error().message);
              numbers.reserve(qsizetype(bought->numbers.size()));
              for (const NumberRecord& number : bought->numbers)
                  numbers << number.e164;
          }));
    const auto process = [&context] {
        auto processed = NumberProcessor::processInBatches(context, 2'000);
        if (!processed)
            die(processed.error().message);
        return *processed;
    };
    clock.set(clock.now().addDays(1));
    print("process: provision", n, measure([&] {
              if (process().activated != n)
                  die(QStringLiteral("not every number was provisioned"));
          }));
    clock.set(clock.now().addDays(29)); // every number due for renewal
    print("process: renew", n, measure([&] {
              if (process().renewed != n)
                  die(QStringLiteral("not every number was renewed"));
          }));
    idleTick(n, QStringLiteral("process: idle tick"), process);
    print("number list --json", n, measure([&] {
              command(db.path(), clock,
                      {QStringLiteral("number"), QStringLiteral("list"), QStringLiteral("--json")});
          }));
    print("history --json", n, measure([&] {
              command(db.path(), clock, {QStringLiteral("history"), QStringLiteral("--json")});
          }));
    print("cancel", n, measure([&] {
              auto cancelled = NumberService(context).cancel(numbers);
              if (!cancelled)
                  die(cancelled.error().message);
          }));
    clock.set(clock.now().addMonths(1)); // past the renewed period
    print("process: expire", n, measure([&] {
              if (process().expired != n)
                  die(QStringLiteral("not every number expired"));
          }));
    idleTick(n, QStringLiteral("process: idle tick, on hold"), process);
    clock.set(clock.now().addDays(91)); // past the hold
    print("process: release", n, measure([&] {
              if (process().released != n)
                  die(QStringLiteral("not every number was released"));
          }));
    idleTick(n, QStringLiteral("process: idle tick, released"), process);
}

} // namespace

int runGrowth(const QList<int>& sizes)
{
    for (int n : sizes.isEmpty() ? QList<int>{1'000, 10'000, 100'000} : sizes)
        grow(n);
    return 0;
}

} // namespace nm::benchmark
