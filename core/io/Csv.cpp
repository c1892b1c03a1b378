#include "Csv.h"

#include "Format.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStringDecoder>
#include <csv.h>

namespace nm {

namespace {

// Windows-1252 where it differs from Latin-1 (0x80-0x9F); 0 where it has no character.
constexpr char16_t cp1252High[32]
    = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
       0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
       0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

QString fromWindows1252(const QByteArray& bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        text += byte >= 0x80 && byte < 0xA0 && cp1252High[byte - 0x80] ? QChar(cp1252High[byte - 0x80])
                                                                       : QChar(char16_t(byte));
    }
    return text;
}

struct Decoded
{
    QString text;
    QString encoding;
};

Result<Decoded> decode(const QByteArray& bytes, const QString& wanted)
{
    if (wanted == QLatin1String("windows-1252") || wanted == QLatin1String("cp1252"))
        return Decoded{fromWindows1252(bytes), QStringLiteral("windows-1252")};
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF") || wanted == QLatin1String("utf-16")) {
        QStringDecoder utf16(QStringDecoder::Utf16);
        const QString text = utf16(bytes);
        return Decoded{text, QStringLiteral("utf-16")};
    }
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8(bom ? bytes.mid(3) : bytes);
    if (!utf8.hasError())
        return Decoded{text, bom ? QStringLiteral("utf-8 (BOM)") : QStringLiteral("utf-8")};
    if (wanted == QLatin1String("utf-8"))
        return Error{
            ErrorCode::InvalidInput,
            Csv::tr("The file is not valid UTF-8 text. Give its encoding, such as --encoding windows-1252."),
            QStringLiteral("encoding")};
    // Not UTF-8: Excel's plain "CSV" on a Western European Windows.
    return Decoded{fromWindows1252(bytes), QStringLiteral("windows-1252")};
}

// The separator that occurs most in the header line, outside quotes.
QChar sniffSeparator(const QString& text)
{
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++comma;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolon;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tab;
    }
    if (tab > comma && tab > semicolon)
        return QLatin1Char('\t');
    return semicolon > comma ? QLatin1Char(';') : QLatin1Char(',');
}

struct Parsed
{
    QList<QString> fields;
    QList<QStringList> rows;
};

void onField(void* field, size_t length, void* data)
{
    static_cast<Parsed*>(data)->fields
        << QString::fromUtf8(static_cast<const char*>(field), qsizetype(length));
}

void onRow(int, void* data)
{
    auto* parsed = static_cast<Parsed*>(data);
    parsed->rows << parsed->fields;
    parsed->fields.clear();
}

int isSpace(unsigned char c)
{
    return c == CSV_SPACE ? 1 : 0;
}

int isTerminator(unsigned char c)
{
    return c == CSV_LF || c == CSV_CR ? 1 : 0;
}

} // namespace

