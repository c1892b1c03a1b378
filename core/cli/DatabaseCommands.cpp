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
}

} // namespace nm
