#include "CommandLineTool.h"
#include "cli/CommandHelpers.h"
#include "sip/SipProfileService.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace nm {

namespace {

const QString nameOption = QStringLiteral("name");
const QString channelsOption = QStringLiteral("channels");
const QString countryOption = QStringLiteral("country");

void addProfileIdArgument(QCommandLineParser& parser)
{
    parser.addPositionalArgument(
        QStringLiteral("profile-id"),
        CommandLineTool::tr("The SIP profile id (letters, digits, '.', '-' and '_'; 3 to "
                            "64 characters)."),
        CommandLineTool::tr("PROFILE-ID"));
}

void addFieldOptions(QCommandLineParser& parser)
{
    parser.addOption(QCommandLineOption(
        nameOption, CommandLineTool::tr("The SIP profile's name, e.g. \"Main office PBX\"."),
        CommandLineTool::tr("NAME")));
    parser.addOption(QCommandLineOption(
        channelsOption, CommandLineTool::tr("The number of simultaneous calls, from 1 to 300."),
        CommandLineTool::tr("N")));
    parser.addOption(QCommandLineOption(
        countryOption,
        CommandLineTool::tr("The country of the phone system, as its two-letter ISO code (e.g. NL)."),
        CommandLineTool::tr("CC")));
}

// The --channels value as a whole number; nullopt after printing a usage error.
std::optional<int> channelsValue(CommandContext& cli, const QCommandLineParser& parser,
                                 const QString& command)
{
    bool ok = false;
    const QString text = parser.value(channelsOption);
    const int channels = text.toInt(&ok);
    if (!ok) {
        cli::usageError(
            cli, command,
            CommandLineTool::tr("--channels needs a whole number from 1 to 300, not \"%1\".").arg(text));
        return std::nullopt;
    }
    return channels;
}

int addProfile(CommandContext& cli, const QCommandLineParser& parser)
{
    const QString command = QStringLiteral("sip add");
    const auto profileId = cli::onePositional(cli, parser, command, CommandLineTool::tr("PROFILE-ID"));
    if (!profileId)
        return CommandLineTool::Usage;
    if (!cli::requireOptions(cli, parser, command, {nameOption, channelsOption, countryOption}))
        return CommandLineTool::Usage;
    const auto channels = channelsValue(cli, parser, command);
    if (!channels)
        return CommandLineTool::Usage;
    if (!cli.database())
        return CommandLineTool::Failure;

    SipProfileInput input;
    input.profileId = *profileId;
    input.name = parser.value(nameOption);
    input.channels = *channels;
    input.country = parser.value(countryOption);
    const auto added = SipProfileService(cli.context()).add(input);
    if (!added)
        return cli.fail(added.error());
    cli.out << CommandLineTool::tr("Added SIP profile \"%1\" (%2).").arg(added->profileId, added->name)
            << '\n';
    return CommandLineTool::Success;
}

int editProfile(CommandContext& cli, const QCommandLineParser& parser)
{
    const QString command = QStringLiteral("sip edit");
    const auto profileId = cli::onePositional(cli, parser, command, CommandLineTool::tr("PROFILE-ID"));
    if (!profileId)
        return CommandLineTool::Usage;

    SipProfileEdit edit;
    if (parser.isSet(nameOption))
        edit.name = parser.value(nameOption);
    if (parser.isSet(channelsOption)) {
        const auto channels = channelsValue(cli, parser, command);
        if (!channels)
            return CommandLineTool::Usage;
        edit.channels = *channels;
    }
    if (parser.isSet(countryOption))
        edit.country = parser.value(countryOption);
    if (edit.isEmpty())
        return cli::usageError(
            cli, command,
            CommandLineTool::tr("nothing to change: give at least one of --name, --channels and --country."));
    if (!cli.database())
        return CommandLineTool::Failure;

    const auto edited = SipProfileService(cli.context()).edit(*profileId, edit);
    if (!edited)
        return cli.fail(edited.error());
    cli.out << CommandLineTool::tr("Saved SIP profile \"%1\" (%2).").arg(edited->profileId, edited->name)
            << '\n';
    return CommandLineTool::Success;
}

int removeProfile(CommandContext& cli, const QCommandLineParser& parser)
{
    const auto profileId
        = cli::onePositional(cli, parser, QStringLiteral("sip remove"), CommandLineTool::tr("PROFILE-ID"));
    if (!profileId)
        return CommandLineTool::Usage;
    if (!cli.database())
        return CommandLineTool::Failure;

    const auto removed = SipProfileService(cli.context()).remove(*profileId);
    if (!removed)
        return cli.fail(removed.error());
    cli.out << CommandLineTool::tr("Removed SIP profile \"%1\" (%2).").arg(removed->profileId, removed->name)
            << '\n';
    return CommandLineTool::Success;
}

int listProfiles(CommandContext& cli, const QCommandLineParser& parser)
{
    if (!parser.positionalArguments().isEmpty())
        return cli::usageError(
            cli, QStringLiteral("sip list"),
            CommandLineTool::tr("unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
    if (!cli.database())
        return CommandLineTool::Failure;

    SipProfileFilter filter;
    filter.text = parser.value(QStringLiteral("filter"));
    filter.includeRemoved = parser.isSet(QStringLiteral("all"));
    const auto profiles = SipProfileService(cli.context()).list(filter);
    if (!profiles)
        return cli.fail(profiles.error());

    if (cli::wantsJson(parser)) {
        QJsonArray array;
        for (const SipProfile& profile : *profiles)
            array.append(profile.toJson());
        cli.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return CommandLineTool::Success;
    }
    if (profiles->empty()) {
        cli.out << CommandLineTool::tr("No SIP profiles.") << '\n';
        return CommandLineTool::Success;
    }
    QStringList headers{CommandLineTool::tr("PROFILE ID"), CommandLineTool::tr("NAME"),
                        CommandLineTool::tr("CHANNELS"), CommandLineTool::tr("COUNTRY")};
    if (filter.includeRemoved)
        headers << CommandLineTool::tr("STATUS");
    QList<QStringList> rows;
    for (const SipProfile& profile : *profiles) {
        QStringList row{profile.profileId, profile.name, QString::number(profile.channels), profile.country};
        if (filter.includeRemoved)
            row << (profile.isActive() ? CommandLineTool::tr("active") : CommandLineTool::tr("removed"));
        rows << row;
    }
    cli.out << cli::formatTable(headers, rows);
    return CommandLineTool::Success;
}

} // namespace

void addSipCommands(std::vector<Command>& commands)
{
    const QString group = QStringLiteral("sip");
    commands.push_back(Command{group, QStringLiteral("add"), CommandLineTool::tr("Add a SIP profile."),
                               [](QCommandLineParser& parser) {
                                   addProfileIdArgument(parser);
                                   addFieldOptions(parser);
                               },
                               addProfile});
    commands.push_back(Command{group, QStringLiteral("edit"),
                               CommandLineTool::tr("Change a SIP profile's name, channels or country."),
                               [](QCommandLineParser& parser) {
                                   addProfileIdArgument(parser);
                                   addFieldOptions(parser);
                               },
                               editProfile});
    commands.push_back(Command{group, QStringLiteral("remove"), CommandLineTool::tr("Remove a SIP profile."),
                               addProfileIdArgument, removeProfile});
    commands.push_back(Command{
        group, QStringLiteral("list"), CommandLineTool::tr("List the SIP profiles, sorted by profile id."),
        [](QCommandLineParser& parser) {
            parser.addOption(cli::jsonOption());
            parser.addOption(QCommandLineOption(
                QStringLiteral("filter"),
                CommandLineTool::tr("Only SIP profiles whose id or name contains TEXT (in any case)."),
                CommandLineTool::tr("TEXT")));
            parser.addOption(QCommandLineOption(QStringLiteral("all"),
                                                CommandLineTool::tr("Include removed SIP profiles.")));
        },
        listProfiles});
}

} // namespace nm
