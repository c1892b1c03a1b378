#include "TestSupport.h"

#include "Translations.h"
#include "cli/CommandLineTool.h"
#include "storage/Dialect.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTextStream>
#include <QTimeZone>

namespace nm::test {

QDateTime fixedStart()
{
    return QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc());
}

namespace {

QString postgresFolder()
{
    return qEnvironmentVariable("NM_TEST_POSTGRES");
}

int postgresPort()
{
    static const int port = [] {
        QFile file(postgresFolder() + QStringLiteral("/port"));
        if (!file.open(QIODevice::ReadOnly))
            return 0;
        return QString::fromLatin1(file.readAll()).trimmed().toInt();
    }();
    return port;
}

// The superuser's connection to the server's maintenance database, made once.
QSqlDatabase adminConnection()
{
    const QString name = QStringLiteral("nm-test-postgres-admin");
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(QStringLiteral("127.0.0.1"));
    db.setPort(postgresPort());
    db.setUserName(QStringLiteral("postgres"));
    db.setDatabaseName(QStringLiteral("postgres"));
    if (!db.open())
        FAIL("the test server at " << postgresFolder().toStdString()
                                   << " cannot be reached: " << db.lastError().text().toStdString());
    QSqlQuery query(db);
    query.exec(QStringLiteral("SET client_min_messages = warning"));
    // The administrator the tests act as, named as the tests expect in the history.
    query.exec(
        QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'test-admin') THEN "
                       "CREATE ROLE \"test-admin\" LOGIN SUPERUSER; END IF; END $$"));
    return db;
}

} // namespace

bool onPostgres()
{
    return !postgresFolder().isEmpty();
}

QString postgresUrl(const QString& user, const QString& database)
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(user).arg(postgresPort()).arg(database);
}

void postgresAdmin(const QString& sql)
{
    QSqlQuery query(adminConnection());
    if (!query.exec(sql))
        FAIL("postgres: " << sql.toStdString() << ": " << query.lastError().text().toStdString());
}

QString createPostgresDatabase()
{
    static int counter = 0;
    const QString name
        = QStringLiteral("nm_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    postgresAdmin(QStringLiteral("CREATE DATABASE %1 OWNER \"test-admin\" TEMPLATE template0").arg(name));
    return name;
}

void dropPostgresDatabase(const QString& name)
{
    QSqlQuery query(adminConnection());
    query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}

TempDatabase::TempDatabase()
    : m_path(m_dir.filePath(QStringLiteral("numbermanager.sqlite")))
    , m_clock(fixedStart())
{
    REQUIRE(m_dir.isValid());
    if (onPostgres()) {
        m_postgresDatabase = createPostgresDatabase();
        m_path = postgresUrl(QStringLiteral("test-admin"), m_postgresDatabase);
    }
    auto opened = Database::open(m_path);
    if (!opened)
        FAIL(opened.error().message.toStdString());
    m_database = std::move(opened).value();
}

TempDatabase::~TempDatabase()
{
    m_database.reset();
    if (!m_postgresDatabase.isEmpty())
        dropPostgresDatabase(m_postgresDatabase);
}

std::unique_ptr<Database> TempDatabase::openAnother() const
{
    auto opened = Database::open(m_path);
    if (!opened)
        FAIL(opened.error().message.toStdString());
    return std::move(opened).value();
}

QVariant TempDatabase::scalar(const QString& sql) const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(sql) || !query.next())
        FAIL("query failed: " << sql.toStdString());
    return query.value(0);
}

CliResult runCli(TempDatabase& temp, const QStringList& arguments)
{
    return runCli(temp.path(), temp.clock(), arguments);
}

CliResult runCli(const QString& databasePath, const Clock& clock, const QStringList& arguments)
{
    CliResult result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    const QStringList full
        = QStringList{QStringLiteral("numbermanager-cli"), QStringLiteral("--database"), databasePath}
        + arguments;
    result.code = CommandLineTool::run(full, out, err, &clock);
    out.flush();
    err.flush();
    return result;
}

