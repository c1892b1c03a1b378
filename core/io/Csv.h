#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace nm {

// CSV files as offices have them: UTF-8 with or without a byte-order mark, UTF-16 (Excel's
// "Unicode text"), or Windows-1252 (Excel's plain "CSV" on a Dutch Windows); ',' or ';'
// (Dutch Excel) or a tab between fields; CRLF or LF; quoted fields with separators,
// quotes and line breaks inside (RFC 4180). Read with libcsv; the encoding and the
// separator are sniffed unless given.
struct CsvOptions
{
    std::optional<QChar> separator; // sniffed from the header line when not given
    QString encoding; // "utf-8", "windows-1252", "utf-16"; sniffed when empty
    // Accepts a quote inside an unquoted field as an ordinary character, as other
    // programs' exports need (FreePBX does not escape quotes); imports stay strict.
    bool lenient = false;
};

struct CsvTable
{
    QStringList header;
    QList<QStringList> rows;
    QChar separator;
    QString encoding; // as found: "utf-8", "utf-8 (BOM)", "utf-16", "windows-1252"

    // The spreadsheet row of a data row (the header is row 1): what messages name.
    static int spreadsheetRow(qsizetype index) { return int(index) + 2; }
};

class Csv final
{
    Q_DECLARE_TR_FUNCTIONS(nm::Csv)

public:
    // Larger files are refused before they are read: no import needs more.
    static constexpr qint64 maxFileSize = 100 * 1024 * 1024;

    // Refuses what cannot be a CSV file (binary data, a header only of empty names,
    // broken quoting), naming the row.
    static Result<CsvTable> parse(const QByteArray& bytes, const CsvOptions& options = {});
    // Reads a regular file of at most maxFileSize.
    static Result<CsvTable> read(const QString& path, const CsvOptions& options = {});

    // RFC 4180 text: fields quoted where they hold the separator, a quote or a line
    // break; CRLF line ends; a UTF-8 byte-order mark first, so that Excel reads the
    // accents right.
    static QByteArray write(const QStringList& header, const QList<QStringList>& rows, QChar separator);
    // One line of what write() writes, with its CRLF (without the byte-order mark).
    static QString line(const QStringList& fields, QChar separator);
    // The separator a person in this language expects in a spreadsheet: ';' where the
    // decimal separator is a comma (Dutch), ',' elsewhere.
    static QChar separatorForLocale();
};

// Reads the file at `path` as text of at most `maxSize` bytes; refuses a folder, device
// or pipe without opening it.
Result<QByteArray> readRegularFile(const QString& path, qint64 maxSize, const QString& field);

} // namespace nm
