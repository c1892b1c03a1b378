// The CSV reader on any bytes: it reads them or refuses them with a message, and what it
// writes reads back the same.
#include "FuzzSupport.h"
#include "io/Csv.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const nm::fuzz::Input input = nm::fuzz::split(data, size);
    nm::CsvOptions options;
    static const char separators[] = {0, ',', ';', '\t'};
    static const char* const encodings[] = {"", "utf-8", "windows-1252", "utf-16"};
    if (const char separator = separators[input.selector & 3])
        options.separator = QChar::fromLatin1(separator);
    options.encoding = QString::fromLatin1(encodings[(input.selector >> 2) & 3]);
    options.lenient = (input.selector & 16) != 0;
    const auto table = nm::Csv::parse(input.bytes, options);
    if (!table) {
        if (table.error().message.isEmpty())
            std::abort(); // every refusal says why
        return 0;
    }
    // Round trip: what Csv::write() makes of the table reads back as the same table.
    const QChar separator = table->separator;
    const QByteArray written = nm::Csv::write(table->header, table->rows, separator);
    nm::CsvOptions again;
    again.separator = separator;
    again.encoding = QStringLiteral("utf-8");
    const auto reread = nm::Csv::parse(written, again);
    if (!reread || reread->header != table->header || reread->rows != table->rows) {
        std::fprintf(stderr, "round trip: %s\nread:    %s\nwritten: %s\n",
                     reread ? "different" : qPrintable(reread.error().message),
                     qPrintable(table->header.join(QLatin1Char('|'))),
                     reread ? qPrintable(reread->header.join(QLatin1Char('|'))) : "");
        std::abort();
    }
    return 0;
}
