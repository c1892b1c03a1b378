#include "TestOrganisation.h"
#include "TestSupport.h"
#include "phone/PhoneNumbers.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimeZone>
#include <QTimer>
#include <functional>
#include <memory>

// Several administrators at once: separate numbermanager-cli processes working on one
// database (a file, or the test server), on both engines. No update may be lost, every
// refused change must say why, and the books must balance.

using namespace nm;
using namespace nm::test;

namespace {

struct Run
{
    QStringList arguments;
    int code = -1;
    QString out;
    QString err;
};

// One administrator: runs the command-line tool again and again, each run's arguments
// chosen by `next` from what the previous runs answered (nullopt: done).
class Administrator
{
public:
    using Next = std::function<std::optional<QStringList>(const std::vector<Run>& done)>;

    Administrator(QString database, Next next)
        : m_database(std::move(database))
        , m_next(std::move(next))
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("NUMBERMANAGER_NOW"), QStringLiteral("2026-11-26T09:00:00Z"));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        m_process.setProcessEnvironment(environment);
        QObject::connect(&m_process, &QProcess::finished, [this](int code) {
            m_runs.back().code = code;
            m_runs.back().out = QString::fromUtf8(m_process.readAllStandardOutput());
            m_runs.back().err = QString::fromUtf8(m_process.readAllStandardError());
            startNext();
        });
    }

    void start() { startNext(); }
    bool finished() const { return m_finished; }
    const std::vector<Run>& runs() const { return m_runs; }

private:
    void startNext()
    {
        const std::optional<QStringList> arguments = m_next(m_runs);
        if (!arguments) {
            m_finished = true;
            return;
        }
        m_runs.push_back(Run{*arguments, -1, {}, {}});
        m_process.start(QStringLiteral(NM_CLI_PATH),
                        QStringList{QStringLiteral("--database"), m_database} + *arguments);
    }

    QString m_database;
    Next m_next;
    QProcess m_process;
    std::vector<Run> m_runs;
    bool m_finished = false;
};

// Starts every administrator at once and waits until all are done.
void runTogether(std::vector<std::unique_ptr<Administrator>>& administrators)
{
    for (auto& administrator : administrators)
        administrator->start();
    QEventLoop loop;
    QTimer poll;
    QTimer::singleShot(120'000, &loop, &QEventLoop::quit); // a hang fails below, it does not block CI
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (std::all_of(administrators.begin(), administrators.end(),
                        [](const auto& a) { return a->finished(); }))
            loop.quit();
    });
    poll.start(20);
    loop.exec();
    for (const auto& administrator : administrators)
        REQUIRE(administrator->finished());
}

qint64 scalar(TestOrganisation& org, const QString& sql)
{
    return org.temp.scalar(sql).toLongLong();
}

} // namespace

