#include "CommandLineTool.h"

#include "Clock.h"
#include "Translations.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace nm {

CommandContext::CommandContext(QTextStream& outStream, QTextStream& errStream, QString databasePath,
                               const Clock& clock, QString actor)
    : out(outStream)
    , err(errStream)
    , m_databasePath(std::move(databasePath))
    , m_clock(clock)
    , m_actor(std::move(actor))
{ }

CommandContext::~CommandContext() = default;

Database* CommandContext::database()
{
    if (m_database)
        return m_database.get();
    auto opened = Database::open(m_databasePath);
    if (!opened) {
        fail(opened.error());
        return nullptr;
    }
    m_database = std::move(opened).value();
    // A mistyped --database path makes a new file: say so, so that it is noticed.
    if (m_database->wasCreated())
        err << tr("note: there was no database at %1; a new, empty one was created there.")
                   .arg(QDir::toNativeSeparators(QFileInfo(m_databasePath).absoluteFilePath()))
            << Qt::endl;
    if (m_database->isReadOnly())
        err << tr("note: %1").arg(m_database->readOnlyMessage()) << Qt::endl;
    return m_database.get();
}

Context CommandContext::context()
{
    Q_ASSERT(m_database);
    return Context{*m_database, m_clock, m_database->userName().isEmpty() ? m_actor : m_database->userName()};
}

int CommandContext::fail(const Error& error)
{
    return fail(error.message);
}

int CommandContext::fail(const QString& message)
{
    err << tr("error: %1").arg(message) << Qt::endl;
    return CommandLineTool::Failure;
}

const std::vector<Command>& CommandLineTool::commands()
{
    static const std::vector<Command> all = [] {
        std::vector<Command> list;
        addDatabaseCommands(list);
        addCatalogueCommands(list);
        addMemberCommands(list);
        addSipCommands(list);
        addNumberCommands(list);
        addOrganisationCommands(list);
        addIoCommands(list);
        addDemoCommands(list);
        return list;
    }();
    return all;
}

namespace {

QString groupsHelp()
{
    QString text = CommandLineTool::tr("Commands:") + QLatin1Char('\n');
    for (const Command& command : CommandLineTool::commands()) {
        const QString name
            = command.group.isEmpty() ? command.name : command.group + QLatin1Char(' ') + command.name;
        text += QStringLiteral("  %1  %2\n").arg(name.leftJustified(20), command.summary);
    }
    return text;
}

} // namespace

