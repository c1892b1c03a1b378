#include "Database.h"
#include "Schema.h"
#include "SqlError.h"

#include <QAtomicInteger>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace nm {

namespace {

QString postgresConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("numbermanager-pg-%1").arg(counter.fetchAndAddRelaxed(1));
}

Error connectionFailed(const QString& shown, const QString& why)
{
    return Error{
        ErrorCode::ConnectionLost,
        Database::tr("Number Manager cannot connect to the database %1: %2").arg(shown, why.trimmed()),
        QStringLiteral("database")};
}

} // namespace

Result<std::unique_ptr<Database>> Database::openPostgres(const QString& location, const Options& options)
{
    const QUrl url(location, QUrl::StrictMode);
    const QString databaseName = url.path().mid(1);
    if (!url.isValid() || databaseName.isEmpty() || databaseName.contains(QLatin1Char('/')))
        return Error{
            ErrorCode::InvalidInput,
            tr("\"%1\" is not a database address. Write postgresql://USER@HOST[:PORT]/DATABASE, for example "
               "postgresql://anna@db.example.nl/numbers.")
                .arg(url.toDisplayString(QUrl::RemovePassword)),
            QStringLiteral("database")};
    const QString user = url.userName();
    const QString host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
    const int port = url.port(5432);
    // What the programs show: never the password.
    QUrl shownUrl = url;
    shownUrl.setPassword({});
    shownUrl.setQuery(QString());
    const QString shown = shownUrl.toDisplayString();

    QStringList connectOptions{QStringLiteral("connect_timeout=10"),
                               QStringLiteral("application_name=NumberManager")};
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != QLatin1String("sslmode"))
            return Error{ErrorCode::InvalidInput,
                         tr("The database address takes only ?sslmode=..., not ?%1.").arg(key),
                         QStringLiteral("database")};
        connectOptions << QStringLiteral("sslmode=%1").arg(value);
    }

    const QString name = options.connectionName.isEmpty() ? postgresConnectionName() : options.connectionName;
    std::unique_ptr<Database> database(new Database(shown, name));
    database->m_engine = Engine::Postgres;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!db.isValid())
        return connectionFailed(shown, tr("the PostgreSQL driver of Qt (QPSQL) is not installed"));
    db.setHostName(host);
    db.setPort(port);
    db.setDatabaseName(databaseName);
    db.setUserName(user);
    // libpq looks in PGPASSWORD and ~/.pgpass when no password is given.
    db.setPassword(!options.password.isEmpty() ? options.password : url.password());
    db.setConnectOptions(connectOptions.join(QLatin1Char(';')));
    if (!db.open())
        return connectionFailed(shown,
                                db.lastError().databaseText().isEmpty() ? db.lastError().text()
                                                                        : db.lastError().databaseText());
    db.driver()->setProperty(databasePathProperty, shown);

    // Notices ("... does not exist, skipping") are for a console, not for people; waiting
    // for another administrator's write ends after the busy timeout, as on SQLite.
    for (const QString& setting : {QStringLiteral("SET client_min_messages = error"),
                                   QStringLiteral("SET lock_timeout = '%1ms'").arg(busyTimeoutMs)})
        if (Status s = execSql(db, setting); !s)
            return s.error();

    QSqlQuery who(db);
    if (!who.exec(QStringLiteral("SELECT session_user, to_regclass('nm_schema_version') IS NOT NULL, "
                                 "(SELECT count(*) FROM pg_tables WHERE schemaname = current_schema())"))
        || !who.next())
        return databaseError(who);
    database->m_userName = who.value(0).toString();
    const bool stamped = who.value(1).toBool();
    const int tables = who.value(2).toInt();
    who.finish();

    int version = 0;
    if (stamped) {
        QSqlQuery stamp(db);
        if (!stamp.exec(QStringLiteral("SELECT max(version) FROM nm_schema_version")) || !stamp.next())
            return databaseError(stamp);
        version = stamp.value(0).toInt();
    } else if (tables > 0) {
        return Error{ErrorCode::NotADatabase,
                     tr("The database %1 holds tables of another program, not of Number Manager. Nothing was "
                        "changed.")
                         .arg(shown),
                     QStringLiteral("database")};
    }
    if (version > currentSchemaVersion)
        return Error{ErrorCode::DatabaseNewer,
                     tr("The database %1 was written by a newer version of Number Manager (schema %2; this "
                        "version knows schema %3). Please install the newer version. Nothing was changed.")
                         .arg(shown)
                         .arg(version)
                         .arg(currentSchemaVersion),
                     QStringLiteral("database")};
    if (version < currentSchemaVersion) {
        if (options.readOnly)
            return Error{
                ErrorCode::DatabaseReadOnly,
                tr("The database %1 must be upgraded before it can be used. Nothing was changed.").arg(shown),
                QStringLiteral("database")};
        if (Status s = database->migrate(version); !s) {
            if (s.error().code == ErrorCode::PermissionDenied)
                return Error{
                    ErrorCode::PermissionDenied,
                    tr("The database %1 must be set up or upgraded by its owner (who created it) before "
                       "%2 can use it. Nothing was changed.")
                        .arg(shown, database->m_userName),
                    QStringLiteral("database")};
            return s.error();
        }
    }

    // Viewers read everything and change nothing; the server enforces it, the programs say so.
    QSqlQuery role(db);
    if (!role.exec(QStringLiteral("SELECT has_table_privilege('members', 'INSERT')")) || !role.next())
        return databaseError(role);
    if (options.readOnly) {
        database->m_readOnlyReason = ReadOnlyReason::Requested;
        if (Status s = execSql(db, QStringLiteral("SET default_transaction_read_only = on")); !s)
            return s.error();
    } else if (!role.value(0).toBool())
        database->m_readOnlyReason = ReadOnlyReason::Viewer;
    database->m_schemaVersion = currentSchemaVersion;
    return database;
}

} // namespace nm
