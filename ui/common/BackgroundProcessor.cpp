#include "BackgroundProcessor.h"

#include "Clock.h"
#include "Context.h"
#include "numbers/NumberProcessor.h"
#include "storage/Database.h"

#include <QMetaObject>

namespace nm {

// The worker: owns the thread's connection, opened on first use and closed on the thread.
class ProcessingRound final : public QObject
{
    Q_OBJECT

public:
    ProcessingRound(BackgroundProcessor::Opener opener, const Clock& clock, QString actor,
                    std::atomic_bool& stop)
        : m_opener(std::move(opener))
        , m_clock(clock)
        , m_actor(std::move(actor))
        , m_stop(stop)
    { }

    void run()
    {
        if (!m_database) {
            auto opened = m_opener();
            if (!opened) {
                emit failed(opened.error().message);
                return;
            }
            m_database = std::move(opened).value();
        }
        const Context context{*m_database, m_clock, m_actor};
        auto report = NumberProcessor::processInBatches(context, BackgroundProcessor::batchSize,
                                                        [this](const ProcessReport& soFar) {
                                                            emit progress(changedBy(soFar));
                                                            return !m_stop;
                                                        });
        if (!report) {
            emit failed(report.error().message);
            return;
        }
        emit finished(changedBy(*report));
    }

    void close() { m_database.reset(); }

signals:
    void progress(int changed);
    void finished(int changed);
    void failed(const QString& message);

private:
    static int changedBy(const ProcessReport& report)
    {
        return report.activated + report.renewed + report.renewalsFailed + report.expired + report.released;
    }

    BackgroundProcessor::Opener m_opener;
    const Clock& m_clock;
    QString m_actor;
    std::atomic_bool& m_stop;
    std::unique_ptr<Database> m_database;
};

BackgroundProcessor::BackgroundProcessor(Opener opener, const Clock& clock, QString actor, QObject* parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("processing"));
    m_round = new ProcessingRound(std::move(opener), clock, std::move(actor), m_stop);
    m_round->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_round, &QObject::deleteLater);
    connect(m_round, &ProcessingRound::progress, this, &BackgroundProcessor::progress);
    connect(m_round, &ProcessingRound::finished, this, [this](int changed) {
        roundDone();
        emit finished(changed);
    });
    connect(m_round, &ProcessingRound::failed, this, [this](const QString& message) {
        roundDone();
        emit failed(message);
    });
    m_thread.start(QThread::LowPriority);
}

BackgroundProcessor::~BackgroundProcessor()
{
    m_stop = true;
    // The connection is closed on the thread that opened it, after the round in progress.
    QMetaObject::invokeMethod(m_round, &ProcessingRound::close, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void BackgroundProcessor::start()
{
    if (m_busy) {
        m_again = true;
        return;
    }
    m_busy = true;
    QMetaObject::invokeMethod(m_round, &ProcessingRound::run, Qt::QueuedConnection);
}

void BackgroundProcessor::roundDone()
{
    m_busy = false;
    if (m_again) {
        m_again = false;
        start();
    }
}

} // namespace nm

#include "BackgroundProcessor.moc"
