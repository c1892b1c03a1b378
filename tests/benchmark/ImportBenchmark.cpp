// Importing a large organisation from CSV (100,000 members, then 100,000 numbers they
// already hold), beside raw SQLite inserting the same rows into the same schema in one
// transaction with prepared statements: time, peak memory, and the ratio.
// Not a test: run it by hand (`build/<preset>/tests/benchmark/nm_import_benchmark [ROWS]`).
#include "AppIdentity.h"
#include "BenchmarkSupport.h"
#include "Clock.h"
#include "Validation.h"
#include "io/Importer.h"
#include "organisation/OrganisationService.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>
#include <cstdlib>

using namespace nm;

namespace {

QTextStream& out = benchmark::out();
using benchmark::die;
using benchmark::measure;
using benchmark::Phase;

QString account(int i)
{
    return QStringLiteral("member%1").arg(i, 6, 10, QLatin1Char('0'));
}

// +31 20 1xx xxxx: Amsterdam numbers libphonenumber accepts.
QString number(int i)
{
    return QStringLiteral("+3120%1").arg(1'000'000 + i);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        die(QStringLiteral("cannot write %1").arg(path));
}

std::unique_ptr<Database> openFresh(const QTemporaryDir& dir, const QString& name)
{
    auto opened = Database::open(dir.filePath(name));
    if (!opened)
        die(opened.error().message);
    return std::move(opened).value();
}

void exec(QSqlQuery& query)
{
    if (!query.exec())
        die(query.lastError().text());
}

// Raw SQLite: the same rows into the same tables, no checks, no history.
void rawMembers(Database& db, int rows, const QString& now)
{
    Transaction tx(db.connection());
    if (!tx.isActive())
        die(tx.beginStatus().error().message);
    QSqlQuery insert(db.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO members (account_name, display_name, email, country, city, created_at, account_key, "
        "display_key, email_key, city_key) VALUES (?, ?, ?, 'NL', 'Amsterdam', ?, ?, ?, ?, 'amsterdam')"));
    for (int i = 0; i < rows; ++i) {
        const QString name = account(i);
        const QString display = QStringLiteral("Member %1").arg(i);
        const QString email = name + QStringLiteral("@example.nl");
        insert.addBindValue(name);
        insert.addBindValue(display);
        insert.addBindValue(email);
        insert.addBindValue(now);
        insert.addBindValue(name);
        insert.addBindValue(display.toLower());
        insert.addBindValue(email);
        exec(insert);
    }
    if (Status s = tx.commit(); !s)
        die(s.error().message);
}

void rawNumbers(Database& db, int rows, const QString& now, const QString& paidUntil)
{
    Transaction tx(db.connection());
    if (!tx.isActive())
        die(tx.beginStatus().error().message);
    QSqlQuery insert(db.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO numbers (e164, country, area_code, member_id, state, created_at, activated_at, "
        "terms_country, terms_version, terms_accepted_at, terms_accepted_by, residency) "
        "VALUES (?, 'NL', '20', ?, 'active', ?, ?, 'NL', 'imported', ?, 'benchmark', 'none')"));
    QSqlQuery subscription(db.connection());
    subscription.prepare(QStringLiteral("INSERT INTO subscriptions (number_id, period_months, price_cents, "
                                        "paid_until, billing_anchor) VALUES (?, 1, 350, ?, ?)"));
    for (int i = 0; i < rows; ++i) {
        insert.addBindValue(number(i));
        insert.addBindValue(qint64(i + 1));
        insert.addBindValue(now);
        insert.addBindValue(now);
        insert.addBindValue(now);
        exec(insert);
        subscription.addBindValue(insert.lastInsertId());
        subscription.addBindValue(paidUntil);
        subscription.addBindValue(paidUntil);
        exec(subscription);
    }
    if (Status s = tx.commit(); !s)
        die(s.error().message);
}

void print(const char* what, const Phase& ours, const Phase& raw, int rows)
{
    out << QStringLiteral("%1 %2 ms  peak %3 MiB | raw SQLite %4 ms  peak %5 MiB | ratio %6")
               .arg(QLatin1String(what), -30)
               .arg(ours.ms, 7)
               .arg(ours.peakMiB, 6, 'f', 1)
               .arg(raw.ms, 6)
               .arg(raw.peakMiB, 6, 'f', 1)
               .arg(raw.ms ? double(ours.ms) / double(raw.ms) : 0.0, 0, 'f', 2)
        << QStringLiteral("  (%1 rows, %2 us each)").arg(rows).arg(double(ours.ms) * 1000.0 / rows, 0, 'f', 1)
        << Qt::endl;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100'000;
    if (rows < 1)
        die(QStringLiteral("ROWS must be a positive number"));

    QTemporaryDir dir;
    const QString membersFile = dir.filePath(QStringLiteral("members.csv"));
    const QString numbersFile = dir.filePath(QStringLiteral("numbers.csv"));
    {
        QByteArray members = "Account name;Display name;E-mail address;Country;City\r\n";
        QByteArray numbers = "Number;Assigned to;Billing period (months);Price;Paid until;Auto-renew\r\n";
        for (int i = 0; i < rows; ++i) {
            const QByteArray name = account(i).toLatin1();
            members
                += name + ";Member " + QByteArray::number(i) + ';' + name + "@example.nl;NL;Amsterdam\r\n";
            numbers += number(i).toLatin1() + ';' + name + ";1;3,50;2027-01-15;yes\r\n";
        }
        writeFile(membersFile, members);
        writeFile(numbersFile, numbers);
        out << QStringLiteral("files: members.csv %1 MiB, numbers.csv %2 MiB")
                   .arg(double(members.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                   .arg(double(numbers.size()) / (1024.0 * 1024.0), 0, 'f', 1)
            << Qt::endl;
    }
    FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc()));
    const QString now = QStringLiteral("2026-11-26T09:00:00.000Z");
    const QString paidUntil = QStringLiteral("2027-01-14T23:00:00.000Z");

    // Raw first, in its own file, so that its peak is not the import's.
    auto rawDb = openFresh(dir, QStringLiteral("raw.sqlite"));
    const Phase rawMemberPhase = measure([&] { rawMembers(*rawDb, rows, now); });
    const Phase rawNumberPhase = measure([&] { rawNumbers(*rawDb, rows, now, paidUntil); });
    rawDb.reset();

    auto db = openFresh(dir, QStringLiteral("import.sqlite"));
    const Context context{*db, clock, QStringLiteral("benchmark")};
    const auto run = [&](FileKind kind, const QString& file) {
        auto report = Importer(context).importFile(kind, file, {});
        if (!report)
            die(report.error().message);
        if (report->hasProblems())
            die(report->problemLines(3).join(QLatin1Char('\n')));
        if (report->added != rows)
            die(QStringLiteral("imported %1 of %2 rows").arg(report->added).arg(rows));
    };
    const Phase memberPhase = measure([&] { run(FileKind::Members, membersFile); });
    const Phase numberPhase = measure([&] { run(FileKind::Numbers, numbersFile); });

    print("import members from CSV", memberPhase, rawMemberPhase, rows);
    print("import numbers from CSV", numberPhase, rawNumberPhase, rows);
    const Phase total{memberPhase.ms + numberPhase.ms, std::max(memberPhase.peakMiB, numberPhase.peakMiB)};
    const Phase rawTotal{rawMemberPhase.ms + rawNumberPhase.ms,
                         std::max(rawMemberPhase.peakMiB, rawNumberPhase.peakMiB)};
    print("both", total, rawTotal, 2 * rows);
    return 0;
}