TEST_CASE("Administrators topping up the credit at once lose no top-up, and the ledger adds up",
          "[concurrency][credit]")
{
    const int administrators = GENERATE(2, 4);
    constexpr int topUpsEach = 15;
    TestOrganisation org(10'00);
    std::vector<std::unique_ptr<Administrator>> team;
    for (int a = 0; a < administrators; ++a)
        team.push_back(std::make_unique<Administrator>(
            org.temp.path(), [](const std::vector<Run>& done) -> std::optional<QStringList> {
                if (int(done.size()) == topUpsEach)
                    return std::nullopt;
                return QStringList{QStringLiteral("credit"), QStringLiteral("add"), QStringLiteral("1.25")};
            }));
    runTogether(team);

    int succeeded = 0;
    for (const auto& administrator : team)
        for (const Run& run : administrator->runs()) {
            INFO(run.err.toStdString());
            if (run.code == 0)
                ++succeeded;
            else
                CHECK(run.err.contains(QStringLiteral("error: "))); // a refusal says why
        }
    CHECK(succeeded == administrators * topUpsEach); // nobody waited longer than the busy timeout
    const qint64 expected = 10'00 + qint64(succeeded) * 1'25;
    CHECK(org.credit() == expected);
    CHECK(scalar(org, QStringLiteral("SELECT sum(amount_cents) FROM credit_ledger")) == expected);
    CHECK(scalar(org, QStringLiteral("SELECT count(*) FROM credit_ledger WHERE kind = 'top_up'"))
          == 1 + succeeded);
    // Every balance after is the previous one plus the amount: no two top-ups saw the same balance.
    CHECK(scalar(org, QStringLiteral("SELECT count(DISTINCT balance_after_cents) FROM credit_ledger"))
          == 1 + succeeded);
    WARN(administrators << " administrators: " << succeeded << " top-ups, 0 lost, credit " << expected
                        << " cents");
}

TEST_CASE("Administrators reassigning the same number at once: each version is changed once, every loser is "
          "told who won",
          "[concurrency][reassign]")
{
    const int administrators = GENERATE(2, 4);
    constexpr int attemptsEach = 6;
    TestOrganisation org;
    for (int a = 0; a < administrators; ++a)
        org.addMember(QStringLiteral("admin.target%1").arg(a), QStringLiteral("Target %1").arg(a),
                      QStringLiteral("NL"), QStringLiteral("Utrecht"));
    const NumberRecord number = org.buyOne(QStringLiteral("jan.devries"));
    const int startVersion = org.reload(number.e164).version;

    std::vector<std::unique_ptr<Administrator>> team;
    for (int a = 0; a < administrators; ++a) {
        const QString target = QStringLiteral("admin.target%1").arg(a);
        team.push_back(std::make_unique<Administrator>(
            org.temp.path(), [=](const std::vector<Run>& done) -> std::optional<QStringList> {
                // Look at the number, then reassign it from what was seen: list, reassign, list, ...
                if (int(done.size()) == 2 * attemptsEach)
                    return std::nullopt;
                if (done.size() % 2 == 0)
                    return QStringList{QStringLiteral("number"), QStringLiteral("list"),
                                       QStringLiteral("--json"), QStringLiteral("--search"), number.e164};
                const QJsonArray listed = QJsonDocument::fromJson(done.back().out.toUtf8()).array();
                const int seen
                    = listed.isEmpty() ? 0 : listed.at(0).toObject().value(QStringLiteral("version")).toInt();
                return QStringList{QStringLiteral("number"),
                                   QStringLiteral("reassign"),
                                   number.e164,
                                   QStringLiteral("--to"),
                                   target,
                                   QStringLiteral("--if-version"),
                                   QString::number(seen)};
            }));
    }
    runTogether(team);

    int won = 0;
    int toldWhoWon = 0;
    int alreadyTheirs = 0;
    for (const auto& administrator : team)
        for (size_t i = 1; i < administrator->runs().size(); i += 2) {
            const Run& run = administrator->runs()[i];
            INFO(run.err.toStdString());
            if (run.code == 0) {
                ++won;
            } else if (run.err.contains(QStringLiteral(" changed the number "))) {
                CHECK(run.err.contains(QStringLiteral("It now belongs to")));
                CHECK(run.err.contains(QStringLiteral("Nothing was changed")));
                ++toldWhoWon;
            } else {
                CHECK(run.err.contains(QStringLiteral("is already assigned to"))); // it was theirs already
                ++alreadyTheirs;
            }
        }
    CHECK(won + toldWhoWon + alreadyTheirs == administrators * attemptsEach);
    CHECK(won >= 1);
    // Each win moved the version on by exactly one, and each is in the history: none lost.
    CHECK(org.reload(number.e164).version == startVersion + won);
    CHECK(scalar(org, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'number.reassign'"))
          == won);
    WARN(administrators << " administrators, " << administrators * attemptsEach << " attempts: " << won
                        << " won, " << toldWhoWon << " told who changed it first, " << alreadyTheirs
                        << " found it theirs already");
}

TEST_CASE("A member removed while another administrator reassigns to them never ends up holding a number",
          "[concurrency][reassign]")
{
    constexpr int rounds = 8;
    TestOrganisation org;
    const NumberRecord number = org.buyOne(QStringLiteral("jan.devries"));
    int reassigned = 0;
    int refused = 0;
    for (int round = 0; round < rounds; ++round) {
        const QString successor = QStringLiteral("successor%1").arg(round);
        org.addMember(successor, QStringLiteral("Successor %1").arg(round), QStringLiteral("NL"),
                      QStringLiteral("Delft"));
        std::vector<std::unique_ptr<Administrator>> team;
        const auto once = [](QStringList arguments) {
            return [arguments](const std::vector<Run>& done) -> std::optional<QStringList> {
                if (!done.empty())
                    return std::nullopt;
                return arguments;
            };
        };
        team.push_back(std::make_unique<Administrator>(
            org.temp.path(), once({QStringLiteral("member"), QStringLiteral("remove"), successor})));
        team.push_back(
            std::make_unique<Administrator>(org.temp.path(),
                                            once({QStringLiteral("number"), QStringLiteral("reassign"),
                                                  number.e164, QStringLiteral("--to"), successor})));
        runTogether(team);
        CHECK(team[0]->runs().front().code == 0);
        const Run& reassign = team[1]->runs().front();
        if (reassign.code == 0) {
            ++reassigned;
        } else {
            ++refused;
            CHECK(reassign.err.contains(QStringLiteral("There is no member or SIP profile called")));
        }
        // Removed, the successor holds nothing usable: the removal cancelled what it held.
        CHECK(scalar(org,
                     QStringLiteral("SELECT count(*) FROM numbers n JOIN members m ON m.id = n.member_id "
                                    "WHERE m.status = 'removed' AND n.state IN ('pending', 'active')"))
              == 0);
        // Back to an active holder for the next round.
        if (org.reload(number.e164).assigneeName != QStringLiteral("jan.devries"))
            REQUIRE(org.numbers().reassign(number.e164, QStringLiteral("jan.devries")));
        if (org.reload(number.e164).state == NumberState::Cancelled)
            REQUIRE(org.numbers().reactivate(number.e164));
    }
    CHECK(reassigned + refused == rounds);
    WARN(rounds << " rounds: " << reassigned << " reassigned before the removal (then cancelled by it), "
                << refused << " refused after it; 0 removed members holding a usable number");
}

TEST_CASE("A member changed by another administrator after it was opened is not overwritten: the second is "
          "told who changed it and when",
          "[concurrency][members]")
{
    TestOrganisation org;
    auto seen = MemberService(org.context()).findByAccountName(QStringLiteral("emma.smith"));
    REQUIRE(seen);
    // Anna, at another desk, moves Emma to Delft first.
    auto other = org.temp.openAnother();
    const Context anna{*other, org.temp.clock(), QStringLiteral("anna")};
    MemberEdit move;
    move.city = QStringLiteral("Delft");
    REQUIRE(MemberService(anna).edit(QStringLiteral("emma.smith"), move, seen->version));
    const QString before = org.dump();

    MemberEdit stale;
    stale.city = QStringLiteral("Leiden");
    auto refused = MemberService(org.context()).edit(QStringLiteral("emma.smith"), stale, seen->version);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    const QString who = onPostgres() ? QStringLiteral("test-admin") : QStringLiteral("anna");
    CHECK(refused.error().message
          == QStringLiteral(
                 "%1 changed the member emma.smith at 26/11/2026 %2, after you looked at it. Nothing was "
                 "changed. Look at it again and retry.")
                 .arg(who,
                      QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc())
                          .toLocalTime()
                          .toString(QStringLiteral("HH:mm"))));
    CHECK(org.dump() == before);
    auto now = MemberService(org.context()).findByAccountName(QStringLiteral("emma.smith"));
    REQUIRE(now);
    CHECK(now->city == QStringLiteral("Delft"));
    CHECK(now->version == seen->version + 1);
}
