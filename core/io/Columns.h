#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <vector>

namespace nm {

// The columns of the files Number Manager writes and reads, by kind: what an export
// names them in English and in Dutch, and every name an import recognises (any case,
// spaces and punctuation ignored). Export and import share them, so that an exported
// file imports again unchanged.
struct Column
{
    QString key; // "account", "display-name", ...
    QString english;
    QString dutch;
    QStringList otherNames; // also recognised by an import
    bool required = false; // by an import
};

enum class FileKind
{
    Members,
    SipProfiles,
    Numbers,
    History,
    Ledger,
    Reconciliation
};

const std::vector<Column>& columnsOf(FileKind kind);
// The heading of a column in the current language.
QString heading(const Column& column);

// Which column of a file's header holds which field (its index), guessed from the names;
// a field without a column is absent. The desktop program's import shows the guess and
// lets the administrator change it.
using ColumnMapping = QHash<QString, int>;
ColumnMapping guessMapping(FileKind kind, const QStringList& header);
// How header names are compared: "E-mail address" and "e_mailaddress" are the same.
QString headerKey(const QString& name);

} // namespace nm
