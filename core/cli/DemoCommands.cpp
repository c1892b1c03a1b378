#include "CommandLineTool.h"
#include "demo/DemoOrganisation.h"
#include "members/MemberService.h"
#include "numbers/NumberService.h"
#include "sip/SipProfileService.h"

namespace nm {

void addDemoCommands(std::vector<Command>& commands)
{
    commands.push_back(
        Command{QStringLiteral("demo"),
                QStringLiteral("load"),
                CommandLineTool::tr("Fill an empty database with the demo organisation \"Demo B.V.\"."),
                {},
                [](CommandContext& cli, const QCommandLineParser&) {
                    if (!cli.database())
                        return int(CommandLineTool::Failure);
                    if (Status loaded = DemoOrganisation::load(cli.context()); !loaded)
                        return cli.fail(loaded.error());
                    const auto members = MemberService(cli.context()).list();
                    const auto profiles = SipProfileService(cli.context()).list();
                    const auto numbers = NumberService(cli.context()).list();
                    cli.out << CommandLineTool::tr(
                                   "Loaded the demo organisation \"%1\": %2 members, %3 SIP profiles and %4 "
                                   "numbers.")
                                   .arg(DemoOrganisation::name())
                                   .arg(members ? qsizetype(members->size()) : 0)
                                   .arg(profiles ? qsizetype(profiles->size()) : 0)
                                   .arg(numbers ? qsizetype(numbers->size()) : 0)
                            << '\n';
                    return int(CommandLineTool::Success);
                }});
}

} // namespace nm
