#include "Clock.h"
#include "CommandHelpers.h"
#include "CommandLineTool.h"
#include "Format.h"
#include "io/Csv.h"
#include "numbers/NumberProcessor.h"
#include "numbers/NumberService.h"
#include "phone/PhoneNumbers.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <algorithm>

namespace nm {

namespace {

QJsonObject toJson(const NumberRecord& r)
{
    return {{QStringLiteral("number"), r.e164},
            {QStringLiteral("country"), r.country},
            {QStringLiteral("areaCode"), r.areaCode},
            {QStringLiteral("state"), stateKey(r.state)},
            {QStringLiteral("assigneeName"), r.assigneeName},
            {QStringLiteral("assigneeDisplayName"), r.assigneeDisplayName},
            {QStringLiteral("assigneeKind"), assigneeKindKey(r.assigneeKind)},
            {QStringLiteral("period"), r.periodMonths},
            {QStringLiteral("priceCents"), r.priceCents},
            {QStringLiteral("paidUntil"), toStorage(r.paidUntil)},
            {QStringLiteral("autoRenew"), r.autoRenew},
            {QStringLiteral("renewalFailed"), r.renewalFailed},
            {QStringLiteral("termsVersion"), r.termsVersion},
            {QStringLiteral("termsAcceptedBy"), r.termsAcceptedBy},
            {QStringLiteral("version"), r.version}};
}

// The local calendar day: a number bought at 00:30 in Amsterdam is paid until that day.
QString date(const QDateTime& time)
{
    return isoLocalDate(time);
}

QString assigneeText(const NumberRecord& r)
{
    if (r.assigneeKind == AssigneeKind::None)
        return CommandLineTool::tr("nobody");
    return QStringLiteral("%1 (%2)").arg(r.assigneeDisplayName, r.assigneeName);
}

void printCancelled(CommandContext& cli, const std::vector<NumberRecord>& cancelled)
{
    for (const NumberRecord& r : cancelled)
        cli.out << CommandLineTool::tr("Cancelled %1 (%2); it expires on %3.")
                       .arg(formatInternational(r.e164), assigneeText(r), date(r.paidUntil))
                << '\n';
    cli.out << CommandLineTool::tr("No extra charges will be made.") << '\n';
}

// The names of a --to-file: one per line (UTF-8, or Windows-1252 as Notepad may save it);
// empty lines and lines starting with # are left out.
Result<QStringList> namesOfFile(const QByteArray& bytes)
{
    QString text;
    {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = utf8.decode(bytes);
        if (utf8.hasError()) {
            QStringDecoder cp1252("windows-1252");
            text = cp1252.decode(bytes);
        }
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QStringList names;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString name = lines.at(i).trimmed();
        if (name.isEmpty() || name.startsWith(QLatin1Char('#')))
            continue;
        if (std::any_of(name.cbegin(), name.cend(),
                        [](QChar c) { return c.category() == QChar::Other_Control; }))
            return Error{ErrorCode::InvalidInput,
                         CommandLineTool::tr("line %1 is not a name (the file is not a text file).")
                             .arg(formatCount(i + 1)),
                         QStringLiteral("to-file")};
        names << name;
    }
    if (names.isEmpty())
        return Error{ErrorCode::InvalidInput, CommandLineTool::tr("the file names nobody."),
                     QStringLiteral("to-file")};
    return names;
}

int assign(CommandContext& cli, const QCommandLineParser& parser)
{
    const QString command = QStringLiteral("number assign");
    if (parser.isSet(QStringLiteral("to")) == parser.isSet(QStringLiteral("to-file")))
        return cli::usageError(cli, command,
                               CommandLineTool::tr("this command needs --to or --to-file (one of them)."));
    if (!cli::requireOptions(
            cli, parser, command,
            {QStringLiteral("country"), QStringLiteral("area-code"), QStringLiteral("period")}))
        return CommandLineTool::Usage;
    PurchaseRequest request;
    if (parser.isSet(QStringLiteral("to-file"))) {
        const QString path = parser.value(QStringLiteral("to-file"));
        constexpr qint64 maxSize = 16 * 1024 * 1024;
        const auto bytes = readRegularFile(path, maxSize, QStringLiteral("to-file"));
        if (!bytes)
            return cli.fail(bytes.error());
        auto names = namesOfFile(*bytes);
        if (!names)
            return cli.fail(Error{
                names.error().code,
                CommandLineTool::tr("%1: %2").arg(QDir::toNativeSeparators(path), names.error().message),
                QStringLiteral("to-file")});
        request.assigneeNames = std::move(names).value();
    } else {
        for (const QString& name :
             parser.value(QStringLiteral("to")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            request.assigneeNames << name.trimmed();
    }
    request.country = parser.value(QStringLiteral("country")).toUpper();
    request.areaCode = parser.value(QStringLiteral("area-code"));
    const QString period = parser.value(QStringLiteral("period"));
    if (period != QLatin1String("1") && period != QLatin1String("3") && period != QLatin1String("12")) {
        cli.err << CommandLineTool::tr("error: --period must be 1, 3 or 12 (months), not \"%1\".").arg(period)
                << Qt::endl;
        return CommandLineTool::Usage;
    }
    request.period = BillingPeriod(period.toInt());
    request.termsAccepted = parser.isSet(QStringLiteral("accept-terms"));
    if (!cli.database())
        return CommandLineTool::Failure;
    auto bought = NumberService(cli.context()).buy(request);
    if (!bought)
        return cli.fail(bought.error());
    if (cli::wantsJson(parser)) {
        QJsonArray numbers;
        for (const NumberRecord& r : bought->numbers)
            numbers.append(toJson(r));
        cli.out << QJsonDocument(QJsonObject{{QStringLiteral("numbers"), numbers},
                                             {QStringLiteral("totalCents"), bought->totalCents},
                                             {QStringLiteral("creditAfterCents"), bought->creditAfterCents}})
                       .toJson(QJsonDocument::Indented);
        return CommandLineTool::Success;
    }
    for (const NumberRecord& r : bought->numbers)
        cli.out << CommandLineTool::tr("Bought %1 for %2.").arg(formatInternational(r.e164), assigneeText(r))
                << '\n';
    cli.out << CommandLineTool::tr("Charged %1; the credit is now %2.")
                   .arg(formatMoney(bought->totalCents), formatMoney(bought->creditAfterCents))
            << '\n'
            << CommandLineTool::tr(
                   "The numbers are pending. It can take a few minutes before the numbers appear.")
            << '\n';
    return CommandLineTool::Success;
}

} // namespace

void addNumberCommands(std::vector<Command>& commands)
{
    commands.push_back(Command{
        QStringLiteral("number"), QStringLiteral("assign"),
        CommandLineTool::tr("Buy a new number for each named member or SIP profile."),
        [](QCommandLineParser& p) {
            p.addOption({QStringLiteral("to"),
                         CommandLineTool::tr("Members or SIP profiles, separated by commas."),
                         CommandLineTool::tr("NAME[,NAME...]")});
            p.addOption({QStringLiteral("to-file"),
                         CommandLineTool::tr("A text file with one member or SIP profile per line, for more "
                                             "than a command line holds."),
                         CommandLineTool::tr("FILE")});
            p.addOption({QStringLiteral("country"), CommandLineTool::tr("Country code, such as NL."),
                         CommandLineTool::tr("CC")});
            p.addOption({QStringLiteral("area-code"), CommandLineTool::tr("Area code, such as 20."),
                         CommandLineTool::tr("CODE")});
            p.addOption({QStringLiteral("period"),
                         CommandLineTool::tr("Billing period in months: 1, 3 or 12."),
                         CommandLineTool::tr("MONTHS")});
            p.addOption({QStringLiteral("accept-terms"),
                         CommandLineTool::tr("Agree to the country's terms (see \"catalogue list CC\").")});
            p.addOption(cli::jsonOption());
        },
        assign});

    commands.push_back(Command{
        QStringLiteral("number"), QStringLiteral("reassign"),
        CommandLineTool::tr("Reassign a number to another member or SIP profile."),
        [](QCommandLineParser& p) {
            p.addPositionalArgument(CommandLineTool::tr("NUMBER"),
                                    CommandLineTool::tr("The number, such as +31201234567."));
            p.addOption({QStringLiteral("to"), CommandLineTool::tr("The member or SIP profile."),
                         CommandLineTool::tr("NAME")});
            p.addOption(cli::ifVersionOption(CommandLineTool::tr("number")));
        },
        [](CommandContext& cli, const QCommandLineParser& p) {
            if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("to"))) {
                cli.err << CommandLineTool::tr("error: give one NUMBER and --to NAME.") << Qt::endl;
                return int(CommandLineTool::Usage);
            }
            std::optional<int> version;
            if (!cli::ifVersion(cli, p, QStringLiteral("number reassign"), version))
                return int(CommandLineTool::Usage);
            if (!cli.database())
                return int(CommandLineTool::Failure);
            auto moved
                = NumberService(cli.context())
                      .reassign(p.positionalArguments().first(), p.value(QStringLiteral("to")), version);
            if (!moved)
                return cli.fail(moved.error());
            cli.out << CommandLineTool::tr("%1 is now assigned to %2.")
                           .arg(formatInternational(moved->e164), assigneeText(*moved))
                    << '\n'
                    << CommandLineTool::tr("When you reassign a number, check that the assignment complies "
                                           "with the terms you agreed "
                                           "to when you bought that number.")
                    << '\n';
            return int(CommandLineTool::Success);
        }});

