#include "CommandHelpers.h"
#include "CommandLineTool.h"
#include "storage/Database.h"
#include "storage/DatabaseUsers.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <cstdio>

namespace nm {

void addDatabaseCommands(std::vector<Command>& commands)
{
    commands.push_back(Command{
        QStringLiteral("database"), QStringLiteral("info"),
        CommandLineTool::tr("Show the database file and its schema version (creating it if needed)."),
        [](QCommandLineParser& parser) { parser.addOption(cli::jsonOption()); },
        [](CommandContext& cli, const QCommandLineParser& parser) {
            Database* db = cli.database();
            if (!db)
                return int(CommandLineTool::Failure);
            if (cli::wantsJson(parser)) {
                const QJsonObject object{{QStringLiteral("path"), db->path()},
                                         {QStringLiteral("engine"),
                                          db->engine() == Engine::Postgres ? QStringLiteral("postgresql")
                                                                           : QStringLiteral("sqlite")},
                                         {QStringLiteral("user"), actingUser(*db)},
                                         {QStringLiteral("readOnly"), db->isReadOnly()},
                                         {QStringLiteral("schemaVersion"), db->schemaVersion()},
                                         {QStringLiteral("backup"), db->backupPath()}};
                cli.out << QJsonDocument(object).toJson(QJsonDocument::Indented);
            } else {
                cli.out << CommandLineTool::tr("Database: %1").arg(QDir::toNativeSeparators(db->path()))
                        << '\n'
                        << CommandLineTool::tr("Schema version: %1").arg(db->schemaVersion()) << '\n';
                if (db->engine() == Engine::Postgres)
                    cli.out << CommandLineTool::tr("Server user: %1 (%2)")
                                   .arg(db->userName(),
                                        db->isReadOnly()
                                            ? DatabaseUsers::roleDisplayName(DatabaseUsers::Role::Viewer)
                                            : DatabaseUsers::roleDisplayName(
                                                DatabaseUsers::Role::Administrator))
                            << '\n';
                if (!db->backupPath().isEmpty())
                    cli.out << CommandLineTool::tr("Backup made before upgrading: %1")
                                   .arg(QDir::toNativeSeparators(db->backupPath()))
                            << '\n';
            }
            return int(CommandLineTool::Success);
        }});

    commands.push_back(Command{
        QStringLiteral("database"), QStringLiteral("users"),
        CommandLineTool::tr("List who may use this server database, and their role."),
        [](QCommandLineParser& parser) { parser.addOption(cli::jsonOption()); },
        [](CommandContext& cli, const QCommandLineParser& parser) {
            if (!cli.database())
                return int(CommandLineTool::Failure);
            auto users = DatabaseUsers::list(cli.context());
            if (!users)
                return cli.fail(users.error());
            if (cli::wantsJson(parser)) {
                QJsonArray array;
                for (const DatabaseUsers::User& user : *users)
                    array.append(QJsonObject{{QStringLiteral("name"), user.name},
                                             {QStringLiteral("role"), DatabaseUsers::roleKey(user.role)},
                                             {QStringLiteral("owner"), user.owner}});
                cli.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
                return int(CommandLineTool::Success);
            }
            QList<QStringList> rows;
            for (const DatabaseUsers::User& user : *users)
                rows << QStringList{user.name, DatabaseUsers::roleDisplayName(user.role),
                                    user.owner ? CommandLineTool::tr("created the database") : QString()};
            cli.out << cli::formatTable({CommandLineTool::tr("USER"), CommandLineTool::tr("ROLE"), QString()},
                                        rows);
            return int(CommandLineTool::Success);
        }});

    commands.push_back(Command{
        QStringLiteral("database"), QStringLiteral("add-user"),
        CommandLineTool::tr("Let a server user in, as administrator or viewer (administrators only)."),
        [](QCommandLineParser& parser) {
            parser.addPositionalArgument(QStringLiteral("name"),
                                         CommandLineTool::tr("The user's login name."),
                                         CommandLineTool::tr("NAME"));
            parser.addOption(
                {QStringLiteral("role"),
                 CommandLineTool::tr("administrator (changes everything) or viewer (only looks)."),
                 CommandLineTool::tr("ROLE")});
            parser.addOption(
                {QStringLiteral("password-stdin"),
                 CommandLineTool::tr("Read the new user's password from the first line of standard "
                                     "input (not needed where the server knows users otherwise).")});
        },
        [](CommandContext& cli, const QCommandLineParser& parser) {
            const auto name = cli::onePositional(cli, parser, QStringLiteral("database add-user"),
                                                 CommandLineTool::tr("NAME"));
            if (!name)
                return int(CommandLineTool::Usage);
            const auto role = DatabaseUsers::roleFromKey(parser.value(QStringLiteral("role")));
            if (!role)
                return cli::usageError(cli, QStringLiteral("database add-user"),
                                       CommandLineTool::tr("--role must be administrator or viewer."));
            QString password;
            if (parser.isSet(QStringLiteral("password-stdin"))) {
                QTextStream in(stdin);
                password = in.readLine();
            }
            if (!cli.database())
                return int(CommandLineTool::Failure);
            if (Status s = DatabaseUsers::add(cli.context(), *name, *role, password); !s)
                return cli.fail(s.error());
            cli.out << CommandLineTool::tr("%1 may now use this database as %2.")
                           .arg(*name, DatabaseUsers::roleDisplayName(*role).toLower())
                    << '\n';
            return int(CommandLineTool::Success);
        }});

    commands.push_back(
        Command{QStringLiteral("database"), QStringLiteral("remove-user"),
                CommandLineTool::tr("Take away a user's role in this server database (administrators only)."),
                [](QCommandLineParser& parser) {
                    parser.addPositionalArgument(QStringLiteral("name"),
                                                 CommandLineTool::tr("The user's login name."),
                                                 CommandLineTool::tr("NAME"));
                },
                [](CommandContext& cli, const QCommandLineParser& parser) {
                    const auto name = cli::onePositional(cli, parser, QStringLiteral("database remove-user"),
                                                         CommandLineTool::tr("NAME"));
                    if (!name)
                        return int(CommandLineTool::Usage);
                    if (!cli.database())
                        return int(CommandLineTool::Failure);
                    if (Status s = DatabaseUsers::remove(cli.context(), *name); !s)
                        return cli.fail(s.error());
                    cli.out << CommandLineTool::tr("%1 may no longer use this database.").arg(*name) << '\n';
                    return int(CommandLineTool::Success);
                }});

    commands.push_back(Command{
        QStringLiteral("database"),
        QStringLiteral("check"),
        CommandLineTool::tr("Check the database file for damage, and list its backup copies."),
        {},
        [](CommandContext& cli, const QCommandLineParser&) {
            Database::Options options;
            options.createIfMissing = false;
            options.allowDamaged = true;
            auto opened = Database::open(cli.databasePath(), options);
            if (!opened)
                return cli.fail(opened.error());
            auto problems = opened.value()->checkIntegrity();
            const QStringList copies = Database::backupCopies(cli.databasePath());
            const auto listCopies = [&] {
                for (const QString& copy : copies)
                    cli.out << "  " << QDir::toNativeSeparators(copy) << '\n';
            };
            if (problems && problems->isEmpty()) {
                cli.out << CommandLineTool::tr("The database %1 is sound.")
                               .arg(QDir::toNativeSeparators(cli.databasePath()))
                        << '\n';
                if (!copies.isEmpty()) {
                    cli.out << CommandLineTool::tr("Backup copies beside it, newest first:") << '\n';
                    listCopies();
                }
                return int(CommandLineTool::Success);
            }
            const QString detail = problems ? problems->join(QStringLiteral("; ")) : problems.error().message;
            cli.fail(Database::damagedError(cli.databasePath(), detail.left(500)));
            if (!copies.isEmpty()) {
                cli.err << CommandLineTool::tr("Backup copies beside it, newest first:") << '\n';
                for (const QString& copy : copies)
                    cli.err << "  " << QDir::toNativeSeparators(copy) << '\n';
            }
            return int(CommandLineTool::Failure);
        }});
}

} // namespace nm
