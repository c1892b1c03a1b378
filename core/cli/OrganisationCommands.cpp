#include "Clock.h"
#include "CommandHelpers.h"
#include "CommandLineTool.h"
#include "Format.h"
#include "Money.h"
#include "organisation/OrganisationService.h"
#include "organisation/OrganisationSettings.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nm {

namespace {

int creditShow(CommandContext& cli, const QCommandLineParser& p)
{
    if (!cli.database())
        return CommandLineTool::Failure;
    OrganisationService service(cli.context());
    const auto balance = service.balanceCents();
    if (!balance)
        return cli.fail(balance.error());
    const bool withLedger = p.isSet(QStringLiteral("ledger"));
    auto ledger = service.ledger(withLedger ? -1 : 0);
    if (!ledger)
        return cli.fail(ledger.error());
    if (cli::wantsJson(p)) {
        QJsonArray rows;
        for (const LedgerEntry& e : *ledger)
            rows.append(QJsonObject{{QStringLiteral("at"), toStorage(e.at)},
                                    {QStringLiteral("actor"), e.actor},
                                    {QStringLiteral("kind"), OrganisationService::kindKey(e.kind)},
                                    {QStringLiteral("amountCents"), e.amountCents},
                                    {QStringLiteral("balanceAfterCents"), e.balanceAfterCents},
                                    {QStringLiteral("description"), e.description()},
                                    {QStringLiteral("details"), e.details}});
        QJsonObject object{{QStringLiteral("balanceCents"), *balance},
                           {QStringLiteral("currency"), QStringLiteral("EUR")}};
        if (withLedger)
            object.insert(QStringLiteral("ledger"), rows);
        cli.out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        return CommandLineTool::Success;
    }
    cli.out << CommandLineTool::tr("Credit: %1").arg(formatMoney(*balance)) << '\n';
    QList<QStringList> rows;
    for (const LedgerEntry& e : *ledger)
        rows << QStringList{isoLocalDateTime(e.at), e.actor, formatMoney(e.amountCents),
                            formatMoney(e.balanceAfterCents), e.description()};
    if (!rows.isEmpty())
        cli.out << cli::formatTable({CommandLineTool::tr("TIME"), CommandLineTool::tr("ADMINISTRATOR"),
                                     CommandLineTool::tr("AMOUNT"), CommandLineTool::tr("BALANCE"),
                                     CommandLineTool::tr("DESCRIPTION")},
                                    rows);
    return CommandLineTool::Success;
}

} // namespace

