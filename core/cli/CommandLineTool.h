#pragma once

#include "Context.h"
#include "Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <memory>
#include <vector>

namespace nm {

class Clock;
class Database;

// What a command gets: where to write, the database (opened on first use), the clock.
class CommandContext final
{
    Q_DECLARE_TR_FUNCTIONS(nm::CommandContext)
    Q_DISABLE_COPY_MOVE(CommandContext)

public:
    CommandContext(QTextStream& out, QTextStream& err, QString databasePath, const Clock& clock,
                   QString actor);
    ~CommandContext();

    QTextStream& out;
    QTextStream& err;

    // Opens (creating and migrating if needed) the database; nullptr after printing why.
    Database* database();
    const Clock& clock() const { return m_clock; }
    const QString& databasePath() const { return m_databasePath; }
    const QString& actor() const { return m_actor; }
    // Valid only after database() succeeded.
    Context context();

    // Prints "error: <message>" to stderr and returns the exit code for it.
    int fail(const Error& error);
    int fail(const QString& message);

private:
    QString m_databasePath;
    const Clock& m_clock;
    QString m_actor;
    std::unique_ptr<Database> m_database;
};

struct Command
{
    QString group; // "member", "sip", "number", ...; empty for a top-level command
    QString name; // "add", "list", ...
    QString summary; // one translated line for --help
    // Adds the command's options and positional arguments to the parser.
    std::function<void(QCommandLineParser&)> configure;
    // Runs after parsing succeeded; returns the exit code.
    std::function<int(CommandContext&, const QCommandLineParser&)> run;
};

// The numbermanager-cli program: every command, with --help everywhere and exit codes
// that scripts can rely on (0 success, 1 a refused operation, 2 bad usage).
class CommandLineTool final
{
    Q_DECLARE_TR_FUNCTIONS(nm::CommandLineTool)

public:
    enum ExitCode
    {
        Success = 0,
        Failure = 1,
        Usage = 2,
        Differences = 3 // reconcile: the provider's list and ours differ
    };

    // arguments[0] is the program name, as in QCoreApplication::arguments().
    // clock: when null, clockFromEnvironment() decides.
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err,
                   const Clock* clock = nullptr);

    static const std::vector<Command>& commands();
};

// Each feature registers its commands in its own file.
void addDatabaseCommands(std::vector<Command>& commands);
void addCatalogueCommands(std::vector<Command>& commands);
void addMemberCommands(std::vector<Command>& commands);
void addSipCommands(std::vector<Command>& commands);
void addNumberCommands(std::vector<Command>& commands);
void addOrganisationCommands(std::vector<Command>& commands);
void addDemoCommands(std::vector<Command>& commands);
void addIoCommands(std::vector<Command>& commands);

} // namespace nm
