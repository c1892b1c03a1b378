#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace nm::searchindex {

// Substring search at any size. The lists find names, account names, SIP profile ids and
// number digits anywhere in the text (instr), which a database can only answer by reading
// every row: at 1,000,000 rows, a search that matches a few of them took a quarter of a
// second. From schema 9, an SQLite database keeps a trigram index (FTS5's "trigram"
// tokenizer) of those keys, so that such a search reads only its matches:
//   members_search (account_key, display_key, email_key, city_key), rowid = members.id
//   sip_profiles_search (profile_key, name_key), rowid = sip_profiles.id
//   numbers_search (e164), rowid = numbers.id
// Text of fewer than three characters, PostgreSQL, and an SQLite built without FTS5
// search as before, by reading the rows.

// Schema 9: the indexes and their triggers, filled from the tables. Nothing on PostgreSQL;
// where SQLite has no FTS5, a warning and nothing else.
Status create(const QSqlDatabase& db);

// Each index holds its table's rows up to an id (search_index_state); rows changed or
// removed there are kept up to date by triggers, and rows added since are added by
// catchUp(), which every write transaction runs before it commits (Transaction). A search
// reads the rows not yet added directly (candidatesSql()), so that it is never wrong.

// Adds the rows added since the last time to the indexes, each in one statement.
Status catchUp(const QSqlDatabase& db);
// Fills the indexes again from their tables (after a restore has replaced every row).
Status rebuild(const QSqlDatabase& db);

// More matches than this, and the rows of a list in its order have matches close together:
// reading them in the order finds a page sooner than reading and sorting all the matches.
inline constexpr int sparseMatches = 5000;

// The rows of `table` ("members", "sip_profiles", "numbers") that may match an FTS5 query
// (containing()): its matches in the index and the rows not in it yet, as "SELECT id ..."
// with the query as its one value.
QString candidatesSql(const QString& table);
// How many candidatesSql(table) gives for `match`, counted up to `limit` + 1 at most; -1
// when they cannot be counted (the caller then searches by reading the rows).
int countCandidates(const QSqlDatabase& db, const QString& table, const QString& match, int limit);

// Whether this database has the indexes.
bool available(const QSqlDatabase& db);

// Whether the index can find `key` (a search key): three characters or more.
bool usable(const QString& key);

// The FTS5 query for the rows of an index whose `columns` (all, when empty) contain `key`.
QString containing(const QString& key, const QStringList& columns = {});

} // namespace nm::searchindex
