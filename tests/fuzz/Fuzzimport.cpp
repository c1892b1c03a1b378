// Each importer (in a dry run, which rolls back) and the reconciler on any CSV file, against
// one SQLite database that holds members, a SIP profile and numbers: every row is reported
// or imported, nothing is left changed, and nothing crashes.
#include "Clock.h"
#include "Context.h"
#include "FuzzSupport.h"
#include "io/Csv.h"
#include "io/Importer.h"
#include "io/Reconciler.h"
#include "members/MemberService.h"
#include "organisation/OrganisationService.h"
#include "sip/SipProfileService.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

struct World
{
    QTemporaryDir dir;
    nm::FixedClock clock{QDateTime(QDate(2026, 11, 27), QTime(9, 0), QTimeZone::utc())};
    std::unique_ptr<nm::Database> database;

    nm::Context context() { return nm::Context{*database, clock, QStringLiteral("fuzz")}; }
};

World& world()
{
    static World* w = [] {
        nm::fuzz::startApplication();
        auto* created = new World;
        auto opened = nm::Database::open(created->dir.filePath(QStringLiteral("fuzz.sqlite")));
        if (!opened)
            std::abort();
        created->database = std::move(opened).value();
        const nm::Context context = created->context();
        if (!nm::OrganisationService(context).topUp(100'000))
            std::abort();
        if (!nm::MemberService(context).add(nm::MemberInput{
                QStringLiteral("jan.devries"), QStringLiteral("Jan de Vries"),
                QStringLiteral("jan@example.nl"), QStringLiteral("NL"), QStringLiteral("Amsterdam")}))
            std::abort();
        if (!nm::SipProfileService(context).add(nm::SipProfileInput{
                QStringLiteral("pbx-main"), QStringLiteral("Main office PBX"), 10, QStringLiteral("NL")}))
            std::abort();
        const auto numbers = nm::Csv::parse("number;assigned to\n+31 20 123 4001;jan.devries\n");
        if (!numbers)
            std::abort();
        const auto imported
            = nm::Importer(context).importTable(nm::FileKind::Numbers, *numbers, {}, QString());
        if (!imported || imported->hasProblems() || !imported->applied) {
            std::fprintf(stderr, "setup: %s\n",
                         imported ? qPrintable(imported->problemLines(3).join(QLatin1Char('\n')))
                                  : qPrintable(imported.error().message));
            std::abort();
        }
        return created;
    }();
    return *w;
}

qint64 count(const char* table)
{
    QSqlQuery query(world().database->connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)) || !query.next())
        std::abort();
    return query.value(0).toLongLong();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    world();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const nm::fuzz::Input input = nm::fuzz::split(data, size);
    const auto table = nm::Csv::parse(input.bytes);
    if (!table)
        return 0;
    World& w = world();
    const int which = input.selector % 4;
    if (which == 3) {
        const auto report = nm::Reconciler(w.context()).reconcile(*table, {}, QStringLiteral("fuzz.csv"));
        if (report)
            (void)report->table();
        return 0;
    }
    static const nm::FileKind kinds[]
        = {nm::FileKind::Members, nm::FileKind::SipProfiles, nm::FileKind::Numbers};
    nm::ImportOptions options;
    options.dryRun = true;
    options.update = (input.selector & 4) != 0 && which != 2;
    const qint64 members = count("members");
    const qint64 numbers = count("numbers");
    const qint64 history = count("audit_log");
    const auto report
        = nm::Importer(w.context()).importTable(kinds[which], *table, options, QStringLiteral("fuzz.csv"));
    if (report) {
        (void)report->summary();
        (void)report->problemLines(10);
    }
    // A dry run changes nothing, whatever the file.
    if (count("members") != members || count("numbers") != numbers || count("audit_log") != history)
        std::abort();
    return 0;
}
