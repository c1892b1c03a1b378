#include "TestOrganisation.h"
#include "TestSupport.h"
#include "cli/CommandLineTool.h"
#include "io/Backup.h"
#include "organisation/OrganisationService.h"
#include "queries/NumberRowsQuery.h"
#include "storage/SqlError.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTimeZone>
#include <QTimer>

using namespace nm;
using namespace nm::test;

namespace {

// What restoring `backup` into a new database gives: the counts that must add up.
struct Restored
{
    qint64 members = 0;
    qint64 ledgerRows = 0;
    qint64 credit = 0;
    qint64 ledgerSum = 0;
};

Restored restoreInto(const QString& backup)
{
    TempDatabase fresh;
    auto restored = Backup::restore(fresh.context(), backup);
    if (!restored)
        FAIL(restored.error().message.toStdString());
    Restored r;
    r.members = fresh.scalar(QStringLiteral("SELECT count(*) FROM members")).toLongLong();
    r.ledgerRows = fresh.scalar(QStringLiteral("SELECT count(*) FROM credit_ledger")).toLongLong();
    r.credit = fresh.scalar(QStringLiteral("SELECT coalesce(max(credit_cents), 0) FROM organisation"))
                   .toLongLong();
    r.ledgerSum = fresh.scalar(QStringLiteral("SELECT coalesce(sum(amount_cents), 0) FROM credit_ledger"))
                      .toLongLong();
    return r;
}

void scribble(const QString& path, qint64 offset, int length)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek(offset));
    file.write(QByteArray(length, '\x5a'));
}

} // namespace

TEST_CASE("A backup taken while another process writes restores to a consistent database", "[backup][sqlite]")
{
    TempDatabase temp;
    REQUIRE(OrganisationService(temp.context()).topUp(1'00));
    // The other process: 20,000 members in one transaction, then top-ups one by one.
    QStringList queue{QStringLiteral("member import ")
                      + testDataPath(QStringLiteral("import/members-20000.csv"))};
    for (int i = 0; i < 30; ++i)
        queue << QStringLiteral("credit add 1.25");
    QProcess writer;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    writer.setProcessEnvironment(environment);
    int failures = 0;
    const auto startNext = [&] {
        const QString command = queue.takeFirst();
        const qsizetype space = command.indexOf(QLatin1Char(' '), command.indexOf(QLatin1Char(' ')) + 1);
        QStringList arguments{QStringLiteral("--database"), temp.path()};
        arguments << command.left(space).split(QLatin1Char(' ')) << command.mid(space + 1);
        writer.start(QStringLiteral(NM_CLI_PATH), arguments);
    };
    bool done = false;
    QObject::connect(&writer, &QProcess::finished, [&](int code) {
        failures += code == 0 ? 0 : 1;
        if (queue.isEmpty())
            done = true;
        else
            startNext();
    });
    startNext();

    QStringList backups;
    QEventLoop loop;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        const QString path = temp.dir() + QStringLiteral("/backup-%1.nmbackup").arg(backups.size());
        const Status backedUp = Backup::backUp(temp.database(), path);
        if (!backedUp)
            FAIL(backedUp.error().message.toStdString());
        backups << path;
        if (done)
            loop.quit();
    });
    tick.start(30);
    QTimer::singleShot(120'000, &loop, &QEventLoop::quit);
    loop.exec();
    REQUIRE(done);
    CHECK(failures == 0);
    INFO("backups taken: " << backups.size());
    CHECK(backups.size() >= 5);

    qint64 withMembers = 0;
    for (const QString& backup : backups) {
        const Restored r = restoreInto(backup);
        // Every backup holds whole transactions: all 20,000 members or none, and a credit
        // that is exactly the sum of its ledger.
        CHECK((r.members == 0 || r.members == 20000));
        CHECK(r.credit == r.ledgerSum);
        CHECK(r.ledgerRows >= 1);
        CHECK(r.ledgerRows <= 31);
        withMembers += r.members == 20000 ? 1 : 0;
    }
    const Restored last = restoreInto(backups.last());
    CHECK(last.members == 20000);
    CHECK(last.ledgerRows == 31);
    CHECK(last.credit == 38'50);
    CHECK(withMembers >= 1);
}

TEST_CASE("A backup file is private to the user", "[backup][sqlite][files]")
{
    TestOrganisation org;
    const QString path = org.temp.dir() + QStringLiteral("/copy.nmbackup");
    REQUIRE(Backup::backUp(org.temp.database(), path));
#ifndef Q_OS_WIN
    CHECK(QFile::permissions(path)
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
              | QFileDevice::WriteUser));
#endif
    auto summary = Backup::inspect(path);
    REQUIRE(summary);
    CHECK(summary->members == 5);
    CHECK(summary->creditCents == 1000'00);
    CHECK(summary->schemaVersion == 10);
}

TEST_CASE("Restore replaces everything, keeps a copy of what it replaced, and records it", "[backup][sqlite]")
{
    TestOrganisation org;
    org.buyOne(QStringLiteral("jan.devries"));
    const QString backup = org.temp.dir() + QStringLiteral("/monday.nmbackup");
    REQUIRE(Backup::backUp(org.temp.database(), backup));
    const QString atBackup = org.dump();

    // Work that the restore undoes.
    REQUIRE(MemberService(org.context()).remove(QStringLiteral("emma.smith")));
    org.buyOne(QStringLiteral("pieter.jansen"));
    const QString beforeRestore = org.dump();

    auto restored = Backup::restore(org.context(), backup);
    REQUIRE(restored);
    CHECK(restored->restored.members == 5);
    CHECK(restored->restored.numbers == 1);
    CHECK(QFileInfo(restored->previousCopy).fileName()
          == QFileInfo(org.temp.path()).fileName()
              + QStringLiteral(".before-restore-backup-20261126-090000"));

    // Everything as at the backup, plus the history entry of the restore.
    CHECK(org.count(QStringLiteral("SELECT count(*) FROM members WHERE status = 'active'")) == 5);
    CHECK(org.count(QStringLiteral("SELECT count(*) FROM numbers")) == 1);
    CHECK(org.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'database.restore' AND "
                                   "object_id = 'monday.nmbackup'"))
          == 1);
    REQUIRE(execSql(org.temp.database().connection(),
                    QStringLiteral("DELETE FROM audit_log WHERE action = 'database.restore'")));
    CHECK(org.dump() == atBackup);
    // The search finds what was restored, not what it replaced.
    {
        NumberRowsQuery search(org.temp.database().connection());
        search.setSearchText(QStringLiteral("emma sm"));
        CHECK(search.count().value() == 1); // active again
        search.setSearchText(QStringLiteral("pieter"));
        const std::vector<QVariantList> rows = search.allRows().value();
        REQUIRE(rows.size() == 1);
        CHECK(rows.front().value(NumberRowsQuery::NumberId).isNull()); // his number came after the backup
        search.setSearchText(QStringLiteral("mm")); // two characters: through the index's terms
        const std::vector<QVariantList> emma = search.allRows().value();
        REQUIRE(emma.size() == 1);
        CHECK(emma.front().value(NumberRowsQuery::AssigneeName).toString() == QStringLiteral("Emma Smith"));
        QSqlQuery check(org.temp.database().connection());
        for (const QString& index :
             {QStringLiteral("members_search"), QStringLiteral("members_contact_search"),
              QStringLiteral("sip_profiles_search"), QStringLiteral("numbers_search")})
            CHECK(check.exec(QStringLiteral("INSERT INTO %1 (%1) VALUES ('integrity-check')").arg(index)));
    }

    // The copy holds the database as it was just before.
    auto previous = Database::open(restored->previousCopy);
    REQUIRE(previous);
    CHECK(dumpDatabase((*previous)->connection()) == beforeRestore);
}

