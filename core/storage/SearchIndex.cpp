#include "SearchIndex.h"

#include "storage/Dialect.h"
#include "storage/SqlError.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <algorithm>
#include <iterator>
#include <span>

namespace nm::searchindex {

namespace {

Q_LOGGING_CATEGORY(lcSearchIndex, "nm.storage.searchindex")

struct Indexed
{
    QString name; // the FTS5 table
    QString table; // whose rows it holds, rowid = id
    QStringList columns;
    bool endMarks = false; // each key with two end marks, and a vocabulary of its terms

    bool operator==(const Indexed&) const = default;
};

const QString members = QStringLiteral("members");
const QString sipProfiles = QStringLiteral("sip_profiles");
const QString numbers = QStringLiteral("numbers");

// The indexes as migration 9 made them.
const Indexed version9[] = {
    {QStringLiteral("members_search"),
     members,
     {QStringLiteral("account_key"), QStringLiteral("display_key"), QStringLiteral("email_key"),
      QStringLiteral("city_key")}},
    {QStringLiteral("sip_profiles_search"),
     sipProfiles,
     {QStringLiteral("profile_key"), QStringLiteral("name_key")}},
    {QStringLiteral("numbers_search"), numbers, {QStringLiteral("e164")}},
};

// The indexes now, in the order of Index.
const Indexed current[] = {
    {QStringLiteral("members_search"),
     members,
     {QStringLiteral("account_key"), QStringLiteral("display_key")},
     true},
    {QStringLiteral("members_contact_search"),
     members,
     {QStringLiteral("email_key"), QStringLiteral("city_key")},
     true},
    {QStringLiteral("sip_profiles_search"),
     sipProfiles,
     {QStringLiteral("profile_key"), QStringLiteral("name_key")},
     true},
    {QStringLiteral("numbers_search"), numbers, {QStringLiteral("e164")}},
};

// The tables the indexes hold, each once.
const QString indexedTables[] = {members, sipProfiles, numbers};

// The text an index holds of a key: with the end marks, every character of the key begins
// a trigram (two characters of U+001F: nothing a search types, and one byte each).
QString keyText(const Indexed& t, const QString& key)
{
    return t.endMarks ? key + QStringLiteral(" || char(31, 31)") : key;
}

QString keyTexts(const Indexed& t, const QString& prefix)
{
    QStringList out;
    for (const QString& column : t.columns)
        out << keyText(t, prefix + column);
    return out.join(QStringLiteral(", "));
}

// Where the index reads its text from when it is filled: a view of the keys with their end
// marks, or the table itself.
QString contentOf(const Indexed& t)
{
    return t.endMarks ? t.name + QStringLiteral("_text") : t.table;
}

// The rows of `table` the index does not hold yet: those added since it was last brought up
// to date (their ids are above its mark).
QString notYetIndexed(const QString& table)
{
    return QStringLiteral("id > (SELECT indexed_to FROM search_index_state WHERE name = '%1')").arg(table);
}

QString unindexedRows(const QString& table)
{
    return QStringLiteral("SELECT id FROM %1 WHERE %2").arg(table, notYetIndexed(table));
}

// The index of `table` holds its rows up to the last one.
Status markIndexed(const QSqlDatabase& db, const QString& table)
{
    return execSql(db,
                   QStringLiteral("UPDATE search_index_state SET indexed_to = (SELECT coalesce(max(id), 0) "
                                  "FROM %1) WHERE name = '%1'")
                       .arg(table));
}

// The index `t` and the triggers that keep the rows it holds up to date. New rows are
// added by catchUp() in one statement: a trigger on every insert would make FTS5 write a
// segment of its index for each row (it saves its pending rows at every statement that
// changes it), which doubled the cost of buying 10,000 numbers. The index holds no copy of
// the text (content=): it reads its content (contentOf) when it is rebuilt.
QStringList statementsFor(const Indexed& t)
{
    const QString columns = t.columns.join(QStringLiteral(", "));
    const QString add = QStringLiteral("INSERT INTO %1 (rowid, %2) VALUES (new.id, %3);")
                            .arg(t.name, columns, keyTexts(t, QStringLiteral("new.")));
    const QString drop = QStringLiteral("INSERT INTO %1 (%1, rowid, %2) VALUES ('delete', old.id, %3);")
                             .arg(t.name, columns, keyTexts(t, QStringLiteral("old.")));
    const QString held
        = QStringLiteral("old.id <= (SELECT indexed_to FROM search_index_state WHERE name = '%1')")
              .arg(t.table);
    QStringList statements;
    if (t.endMarks) {
        QStringList texts;
        for (const QString& column : t.columns)
            texts << keyText(t, column) + QStringLiteral(" AS ") + column;
        statements << QStringLiteral("CREATE VIEW %1 AS SELECT id, %2 FROM %3")
                          .arg(contentOf(t), texts.join(QStringLiteral(", ")), t.table);
    }
    statements << QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(%2, content='%3', content_rowid='id', "
                                 "tokenize='trigram case_sensitive 1')")
                      .arg(t.name, columns, contentOf(t));
    if (t.endMarks)
        statements
            << QStringLiteral("CREATE VIRTUAL TABLE %1_terms USING fts5vocab(%1, 'instance')").arg(t.name);
    statements << QStringLiteral("CREATE TRIGGER %1_update AFTER UPDATE OF %2 ON %3 WHEN %4 BEGIN %5 %6 END")
                      .arg(t.name, columns, t.table, held, drop, add)
               << QStringLiteral("CREATE TRIGGER %1_delete AFTER DELETE ON %2 WHEN %3 BEGIN %4 END")
                      .arg(t.name, t.table, held, drop);
    return statements;
}

Status execAll(const QSqlDatabase& db, const QStringList& statements)
{
    for (const QString& statement : statements)
        if (Status s = execSql(db, statement); !s)
            return s;
    return {};
}

// Fills `t` from its content, all of it.
Status fill(const QSqlDatabase& db, const Indexed& t)
{
    return execSql(db, QStringLiteral("INSERT INTO %1 (%1) VALUES ('rebuild')").arg(t.name));
}

// Fills every index of `layout` from its content, and marks every table's rows held.
Status fillAll(const QSqlDatabase& db, std::span<const Indexed> layout)
{
    for (const Indexed& t : layout)
        if (Status s = fill(db, t); !s)
            return s;
    for (const QString& table : indexedTables)
        if (Status s = markIndexed(db, table); !s)
            return s;
    return {};
}

// How many characters `key` has, up to three: the tokenizer counts code points, not UTF-16 units.
int charactersUpToThree(const QString& key)
{
    int characters = 0;
    for (qsizetype i = 0; i < key.size() && characters < 3; ++i)
        if (!key.at(i).isLowSurrogate())
            ++characters;
    return characters;
}

} // namespace

Status create(const QSqlDatabase& db)
{
    if (dialect::engineOf(db) != Engine::Sqlite)
        return {};
    {
        // An SQLite without FTS5 or its trigram tokenizer (before 3.34) searches by reading the rows.
        QSqlQuery probe(db);
        if (!probe.exec(QStringLiteral(
                "CREATE VIRTUAL TABLE temp.nm_search_probe USING fts5(x, tokenize='trigram')"))) {
            qCWarning(lcSearchIndex) << "No search index: this SQLite has no FTS5 trigram tokenizer:"
                                     << probe.lastError().text();
            return {};
        }
        if (Status s = execSql(db, QStringLiteral("DROP TABLE temp.nm_search_probe")); !s)
            return s;
    }
    // Up to which id each index holds its table's rows.
    if (Status s = execSql(db,
                           QStringLiteral("CREATE TABLE search_index_state (name TEXT PRIMARY KEY, "
                                          "indexed_to INTEGER NOT NULL)"));
        !s)
        return s;
    for (const QString& table : indexedTables)
        if (Status s
            = execSql(db,
                      QStringLiteral("INSERT INTO search_index_state (name, indexed_to) VALUES ('%1', 0)")
                          .arg(table));
            !s)
            return s;
    for (const Indexed& t : version9)
        if (Status s = execAll(db, statementsFor(t)); !s)
            return s;
    return fillAll(db, version9);
}

Status addShortKeys(const QSqlDatabase& db)
{
    if (!available(db))
        return {};
    QStringList refilled;
    for (const Indexed& t : current) {
        const auto before = std::find_if(std::begin(version9), std::end(version9),
                                         [&t](const Indexed& old) { return old.name == t.name; });
        if (before != std::end(version9)) {
            if (*before == t)
                continue;
            if (Status s = execAll(db,
                                   {QStringLiteral("DROP TRIGGER %1_update").arg(t.name),
                                    QStringLiteral("DROP TRIGGER %1_delete").arg(t.name),
                                    QStringLiteral("DROP TABLE %1").arg(t.name)});
                !s)
                return s;
        }
        if (Status s = execAll(db, statementsFor(t)); !s)
            return s;
        if (Status s = fill(db, t); !s)
            return s;
        if (!refilled.contains(t.table))
            refilled << t.table;
    }
    // Every index of these tables was filled whole.
    for (const QString& table : std::as_const(refilled))
        if (Status s = markIndexed(db, table); !s)
            return s;
    return {};
}

Status rebuild(const QSqlDatabase& db)
{
    if (!available(db))
        return {};
    return fillAll(db, current);
}

Status catchUp(const QSqlDatabase& db)
{
    if (!available(db))
        return {};
    // Which tables have rows the index lacks: read first, so that a change that added none
    // (or a connection that may not write) writes nothing here.
    QStringList behind;
    for (const QString& table : indexedTables)
        behind << QStringLiteral("EXISTS (%1)").arg(unindexedRows(table));
    QSqlQuery check(db);
    check.setForwardOnly(true);
    if (!check.exec(QStringLiteral("SELECT ") + behind.join(QStringLiteral(", "))) || !check.next())
        return databaseError(check);
    for (int i = 0; i < int(std::size(indexedTables)); ++i) {
        if (!check.value(i).toBool())
            continue;
        const QString& table = indexedTables[i];
        for (const Indexed& t : current) {
            if (t.table != table)
                continue;
            const QString columns = t.columns.join(QStringLiteral(", "));
            QSqlQuery add(db);
            if (!add.exec(QStringLiteral("INSERT INTO %1 (rowid, %2) SELECT id, %2 FROM %3 WHERE %4")
                              .arg(t.name, columns, contentOf(t), notYetIndexed(table))))
                return databaseError(add);
        }
        if (Status s = markIndexed(db, table); !s)
            return s;
    }
    return {};
}

Candidates& Candidates::operator+=(const Candidates& other)
{
    sql = sql.isEmpty() ? other.sql : sql + QStringLiteral(" UNION ALL ") + other.sql;
    values << other.values;
    return *this;
}

std::optional<Candidates> candidates(Index index, const QString& key)
{
    const Indexed& t = current[int(index)];
    const int characters = charactersUpToThree(key);
    if (characters >= 3) {
        // A phrase: the key's trigrams one after the other, that is the key itself.
        const QString phrase = QLatin1Char('"')
            + QString(key).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
        return Candidates{QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ? UNION ALL %2")
                              .arg(t.name, unindexedRows(t.table)),
                          {phrase}};
    }
    if (characters == 0 || !t.endMarks)
        return std::nullopt;
    // The terms that begin with the key: from the key up to the key and a byte that UTF-8
    // never has (bound as a BLOB, which sorts after every text for SQLite's own check).
    return Candidates{QStringLiteral("SELECT doc FROM %1_terms WHERE term >= ? AND term <= ? UNION ALL %2")
                          .arg(t.name, unindexedRows(t.table)),
                      {key, QVariant(key.toUtf8() + '\xff')}};
}

int count(const QSqlDatabase& db, const Candidates& candidates, int limit)
{
    QSqlQuery count(db);
    count.setForwardOnly(true);
    if (!count.prepare(
            QStringLiteral("SELECT count(*) FROM (%1 LIMIT %2)").arg(candidates.sql).arg(limit + 1)))
        return -1;
    for (const QVariant& value : candidates.values)
        count.addBindValue(value);
    if (!count.exec() || !count.next())
        return -1;
    return count.value(0).toInt();
}

bool available(const QSqlDatabase& db)
{
    if (dialect::engineOf(db) != Engine::Sqlite)
        return false;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    return query.exec(
               QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'numbers_search'"))
        && query.next();
}

} // namespace nm::searchindex
