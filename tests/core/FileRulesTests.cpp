#include "TestOrganisation.h"
#include "TestSupport.h"
#include "catalogue/Catalogue.h"
#include "cli/CommandLineTool.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

using namespace nm;
using namespace nm::test;

namespace {

QByteArray fileHash(const QString& path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);
}

// A closed database with a few members, and where their table's pages are.
QList<int> membersPages(const QString& path)
{
    QList<int> pages;
    {
        auto opened = Database::open(path);
        REQUIRE(opened);
        QSqlDatabase db = opened.value()->connection();
        QSqlQuery query(db);
        // Enough rows that the table spans several pages.
        for (int i = 0; i < 300; ++i) {
            MemberInput input{QStringLiteral("member%1").arg(i, 4, 10, QLatin1Char('0')),
                              QStringLiteral("Member number %1 with a long display name").arg(i),
                              QStringLiteral("member%1@example.com").arg(i), QStringLiteral("NL"),
                              QStringLiteral("Amsterdam")};
            FixedClock clock(fixedStart());
            REQUIRE(MemberService(Context{*opened.value(), clock, QStringLiteral("test")}).add(input));
        }
        REQUIRE(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        REQUIRE(query.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'members'")));
        REQUIRE(query.next());
        pages << query.value(0).toInt();
    }
    return pages;
}

void scribble(const QString& path, qint64 offset, int length)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek(offset));
    file.write(QByteArray(length, '\x5a'));
}

QFileDevice::Permissions privateFile()
{
    return QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;
}

} // namespace

TEST_CASE("A damaged database is refused before anything is written, naming the backup copy to restore",
          "[files][damage][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("numbermanager.sqlite"));
    const QList<int> pages = membersPages(path);
    QFile::copy(path, path + QStringLiteral(".backup-20261125"));
    // The members table's root page: its header and cell pointers now say nothing sensible.
    scribble(path, qint64(pages.first() - 1) * 4096, 64);
    const QByteArray before = fileHash(path);

    auto opened = Database::open(path);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == ErrorCode::DatabaseDamaged);
    CHECK(opened.error().message.contains(QStringLiteral("is damaged")));
    CHECK(opened.error().message.contains(QStringLiteral("numbermanager.sqlite.backup-20261125")));
    CHECK(fileHash(path) == before);

    // The command-line tool refuses too, and lists nothing half-read.
    const CliResult list
        = runCli(path, FixedClock(fixedStart()), {QStringLiteral("member"), QStringLiteral("list")});
    CHECK(list.code == 1);
    CHECK(list.err.contains(QStringLiteral("is damaged")));
    CHECK(list.out.isEmpty());
    CHECK(fileHash(path) == before);
}

TEST_CASE("Damage met while working stops every later write", "[files][damage][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("numbermanager.sqlite"));
    const QList<int> pages = membersPages(path);
    scribble(path, qint64(pages.first() - 1) * 4096, 64);

    Database::Options options;
    options.checkForDamage = false; // as if the damage happened after opening
    auto opened = Database::open(path, options);
    if (!opened)
        FAIL(opened.error().message.toStdString());
    FixedClock clock(fixedStart());
    Context context{*opened.value(), clock, QStringLiteral("test-admin")};
    auto listed = MemberService(context).list();
    REQUIRE_FALSE(listed);
    CHECK(listed.error().code == ErrorCode::DatabaseDamaged);

    // Even a change that touches none of the damaged pages is refused now.
    auto renamed = OrganisationService(context).rename(QStringLiteral("Acme"));
    REQUIRE_FALSE(renamed);
    CHECK(renamed.error().code == ErrorCode::DatabaseDamaged);
}

TEST_CASE("The database, its -wal and -shm files, and backup copies are readable by their owner only",
          "[files][privacy][sqlite]")
{
#ifdef Q_OS_WIN
    SUCCEED("Windows keeps the application data folder per user");
#else
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("NumberManager/data"));
    const QString path = folder + QStringLiteral("/numbermanager.sqlite");
    {
        auto opened = Database::open(path);
        if (!opened)
            FAIL(opened.error().message.toStdString());
        CHECK(opened.value()->wasCreated());
        FixedClock clock(fixedStart());
        REQUIRE(OrganisationService(Context{*opened.value(), clock, QStringLiteral("t")}).topUp(100));
        CHECK(QFileInfo(path).permissions() == privateFile());
        CHECK(QFileInfo(path + QStringLiteral("-wal")).permissions() == privateFile());
        CHECK(QFileInfo(path + QStringLiteral("-shm")).permissions() == privateFile());
        const QFileDevice::Permissions owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner
            | QFileDevice::ExeOwner | QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser;
        CHECK(QFileInfo(folder).permissions() == owner);
        CHECK(QFileInfo(dir.filePath(QStringLiteral("NumberManager"))).permissions() == owner);
    }

    // A backup copy made before an upgrade keeps the database's permissions.
    const QString old = dir.filePath(QStringLiteral("old.sqlite"));
    REQUIRE(QFile::copy(testDataPath(QStringLiteral("numbermanager-schema1.sqlite")), old));
    REQUIRE(QFile::setPermissions(old, privateFile()));
    auto migrated = Database::open(old);
    REQUIRE(migrated);
    REQUIRE_FALSE(migrated.value()->backupPath().isEmpty());
    CHECK(QFileInfo(migrated.value()->backupPath()).permissions() == privateFile());
