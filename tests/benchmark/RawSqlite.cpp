#include "RawSqlite.h"

#include <QElapsedTimer>
#include <QFile>
#include <QtGlobal>
#include <cstdio>
#include <sqlite3.h>
#include <string>
#include <vector>

namespace nm::benchmark {

namespace {

struct Db
{
    sqlite3* handle = nullptr;
    ~Db() { sqlite3_close(handle); }
};

struct Statement
{
    sqlite3_stmt* handle = nullptr;
    ~Statement() { sqlite3_finalize(handle); }
};

bool check(int rc, sqlite3* db, const char* what)
{
    if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW)
        return true;
    std::fprintf(stderr, "raw SQLite: %s: %s\n", what, sqlite3_errmsg(db));
    return false;
}

bool prepare(sqlite3* db, Statement& statement, const char* sql)
{
    return check(sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement.handle, nullptr), db,
                 sql);
}

bool step(sqlite3* db, Statement& statement, const char* what)
{
    const int rc = sqlite3_step(statement.handle);
    sqlite3_reset(statement.handle);
    return check(rc, db, what);
}

// Opens the file with the program's settings (WAL, synchronous NORMAL, foreign keys).
bool open(const QString& path, Db& db)
{
    const QByteArray file = QFile::encodeName(path);
    if (!check(sqlite3_open_v2(file.constData(), &db.handle, SQLITE_OPEN_READWRITE, nullptr), db.handle,
               "open"))
        return false;
    return check(
        sqlite3_exec(db.handle,
                     "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON",
                     nullptr, nullptr, nullptr),
        db.handle, "settings");
}

void text(Statement& statement, int index, const std::string& value)
{
    sqlite3_bind_text(statement.handle, index, value.data(), int(value.size()), SQLITE_TRANSIENT);
}

} // namespace