int CommandLineTool::run(const QStringList& arguments, QTextStream& out, QTextStream& err, const Clock* clock)
{
    // The program's name as typed, without its folder (and ".exe"): what help and errors show.
    const QString typed = QFileInfo(arguments.value(0)).completeBaseName();
    const QString program = typed.isEmpty() ? QStringLiteral("numbermanager-cli") : typed;
    QStringList args = arguments.mid(1);

    // Global options come before the command.
    QString databasePath = Database::defaultPath();
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--help") || option == QLatin1String("-h")) {
            out << tr("Usage: %1 [--database PATH] COMMAND [OPTIONS]").arg(program) << "\n\n"
                << tr("Manages the members, SIP profiles and phone numbers of a Number Manager database.")
                << "\n\n"
                << tr("Global options:") << '\n'
                << tr("  --database PATH   the database file (default: %1)")
                       .arg(QDir::toNativeSeparators(Database::defaultPath()))
                << '\n'
                << tr("  --lang nl|en      the language of messages (default: from LANG)") << '\n'
                << tr("  --version         show the version and stop") << "\n\n"
                << groupsHelp() << '\n'
                << tr("Run \"%1 COMMAND --help\" for the options of a command.").arg(program) << Qt::endl;
            return Success;
        }
        if (option == QLatin1String("--version")) {
            out << program << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
            return Success;
        }
        if (option == QLatin1String("--lang") || option.startsWith(QLatin1String("--lang="))) {
            const QString language = option.contains(QLatin1Char('='))
                ? option.section(QLatin1Char('='), 1)
                : (args.isEmpty() ? QString() : args.takeFirst());
            if (language != QLatin1String("nl") && language != QLatin1String("en")) {
                err << tr("error: --lang must be nl or en.") << Qt::endl;
                return Usage;
            }
            applyLanguage(language);
            continue;
        }
        if (option == QLatin1String("--database") || option.startsWith(QLatin1String("--database="))) {
            if (option.contains(QLatin1Char('='))) {
                databasePath = option.section(QLatin1Char('='), 1);
            } else if (args.isEmpty()) {
                err << tr("error: --database needs a file path.") << Qt::endl;
                return Usage;
            } else {
                databasePath = args.takeFirst();
            }
            if (databasePath.isEmpty()) {
                err << tr("error: --database needs a file path.") << Qt::endl;
                return Usage;
            }
            continue;
        }
        err << tr("error: unknown option %1. Run \"%2 --help\" for the list of options.").arg(option, program)
            << Qt::endl;
        return Usage;
    }

    if (args.isEmpty()) {
        err << tr("error: no command given. Run \"%1 --help\" for the list of commands.").arg(program)
            << Qt::endl;
        return Usage;
    }

    const QString first = args.takeFirst();
    const Command* found = nullptr;
    bool groupExists = false;
    // "history export" is a subcommand; "history" alone (or with options) the command.
    for (const Command& command : commands()) {
        if (command.group == first) {
            groupExists = true;
            if (!args.isEmpty() && command.name == args.first()) {
                found = &command;
                args.removeFirst();
                break;
            }
        }
    }
    for (const Command& command : commands())
        if (!found && command.group.isEmpty() && command.name == first)
            found = &command;
    if (!found) {
        if (groupExists) {
            const bool wantsHelp = args.isEmpty() || args.first() == QLatin1String("--help")
                || args.first() == QLatin1String("-h");
            QString list;
            for (const Command& command : commands())
                if (command.group == first)
                    list += QStringLiteral("  %1 %2  %3\n")
                                .arg(first, command.name.leftJustified(10), command.summary);
            if (wantsHelp) {
                out << tr("Usage: %1 %2 SUBCOMMAND [OPTIONS]").arg(program, first) << "\n\n" << list;
                out.flush();
                return args.isEmpty() ? Usage : Success;
            }
            err << tr("error: unknown subcommand \"%1 %2\". Available:").arg(first, args.first()) << '\n'
                << list;
            err.flush();
            return Usage;
        }
        err << tr("error: unknown command \"%1\". Run \"%2 --help\" for the list of commands.")
                   .arg(first, program)
            << Qt::endl;
        return Usage;
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(found->summary);
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(helpOption);
    if (found->configure)
        found->configure(parser);

    const QString commandName
        = found->group.isEmpty() ? found->name : found->group + QLatin1Char(' ') + found->name;
    // "-5" is a value, not an option: a negative number that is not an option's value is
    // passed after "--", so that the command can say what is wrong with it.
    static const QRegularExpression negativeNumber(QStringLiteral("^-\\d[\\d.,]*$"));
    QStringList kept;
    QStringList negatives;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        const bool optionValue = i > 0 && args.at(i - 1).startsWith(QLatin1String("--"))
            && !args.at(i - 1).contains(QLatin1Char('=')) && args.at(i - 1) != QLatin1String("--");
        if (negativeNumber.match(arg).hasMatch() && !optionValue)
            negatives << arg;
        else
            kept << arg;
    }
    if (!negatives.isEmpty())
        args = kept + QStringList{QStringLiteral("--")} + negatives;
    if (!parser.parse(QStringList{program + QLatin1Char(' ') + commandName} + args)) {
        err << tr("error: %1").arg(parser.errorText()) << '\n'
            << tr("Run \"%1 %2 --help\" for its options.").arg(program, commandName) << Qt::endl;
        return Usage;
    }
    if (parser.isSet(helpOption)) {
        // Qt's first line names the binary (and is translated by Qt: "Gebruik:"); ours
        // names the command as it is typed.
        QString help = parser.helpText();
        const QString usageLine = help.section(QLatin1Char('\n'), 0, 0);
        const QString options = usageLine.section(QLatin1Char(' '), 2);
        help = tr("Usage: %1").arg(program + QLatin1Char(' ') + commandName + QLatin1Char(' ') + options)
            + QLatin1Char('\n') + help.section(QLatin1Char('\n'), 1);
        out << help;
        out.flush();
        return Success;
    }

    std::unique_ptr<Clock> ownClock;
    if (!clock) {
        QString clockError;
        ownClock = clockFromEnvironment(&clockError);
        if (!ownClock) {
            err << tr("error: %1").arg(clockError) << Qt::endl;
            return Usage;
        }
        clock = ownClock.get();
    }
    CommandContext context(out, err, databasePath, *clock, systemUserName());
    const int code = found->run(context, parser);
    out.flush();
    err.flush();
    return code;
}

} // namespace nm
