#include "SearchIndex.h"

#include "storage/Dialect.h"
#include "storage/SqlError.h"

#include <QLoggingCategory>
#include <QSqlQuery>

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

// The index of `t`, filled from it, and the triggers that keep it so. The index holds no
// copy of the text (content=): it reads the table's rows when it is rebuilt.
QStringList statementsFor(const Indexed& t)
{
    const QString index = t.table + QStringLiteral("_search");
    const QString columns = t.columns.join(QStringLiteral(", "));
    const QString add = QStringLiteral("INSERT INTO %1 (rowid, %2) VALUES (new.id, %3);")
                            .arg(index, columns, prefixed(QStringLiteral("new."), t.columns));
    const QString drop = QStringLiteral("INSERT INTO %1 (%1, rowid, %2) VALUES ('delete', old.id, %3);")
                             .arg(index, columns, prefixed(QStringLiteral("old."), t.columns));
    return {
        QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(%2, content='%3', content_rowid='id', "
                       "tokenize='trigram case_sensitive 1')")
            .arg(index, columns, t.table),
        QStringLiteral("INSERT INTO %1 (%1) VALUES ('rebuild')").arg(index),
        QStringLiteral("CREATE TRIGGER %1_insert AFTER INSERT ON %2 BEGIN %3 END").arg(index, t.table, add),
        QStringLiteral("CREATE TRIGGER %1_update AFTER UPDATE OF %2 ON %3 BEGIN %4 %5 END")
            .arg(index, columns, t.table, drop, add),
        QStringLiteral("CREATE TRIGGER %1_delete AFTER DELETE ON %2 BEGIN %3 END").arg(index, t.table, drop),
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
    for (const Indexed& t : indexed)
        for (const QString& statement : statementsFor(t))
            if (Status s = execSql(db, statement); !s)
                return s;
    return {};
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