// Each part its own function, never inlined: `valgrind --tool=callgrind` can then count
// its instructions apart (see the README's benchmarks).
Q_NEVER_INLINE bool rawBuy(sqlite3* handle, const std::vector<std::string>& e164, const std::string& now,
                           const std::string& paidUntil, RawTimes& times)
{
    struct
    {
        sqlite3* handle;
    } db{handle};
    // Buy: the credit, one ledger row, then per number its row, its subscription and its audit row.
    {
        Statement credit, ledger, number, subscription, audit;
        if (!prepare(db.handle, credit,
                     "UPDATE organisation SET credit_cents = credit_cents - ? WHERE id = 1 "
                     "RETURNING credit_cents")
            || !prepare(
                db.handle, ledger,
                "INSERT INTO credit_ledger (at, actor, kind, amount_cents, balance_after_cents, details) "
                "VALUES (?, 'benchmark', 'purchase', ?, ?, ?)")
            || !prepare(
                db.handle, number,
                "INSERT INTO numbers (e164, country, area_code, member_id, state, created_at, terms_country, "
                "terms_version, terms_accepted_at, terms_accepted_by, residency, residency_city) VALUES "
                "(?, 'NL', '20', ?, 'pending', ?, 'NL', 'NL-2026-01', ?, 'benchmark', 'city', 'Amsterdam') "
                "RETURNING id")
            || !prepare(
                db.handle, subscription,
                "INSERT INTO subscriptions (number_id, period_months, price_cents, paid_until, auto_renew, "
                "billing_anchor) VALUES (?, 1, 350, ?, 1, ?)")
            || !prepare(
                db.handle, audit,
                "INSERT INTO audit_log (at, actor, action, object_kind, object_id, before_json, after_json, "
                "search_key) VALUES (?, 'benchmark', 'number.buy', 'number', ?, NULL, ?, ?)"))
            return false;
        QElapsedTimer timer;
        timer.start();
        sqlite3_exec(db.handle, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        const qint64 total = 350LL * qint64(e164.size());
        sqlite3_bind_int64(credit.handle, 1, total);
        const int rc = sqlite3_step(credit.handle);
        const qint64 balance = rc == SQLITE_ROW ? sqlite3_column_int64(credit.handle, 0) : 0;
        sqlite3_reset(credit.handle);
        if (!check(rc, db.handle, "credit"))
            return false;
        const std::string details = "{\"areaCode\":\"20\",\"city\":\"Amsterdam\",\"count\":"
            + std::to_string(e164.size()) + ",\"country\":\"NL\",\"months\":1}";
        text(ledger, 1, now);
        sqlite3_bind_int64(ledger.handle, 2, -total);
        sqlite3_bind_int64(ledger.handle, 3, balance);
        text(ledger, 4, details);
        if (!step(db.handle, ledger, "ledger"))
            return false;
        char account[32];
        for (size_t i = 0; i < e164.size(); ++i) {
            text(number, 1, e164[i]);
            sqlite3_bind_int64(number.handle, 2, qint64(i + 1));
            text(number, 3, now);
            text(number, 4, now);
            if (sqlite3_step(number.handle) != SQLITE_ROW) {
                check(SQLITE_ERROR, db.handle, "number");
                return false;
            }
            const qint64 id = sqlite3_column_int64(number.handle, 0);
            sqlite3_reset(number.handle);
            sqlite3_bind_int64(subscription.handle, 1, id);
            text(subscription, 2, paidUntil);
            text(subscription, 3, now);
            if (!step(db.handle, subscription, "subscription"))
                return false;
            std::snprintf(account, sizeof account, "member%06zu", i);
            const std::string after = std::string("{\"assignee\":\"") + account
                + "\",\"assigneeKind\":\"member\",\"autoRenew\":true,\"paidUntil\":\"" + paidUntil
                + "\",\"periodMonths\":1,\"priceCents\":350,\"state\":\"pending\",\"termsAcceptedBy\":"
                  "\"benchmark\","
                  "\"termsCountry\":\"NL\",\"termsVersion\":\"NL-2026-01\"}";
            text(audit, 1, now);
            text(audit, 2, e164[i]);
            text(audit, 3, after);
            text(audit, 4, e164[i] + "\nbenchmark\n" + account);
            if (!step(db.handle, audit, "audit"))
                return false;
        }
        if (!check(sqlite3_exec(db.handle, "COMMIT", nullptr, nullptr, nullptr), db.handle, "commit"))
            return false;
        times.buyMs = double(timer.nsecsElapsed()) / 1e6;
    }

    return true;
}

Q_NEVER_INLINE bool rawCancel(sqlite3* handle, const std::vector<std::string>& e164, RawTimes& times)
{
    struct
    {
        sqlite3* handle;
    } db{handle};
    // Cancel: per number its state, its subscription's renewal and its audit row.
    {
        Statement number, subscription, audit;
        if (!prepare(
                db.handle, number,
                "UPDATE numbers SET state = 'cancelled', version = version + 1 WHERE e164 = ? AND state IN "
                "('pending', 'active') RETURNING id")
            || !prepare(db.handle, subscription,
                        "UPDATE subscriptions SET auto_renew = 0 WHERE number_id = ?")
            || !prepare(
                db.handle, audit,
                "INSERT INTO audit_log (at, actor, action, object_kind, object_id, before_json, after_json, "
                "search_key) VALUES (?, 'benchmark', 'number.cancel', 'number', ?, "
                "'{\"state\":\"pending\"}', '{\"state\":\"cancelled\"}', ?)"))
            return false;
        QElapsedTimer timer;
        timer.start();
        sqlite3_exec(db.handle, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        for (const std::string& one : e164) {
            text(number, 1, one);
            if (sqlite3_step(number.handle) != SQLITE_ROW) {
                check(SQLITE_ERROR, db.handle, "cancel");
                return false;
            }
            const qint64 id = sqlite3_column_int64(number.handle, 0);
            sqlite3_reset(number.handle);
            sqlite3_bind_int64(subscription.handle, 1, id);
            if (!step(db.handle, subscription, "subscription"))
                return false;
            text(audit, 1, "2026-11-26T10:00:00Z");
            text(audit, 2, one);
            text(audit, 3, one + "\nbenchmark");
            if (!step(db.handle, audit, "audit"))
                return false;
        }
        if (!check(sqlite3_exec(db.handle, "COMMIT", nullptr, nullptr, nullptr), db.handle, "commit"))
            return false;
        times.cancelMs = double(timer.nsecsElapsed()) / 1e6;
    }
    return true;
}

std::optional<RawTimes> rawBuyAndCancel(const QString& path, const QStringList& numbers)
{
    Db db;
    if (!open(path, db))
        return std::nullopt;
    std::vector<std::string> e164;
    e164.reserve(size_t(numbers.size()));
    for (const QString& number : numbers)
        e164.push_back(number.toStdString());
    const std::string now = "2026-11-26T09:00:00Z";
    const std::string paidUntil = "2026-12-26T09:00:00Z";
    RawTimes times;

    if (!rawBuy(db.handle, e164, now, paidUntil, times) || !rawCancel(db.handle, e164, times))
        return std::nullopt;
    return times;
}

namespace {

// "2026-12-26T09:00:00Z" one month on: the month and year of the stored text advanced (the
// benchmark's day of the month exists in every month).
std::string oneMonthOn(const std::string& at)
{
    int year = std::stoi(at.substr(0, 4));
    int month = std::stoi(at.substr(5, 2)) + 1;
    if (month > 12) {
        month = 1;
        ++year;
    }
    char head[32];
    std::snprintf(head, sizeof head, "%04d-%02d", year, month);
    return head + at.substr(7);
}

} // namespace

std::optional<RawRenewal> rawRenew(const QString& path, const QString& dueBy)
{
    Db db;
    if (!open(path, db))
        return std::nullopt;
    Statement select, credit, ledger, extend, audit, bump;
    if (!prepare(db.handle, select,
                 "SELECT n.id, n.e164, s.price_cents, s.paid_until FROM subscriptions s CROSS JOIN numbers n "
                 "WHERE n.id = s.number_id AND s.paid_until <= ? AND s.auto_renew = 1 AND "
                 "n.state IN ('pending', 'active') ORDER BY s.paid_until, n.id")
        || !prepare(
            db.handle, credit,
            "UPDATE organisation SET credit_cents = credit_cents - ? WHERE id = 1 RETURNING credit_cents")
        || !prepare(db.handle, ledger,
                    "INSERT INTO credit_ledger (at, actor, kind, amount_cents, balance_after_cents, details) "
                    "VALUES (?, 'benchmark', 'renewal', ?, ?, ?)")
        || !prepare(db.handle, extend, "UPDATE subscriptions SET paid_until = ? WHERE number_id = ?")
        || !prepare(
            db.handle, audit,
            "INSERT INTO audit_log (at, actor, action, object_kind, object_id, before_json, after_json, "
            "search_key) VALUES (?, 'benchmark', 'numbers.renew', 'numbers', ?, '', ?, ?)")
        || !prepare(db.handle, bump, "UPDATE numbers SET version = version + 1 WHERE id = ?"))
        return std::nullopt;
    const std::string now = dueBy.toStdString();
    QElapsedTimer timer;
    timer.start();
    sqlite3_exec(db.handle, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    struct Due
    {
        qint64 id;
        std::string e164;
        qint64 price;
        std::string paidUntil;
    };
    std::vector<Due> due;
    text(select, 1, now);
    while (sqlite3_step(select.handle) == SQLITE_ROW)
        due.push_back({sqlite3_column_int64(select.handle, 0),
                       reinterpret_cast<const char*>(sqlite3_column_text(select.handle, 1)),
                       sqlite3_column_int64(select.handle, 2),
                       reinterpret_cast<const char*>(sqlite3_column_text(select.handle, 3))});
    sqlite3_reset(select.handle);
    RawRenewal result;
    std::string renewals;
    std::string searchKey;
    qint64 charged = 0;
    int inEntry = 0;
    const auto writeEntry = [&]() {
        if (inEntry == 0)
            return true;
        text(audit, 1, now);
        text(audit, 2, std::to_string(inEntry));
        text(audit, 3,
             "{\"chargedCents\":" + std::to_string(charged) + ",\"count\":" + std::to_string(inEntry)
                 + ",\"renewals\":" + renewals + "]}");
        text(audit, 4, std::to_string(inEntry) + "\nbenchmark" + searchKey);
        renewals.clear();
        searchKey.clear();
        charged = 0;
        inEntry = 0;
        return step(db.handle, audit, "audit");
    };
    for (const Due& number : due) {
        sqlite3_bind_int64(credit.handle, 1, number.price);
        if (sqlite3_step(credit.handle) != SQLITE_ROW) {
            check(SQLITE_ERROR, db.handle, "credit");
            return std::nullopt;
        }
        const qint64 balance = sqlite3_column_int64(credit.handle, 0);
        sqlite3_reset(credit.handle);
        text(ledger, 1, now);
        sqlite3_bind_int64(ledger.handle, 2, -number.price);
        sqlite3_bind_int64(ledger.handle, 3, balance);
        text(ledger, 4, "{\"months\":1,\"number\":\"" + number.e164 + "\"}");
        if (!step(db.handle, ledger, "ledger"))
            return std::nullopt;
        const std::string extended = oneMonthOn(number.paidUntil);
        text(extend, 1, extended);
        sqlite3_bind_int64(extend.handle, 2, number.id);
        if (!step(db.handle, extend, "extend"))
            return std::nullopt;
        // As Number Manager does: one history entry per 400 renewals, naming each.
        renewals += (renewals.empty() ? "[[\"" : ",[\"") + number.e164 + "\",\"" + number.paidUntil + "\",\""
            + extended + "\"," + std::to_string(number.price) + "]";
        searchKey += "\n" + number.e164 + "\n" + number.paidUntil + "\n" + extended;
        charged += number.price;
        if (++inEntry == 400 && !writeEntry())
            return std::nullopt;
        sqlite3_bind_int64(bump.handle, 1, number.id);
        if (!step(db.handle, bump, "version"))
            return std::nullopt;
        ++result.renewed;
    }
    if (!writeEntry())
        return std::nullopt;
    if (!check(sqlite3_exec(db.handle, "COMMIT", nullptr, nullptr, nullptr), db.handle, "commit"))
        return std::nullopt;
    result.ms = double(timer.nsecsElapsed()) / 1e6;
    return result;
}

} // namespace nm::benchmark
