#include "SearchIndex.h"

#include "storage/Dialect.h"
#include "storage/SqlError.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <iterator>

namespace nm::searchindex {

namespace {

Q_LOGGING_CATEGORY(lcSearchIndex, "nm.storage.searchindex")

struct Indexed
{
    QString table;
    QStringList columns;
};

const Indexed indexed[] = {
    {QStringLiteral("members"),
     {QStringLiteral("account_key"), QStringLiteral("display_key"), QStringLiteral("email_key"),
      QStringLiteral("city_key")}},
    {QStringLiteral("sip_profiles"), {QStringLiteral("profile_key"), QStringLiteral("name_key")}},
    {QStringLiteral("numbers"), {QStringLiteral("e164")}},
};

QString prefixed(const QString& prefix, const QStringList& columns)
{
    QStringList out;
    for (const QString& column : columns)
        out << prefix + column;
    return out.join(QStringLiteral(", "));
}

QString indexOf(const Indexed& t)
{
    return t.table + QStringLiteral("_search");
}

// The rows of `t` the index does not hold yet: those added since it was last brought up
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

// The index of `t` and the triggers that keep the rows it holds up to date. New rows are
// added by catchUp() in one statement: a trigger on every insert would make FTS5 write a
// segment of its index for each row (it saves its pending rows at every statement that
// changes it), which doubled the cost of buying 10,000 numbers. The index holds no copy of
// the text (content=): it reads the table's rows when it is rebuilt.
QStringList statementsFor(const Indexed& t)
{
    const QString index = indexOf(t);
    const QString columns = t.columns.join(QStringLiteral(", "));
    const QString add = QStringLiteral("INSERT INTO %1 (rowid, %2) VALUES (new.id, %3);")
                            .arg(index, columns, prefixed(QStringLiteral("new."), t.columns));
    const QString drop = QStringLiteral("INSERT INTO %1 (%1, rowid, %2) VALUES ('delete', old.id, %3);")
                             .arg(index, columns, prefixed(QStringLiteral("old."), t.columns));
    const QString held
        = QStringLiteral("old.id <= (SELECT indexed_to FROM search_index_state WHERE name = '%1')")
              .arg(t.table);
    return {
        QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(%2, content='%3', content_rowid='id', "
                       "tokenize='trigram case_sensitive 1')")
            .arg(index, columns, t.table),
        QStringLiteral("INSERT INTO search_index_state (name, indexed_to) VALUES ('%1', 0)").arg(t.table),
        QStringLiteral("CREATE TRIGGER %1_update AFTER UPDATE OF %2 ON %3 WHEN %4 BEGIN %5 %6 END")
            .arg(index, columns, t.table, held, drop, add),
        QStringLiteral("CREATE TRIGGER %1_delete AFTER DELETE ON %2 WHEN %3 BEGIN %4 END")
            .arg(index, t.table, held, drop),
    };
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
    for (const Indexed& t : indexed)
        for (const QString& statement : statementsFor(t))
            if (Status s = execSql(db, statement); !s)
                return s;
    return rebuild(db);
}

Status rebuild(const QSqlDatabase& db)
{
    if (!available(db))
        return {};
    for (const Indexed& t : indexed) {
        if (Status s = execSql(db, QStringLiteral("INSERT INTO %1 (%1) VALUES ('rebuild')").arg(indexOf(t)));
            !s)
            return s;
        if (Status s = markIndexed(db, t.table); !s)
            return s;
    }
    return {};
}

Status catchUp(const QSqlDatabase& db)
{
    if (!available(db))
        return {};
    // Which tables have rows the index lacks: read first, so that a change that added none
    // (or a connection that may not write) writes nothing here.
    QStringList behind;
    for (const Indexed& t : indexed)
        behind << QStringLiteral("EXISTS (%1)").arg(unindexedRows(t.table));
    QSqlQuery check(db);
    check.setForwardOnly(true);
    if (!check.exec(QStringLiteral("SELECT ") + behind.join(QStringLiteral(", "))) || !check.next())
        return databaseError(check);
    for (int i = 0; i < int(std::size(indexed)); ++i) {
        if (!check.value(i).toBool())
            continue;
        const Indexed& t = indexed[i];
        QSqlQuery add(db);
        if (!add.exec(
                QStringLiteral("INSERT INTO %1 (rowid, %2) SELECT id, %2 FROM %3 WHERE %4")
                    .arg(indexOf(t), t.columns.join(QStringLiteral(", ")), t.table, notYetIndexed(t.table))))
            return databaseError(add);
        if (Status s = markIndexed(db, t.table); !s)
            return s;
    }
    return {};
}

QString candidatesSql(const QString& table)
{
    return QStringLiteral("SELECT rowid FROM %1_search WHERE %1_search MATCH ? UNION ALL %2")
        .arg(table, unindexedRows(table));
}

int countCandidates(const QSqlDatabase& db, const QString& table, const QString& match, int limit)
{
    QSqlQuery count(db);
    count.setForwardOnly(true);
    if (!count.prepare(
            QStringLiteral("SELECT count(*) FROM (%1 LIMIT %2)").arg(candidatesSql(table)).arg(limit + 1)))
        return -1;
    count.addBindValue(match);
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

bool usable(const QString& key)
{
    // Three characters, not three UTF-16 units: the tokenizer counts code points.
    qsizetype characters = 0;
    for (qsizetype i = 0; i < key.size() && characters < 3; ++i)
        if (!key.at(i).isLowSurrogate())
            ++characters;
    return characters >= 3;
}

QString containing(const QString& key, const QStringList& columns)
{
    // A phrase: the key's trigrams one after the other, that is the key itself.
    QString phrase
        = QLatin1Char('"') + QString(key).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    if (columns.isEmpty())
        return phrase;
    return QLatin1Char('{') + columns.join(QLatin1Char(' ')) + QLatin1String("} : ") + phrase;
}

} // namespace nm::searchindex