Result<CsvTable> Csv::parse(const QByteArray& bytes, const CsvOptions& options)
{
    if (bytes.size() > maxFileSize)
        return Error{
            ErrorCode::InvalidInput,
            tr("The file is too large (%1 MiB): an import reads at most %2 MiB. Nothing was imported.")
                .arg(formatCount(bytes.size() / (1024 * 1024)), formatCount(maxFileSize / (1024 * 1024))),
            QStringLiteral("file")};
    auto decoded = decode(bytes, options.encoding.toLower());
    if (!decoded)
        return decoded.error();
    // A byte-order mark is not text: a file saved twice may begin with two, and files put
    // together with `copy a.csv+b.csv` hold one in the middle.
    QString text = std::move(decoded->text);
    text.remove(QChar(0xFEFF));
    // Binary data decodes too (as Windows-1252): control characters give it away.
    int line = 1;
    for (const QChar c : text) {
        if (c == QLatin1Char('\n'))
            ++line;
        else if (c.category() == QChar::Other_Control && c != QLatin1Char('\t') && c != QLatin1Char('\r'))
            return Error{
                ErrorCode::InvalidInput,
                tr("The file is not a text file (it holds binary data on line %1). Choose a CSV file. "
                   "Nothing was imported.")
                    .arg(formatCount(line)),
                QStringLiteral("file")};
    }
    if (text.trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput, tr("The file is empty. Nothing was imported."),
                     QStringLiteral("file")};

    const QChar separator = options.separator.value_or(sniffSeparator(text));
    const QByteArray utf8 = text.toUtf8();
    csv_parser parser;
    if (csv_init(&parser, options.lenient ? 0 : (CSV_STRICT | CSV_STRICT_FINI)) != 0)
        return Error{ErrorCode::DatabaseError, tr("The CSV reader could not start."), QStringLiteral("file")};
    csv_set_delim(&parser, static_cast<unsigned char>(separator.toLatin1()));
    csv_set_space_func(&parser, isSpace);
    csv_set_term_func(&parser, isTerminator);
    Parsed parsed;
    const size_t done = csv_parse(&parser, utf8.constData(), size_t(utf8.size()), onField, onRow, &parsed);
    const bool failed = done != size_t(utf8.size()) || csv_fini(&parser, onField, onRow, &parsed) != 0;
    const QString why = failed ? QString::fromLatin1(csv_strerror(csv_error(&parser))) : QString();
    csv_free(&parser);
    if (failed)
        return Error{
            ErrorCode::InvalidInput,
            tr("Row %1 cannot be read: its quotes are not closed or a quote stands inside an unquoted field "
               "(%2). Nothing was imported.")
                .arg(formatCount(parsed.rows.size() + 1), why),
            QStringLiteral("file")};

    CsvTable table;
    table.separator = separator;
    table.encoding = decoded->encoding;
    for (QStringList& row : parsed.rows) {
        const bool blank
            = std::all_of(row.cbegin(), row.cend(), [](const QString& f) { return f.trimmed().isEmpty(); });
        if (blank && (table.header.isEmpty() || !row.isEmpty()))
            continue;
        if (table.header.isEmpty()) {
            for (QString& name : row)
                name = name.trimmed();
            table.header = row;
        } else {
            table.rows << row;
        }
    }
    if (table.header.isEmpty()
        || std::all_of(table.header.cbegin(), table.header.cend(),
                       [](const QString& h) { return h.isEmpty(); }))
        return Error{ErrorCode::InvalidInput,
                     tr("The file has no header row naming its columns. Nothing was imported."),
                     QStringLiteral("file")};
    return table;
}

Result<QByteArray> readRegularFile(const QString& path, qint64 maxSize, const QString& field)
{
    const QString native = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Error{ErrorCode::NotFound, Csv::tr("The file %1 does not exist.").arg(native), field};
    if (!info.isFile())
        return Error{
            ErrorCode::InvalidInput,
            Csv::tr("%1 is not a regular file (it is a folder, a device or a pipe). Nothing was imported.")
                .arg(native),
            field};
    if (info.size() > maxSize)
        return Error{
            ErrorCode::InvalidInput,
            Csv::tr("The file %1 is too large (%2 MiB): at most %3 MiB is read. Nothing was imported.")
                .arg(native, formatCount(info.size() / (1024 * 1024)), formatCount(maxSize / (1024 * 1024))),
            field};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::IoError,
                     Csv::tr("The file %1 cannot be read: %2").arg(native, file.errorString()), field};
    QByteArray bytes = file.read(maxSize + 1);
    if (bytes.size() > maxSize)
        return Error{ErrorCode::InvalidInput,
                     Csv::tr("The file %1 is too large: at most %2 MiB is read. Nothing was imported.")
                         .arg(native, formatCount(maxSize / (1024 * 1024))),
                     field};
    return bytes;
}

Result<CsvTable> Csv::read(const QString& path, const CsvOptions& options)
{
    auto bytes = readRegularFile(path, maxFileSize, QStringLiteral("file"));
    if (!bytes)
        return bytes.error();
    return parse(*bytes, options);
}

QString Csv::line(const QStringList& fields, QChar separator)
{
    QString text;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QString& field = fields.at(i);
        if (i > 0)
            text += separator;
        const bool quote = field.contains(separator) || field.contains(QLatin1Char('"'))
            || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))
            || (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
        if (quote) {
            QString escaped = field;
            escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
            text += QLatin1Char('"') + escaped + QLatin1Char('"');
        } else {
            text += field;
        }
    }
    return text + QLatin1String("\r\n");
}

QByteArray Csv::write(const QStringList& header, const QList<QStringList>& rows, QChar separator)
{
    QString text = line(header, separator);
    for (const QStringList& row : rows)
        text += line(row, separator);
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QChar Csv::separatorForLocale()
{
    return QLocale().decimalPoint() == QLatin1String(",") ? QLatin1Char(';') : QLatin1Char(',');
}

} // namespace nm
