#pragma once

#include "Context.h"
#include "Result.h"
#include "io/Columns.h"
#include "io/Csv.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <functional>
#include <optional>
#include <vector>

namespace nm {

// One thing wrong with one row of a file: what the report lists and the desktop
// program's preview highlights.
struct ImportProblem
{
    int row = 0; // the spreadsheet row (the header is row 1); 0 for the whole file
    QString column; // the column's key ("email"), empty when about the whole row
    QString heading; // the column as the file names it ("E-mailadres")
    QString message; // translated, complete
};

enum class ImportAction
{
    Add, // a new member, SIP profile or number
    Update, // an existing member or SIP profile changed (--update)
    Unchanged, // an existing one that already has the file's values (--update)
    AlreadyThere, // an existing one, left as it is (no --update, or a number)
    Refused, // the row has problems
};

struct ImportRow
{
    int row = 0; // the spreadsheet row
    ImportAction action = ImportAction::Add;
    QString key; // account name, SIP profile id or E.164 number
    QStringList changes; // for Update: "E-mail address: a@x.nl → b@x.nl"
};

// What an import did, or (dry run, or any problem) would do: row by row. When there is
// any problem nothing was imported.
struct ImportReport
{
    FileKind kind = FileKind::Members;
    QString fileName;
    QString encoding;
    QChar separator;
    QStringList header;
    ColumnMapping mapping;
    std::vector<ImportRow> rows;
    std::vector<ImportProblem> problems;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int alreadyThere = 0;
    bool dryRun = false;
    bool applied = false; // committed

    bool hasProblems() const { return !problems.empty(); }
    // "Imported 20,000 members." / "A dry run: 3 members would be added ..." / "Nothing was
    // imported: 2 rows have problems."
    QString summary() const;
    // One line per problem: "Row 1,234, E-mailadres: ...".
    QStringList problemLines(int limit = -1) const;
    QJsonObject toJson() const;
};

struct ImportOptions
{
    CsvOptions csv;
    bool dryRun = false; // check and report, change nothing
    bool update = false; // members and SIP profiles: change existing ones to the file's values
    std::optional<ColumnMapping> mapping; // which column holds which field; guessed when not given
    // Called now and then with the rows done; returning false stops the import (nothing
    // is imported).
    std::function<bool(qint64 done, qint64 total)> progress;
};

// Imports members, SIP profiles and numbers the organisation already holds from CSV
// files. Every row is checked inside one write transaction, and the import happens
// whole or not at all: one problem anywhere and nothing is imported, and the report
// names every problem with its row and column. A dry run does exactly the same, then
// rolls back, so that what the preview shows is what the import then does.
class Importer final
{
    Q_DECLARE_TR_FUNCTIONS(nm::Importer)

public:
    explicit Importer(const Context& context);

    // The kinds an importer reads: Members, SipProfiles, Numbers.
    static bool canImport(FileKind kind);

    // Refused (an Error, nothing imported) when the file cannot be read or lacks a
    // required column; otherwise the report, with or without problems.
    Result<ImportReport> importFile(FileKind kind, const QString& path, const ImportOptions& options);
    Result<ImportReport> importTable(FileKind kind, const CsvTable& table, const ImportOptions& options,
                                     const QString& fileName);

    // The required columns the mapping lacks, as "E-mail address (E-mailadres)".
    static QStringList missingColumns(FileKind kind, const ColumnMapping& mapping);

private:
    Context m_context;
};

} // namespace nm
