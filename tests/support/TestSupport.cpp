#include "TestSupport.h"

#include "cli/CommandLineTool.h"

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

TempDatabase::TempDatabase()
    : m_path(m_dir.filePath(QStringLiteral("numbermanager.sqlite")))
    , m_clock(fixedStart())
{
    REQUIRE(m_dir.isValid());
    auto opened = Database::open(m_path);
    if (!opened)
        FAIL(opened.error().message.toStdString());
    m_database = std::move(opened).value();
}

TempDatabase::~TempDatabase() = default;

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
    QString dump;
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")))
        FAIL("dumpDatabase: listing the tables failed: " << tables.lastError().text().toStdString());
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    if (names.isEmpty())
        FAIL("dumpDatabase: the database has no tables");
    for (const QString& table : names) {
        dump += QStringLiteral("[%1]\n").arg(table);
        QSqlQuery rows(db);
        if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table)))
            FAIL("dumpDatabase: reading " << table.toStdString()
                                          << " failed: " << rows.lastError().text().toStdString());
        while (rows.next()) {
            QStringList fields;
            for (int i = 0; i < rows.record().count(); ++i)
                fields << (rows.value(i).isNull() ? QStringLiteral("NULL") : rows.value(i).toString());
            dump += fields.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return dump;
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

} // namespace nm::test
