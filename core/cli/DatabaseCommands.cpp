#include "CommandHelpers.h"
#include "CommandLineTool.h"
#include "storage/Database.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

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
                                         {QStringLiteral("schemaVersion"), db->schemaVersion()},
                                         {QStringLiteral("backup"), db->backupPath()}};
                cli.out << QJsonDocument(object).toJson(QJsonDocument::Indented);
            } else {
                cli.out << CommandLineTool::tr("Database: %1").arg(QDir::toNativeSeparators(db->path()))
                        << '\n'
                        << CommandLineTool::tr("Schema version: %1").arg(db->schemaVersion()) << '\n';
                if (!db->backupPath().isEmpty())
                    cli.out << CommandLineTool::tr("Backup made before upgrading: %1")
                                   .arg(QDir::toNativeSeparators(db->backupPath()))
                            << '\n';
            }
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