QString dumpDatabase(const QSqlDatabase& db)
{
    // Loud on any failure: two empty dumps would make every "changes nothing" check pass.
    const bool postgres = dialect::engineOf(db) == Engine::Postgres;
    QString dump;
    QSqlQuery tables(db);
    const QString list = postgres
        ? QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                         "ORDER BY tablename")
        // Tables, not the search index (SearchIndex.h): the tables' triggers derive it.
        : QStringLiteral("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' "
                         "AND name NOT LIKE 'sqlite_%' ORDER BY name");
    if (!tables.exec(list))
        FAIL("dumpDatabase: listing the tables failed: " << tables.lastError().text().toStdString());
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    if (names.isEmpty())
        FAIL("dumpDatabase: the database has no tables");
    for (const QString& table : names) {
        dump += QStringLiteral("[%1]\n").arg(table);
        QSqlQuery rows(db);
        // In insertion order: SQLite's rowid; the first column (the id or key) on PostgreSQL.
        const QString order = postgres ? QStringLiteral("1") : QStringLiteral("rowid");
        if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY %2").arg(table, order)))
            FAIL("dumpDatabase: reading " << table.toStdString()
                                          << " failed: " << rows.lastError().text().toStdString());
        while (rows.next()) {
            QStringList fields;
            for (int i = 0; i < rows.record().count(); ++i) {
                const QVariant value = rows.value(i);
                // Booleans as SQLite has them, so that both engines dump alike.
                fields << (value.isNull()                          ? QStringLiteral("NULL")
                               : value.typeId() == QMetaType::Bool ? QString::number(value.toBool() ? 1 : 0)
                                                                   : value.toString());
            }
            dump += fields.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return dump;
}

QString firstPagePlan(const QSqlDatabase& db, const ListQuery& query)
{
    QSqlQuery explain(db);
    if (!explain.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + query.pageSql(256)))
        FAIL("firstPagePlan: " << explain.lastError().text().toStdString());
    for (const QVariant& value : query.values())
        explain.addBindValue(value);
    if (!explain.exec())
        FAIL("firstPagePlan: " << explain.lastError().text().toStdString());
    QStringList steps;
    while (explain.next())
        steps << explain.value(3).toString();
    return steps.join(QLatin1Char('\n'));
}

void refuseInserts(const QSqlDatabase& db, const QString& table, const QString& condition,
                   const QString& message)
{
    QStringList statements;
    if (dialect::engineOf(db) == Engine::Postgres)
        statements
            << QStringLiteral(
                   "CREATE FUNCTION refuse_%1() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF %2 "
                   "THEN RAISE EXCEPTION '%3' USING ERRCODE = 'check_violation'; END IF; RETURN NEW; END $$")
                   .arg(table, condition, message)
            << QStringLiteral("CREATE TRIGGER refuse_%1 BEFORE INSERT ON %1 FOR EACH ROW EXECUTE FUNCTION "
                              "refuse_%1()")
                   .arg(table);
    else
        statements << QStringLiteral(
                          "CREATE TRIGGER refuse_%1 BEFORE INSERT ON %1 WHEN %2 BEGIN SELECT RAISE(ABORT, "
                          "'%3'); END")
                          .arg(table, condition, message);
    for (const QString& statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement))
            FAIL("refuseInserts: " << query.lastError().text().toStdString());
    }
}

void setBusyTimeout(const QSqlDatabase& db, int milliseconds)
{
    QSqlQuery query(db);
    const QString sql = dialect::engineOf(db) == Engine::Postgres
        ? QStringLiteral("SET lock_timeout = '%1ms'").arg(milliseconds)
        : QStringLiteral("PRAGMA busy_timeout = %1").arg(milliseconds);
    if (!query.exec(sql))
        FAIL("setBusyTimeout: " << query.lastError().text().toStdString());
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString testDataPath(const QString& name)
{
    return QStringLiteral(NM_TEST_DATA_DIR "/") + name;
}

LanguageGuard::LanguageGuard(const QString& language)
{
    applyLanguage(language);
}

LanguageGuard::~LanguageGuard()
{
    applyLanguage(QStringLiteral("en"));
}

} // namespace nm::test