void addOrganisationCommands(std::vector<Command>& commands)
{
    commands.push_back(Command{QStringLiteral("credit"), QStringLiteral("add"),
                               CommandLineTool::tr("Top up the organisation's credit."),
                               [](QCommandLineParser& p) {
                                   p.addPositionalArgument(CommandLineTool::tr("AMOUNT"),
                                                           CommandLineTool::tr("Euros, such as 100.00."));
                               },
                               [](CommandContext& cli, const QCommandLineParser& p) {
                                   if (p.positionalArguments().size() != 1) {
                                       cli.err
                                           << CommandLineTool::tr("error: give one AMOUNT, such as 100.00.")
                                           << Qt::endl;
                                       return int(CommandLineTool::Usage);
                                   }
                                   auto cents = parseEuros(p.positionalArguments().first());
                                   if (!cents)
                                       return cli.fail(cents.error());
                                   if (!cli.database())
                                       return int(CommandLineTool::Failure);
                                   auto balance = OrganisationService(cli.context()).topUp(*cents);
                                   if (!balance)
                                       return cli.fail(balance.error());
                                   cli.out << CommandLineTool::tr("Added %1; the credit is now %2.")
                                                  .arg(formatMoney(*cents), formatMoney(*balance))
                                           << '\n';
                                   return int(CommandLineTool::Success);
                               }});

    commands.push_back(
        Command{QStringLiteral("credit"), QStringLiteral("show"),
                CommandLineTool::tr("Show the credit and, with --ledger, every charge and top-up."),
                [](QCommandLineParser& p) {
                    p.addOption({QStringLiteral("ledger"),
                                 CommandLineTool::tr("Also list every charge and top-up, newest first.")});
                    p.addOption(cli::jsonOption());
                },
                creditShow});

    commands.push_back(Command{
        QString(), QStringLiteral("history"),
        CommandLineTool::tr("Show the history of changes, newest first."),
        [](QCommandLineParser& p) {
            p.addOption({QStringLiteral("search"), CommandLineTool::tr("Only entries mentioning TEXT."),
                         CommandLineTool::tr("TEXT")});
            p.addOption({QStringLiteral("limit"), CommandLineTool::tr("At most N entries."),
                         CommandLineTool::tr("N")});
            p.addOption(cli::jsonOption());
        },
        [](CommandContext& cli, const QCommandLineParser& p) {
            AuditLog::Filter filter;
            filter.text = p.value(QStringLiteral("search"));
            if (p.isSet(QStringLiteral("limit"))) {
                bool ok = false;
                filter.limit = p.value(QStringLiteral("limit")).toInt(&ok);
                if (!ok || filter.limit < 0) {
                    cli.err << CommandLineTool::tr("error: --limit needs a whole number of 0 or more.")
                            << Qt::endl;
                    return int(CommandLineTool::Usage);
                }
            }
            if (!cli.database())
                return int(CommandLineTool::Failure);
            if (cli::wantsJson(p)) {
                // Entry by entry: constant memory at any size.
                cli::JsonArrayWriter array(cli.out);
                const Status listed
                    = AuditLog::forEach(cli.database()->connection(), filter, [&](const AuditEntry& e) {
                          array.add(QJsonObject{{QStringLiteral("at"), toStorage(e.at)},
                                                {QStringLiteral("actor"), e.actor},
                                                {QStringLiteral("action"), e.action},
                                                {QStringLiteral("objectKind"), e.objectKind},
                                                {QStringLiteral("objectId"), e.objectId},
                                                {QStringLiteral("before"), e.before},
                                                {QStringLiteral("after"), e.after}});
                          return true;
                      });
                array.finish();
                if (!listed)
                    return cli.fail(listed.error());
                return int(CommandLineTool::Success);
            }
            auto entries = AuditLog::list(cli.database()->connection(), filter);
            if (!entries)
                return cli.fail(entries.error());
            QList<QStringList> rows;
            for (const AuditEntry& e : *entries)
                rows << QStringList{isoLocalDateTime(e.at), e.actor, e.action, e.objectId};
            if (!rows.isEmpty())
                cli.out << cli::formatTable({CommandLineTool::tr("TIME"),
                                             CommandLineTool::tr("ADMINISTRATOR"),
                                             CommandLineTool::tr("ACTION"), CommandLineTool::tr("OBJECT")},
                                            rows);
            return int(CommandLineTool::Success);
        }});

    commands.push_back(Command{
        QStringLiteral("settings"),
        QStringLiteral("show"),
        CommandLineTool::tr("Show the organisation's settings."),
        {},
        [](CommandContext& cli, const QCommandLineParser&) {
            if (!cli.database())
                return int(CommandLineTool::Failure);
            const OrganisationSettings settings(cli.database()->connection());
            cli.out << CommandLineTool::tr("member-limit: %1").arg(formatCount(settings.memberNumberLimit()))
                    << '\n'
                    << CommandLineTool::tr("provisioning-delay: %Ln second(s)", "",
                                           settings.provisioningDelaySeconds())
                    << '\n';
            return int(CommandLineTool::Success);
        }});

    commands.push_back(Command{
        QStringLiteral("settings"), QStringLiteral("set"),
        CommandLineTool::tr("Change a setting: member-limit N, or provisioning-delay SECONDS."),
        [](QCommandLineParser& p) {
            p.addPositionalArgument(CommandLineTool::tr("KEY"),
                                    CommandLineTool::tr("member-limit or provisioning-delay."));
            p.addPositionalArgument(CommandLineTool::tr("VALUE"), CommandLineTool::tr("A whole number."));
        },
        [](CommandContext& cli, const QCommandLineParser& p) {
            const QStringList args = p.positionalArguments();
            bool ok = false;
            const int value = args.value(1).toInt(&ok);
            const QString key = args.value(0);
            if (args.size() != 2 || !ok
                || (key != QLatin1String("member-limit") && key != QLatin1String("provisioning-delay"))) {
                cli.err << CommandLineTool::tr("error: use \"settings set member-limit N\" or \"settings set "
                                               "provisioning-delay SECONDS\".")
                        << Qt::endl;
                return int(CommandLineTool::Usage);
            }
            if (!cli.database())
                return int(CommandLineTool::Failure);
            const Status status = key == QLatin1String("member-limit")
                ? OrganisationSettings::setMemberNumberLimit(cli.context(), value)
                : OrganisationSettings::setProvisioningDelaySeconds(cli.context(), value);
            if (!status)
                return cli.fail(status.error());
            cli.out << CommandLineTool::tr("%1 is now %2.").arg(key, formatCount(value)) << '\n';
            return int(CommandLineTool::Success);
        }});

    commands.push_back(Command{
        QStringLiteral("organisation"),
        QStringLiteral("show"),
        CommandLineTool::tr("Show the organisation."),
        {},
        [](CommandContext& cli, const QCommandLineParser&) {
            if (!cli.database())
                return int(CommandLineTool::Failure);
            auto organisation = OrganisationService(cli.context()).get();
            if (!organisation)
                return cli.fail(organisation.error());
            if (!organisation->has_value()) {
                cli.out << CommandLineTool::tr("No organisation has been created in this database yet.")
                        << '\n';
                return int(CommandLineTool::Success);
            }
            cli.out << CommandLineTool::tr("Name: %1").arg((*organisation)->name) << '\n'
                    << CommandLineTool::tr("Credit: %1").arg(formatMoney((*organisation)->creditCents))
                    << '\n';
            return int(CommandLineTool::Success);
        }});

    commands.push_back(Command{
        QStringLiteral("organisation"), QStringLiteral("rename"),
        CommandLineTool::tr("Name the organisation (creating it when needed)."),
        [](QCommandLineParser& p) {
            p.addPositionalArgument(CommandLineTool::tr("NAME"),
                                    CommandLineTool::tr("The organisation's name."));
        },
        [](CommandContext& cli, const QCommandLineParser& p) {
            if (p.positionalArguments().size() != 1) {
                cli.err << CommandLineTool::tr("error: give the NAME (in quotes when it has spaces).")
                        << Qt::endl;
                return int(CommandLineTool::Usage);
            }
            if (!cli.database())
                return int(CommandLineTool::Failure);
            if (Status s = OrganisationService(cli.context()).rename(p.positionalArguments().first()); !s)
                return cli.fail(s.error());
            auto renamed = OrganisationService(cli.context()).get();
            cli.out << endSentence(CommandLineTool::tr("The organisation is now called %1.")
                                       .arg(renamed && renamed->has_value()
                                                ? (*renamed)->name
                                                : p.positionalArguments().first()))
                    << '\n';
            return int(CommandLineTool::Success);
        }});
}

} // namespace nm
