#include "Schema.h"

#include "Validation.h"
#include "storage/AuditLog.h"
#include "storage/SearchIndex.h"
#include "storage/SqlError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlQuery>
#include <utility>
#include <vector>

namespace nm {

namespace {

Q_LOGGING_CATEGORY(lcSchema, "nm.storage.schema")

// Tidies the stored names (as the services now store them) and fills their search keys.
Status fillSearchKeys(const QSqlDatabase& db)
{
    struct Table
    {
        QString name;
        QStringList columns; // name column, then its key column, in pairs
        QStringList tidied; // the columns that are trimmed
    };
    const Table tables[] = {
        {QStringLiteral("members"),
         {QStringLiteral("account_name"), QStringLiteral("account_key"), QStringLiteral("display_name"),
          QStringLiteral("display_key"), QStringLiteral("email"), QStringLiteral("email_key"),
          QStringLiteral("city"), QStringLiteral("city_key")},
         {QStringLiteral("display_name"), QStringLiteral("city")}},
        {QStringLiteral("sip_profiles"),
         {QStringLiteral("profile_id"), QStringLiteral("profile_key"), QStringLiteral("name"),
          QStringLiteral("name_key")},
         {QStringLiteral("name")}},
    };
    for (const Table& table : tables) {
        QStringList names;
        QStringList assignments;
        for (qsizetype i = 0; i < table.columns.size(); i += 2) {
            names << table.columns.at(i);
            assignments << table.columns.at(i) + QStringLiteral(" = ?")
                        << table.columns.at(i + 1) + QStringLiteral(" = ?");
        }
        QSqlQuery read(db);
        read.setForwardOnly(true);
        if (!read.exec(
                QStringLiteral("SELECT id, %1 FROM %2").arg(names.join(QStringLiteral(", ")), table.name)))
            return databaseError(read);
        QSqlQuery write(db);
        if (Status s = prepare(write,
                               QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                   .arg(table.name, assignments.join(QStringLiteral(", "))));
            !s)
            return s;
        while (read.next()) {
            for (qsizetype i = 0; i < names.size(); ++i) {
                QString value = read.value(int(i) + 1).toString();
                if (table.tidied.contains(names.at(i))) {
                    const QString tidied = Validation::tidy(value);
                    if (!tidied.isEmpty())
                        value = tidied;
                }
                write.addBindValue(value);
                write.addBindValue(Validation::searchKey(value));
            }
            write.addBindValue(read.value(0));
            if (Status s = exec(write); !s)
                return s;
        }
    }

    // Indexed once filled (the account keys are unique among active members, as the names are).
    for (const QString& index :
         {QStringLiteral(
              "CREATE UNIQUE INDEX members_account_key ON members (account_key) WHERE status = 'active'"),
          QStringLiteral("CREATE INDEX members_display_key ON members (display_key) WHERE status = 'active'"),
          QStringLiteral("CREATE UNIQUE INDEX sip_profiles_profile_key ON sip_profiles (profile_key) "
                         "WHERE status = 'active'"),
          QStringLiteral(
              "CREATE INDEX sip_profiles_name_key ON sip_profiles (name_key) WHERE status = 'active'")})
        if (Status s = execSql(db, index); !s)
            return s;

    QSqlQuery entries(db);
    entries.setForwardOnly(true);
    if (!entries.exec(QStringLiteral("SELECT id, actor, object_id, before_json, after_json FROM audit_log")))
        return databaseError(entries);
    QSqlQuery key(db);
    if (Status s = prepare(key, QStringLiteral("UPDATE audit_log SET search_key = ? WHERE id = ?")); !s)
        return s;
    const auto object = [](const QVariant& json) {
        return json.isNull() ? QJsonObject() : QJsonDocument::fromJson(json.toString().toUtf8()).object();
    };
    while (entries.next()) {
        key.addBindValue(AuditLog::searchKey(entries.value(1).toString(), entries.value(2).toString(),
                                             object(entries.value(3)), object(entries.value(4))));
        key.addBindValue(entries.value(0));
        if (Status s = exec(key); !s)
            return s;
    }
    return {};
}

// Fills the sort keys of the names the lists sort by, and indexes them.
Status fillSortKeys(const QSqlDatabase& db)
{
    struct Table
    {
        QString name;
        QString first, firstKey, second, secondKey;
    };
    const Table tables[] = {
        {QStringLiteral("members"), QStringLiteral("account_name"), QStringLiteral("account_sort"),
         QStringLiteral("display_name"), QStringLiteral("display_sort")},
        {QStringLiteral("sip_profiles"), QStringLiteral("profile_id"), QStringLiteral("profile_sort"),
         QStringLiteral("name"), QStringLiteral("name_sort")},
    };
    for (const Table& table : tables) {
        QSqlQuery read(db);
        read.setForwardOnly(true);
        if (!read.exec(
                QStringLiteral("SELECT id, %1, %2 FROM %3").arg(table.first, table.second, table.name)))
            return databaseError(read);
        QSqlQuery write(db);
        if (Status s = prepare(write,
                               QStringLiteral("UPDATE %1 SET %2 = ?, %3 = ? WHERE id = ?")
                                   .arg(table.name, table.firstKey, table.secondKey));
            !s)
            return s;
        while (read.next()) {
            write.addBindValue(Validation::sortKey(read.value(1).toString()));
            write.addBindValue(Validation::sortKey(read.value(2).toString()));
            write.addBindValue(read.value(0));
            if (Status s = exec(write); !s)
                return s;
        }
        for (const QString& column : {table.firstKey, table.secondKey})
            if (Status s = execSql(db,
                                   QStringLiteral("CREATE INDEX %1_%2 ON %1 (%2) WHERE status = 'active'")
                                       .arg(table.name, column));
                !s)
                return s;
    }
    return {};
}

// "CHECK (state IN ('pending', 'active'))" as "CHECK (state = 'pending' OR state = 'active')":
// the same rule, in the form SQLite checks without building a temporary b-tree of the list
// for every row written (an insert of a number and its subscription built five). Lists of
// plain values only, which hold no brackets or commas of their own.
QString orChainedChecks(const QString& sql)
{
    static const QRegularExpression inList(QStringLiteral("CHECK \\((\\w+) IN \\(([^()]*)\\)\\)"));
    QString rewritten;
    qsizetype done = 0;
    for (auto it = inList.globalMatch(sql); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString column = match.captured(1);
        QStringList alternatives;
        for (const QString& value : match.captured(2).split(QLatin1Char(',')))
            alternatives << column + QStringLiteral(" = ") + value.trimmed();
        rewritten += QStringView(sql).sliced(done, match.capturedStart() - done);
        rewritten += QStringLiteral("CHECK (") + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        done = match.capturedEnd();
    }
    return rewritten + QStringView(sql).sliced(done);
}

// Schema 8 (SQLite): the tables' value lists are checked as OR chains (orChainedChecks).
// SQLite cannot alter a CHECK constraint, and rebuilding the numbers table would take
// minutes on a large organisation; so the tables' stored definitions are rewritten, as
// SQLite's documentation allows for a change that no stored row can contradict
// (https://sqlite.org/lang_altertable.html#otheralter, the simpler procedure): every row
// meets the rewritten rule, because it is the same rule. The schema version is raised, so
// that every connection reads the new definitions. PostgreSQL checks lists as they are.
Status orChainChecks(const QSqlDatabase& db)
{
    if (db.driverName() != QLatin1String("QSQLITE"))
        return {};
    std::vector<std::pair<QString, QString>> tables; // name, new definition
    {
        QSqlQuery read(db);
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'table'")))
            return databaseError(read);
        while (read.next()) {
            const QString sql = read.value(1).toString();
            if (const QString rewritten = orChainedChecks(sql); rewritten != sql)
                tables.emplace_back(read.value(0).toString(), rewritten);
        }
    }
    if (tables.empty())
        return {};
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("PRAGMA schema_version")) || !version.next())
        return databaseError(version);
    const qint64 schemaVersion = version.value(0).toLongLong();
    version.finish();
    if (Status s = execSql(db, QStringLiteral("PRAGMA writable_schema = ON")); !s)
        return s;
    QSqlQuery update(db);
    Status written = prepare(
        update, QStringLiteral("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = ?"));
    size_t rewritten = 0;
    for (const auto& [name, sql] : tables) {
        if (!written)
            break;
        update.addBindValue(sql);
        update.addBindValue(name);
        if (written = exec(update); written)
            ++rewritten;
    }
    if (written)
        written = execSql(db, QStringLiteral("PRAGMA schema_version = %1").arg(schemaVersion + 1));
    const Status off = execSql(db, QStringLiteral("PRAGMA writable_schema = OFF"));
    // An SQLite built to refuse schema writes (SQLITE_DBCONFIG_DEFENSIVE) keeps the lists:
    // the same rules, only slower; nothing was changed.
    if (!written && rewritten == 0 && off) {
        qCWarning(lcSchema) << "The CHECK constraints stay value lists:" << written.error().message;
        return {};
    }
    // Otherwise a failure rolls the migration's transaction back.
    return written ? off : written;
}

} // namespace

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> all = {
        {1,
         {
             QStringLiteral(R"(CREATE TABLE organisation (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    name          TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    currency      TEXT    NOT NULL DEFAULT 'EUR' CHECK (currency = 'EUR'),
    credit_cents  INTEGER NOT NULL DEFAULT 0 CHECK (credit_cents >= 0),
    created_at    TEXT    NOT NULL
))"),
             QStringLiteral(R"(CREATE TABLE members (
    id            INTEGER PRIMARY KEY,
    account_name  TEXT    NOT NULL COLLATE NOCASE
                  CHECK (length(account_name) BETWEEN 6 AND 32),
    display_name  TEXT    NOT NULL CHECK (length(trim(display_name)) > 0),
    email         TEXT    NOT NULL,
    country       TEXT    NOT NULL CHECK (length(country) = 2),
    city          TEXT    NOT NULL DEFAULT '',
    status        TEXT    NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'removed')),
    created_at    TEXT    NOT NULL,
    removed_at    TEXT,
    CHECK ((status = 'removed') = (removed_at IS NOT NULL))
))"),
             // Account names are unique among active members; a removed member's name may be reused.
             QStringLiteral("CREATE UNIQUE INDEX members_account_name_active ON members (account_name) "
                            "WHERE status = 'active'"),
             QStringLiteral("CREATE INDEX members_display_name ON members (display_name COLLATE NOCASE)"),
             QStringLiteral(R"(CREATE TABLE sip_profiles (
    id            INTEGER PRIMARY KEY,
    profile_id    TEXT    NOT NULL COLLATE NOCASE CHECK (length(profile_id) > 0),
    name          TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    channels      INTEGER NOT NULL CHECK (channels BETWEEN 1 AND 300),
    country       TEXT    NOT NULL CHECK (length(country) = 2),
    status        TEXT    NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'removed')),
    created_at    TEXT    NOT NULL,
    removed_at    TEXT,
    CHECK ((status = 'removed') = (removed_at IS NOT NULL))
))"),
             QStringLiteral("CREATE UNIQUE INDEX sip_profiles_profile_id_active ON sip_profiles (profile_id) "
                            "WHERE status = 'active'"),
             QStringLiteral(R"(CREATE TABLE numbers (
    id                  INTEGER PRIMARY KEY,
    e164                TEXT    NOT NULL UNIQUE CHECK (e164 GLOB '+[1-9]*'),
    country             TEXT    NOT NULL CHECK (length(country) = 2),
    area_code           TEXT    NOT NULL,
    member_id           INTEGER REFERENCES members (id) ON DELETE RESTRICT,
    sip_profile_id      INTEGER REFERENCES sip_profiles (id) ON DELETE RESTRICT,
    state               TEXT    NOT NULL
                        CHECK (state IN ('pending', 'active', 'cancelled', 'expired', 'released')),
    version             INTEGER NOT NULL DEFAULT 1,
    created_at          TEXT    NOT NULL,
    activated_at        TEXT,
    expired_at          TEXT,
    released_at         TEXT,
    terms_country       TEXT    NOT NULL,
    terms_version       TEXT    NOT NULL,
    terms_accepted_at   TEXT    NOT NULL,
    terms_accepted_by   TEXT    NOT NULL,
    residency           TEXT    NOT NULL CHECK (residency IN ('none', 'country', 'city')),
    residency_city      TEXT    NOT NULL DEFAULT '',
    CHECK (member_id IS NULL OR sip_profile_id IS NULL)
))"),
             QStringLiteral("CREATE INDEX numbers_member ON numbers (member_id) WHERE member_id IS NOT NULL"),
             QStringLiteral("CREATE INDEX numbers_sip_profile ON numbers (sip_profile_id) "
                            "WHERE sip_profile_id IS NOT NULL"),
             QStringLiteral("CREATE INDEX numbers_state ON numbers (state)"),
             QStringLiteral(R"(CREATE TABLE subscriptions (
    number_id      INTEGER PRIMARY KEY REFERENCES numbers (id) ON DELETE CASCADE,
    period_months  INTEGER NOT NULL CHECK (period_months IN (1, 3, 12)),
    price_cents    INTEGER NOT NULL CHECK (price_cents >= 0),
    paid_until     TEXT    NOT NULL,
    auto_renew     INTEGER NOT NULL DEFAULT 1 CHECK (auto_renew IN (0, 1)),
    renewal_failed INTEGER NOT NULL DEFAULT 0 CHECK (renewal_failed IN (0, 1))
))"),
             QStringLiteral("CREATE INDEX subscriptions_paid_until ON subscriptions (paid_until)"),
             QStringLiteral(R"(CREATE TABLE credit_ledger (
    id                   INTEGER PRIMARY KEY,
    at                   TEXT    NOT NULL,
    actor                TEXT    NOT NULL,
    kind                 TEXT    NOT NULL CHECK (kind IN ('top_up', 'purchase', 'renewal')),
    amount_cents         INTEGER NOT NULL CHECK (amount_cents <> 0),
    balance_after_cents  INTEGER NOT NULL CHECK (balance_after_cents >= 0),
    description          TEXT    NOT NULL DEFAULT ''
))"),
             QStringLiteral(R"(CREATE TABLE audit_log (
    id           INTEGER PRIMARY KEY,
    at           TEXT    NOT NULL,
    actor        TEXT    NOT NULL,
    action       TEXT    NOT NULL,
    object_kind  TEXT    NOT NULL,
    object_id    TEXT    NOT NULL,
    before_json  TEXT,
    after_json   TEXT
))"),
             QStringLiteral("CREATE INDEX audit_log_at ON audit_log (at)"),
         }},
        {2,
         {
             // Organisation-wide settings (per-member limit, provisioning delay, ...),
             // shared by every administrator of the database.
             QStringLiteral(R"(CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
))"),
             QStringLiteral("CREATE INDEX credit_ledger_at ON credit_ledger (at)"),
         }},
        {3,
         {
             // An imported catalogue, shared by every administrator of the database; in effect
             // while it is newer than the one shipped with the program.
             QStringLiteral(R"(CREATE TABLE catalogue (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    version      TEXT    NOT NULL,
    document     TEXT    NOT NULL,
    imported_at  TEXT    NOT NULL,
    imported_by  TEXT    NOT NULL
))"),
         }},
        {4,
         {
             // Unicode case-folded keys beside every name that is matched or searched:
             // SQLite's lower(), LIKE and NOCASE fold ASCII only ("ZOË" is not "Zoë").
             QStringLiteral("ALTER TABLE members ADD COLUMN account_key TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE members ADD COLUMN display_key TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE members ADD COLUMN email_key TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE members ADD COLUMN city_key TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE sip_profiles ADD COLUMN profile_key TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE sip_profiles ADD COLUMN name_key TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE audit_log ADD COLUMN search_key TEXT NOT NULL DEFAULT ''"),
             // Row versions, so that a change made from a stale screen is refused, not lost.
             QStringLiteral("ALTER TABLE members ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
             QStringLiteral("ALTER TABLE sip_profiles ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
             // The billing day is anchored to the purchase (or reactivation): every paid-until
             // date is the anchor plus whole periods, so that Jan 31 renews to Feb 28, then Mar 31.
             // Existing subscriptions are anchored at their current paid-until date.
             QStringLiteral("ALTER TABLE subscriptions ADD COLUMN billing_anchor TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("UPDATE subscriptions SET billing_anchor = paid_until"),
             // What a ledger row paid for, as language-neutral JSON (codes and values), rendered
             // in the reader's language; description keeps the text of rows written before.
             QStringLiteral("ALTER TABLE credit_ledger ADD COLUMN details TEXT"),
         },
         fillSearchKeys},
        {5,
         {
             // Where each area code's allocation goes on, so that buying a number no longer
             // reads every number ever handed out in its area code (see NumberPlan).
             QStringLiteral(R"(CREATE TABLE number_allocation (
    country     TEXT    NOT NULL,
    area_code   TEXT    NOT NULL,
    next_index  INTEGER NOT NULL CHECK (next_index >= 0),
    PRIMARY KEY (country, area_code)
))"),
             QStringLiteral("INSERT INTO number_allocation (country, area_code, next_index) "
                            "SELECT country, area_code, count(*) FROM numbers GROUP BY country, area_code"),
         }},
        {6,
         {
             // The lists sort names as a person does: "Member 1243" before "Member 10043",
             // "Émile" beside "Emile" (see Validation::sortKey).
             QStringLiteral(
                 "ALTER TABLE members ADD COLUMN account_sort TEXT COLLATE BINARY NOT NULL DEFAULT ''"),
             QStringLiteral(
                 "ALTER TABLE members ADD COLUMN display_sort TEXT COLLATE BINARY NOT NULL DEFAULT ''"),
             QStringLiteral(
                 "ALTER TABLE sip_profiles ADD COLUMN profile_sort TEXT COLLATE BINARY NOT NULL DEFAULT ''"),
             QStringLiteral(
                 "ALTER TABLE sip_profiles ADD COLUMN name_sort TEXT COLLATE BINARY NOT NULL DEFAULT ''"),
         },
         fillSortKeys},
        {7,
         {
             // The Numbers page reads each of its orders through an index, a page at a
             // time after the last row shown (see NumberRowsQuery), at any size.
             QStringLiteral("DROP INDEX numbers_state"),
             QStringLiteral("CREATE INDEX numbers_state ON numbers (state, e164)"),
             QStringLiteral("CREATE INDEX numbers_country ON numbers (country, e164)"),
             QStringLiteral("DROP INDEX subscriptions_paid_until"),
             QStringLiteral("CREATE INDEX subscriptions_paid_until ON subscriptions (paid_until, number_id)"),
             QStringLiteral("CREATE INDEX subscriptions_auto_renew ON subscriptions (auto_renew, paid_until, "
                            "number_id)"),
             QStringLiteral("DROP INDEX members_display_sort"),
             QStringLiteral("CREATE INDEX members_display_sort ON members (display_sort, id) WHERE status = "
                            "'active'"),
             QStringLiteral("DROP INDEX sip_profiles_name_sort"),
             QStringLiteral(
                 "CREATE INDEX sip_profiles_name_sort ON sip_profiles (name_sort, id) WHERE status = "
                 "'active'"),
         }},
        {8, {}, orChainChecks},
        // A trigram index of every searched key (SQLite), so that a search that matches few
        // of millions of rows reads only those (see SearchIndex.h).
        {9, {}, searchindex::create},
        {10,
         {
             // Processing finds the numbers to release in the order it takes them, a batch at
             // a time, without reading every expired number (and sorting them) in every tick.
             // The state leads, so that SQLite without statistics prefers this to
             // numbers_state (state, e164).
             QStringLiteral(
                 "CREATE INDEX numbers_expired ON numbers (state, expired_at, id) WHERE state = 'expired'"),
             // A subscription ends with its number's expiry (and stays ended when it is
             // released): expiry walks the paid-until dates of the others only, not of every
             // number the organisation ever had.
             QStringLiteral("ALTER TABLE subscriptions ADD COLUMN ended INTEGER NOT NULL DEFAULT 0 "
                            "CHECK (ended = 0 OR ended = 1)"),
             QStringLiteral("UPDATE subscriptions SET ended = 1 WHERE number_id IN (SELECT id FROM numbers "
                            "WHERE state = 'expired' OR state = 'released')"),
             QStringLiteral("CREATE INDEX subscriptions_live ON subscriptions (ended, paid_until, number_id) "
                            "WHERE ended = 0"),
         },
         // Searches of one or two characters through the search index, and the names apart
         // from the e-mail addresses and cities (see SearchIndex.h).
         searchindex::addShortKeys},
    };
    return all;
}

} // namespace nm