    commands.push_back(Command{
        QStringLiteral("number"), QStringLiteral("cancel"),
        CommandLineTool::tr("Cancel numbers; they expire at the end of the paid period."),
        [](QCommandLineParser& p) {
            p.addPositionalArgument(CommandLineTool::tr("NUMBER"), CommandLineTool::tr("Numbers to cancel."),
                                    CommandLineTool::tr("[NUMBER...]"));
            p.addOption({QStringLiteral("member"), CommandLineTool::tr("Cancel all numbers of this member."),
                         CommandLineTool::tr("NAME")});
        },
        [](CommandContext& cli, const QCommandLineParser& p) {
            const bool byMember = p.isSet(QStringLiteral("member"));
            if (byMember == !p.positionalArguments().isEmpty()) {
                cli.err << CommandLineTool::tr("error: give either numbers or --member NAME.") << Qt::endl;
                return int(CommandLineTool::Usage);
            }
            if (!cli.database())
                return int(CommandLineTool::Failure);
            NumberService service(cli.context());
            auto cancelled = byMember ? service.cancelForMember(p.value(QStringLiteral("member")))
                                      : service.cancel(p.positionalArguments());
            if (!cancelled)
                return cli.fail(cancelled.error());
            printCancelled(cli, *cancelled);
            return int(CommandLineTool::Success);
        }});