TEST_CASE("Restore refuses what is not a sound Number Manager backup, and changes nothing",
          "[backup][sqlite]")
{
    TestOrganisation org;
    const QString before = org.dump();
    const QString dir = org.temp.dir();
    QString path;
    QString expected;

    SECTION("a CSV file")
    {
        path = testDataPath(QStringLiteral("import/members-20000.csv"));
        expected
            = QStringLiteral("The file %1 is not a Number Manager database or backup. Nothing was restored.")
                  .arg(QDir::toNativeSeparators(path));
    }
    SECTION("another program's SQLite database")
    {
        path = dir + QStringLiteral("/other.sqlite");
        {
            QSqlDatabase other
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            REQUIRE(other.open());
            REQUIRE(QSqlQuery(other).exec(
                QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, data BLOB)")));
            REQUIRE(
                QSqlQuery(other).exec(QStringLiteral("INSERT INTO photos (data) VALUES (randomblob(4000))")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        expected
            = QStringLiteral("The file %1 is not a Number Manager database or backup. Nothing was restored.")
                  .arg(QDir::toNativeSeparators(path));
    }
    SECTION("a damaged backup")
    {
        path = dir + QStringLiteral("/damaged.nmbackup");
        REQUIRE(Backup::backUp(org.temp.database(), path));
        // The members table's root page.
        {
            QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("copy"));
            copy.setDatabaseName(path);
            REQUIRE(copy.open());
            QSqlQuery query(copy);
            REQUIRE(query.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'members'")));
            REQUIRE(query.next());
            const int page = query.value(0).toInt();
            query.finish();
            copy.close();
            scribble(path, qint64(page - 1) * 4096, 64);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("copy"));
        expected = QStringLiteral(
                       "The backup %1 is damaged and cannot be restored. Choose another backup. Nothing "
                       "was restored.")
                       .arg(QDir::toNativeSeparators(path));
    }
    SECTION("a backup made by a newer version")
    {
        path = dir + QStringLiteral("/newer.nmbackup");
        REQUIRE(Backup::backUp(org.temp.database(), path));
        {
            QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("copy"));
            copy.setDatabaseName(path);
            REQUIRE(copy.open());
            REQUIRE(QSqlQuery(copy).exec(QStringLiteral("PRAGMA user_version = 99")));
            copy.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("copy"));
        expected = QStringLiteral(
                       "The backup %1 was made by a newer version of Number Manager. Install that version "
                       "to restore it. Nothing was restored.")
                       .arg(QDir::toNativeSeparators(path));
    }
    auto restored = Backup::restore(org.context(), path);
    REQUIRE_FALSE(restored);
    CHECK(restored.error().message == expected);
    CHECK(org.dump() == before);
    CHECK(Database::backupCopies(org.temp.path()).isEmpty());
}

TEST_CASE("A backup of an older schema is brought up to date as it is restored", "[backup][sqlite]")
{
    TempDatabase temp;
    const QString old = temp.dir() + QStringLiteral("/old.nmbackup");
    REQUIRE(QFile::copy(testDataPath(QStringLiteral("numbermanager-schema1.sqlite")), old));
    const QByteArray before = readFile(old);
    auto restored = Backup::restore(temp.context(), old);
    REQUIRE(restored);
    CHECK(restored->restored.schemaVersion == 10);
    CHECK(readFile(old) == before); // the backup file itself is not changed
    CHECK(temp.scalar(QStringLiteral("SELECT count(*) FROM members")).toLongLong()
          == restored->restored.members);
}

TEST_CASE("The daily backup is made once a day and the last 7 are kept", "[backup][sqlite]")
{
    TestOrganisation org;
    const QString folder = org.temp.dir() + QStringLiteral("/backups");
    const QDateTime monday(QDate(2026, 11, 23), QTime(8, 0), QTimeZone::utc());
    auto first = Backup::dailyBackup(org.temp.database(), folder, monday);
    REQUIRE(first);
    REQUIRE(first->has_value());
    CHECK(QFileInfo(**first).fileName()
          == QFileInfo(org.temp.path()).completeBaseName()
              + QStringLiteral("-20261123-080000.daily.nmbackup"));
    auto again = Backup::dailyBackup(org.temp.database(), folder, monday.addSecs(3 * 3600));
    REQUIRE(again);
    CHECK_FALSE(again->has_value());
    for (int day = 1; day <= 9; ++day)
        REQUIRE(Backup::dailyBackup(org.temp.database(), folder, monday.addDays(day)));
    const QStringList kept
        = QDir(folder).entryList({QStringLiteral("*.daily.nmbackup")}, QDir::Files, QDir::Name);
    REQUIRE(kept.size() == 7);
    CHECK(kept.first().endsWith(QStringLiteral("-20261126-080000.daily.nmbackup")));
    CHECK(kept.last().endsWith(QStringLiteral("-20261202-080000.daily.nmbackup")));
}

TEST_CASE("cli: database backup and restore", "[backup][cli][sqlite]")
{
    TestOrganisation org;
    const QString file = org.temp.dir() + QStringLiteral("/cli.nmbackup");
    const CliResult backedUp = runCli(org.temp, {QStringLiteral("database"), QStringLiteral("backup"), file});
    CHECK(backedUp.code == CommandLineTool::Success);
    CHECK(backedUp.out
          == QStringLiteral("Backed up %1 to %2.\n")
                 .arg(QDir::toNativeSeparators(org.temp.path()), QDir::toNativeSeparators(file)));
    const CliResult restored
        = runCli(org.temp, {QStringLiteral("database"), QStringLiteral("restore"), file});
    CHECK(restored.code == CommandLineTool::Success);
    CHECK(restored.out.startsWith(
        QStringLiteral("Restored %1 from %2: 5 members, 0 numbers, credit €1,000.00.\n")
            .arg(QDir::toNativeSeparators(org.temp.path()), QDir::toNativeSeparators(file))));
    const CliResult refused = runCli(org.temp,
                                     {QStringLiteral("database"), QStringLiteral("restore"),
                                      testDataPath(QStringLiteral("import/broken-empty.csv"))});
    CHECK(refused.code == CommandLineTool::Failure);
}

TEST_CASE("On a PostgreSQL server, backups are the server's job, and the program says so",
          "[backup][postgres]")
{
    TempDatabase temp;
    const Status refused = Backup::backUp(temp.database(), temp.dir() + QStringLiteral("/x.nmbackup"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message
          == QStringLiteral(
              "A database on a PostgreSQL server is backed up and restored with the server's own "
              "tools: pg_dump -Fc DATABASE > FILE, and pg_restore. Ask your database administrator."));
}
