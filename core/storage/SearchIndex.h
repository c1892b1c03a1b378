#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>
#include <optional>

namespace nm::searchindex {

// Substring search at any size. The lists find names, account names, SIP profile ids and
// number digits anywhere in the text (instr), which a database can only answer by reading
// every row: at 1,000,000 rows, a search that matches a few of them took a quarter of a
// second. An SQLite database keeps a trigram index (FTS5's "trigram" tokenizer) of those
// keys, so that such a search reads only its matches. Since schema 10:
//   members_search (account_key, display_key), rowid = members.id
//   members_contact_search (email_key, city_key), rowid = members.id
//   sip_profiles_search (profile_key, name_key), rowid = sip_profiles.id
//   numbers_search (e164), rowid = numbers.id
// (Schema 9 had the four member keys in one index, and no end marks; see below.)
//
// A trigram index finds text of three characters or more. The first three hold each key
// with two end marks (U+001F, which no search types), so that every character of a key
// begins one of its trigrams: a key contains "p" or "pb" exactly when one of its trigrams
// begins with it, and those are read from the index's vocabulary (FTS5's fts5vocab,
// "<index>_terms"), a range of terms. The names of members and SIP profiles are split from
// the e-mail addresses and cities, which the Numbers page does not search: the few names
// with a letter are found without reading the e-mail addresses that all have it.
// Number digits of fewer than three, PostgreSQL, and an SQLite built without FTS5 search
// as before, by reading the rows.

// Schema 9: the indexes and their triggers, filled from the tables. Nothing on PostgreSQL;
// where SQLite has no FTS5, a warning and nothing else.
Status create(const QSqlDatabase& db);
// Schema 10: the indexes of schema 9 that change are made anew and filled (the end marks,
// the names split from the contact keys, the vocabularies). Nothing where there are none.
Status addShortKeys(const QSqlDatabase& db);

// Each index holds its table's rows up to an id (search_index_state); rows changed or
// removed there are kept up to date by triggers, and rows added since are added by
// catchUp(), which every write transaction runs before it commits (Transaction). A search
// reads the rows not yet added directly (Candidates), so that it is never wrong.

// Adds the rows added since the last time to the indexes, each in one statement.
Status catchUp(const QSqlDatabase& db);
// Fills the indexes again from their tables (after a restore has replaced every row).
Status rebuild(const QSqlDatabase& db);

// More matches than this, and the rows of a list in its order have matches close together:
// reading them in the order finds a page sooner than reading and sorting all the matches.
inline constexpr int sparseMatches = 5000;

enum class Index
{
    MemberNames, // account and display names
    MemberContact, // e-mail addresses and cities
    SipProfiles, // profile ids and names
    Numbers, // E.164 numbers
};

// Rows of an index's table, as "SELECT id ..." and its values: those whose keys may
// contain a search key. The search's own conditions decide each row; these only spare
// reading the others.
struct Candidates
{
    QString sql;
    QVariantList values;

    // These rows, and those of `other` (the same row may come twice).
    Candidates& operator+=(const Candidates& other);
};

// The rows whose keys in `index` may contain `key` (a search key): its matches in the
// index and the rows not in it yet. None when the index cannot find the key (number digits
// of fewer than three characters); check available() first.
std::optional<Candidates> candidates(Index index, const QString& key);
// How many rows `candidates` gives (a row matched in two keys or columns may count twice),
// counted up to `limit` + 1 at most; -1 when they cannot be counted (the caller then
// searches by reading the rows).
int count(const QSqlDatabase& db, const Candidates& candidates, int limit);

// Whether this database has the indexes.
bool available(const QSqlDatabase& db);

} // namespace nm::searchindex