    commands.push_back(Command{
        QStringLiteral("number"), QStringLiteral("reactivate"),
        CommandLineTool::tr("Undo a cancellation, or buy the renewal of an expired number on hold."),
        [](QCommandLineParser& p) {
            p.addPositionalArgument(CommandLineTool::tr("NUMBER"), CommandLineTool::tr("The number."));
            p.addOption({QStringLiteral("to"),
                         CommandLineTool::tr("Reactivate it for this member or SIP profile instead of its "
                                             "holder (such as the successor of a removed member)."),
                         CommandLineTool::tr("NAME")});
        },
        [](CommandContext& cli, const QCommandLineParser& p) {
            if (p.positionalArguments().size() != 1) {
                cli.err << CommandLineTool::tr("error: give one NUMBER.") << Qt::endl;
                return int(CommandLineTool::Usage);
            }
            if (!cli.database())
                return int(CommandLineTool::Failure);
            auto number = NumberService(cli.context())
                              .reactivate(p.positionalArguments().first(), p.value(QStringLiteral("to")));
            if (!number)
                return cli.fail(number.error());
            cli.out << (number->state == NumberState::Pending
                            ? CommandLineTool::tr(
                                "%1 renews automatically again; paid until %2. It is still being "
                                "provisioned.")
                            : CommandLineTool::tr(
                                "%1 is active again and renews automatically; paid until %2."))
                           .arg(formatInternational(number->e164), date(number->paidUntil))
                    << '\n';
            if (p.isSet(QStringLiteral("to")))
                cli.out << endSentence(
                    CommandLineTool::tr("It is now assigned to %1.").arg(assigneeText(*number)))
                        << '\n';
            return int(CommandLineTool::Success);
        }});

