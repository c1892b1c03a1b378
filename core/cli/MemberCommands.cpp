#include "CommandLineTool.h"
#include "cli/CommandHelpers.h"
#include "members/MemberService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nm {

namespace {

const QString displayNameOption = QStringLiteral("display-name");
const QString emailOption = QStringLiteral("email");
const QString countryOption = QStringLiteral("country");
const QString cityOption = QStringLiteral("city");

void addAccountArgument(QCommandLineParser& parser)
{
    parser.addPositionalArgument(
        QStringLiteral("account"),
        CommandLineTool::tr("The member's account name (letters, digits, '.', '-' and '_'; "
                            "6 to 32 characters, starting with a letter)."),
        CommandLineTool::tr("ACCOUNT"));
}

void addFieldOptions(QCommandLineParser& parser)
{
    parser.addOption(QCommandLineOption(
        displayNameOption, CommandLineTool::tr("The member's name as shown, e.g. \"Jan de Vries\"."),
        CommandLineTool::tr("NAME")));
    parser.addOption(QCommandLineOption(emailOption, CommandLineTool::tr("The member's e-mail address."),
                                        CommandLineTool::tr("EMAIL")));
    parser.addOption(QCommandLineOption(
        countryOption,
        CommandLineTool::tr("The country of the member's address, as its two-letter ISO code (e.g. NL)."),
        CommandLineTool::tr("CC")));
    parser.addOption(QCommandLineOption(cityOption, CommandLineTool::tr("The city of the member's address."),
                                        CommandLineTool::tr("CITY")));
}

int addMember(CommandContext& cli, const QCommandLineParser& parser)
{
    const QString command = QStringLiteral("member add");
    const auto account = cli::onePositional(cli, parser, command, CommandLineTool::tr("ACCOUNT"));
    if (!account)
        return CommandLineTool::Usage;
    if (!cli::requireOptions(cli, parser, command, {displayNameOption, emailOption, countryOption}))
        return CommandLineTool::Usage;
    if (!cli.database())
        return CommandLineTool::Failure;

    MemberInput input;
    input.accountName = *account;
    input.displayName = parser.value(displayNameOption);
    input.email = parser.value(emailOption);
    input.country = parser.value(countryOption);
    input.city = parser.value(cityOption);
    const auto added = MemberService(cli.context()).add(input);
    if (!added)
        return cli.fail(added.error());
    cli.out << CommandLineTool::tr("Added member \"%1\" (%2).").arg(added->accountName, added->displayName)
            << '\n';
    return CommandLineTool::Success;
}

int editMember(CommandContext& cli, const QCommandLineParser& parser)
{
    const QString command = QStringLiteral("member edit");
    const auto account = cli::onePositional(cli, parser, command, CommandLineTool::tr("ACCOUNT"));
    if (!account)
        return CommandLineTool::Usage;

    MemberEdit edit;
    if (parser.isSet(displayNameOption))
        edit.displayName = parser.value(displayNameOption);
    if (parser.isSet(emailOption))
        edit.email = parser.value(emailOption);
    if (parser.isSet(countryOption))
        edit.country = parser.value(countryOption);
    if (parser.isSet(cityOption))
        edit.city = parser.value(cityOption);
    if (edit.isEmpty())
        return cli::usageError(
            cli, command,
            CommandLineTool::tr("nothing to change: give at least one of --display-name, --email, "
                                "--country and --city."));
    std::optional<int> version;
    if (!cli::ifVersion(cli, parser, command, version))
        return CommandLineTool::Usage;
    if (!cli.database())
        return CommandLineTool::Failure;

    const auto edited = MemberService(cli.context()).edit(*account, edit, version);
    if (!edited)
        return cli.fail(edited.error());
    cli.out << CommandLineTool::tr("Saved member \"%1\" (%2).").arg(edited->accountName, edited->displayName)
            << '\n';
    return CommandLineTool::Success;
}

int removeMember(CommandContext& cli, const QCommandLineParser& parser)
{
    const auto account
        = cli::onePositional(cli, parser, QStringLiteral("member remove"), CommandLineTool::tr("ACCOUNT"));
    if (!account)
        return CommandLineTool::Usage;
    if (!cli.database())
        return CommandLineTool::Failure;

    const auto removed = MemberService(cli.context()).remove(*account);
    if (!removed)
        return cli.fail(removed.error());
    cli.out
        << CommandLineTool::tr("Removed member \"%1\" (%2).").arg(removed->accountName, removed->displayName)
        << '\n';
    return CommandLineTool::Success;
}

int listMembers(CommandContext& cli, const QCommandLineParser& parser)
{
    if (!parser.positionalArguments().isEmpty())
        return cli::usageError(
            cli, QStringLiteral("member list"),
            CommandLineTool::tr("unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
    if (!cli.database())
        return CommandLineTool::Failure;

    MemberFilter filter;
    filter.text = parser.value(QStringLiteral("filter"));
    filter.includeRemoved = parser.isSet(QStringLiteral("all"));
    const auto members = MemberService(cli.context()).list(filter);
    if (!members)
        return cli.fail(members.error());

    if (cli::wantsJson(parser)) {
        QJsonArray array;
        for (const Member& member : *members) {
            QJsonObject object = member.toJson();
            object.insert(QStringLiteral("version"), member.version);
            array.append(object);
        }
        cli.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return CommandLineTool::Success;
    }
    if (members->empty()) {
        cli.out << CommandLineTool::tr("No members.") << '\n';
        return CommandLineTool::Success;
    }
    QStringList headers{CommandLineTool::tr("ACCOUNT"), CommandLineTool::tr("DISPLAY NAME"),
                        CommandLineTool::tr("E-MAIL"), CommandLineTool::tr("COUNTRY"),
                        CommandLineTool::tr("CITY")};
    if (filter.includeRemoved)
        headers << CommandLineTool::tr("STATUS");
    QList<QStringList> rows;
    for (const Member& member : *members) {
        QStringList row{member.accountName, member.displayName, member.email, member.country, member.city};
        if (filter.includeRemoved)
            row << (member.isActive() ? CommandLineTool::tr("active") : CommandLineTool::tr("removed"));
        rows << row;
    }
    cli.out << cli::formatTable(headers, rows);
    return CommandLineTool::Success;
}

} // namespace

void addMemberCommands(std::vector<Command>& commands)
{
    const QString group = QStringLiteral("member");
    commands.push_back(Command{group, QStringLiteral("add"), CommandLineTool::tr("Add a member."),
                               [](QCommandLineParser& parser) {
                                   addAccountArgument(parser);
                                   addFieldOptions(parser);
                               },
                               addMember});
    commands.push_back(
        Command{group, QStringLiteral("edit"),
                CommandLineTool::tr("Change a member's display name, e-mail address, country or city."),
                [](QCommandLineParser& parser) {
                    addAccountArgument(parser);
                    addFieldOptions(parser);
                    parser.addOption(cli::ifVersionOption(CommandLineTool::tr("member")));
                },
                editMember});
    commands.push_back(Command{group, QStringLiteral("remove"), CommandLineTool::tr("Remove a member."),
                               addAccountArgument, removeMember});
    commands.push_back(Command{
        group, QStringLiteral("list"), CommandLineTool::tr("List the members, sorted by account name."),
        [](QCommandLineParser& parser) {
            parser.addOption(cli::jsonOption());
            parser.addOption(QCommandLineOption(
                QStringLiteral("filter"),
                CommandLineTool::tr("Only members whose account name, display name, e-mail address or city "
                                    "contains TEXT (in any case)."),
                CommandLineTool::tr("TEXT")));
            parser.addOption(
                QCommandLineOption(QStringLiteral("all"), CommandLineTool::tr("Include removed members.")));
        },
        listMembers});
}

} // namespace nm
