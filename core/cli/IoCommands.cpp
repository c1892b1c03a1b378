#include "CommandLineTool.h"
#include "Format.h"
#include "cli/CommandHelpers.h"
#include "io/Backup.h"
#include "io/Cells.h"
#include "io/Exporter.h"
#include "io/Importer.h"
#include "io/Reconciler.h"
#include "phone/PhoneNumbers.h"
#include "storage/Database.h"

#include <QDir>
#include <QJsonDocument>

namespace nm {

namespace {

const QString dryRunOption = QStringLiteral("dry-run");
const QString updateOption = QStringLiteral("update");
const QString separatorOption = QStringLiteral("separator");
const QString encodingOption = QStringLiteral("encoding");

void addCsvReadOptions(QCommandLineParser& parser)
{
    parser.addOption(QCommandLineOption(
        separatorOption,
        CommandLineTool::tr(
            "The separator between fields: , ; or tab (found from the header when not given)."),
        CommandLineTool::tr("CHAR")));
    parser.addOption(QCommandLineOption(
        encodingOption,
        CommandLineTool::tr(
            "The file's encoding: utf-8, windows-1252 or utf-16 (found from the file when not given)."),
        CommandLineTool::tr("NAME")));
}

// Reads --separator (",", ";", "tab") and --encoding; false after printing a usage error.
bool csvOptionsOf(CommandContext& cli, const QCommandLineParser& parser, const QString& command,
                  CsvOptions& options, bool withEncoding = true)
{
    if (parser.isSet(separatorOption)) {
        const QString value = parser.value(separatorOption);
        if (value == QLatin1String(",") || value == QLatin1String(";")) {
            options.separator = value.front();
        } else if (value == QLatin1String("tab") || value == QLatin1String("\\t")
                   || value == QLatin1String("\t")) {
            options.separator = QLatin1Char('\t');
        } else {
            cli::usageError(cli, command,
                            CommandLineTool::tr("--separator must be , ; or tab, not \"%1\".").arg(value));
            return false;
        }
    }
    if (withEncoding && parser.isSet(encodingOption)) {
        const QString encoding = parser.value(encodingOption).toLower();
        if (encoding != QLatin1String("utf-8") && encoding != QLatin1String("windows-1252")
            && encoding != QLatin1String("cp1252") && encoding != QLatin1String("utf-16")) {
            cli::usageError(
                cli, command,
                CommandLineTool::tr("--encoding must be utf-8, windows-1252 or utf-16, not \"%1\".")
                    .arg(parser.value(encodingOption)));
            return false;
        }
        options.encoding = encoding;
    }
    return true;
}

int importCommand(CommandContext& cli, const QCommandLineParser& parser, FileKind kind,
                  const QString& command)
{
    const auto file = cli::onePositional(cli, parser, command, CommandLineTool::tr("FILE"));
    if (!file)
        return CommandLineTool::Usage;
    ImportOptions options;
    if (!csvOptionsOf(cli, parser, command, options.csv))
        return CommandLineTool::Usage;
    if (!cli.database())
        return CommandLineTool::Failure;
    options.dryRun = parser.isSet(dryRunOption);
    options.update = kind != FileKind::Numbers && parser.isSet(updateOption);
    const auto report = Importer(cli.context()).importFile(kind, *file, options);
    if (!report)
        return cli.fail(report.error());
    if (cli::wantsJson(parser)) {
        cli.out << QString::fromUtf8(QJsonDocument(report->toJson()).toJson(QJsonDocument::Indented));
        return report->hasProblems() ? CommandLineTool::Failure : CommandLineTool::Success;
    }
    if (report->hasProblems()) {
        constexpr int shown = 100;
        for (const QString& line : report->problemLines(shown))
            cli.err << line << '\n';
        return cli.fail(report->summary());
    }
    if (options.dryRun || options.update) {
        for (const ImportRow& row : report->rows) {
            if (row.action == ImportAction::Update)
                cli.out << CommandLineTool::tr("Row %1: %2 changes: %3")
                               .arg(QString::number(row.row), row.key, row.changes.join(QStringLiteral("; ")))
                        << '\n';
            else if (row.action == ImportAction::AlreadyThere)
                cli.out << CommandLineTool::tr("Row %1: %2 is already there; left as it is.")
                               .arg(QString::number(row.row), row.key)
                        << '\n';
        }
    }
    cli.out << report->summary() << '\n';
    return CommandLineTool::Success;
}

void addImportCommand(std::vector<Command>& commands, const QString& group, FileKind kind,
                      const QString& summary)
{
    const QString command = group + QStringLiteral(" import");
    commands.push_back(Command{
        group, QStringLiteral("import"), summary,
        [kind](QCommandLineParser& parser) {
            parser.addPositionalArgument(
                QStringLiteral("file"),
                CommandLineTool::tr("A CSV file with a header row naming its columns."),
                CommandLineTool::tr("FILE"));
            parser.addOption(QCommandLineOption(
                dryRunOption,
                CommandLineTool::tr("Check every row and report what the import would do; change nothing.")));
            if (kind != FileKind::Numbers)
                parser.addOption(QCommandLineOption(
                    updateOption,
                    CommandLineTool::tr(
                        "Change the ones that are already there to the file's values (otherwise they "
                        "are left as they are).")));
            addCsvReadOptions(parser);
            parser.addOption(cli::jsonOption());
        },
        [kind, command](CommandContext& cli, const QCommandLineParser& parser) {
            return importCommand(cli, parser, kind, command);
        }});
}

const QString formatOption = QStringLiteral("format");

int exportCommand(CommandContext& cli, const QCommandLineParser& parser, FileKind kind,
                  const QString& command)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return cli::usageError(cli, command,
                               CommandLineTool::tr("\"%1\" takes at most one FILE, but more were given: %2")
                                   .arg(command, positional.join(QLatin1Char(' '))));
    const QString file = positional.value(0);
    ExportFormat format = file.isEmpty() ? ExportFormat::Csv : Exporter::formatForPath(file);
    if (parser.isSet(formatOption)) {
        const QString value = parser.value(formatOption).toLower();
        if (value == QLatin1String("csv"))
            format = ExportFormat::Csv;
        else if (value == QLatin1String("xlsx"))
            format = ExportFormat::Xlsx;
        else
            return cli::usageError(
                cli, command, CommandLineTool::tr("--format must be csv or xlsx, not \"%1\".").arg(value));
    }
    if (format == ExportFormat::Xlsx && file.isEmpty())
        return cli::usageError(cli, command, CommandLineTool::tr("an XLSX export needs a FILE to write to."));
    CsvOptions csv;
    if (!csvOptionsOf(cli, parser, command, csv, false))
        return CommandLineTool::Usage;
    ExportFilter filter;
    if (kind != FileKind::Ledger)
        filter.text = parser.value(QStringLiteral("filter"));
    if (kind == FileKind::Numbers && parser.isSet(QStringLiteral("state"))) {
        filter.state = Cells::parseState(parser.value(QStringLiteral("state")));
        if (!filter.state)
            return cli::usageError(
                cli, command,
                CommandLineTool::tr("--state must be pending, active, cancelled or expired, not \"%1\".")
                    .arg(parser.value(QStringLiteral("state"))));
    }
    if (!cli.database())
        return CommandLineTool::Failure;
    Result<ExportTable> table = Exporter::table(cli.context(), kind, filter);
    if (!table)
        return cli.fail(table.error());
    if (file.isEmpty()) {
        // fromUtf8() drops the byte-order mark; the stream writes it again.
        cli.out.flush();
        if (QIODevice* out = cli.out.device()) {
            // Standard output: row by row, in constant memory.
            if (auto written = Exporter::writeCsv(*table, *out, csv.separator); !written)
                return cli.fail(written.error());
            return CommandLineTool::Success;
        }
        // An in-process run (the tests) writes to a string. fromUtf8() drops the byte-order
        // mark; the stream writes it again.
        auto text = Exporter::toCsv(*table, csv.separator);
        if (!text)
            return cli.fail(text.error());
        cli.out << QChar(0xFEFF) << QString::fromUtf8(*text);
        cli.out.flush();
        return CommandLineTool::Success;
    }
    const auto written = Exporter::save(*table, file, format, csv.separator);
    if (!written)
        return cli.fail(written.error());
    cli.err << CommandLineTool::tr("Wrote %Ln row(s) to %1.", "", int(*written))
                   .arg(QDir::toNativeSeparators(file))
            << Qt::endl;
    return CommandLineTool::Success;
}

void addExportCommand(std::vector<Command>& commands, const QString& group, FileKind kind,
                      const QString& summary)
{
    const QString command = group + QStringLiteral(" export");
    commands.push_back(Command{
        group, QStringLiteral("export"), summary,
        [kind](QCommandLineParser& parser) {
            parser.addPositionalArgument(
                QStringLiteral("file"),
                CommandLineTool::tr(
                    "The file to write (.csv or .xlsx); without it, CSV goes to standard output."),
                CommandLineTool::tr("[FILE]"));
            parser.addOption(QCommandLineOption(
                formatOption, CommandLineTool::tr("csv or xlsx (from the file name when not given)."),
                CommandLineTool::tr("FORMAT")));
            parser.addOption(QCommandLineOption(
                separatorOption,
                CommandLineTool::tr("The CSV separator: , ; or tab (default: ; in Dutch, , in English)."),
                CommandLineTool::tr("CHAR")));
            if (kind != FileKind::Ledger)
                parser.addOption(QCommandLineOption(
                    QStringLiteral("filter"), CommandLineTool::tr("Only rows that a search for TEXT finds."),
                    CommandLineTool::tr("TEXT")));
            if (kind == FileKind::Numbers)
                parser.addOption(QCommandLineOption(
                    QStringLiteral("state"),
                    CommandLineTool::tr("Only numbers in this state: pending, active, cancelled or expired."),
                    CommandLineTool::tr("STATE")));
        },
        [kind, command](CommandContext& cli, const QCommandLineParser& parser) {
            return exportCommand(cli, parser, kind, command);
        }});
}

int backupCommand(CommandContext& cli, const QCommandLineParser& parser)
{
    const auto file
        = cli::onePositional(cli, parser, QStringLiteral("database backup"), CommandLineTool::tr("FILE"));
    if (!file)
        return CommandLineTool::Usage;
    if (!cli.database())
        return CommandLineTool::Failure;
    if (Status s = Backup::backUp(*cli.database(), *file); !s)
        return cli.fail(s.error());
    cli.out << CommandLineTool::tr("Backed up %1 to %2.")
                   .arg(QDir::toNativeSeparators(cli.database()->path()), QDir::toNativeSeparators(*file))
            << '\n';
    return CommandLineTool::Success;
}

int restoreCommand(CommandContext& cli, const QCommandLineParser& parser)
{
    const auto file
        = cli::onePositional(cli, parser, QStringLiteral("database restore"), CommandLineTool::tr("FILE"));
    if (!file)
        return CommandLineTool::Usage;
    if (!cli.database())
        return CommandLineTool::Failure;
    const auto restored = Backup::restore(cli.context(), *file);
    if (!restored)
        return cli.fail(restored.error());
    const BackupSummary& summary = restored->restored;
    cli.out << CommandLineTool::tr("Restored %1 from %2: %3 members, %4 numbers, credit %5.")
                   .arg(QDir::toNativeSeparators(cli.database()->path()), QDir::toNativeSeparators(*file),
                        formatCount(summary.members), formatCount(summary.numbers),
                        formatMoney(summary.creditCents))
            << '\n'
            << CommandLineTool::tr("The database as it was is kept in %1.")
                   .arg(QDir::toNativeSeparators(restored->previousCopy))
            << '\n';
    return CommandLineTool::Success;
}

int reconcileCommand(CommandContext& cli, const QCommandLineParser& parser)
{
    const QString command = QStringLiteral("reconcile");
    const auto file = cli::onePositional(cli, parser, command, CommandLineTool::tr("FILE"));
    if (!file)
        return CommandLineTool::Usage;
    ReconcileOptions options;
    if (parser.isSet(formatOption)) {
        options.format = providerFormatFromKey(parser.value(formatOption));
        if (!options.format)
            return cli::usageError(
                cli, command,
                CommandLineTool::tr("--format must be teams, twilio, freepbx or generic, not \"%1\".")
                    .arg(parser.value(formatOption)));
    }
    if (parser.isSet(QStringLiteral("country"))) {
        options.defaultRegion = parser.value(QStringLiteral("country")).toUpper();
        if (callingCodeForRegion(options.defaultRegion) == 0)
            return cli::usageError(
                cli, command,
                CommandLineTool::tr("--country must be a country code such as NL, not \"%1\".")
                    .arg(parser.value(QStringLiteral("country"))));
    }
    if (!csvOptionsOf(cli, parser, command, options.csv))
        return CommandLineTool::Usage;
    if (!cli.database())
        return CommandLineTool::Failure;
    const auto report = Reconciler(cli.context()).reconcileFile(*file, options);
    if (!report)
        return cli.fail(report.error());
    const int code = report->hasDifferences() ? CommandLineTool::Differences : CommandLineTool::Success;
    if (cli::wantsJson(parser)) {
        cli.out << QString::fromUtf8(QJsonDocument(report->toJson()).toJson(QJsonDocument::Indented));
        return code;
    }
    if (const QString out = parser.value(QStringLiteral("output")); !out.isEmpty()) {
        if (auto written = Exporter::save(report->table(), out, Exporter::formatForPath(out)); !written)
            return cli.fail(written.error());
    }
    for (const Difference& d : report->differences) {
        QString line = CommandLineTool::tr("%1: %2.").arg(
            d.kind == DifferenceKind::Unreadable ? d.e164 : formatInternational(d.e164),
            differenceName(d.kind));
        if (!d.here.isEmpty())
            line += QLatin1Char(' ') + CommandLineTool::tr("Here: %1.").arg(d.here);
        if (!d.there.isEmpty())
            line += QLatin1Char(' ')
                + (d.row > 0
                       ? CommandLineTool::tr("In the file (row %1): %2.").arg(formatCount(d.row), d.there)
                       : CommandLineTool::tr("In the file: %1.").arg(d.there));
        cli.out << line << '\n';
    }
    cli.out << report->summary() << '\n';
    return code;
}

} // namespace