    commands.push_back(Command{
        QStringLiteral("number"), QStringLiteral("auto-renew"),
        CommandLineTool::tr("Turn automatic renewal of a number on or off."),
        [](QCommandLineParser& p) {
            p.addPositionalArgument(CommandLineTool::tr("NUMBER"), CommandLineTool::tr("The number."));
            p.addPositionalArgument(QStringLiteral("on|off"),
                                    CommandLineTool::tr("on: renew at the end of each period; off: expire at "
                                                        "the end of the paid period."));
        },
        [](CommandContext& cli, const QCommandLineParser& p) {
            const QStringList args = p.positionalArguments();
            const QString value = args.value(1).toLower();
            if (args.size() != 2 || (value != QLatin1String("on") && value != QLatin1String("off"))) {
                cli.err << CommandLineTool::tr("error: give one NUMBER and on or off.") << Qt::endl;
                return int(CommandLineTool::Usage);
            }
            if (!cli.database())
                return int(CommandLineTool::Failure);
            auto number
                = NumberService(cli.context()).setAutoRenew(args.first(), value == QLatin1String("on"));
            if (!number)
                return cli.fail(number.error());
            cli.out << (number->autoRenew ? CommandLineTool::tr(
                            "%1 renews automatically; the next renewal is charged before %2.")
                                          : CommandLineTool::tr("%1 no longer renews; it expires on %2."))
                           .arg(formatInternational(number->e164), date(number->paidUntil))
                    << '\n';
            return int(CommandLineTool::Success);
        }});

    commands.push_back(Command{
        QStringLiteral("number"), QStringLiteral("list"),
        CommandLineTool::tr("List the organisation's numbers."),
        [](QCommandLineParser& p) {
            p.addOption({QStringLiteral("state"),
                         CommandLineTool::tr(
                             "Only numbers in this state: pending, active, cancelled, expired, released."),
                         CommandLineTool::tr("STATE")});
            p.addOption({QStringLiteral("search"),
                         CommandLineTool::tr("Only numbers or names containing TEXT."),
                         CommandLineTool::tr("TEXT")});
            p.addOption(cli::jsonOption());
        },
        [](CommandContext& cli, const QCommandLineParser& p) {
            NumberFilter filter;
            if (p.isSet(QStringLiteral("state"))) {
                filter.state = stateFromKey(p.value(QStringLiteral("state")));
                if (!filter.state) {
                    cli.err << CommandLineTool::tr("error: --state must be pending, active, cancelled, "
                                                   "expired or released, not \"%1\".")
                                   .arg(p.value(QStringLiteral("state")))
                            << Qt::endl;
                    return int(CommandLineTool::Usage);
                }
            }
            filter.text = p.value(QStringLiteral("search"));
            if (!cli.database())
                return int(CommandLineTool::Failure);
            if (cli::wantsJson(p)) {
                // Row by row: constant memory at any size.
                cli::JsonArrayWriter array(cli.out);
                const Status listed
                    = NumberService(cli.context()).forEach(filter, [&](const NumberRecord& r) {
                          array.add(toJson(r));
                          return true;
                      });
                array.finish();
                if (!listed)
                    return cli.fail(listed.error());
                return int(CommandLineTool::Success);
            }
            auto numbers = NumberService(cli.context()).list(filter);
            if (!numbers)
                return cli.fail(numbers.error());
            QList<QStringList> rows;
            for (const NumberRecord& r : *numbers)
                rows << QStringList{formatInternational(r.e164), stateDisplayName(r.state), date(r.paidUntil),
                                    r.autoRenew ? CommandLineTool::tr("renews")
                                                : CommandLineTool::tr("expires"),
                                    assigneeText(r)};
            if (!rows.isEmpty())
                cli.out << cli::formatTable({CommandLineTool::tr("NUMBER"), CommandLineTool::tr("STATE"),
                                             CommandLineTool::tr("PAID UNTIL"), CommandLineTool::tr("THEN"),
                                             CommandLineTool::tr("ASSIGNED TO")},
                                            rows);
            cli.out << CommandLineTool::tr("%Ln number(s)", "", int(numbers->size())) << '\n';
            return int(CommandLineTool::Success);
        }});

    commands.push_back(Command{
        QString(),
        QStringLiteral("process"),
        CommandLineTool::tr("Bring provisioning, renewals, expiry and release up to date."),
        {},
        [](CommandContext& cli, const QCommandLineParser&) {
            if (!cli.database())
                return int(CommandLineTool::Failure);
            // In batches of 2,000 numbers, each its own transaction: the desktop programs
            // and other administrators get their turn in between.
            constexpr int batchSize = 2000;
            auto report = NumberProcessor::processInBatches(cli.context(), batchSize);
            if (!report)
                return cli.fail(report.error());
            cli.out << CommandLineTool::tr(
                           "Activated: %1, renewed: %2, renewals failed: %3, expired: %4, released: %5.")
                           .arg(formatCount(report->activated), formatCount(report->renewed),
                                formatCount(report->renewalsFailed), formatCount(report->expired),
                                formatCount(report->released))
                    << '\n';
            return int(CommandLineTool::Success);
        }});
}

} // namespace nm