#endif
}

TEST_CASE("A database in a folder the user may not write to is opened read-only, and says so",
          "[files][read-only][sqlite]")
{
#ifdef Q_OS_WIN
    SUCCEED("covered by the POSIX run: NTFS permissions are not POSIX modes");
#else
    QTemporaryDir dir;
    REQUIRE(QFile::setPermissions(dir.path(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                      | QFileDevice::ReadOther | QFileDevice::ExeOther));
    const QString folder = dir.filePath(QStringLiteral("shared"));
    REQUIRE(QDir().mkdir(folder));
    const QString path = folder + QStringLiteral("/numbermanager.sqlite");
    {
        auto opened = Database::open(path);
        REQUIRE(opened);
        FixedClock clock(fixedStart());
        REQUIRE(MemberService(Context{*opened.value(), clock, QStringLiteral("t")})
                    .add(MemberInput{QStringLiteral("jan.devries"),
                                     QStringLiteral("Jan de Vries"),
                                     QStringLiteral("jan@example.nl"),
                                     QStringLiteral("NL"),
                                     {}}));
    }
    REQUIRE_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    REQUIRE(QFile::setPermissions(path,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    REQUIRE(QFile::setPermissions(folder,
                                  QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                      | QFileDevice::ExeOther));
    const QByteArray before = fileHash(path);

    // Another user (root bypasses permissions: the tool then runs as "nobody").
    const auto run = [&](const QStringList& arguments) {
        QProcess process;
        QStringList command{QStringLiteral(NM_CLI_PATH), QStringLiteral("--database"), path};
        command += arguments;
        if (QFileInfo(folder).isWritable()) {
            const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
            REQUIRE_FALSE(setpriv.isEmpty());
            command = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                  QStringLiteral("--clear-groups")}
                + command;
            process.setProgram(setpriv);
        } else {
            process.setProgram(command.takeFirst());
        }
        process.setArguments(command);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start();
        REQUIRE(process.waitForFinished(30'000));
        return CliResult{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                         QString::fromUtf8(process.readAllStandardError())};
    };
    const CliResult list = run({QStringLiteral("member"), QStringLiteral("list")});
    CHECK(list.code == 0);
    CHECK(list.out.contains(QStringLiteral("jan.devries")));
    CHECK(list.err.contains(QStringLiteral("in a folder you may not write to, so it is open read-only")));

    const CliResult add
        = run({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("piet.jansen"),
               QStringLiteral("--display-name"), QStringLiteral("Piet"), QStringLiteral("--email"),
               QStringLiteral("piet@example.nl"), QStringLiteral("--country"), QStringLiteral("NL")});
    CHECK(add.code == 1);
    CHECK(add.err.contains(QStringLiteral("read-only")));
    CHECK(fileHash(path) == before);
    REQUIRE(QFile::setPermissions(folder,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
#endif
}

TEST_CASE("A catalogue import reads only a regular file, and no more than the limit", "[files][catalogue]")
{
    TempDatabase temp;
    const QString before = dumpDatabase(temp.database().connection());
#ifndef Q_OS_WIN
    SECTION("a device that never ends")
    {
        auto refused = Catalogue::import(temp.context(), QStringLiteral("/dev/zero"));
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(QStringLiteral("is not a regular file")));
    }
    SECTION("a pipe that nobody writes to")
    {
        const QString fifo = QDir(temp.dir()).filePath(QStringLiteral("pipe.json"));
        REQUIRE(QProcess::execute(QStringLiteral("mkfifo"), {fifo}) == 0);
        auto refused = Catalogue::import(temp.context(), fifo); // would block for ever if it opened it
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(QStringLiteral("is not a regular file")));
    }
#endif
    SECTION("a file larger than any catalogue")
    {
        const QString big = QDir(temp.dir()).filePath(QStringLiteral("big.json"));
        QFile file(big);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(5 * 1024 * 1024, ' '));
        file.close();
        auto refused = Catalogue::import(temp.context(), big);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(
            QStringLiteral("too large to be a catalogue (a catalogue has at most 4 MiB)")));
    }
    CHECK(dumpDatabase(temp.database().connection()) == before);
}

TEST_CASE("Catalogue text fields and versions are bounded", "[files][catalogue]")
{
    QFile shipped(QStringLiteral(":/data/catalogue.json"));
    REQUIRE(shipped.open(QIODevice::ReadOnly));
    const QByteArray document = shipped.readAll();

    QByteArray hugeName = document;
    const QByteArray longName = QByteArray("\"en\": \"") + QByteArray(101, 'N') + QByteArray("\"");
    hugeName.replace(QByteArray("\"en\": \"Netherlands\""), longName);
    auto refused = Catalogue::fromJson(hugeName);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(
        QStringLiteral("Country \"NL\", name: a name has at most 100 characters")));

    QByteArray blocking = document;
    blocking.replace("\"version\": \"2026.11.1\"", "\"version\": \"999999999.999999999\"");
    auto version = Catalogue::fromJson(blocking);
    REQUIRE_FALSE(version);
    CHECK(version.error().message.contains(QStringLiteral("is not a version number")));

    // A version from the far future would outrank every real catalogue after it.
    TempDatabase temp;
    QByteArray future = document;
    future.replace("\"version\": \"2026.11.1\"", "\"version\": \"2099.1\"");
    const QString path = QDir(temp.dir()).filePath(QStringLiteral("future.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(future);
    file.close();
    auto imported = Catalogue::import(temp.context(), path);
    REQUIRE_FALSE(imported);
    CHECK(
        imported.error().message.contains(QStringLiteral("is dated 2099, more than a year from now (2026)")));

    // One stored by an earlier version with such a version no longer blocks anything.
    REQUIRE(execSql(
        temp.database().connection(),
        QStringLiteral("INSERT INTO catalogue (id, version, document, imported_at, imported_by) VALUES "
                       "(1, '999999999.999999999', '{}', '2026-01-01T00:00:00Z', 'x')")));
    auto effective = Catalogue::effective(temp.database().connection());
    REQUIRE(effective);
    CHECK(effective->version() == QStringLiteral("2026.11.1"));
}

TEST_CASE("A mistyped --database path creates a new database and says so on stderr", "[files][cli][sqlite]")
{
    TempDatabase temp;
    const QString typo = QDir(temp.dir()).filePath(QStringLiteral("numbermanger.sqlite"));
    const CliResult result = runCli(typo, temp.clock(), {QStringLiteral("member"), QStringLiteral("list")});
    CHECK(result.code == 0);
    CHECK(result.err.contains(QStringLiteral("there was no database at")));
    CHECK(result.err.contains(QStringLiteral("numbermanger.sqlite; a new, empty one was created there.")));

    // The second time, it is an existing database: no note.
    const CliResult again = runCli(temp, {QStringLiteral("member"), QStringLiteral("list")});
    CHECK_FALSE(again.err.contains(QStringLiteral("created")));
}

TEST_CASE("A negative number is a value with a clear message, not an unknown option", "[files][cli]")
{
    TempDatabase temp;
    const CliResult credit
        = runCli(temp, {QStringLiteral("credit"), QStringLiteral("add"), QStringLiteral("-5")});
    CHECK(credit.code == 1);
    CHECK(credit.err
          == QStringLiteral("error: The amount \"-5\" is negative. Enter a positive amount of euros, such "
                            "as 100.00.\n"));
    const CliResult limit = runCli(temp,
                                   {QStringLiteral("settings"), QStringLiteral("set"),
                                    QStringLiteral("member-limit"), QStringLiteral("-3")});
    CHECK(limit.code == 1);
    CHECK(limit.err.contains(QStringLiteral("between 1 and 1000")));
    const CliResult history
        = runCli(temp, {QStringLiteral("history"), QStringLiteral("--limit"), QStringLiteral("-1")});
    CHECK(history.code == 2);
    CHECK(history.err.contains(QStringLiteral("--limit needs a whole number of 0 or more")));
}

TEST_CASE("A full disk is reported as a full disk, whatever SQLite calls it", "[files][errors]")
{
    // "disk I/O error" from a -wal or -shm file that cannot grow, with 4 KiB left on the disk.
    const QSqlError ioError(QStringLiteral("disk I/O error"), {}, QSqlError::StatementError,
                            QStringLiteral("778"));
    const Error nearlyFull = databaseError(ioError, QStringLiteral("/data/numbermanager.sqlite"), 4096);
    CHECK(nearlyFull.code == ErrorCode::DiskFull);
    CHECK(nearlyFull.message.contains(QStringLiteral("is full. Nothing was changed. Make room on the disk")));
    // With room on the disk it is a read or write failure of the disk or share itself.
    const Error roomy
        = databaseError(ioError, QStringLiteral("/data/numbermanager.sqlite"), qint64(50) << 30);
    CHECK(roomy.code == ErrorCode::IoError);
    const QSqlError full(QStringLiteral("database or disk is full"), {}, QSqlError::StatementError,
                         QStringLiteral("13"));
    CHECK(databaseError(full).code == ErrorCode::DiskFull);
}

TEST_CASE("Database errors are not logged to the user's terminal unless logging is asked for",
          "[files][errors]")
{
    static QStringList logged;
    logged.clear();
    const QtMessageHandler previous
        = qInstallMessageHandler([](QtMsgType, const QMessageLogContext& context, const QString& message) {
              if (QLatin1String(context.category).startsWith(QLatin1String("nm.")))
                  logged << message;
          });
    TempDatabase temp;
    QSqlQuery query(temp.database().connection());
    const Status failed = prepare(query, QStringLiteral("SELECT * FROM no_such_table"));
    qInstallMessageHandler(previous);
    REQUIRE_FALSE(failed);
    CHECK(logged.isEmpty());
}
