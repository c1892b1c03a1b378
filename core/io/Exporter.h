#pragma once

#include "Result.h"
#include "io/Columns.h"
#include "numbers/NumberService.h"
#include "organisation/OrganisationService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QSqlDatabase>
#include <QVariant>
#include <functional>
#include <optional>
#include <vector>

namespace nm {

struct Context;

enum class CellType
{
    Text, // free text (names, descriptions): guarded against spreadsheet formulas in CSV
    Code, // an identifier (account name, country code, version): as it is
    PhoneNumber, // E.164 stored, "+31 20 123 4567" written (a text cell in XLSX)
    Count, // a whole number
    Money, // cents; "12,50" in CSV, a number with a euro format in XLSX
    DateTime, // UTC stored; local "2026-12-27 14:00" in CSV, a real date in XLSX
    YesNo, // bool
};

// A table as a file holds it: the columns (named in the current language) and one
// value per column per row (QString, qint64, QDateTime or bool, by the column's type).
struct ExportTable
{
    FileKind kind = FileKind::Members;
    QString title; // the worksheet's name
    std::vector<Column> columns;
    std::vector<CellType> types;
    std::vector<QVariantList> rows;
    // When set, the rows come from here one at a time instead of from `rows`, so that a
    // large export is written in constant memory (it reads the database as it writes).
    using RowVisitor = std::function<bool(const QVariantList&)>;
    std::function<Status(const RowVisitor&)> source;

    void addColumn(const QString& key, CellType type);
    // Every row, from `source` or `rows`; `visit` returns false to stop.
    Status forEachRow(const RowVisitor& visit) const;
    // Reads the source into `rows` (for a table shown on screen, and for tests).
    Status collect();
};

enum class ExportFormat
{
    Csv,
    Xlsx
};

// What the filters of the desktop program's pages and the command-line tool's listings
// select; the default is everything.
struct ExportFilter
{
    QString text; // members, SIP profiles, numbers, history: as the page's search
    std::optional<NumberState> state; // numbers
    QDateTime from; // history: [from, until), when valid
    QDateTime until;
    std::optional<LedgerKind> ledgerKind; // the credit ledger: only this kind
};

// Writes members, SIP profiles, numbers, the history and the credit ledger as CSV
// (UTF-8 with a byte-order mark, the separator and decimal comma of the language, so
// that Excel opens it right in Dutch and English) or XLSX (real dates, money as numbers
// with a euro format, a frozen header row and filters). An exported file of members,
// SIP profiles or numbers imports again unchanged: export, import into an empty
// database, export again, and the two files are the same, byte for byte.
class Exporter final
{
    Q_DECLARE_TR_FUNCTIONS(nm::Exporter)

public:
    static Result<ExportTable> members(const QSqlDatabase& db, const ExportFilter& filter = {});
    static Result<ExportTable> sipProfiles(const QSqlDatabase& db, const ExportFilter& filter = {});
    // Every number that is not released, sorted by number.
    static Result<ExportTable> numbers(const Context& context, const ExportFilter& filter = {});
    // Newest first.
    static Result<ExportTable> history(const QSqlDatabase& db, const ExportFilter& filter = {});
    // Newest first.
    static Result<ExportTable> ledger(const QSqlDatabase& db, const ExportFilter& filter = {});
    // One of the above by kind (not Reconciliation, whose table is a report's).
    static Result<ExportTable> table(const Context& context, FileKind kind, const ExportFilter& filter = {});

    // The CSV text; `separator` defaults to the language's (Csv::separatorForLocale()).
    static Result<QByteArray> toCsv(const ExportTable& table, std::optional<QChar> separator = std::nullopt);
    // Writes the CSV text to `out` row by row; returns the rows written.
    static Result<qint64> writeCsv(const ExportTable& table, QIODevice& out,
                                   std::optional<QChar> separator = std::nullopt);
    // Writes the file whole or not at all (an existing file is replaced only when the new
    // one is complete), row by row; returns the rows written.
    // `progress` is told the rows written now and then (the total is not known: 0);
    // when it answers false the export stops and no file is written.
    static Result<qint64> save(const ExportTable& table, const QString& path, ExportFormat format,
                               std::optional<QChar> separator = std::nullopt,
                               const ProgressCallback& progress = {});
    // "xlsx" for a path ending in .xlsx (any case), else CSV.
    static ExportFormat formatForPath(const QString& path);
};

} // namespace nm