void addIoCommands(std::vector<Command>& commands)
{
    addImportCommand(commands, QStringLiteral("member"), FileKind::Members,
                     CommandLineTool::tr("Import members from a CSV file, all or nothing."));
    addImportCommand(commands, QStringLiteral("sip"), FileKind::SipProfiles,
                     CommandLineTool::tr("Import SIP profiles from a CSV file, all or nothing."));
    addImportCommand(
        commands, QStringLiteral("number"), FileKind::Numbers,
        CommandLineTool::tr("Import numbers the organisation already holds from a CSV file, all or "
                            "nothing."));
    commands.push_back(Command{
        QStringLiteral("database"), QStringLiteral("backup"),
        CommandLineTool::tr("Write a consistent backup of the database to FILE, also while it is in use."),
        [](QCommandLineParser& parser) {
            parser.addPositionalArgument(QStringLiteral("file"),
                                         CommandLineTool::tr("The backup file to write."),
                                         CommandLineTool::tr("FILE"));
        },
        backupCommand});
    commands.push_back(
        Command{QStringLiteral("database"), QStringLiteral("restore"),
                CommandLineTool::tr(
                    "Replace the database's contents with a backup (a copy of the database as it is is "
                    "kept beside it)."),
                [](QCommandLineParser& parser) {
                    parser.addPositionalArgument(QStringLiteral("file"),
                                                 CommandLineTool::tr("The backup file to restore."),
                                                 CommandLineTool::tr("FILE"));
                },
                restoreCommand});
    commands.push_back(Command{
        QString(), QStringLiteral("reconcile"),
        CommandLineTool::tr("Compare the provider's list of numbers (Teams, Twilio, FreePBX or a plain list) "
                            "with the numbers here; exit code 3 when they differ."),
        [](QCommandLineParser& parser) {
            parser.addPositionalArgument(QStringLiteral("file"),
                                         CommandLineTool::tr("The provider's export, as CSV."),
                                         CommandLineTool::tr("FILE"));
            parser.addOption(QCommandLineOption(
                formatOption,
                CommandLineTool::tr(
                    "teams, twilio, freepbx or generic (found from the header when not given)."),
                CommandLineTool::tr("FORMAT")));
            parser.addOption(QCommandLineOption(
                QStringLiteral("country"),
                CommandLineTool::tr("The country of numbers written without one, such as 020 123 4567 "
                                    "(default NL)."),
                CommandLineTool::tr("CODE")));
            parser.addOption(
                QCommandLineOption(QStringLiteral("output"),
                                   CommandLineTool::tr("Also write the differences to FILE (.csv or .xlsx)."),
                                   CommandLineTool::tr("FILE")));
            addCsvReadOptions(parser);
            parser.addOption(cli::jsonOption());
        },
        reconcileCommand});
    addExportCommand(commands, QStringLiteral("member"), FileKind::Members,
                     CommandLineTool::tr("Export the members as CSV or XLSX."));
    addExportCommand(commands, QStringLiteral("sip"), FileKind::SipProfiles,
                     CommandLineTool::tr("Export the SIP profiles as CSV or XLSX."));
    addExportCommand(commands, QStringLiteral("number"), FileKind::Numbers,
                     CommandLineTool::tr("Export the numbers, with holder, state, period, price and terms."));
    addExportCommand(commands, QStringLiteral("history"), FileKind::History,
                     CommandLineTool::tr("Export the history as CSV or XLSX."));
    addExportCommand(
        commands, QStringLiteral("credit"), FileKind::Ledger,
        CommandLineTool::tr("Export the credit ledger (every top-up and charge) as CSV or XLSX."));
}

} // namespace nm
