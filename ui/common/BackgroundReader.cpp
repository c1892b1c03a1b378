#include "BackgroundReader.h"

#include "storage/Database.h"

#include <QLoggingCategory>
#include <QMetaObject>
#include <atomic>

Q_LOGGING_CATEGORY(lcReader, "nm.ui.reader")

namespace nm {

// Owns the thread's connection, opened on first use and closed on the thread.
class ReaderThreadWorker final : public QObject
{
    Q_OBJECT

public:
    explicit ReaderThreadWorker(BackgroundProcessor::Opener opener)
        : m_opener(std::move(opener))
    { }

    // The connection, or an invalid one when it cannot be opened (the job then fails
    // with the database's own message, as reads on a lost connection do).
    QSqlDatabase connection()
    {
        if (!m_database) {
            auto opened = m_opener();
            if (!opened) {
                qCWarning(lcReader) << "no connection for reading:" << opened.error().message;
                return {};
            }
            m_database = std::move(opened).value();
        }
        return m_database->connection();
    }

    void close() { m_database.reset(); }

    std::atomic_bool stopping{false};

private:
    BackgroundProcessor::Opener m_opener;
    std::unique_ptr<Database> m_database;
};

BackgroundReader::BackgroundReader(BackgroundProcessor::Opener opener, QObject* parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("reader"));
    m_worker = new ReaderThreadWorker(std::move(opener));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

BackgroundReader::~BackgroundReader()
{
    m_worker->stopping = true;
    QMetaObject::invokeMethod(m_worker, &ReaderThreadWorker::close, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void BackgroundReader::run(QObject* receiver, Job job)
{
    QPointer<QObject> guard(receiver);
    ReaderThreadWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [this, worker, guard, job = std::move(job)] {
            if (worker->stopping)
                return;
            std::function<void()> then = job(worker->connection());
            // Back on the window's thread; `this` outlives the thread (see the destructor).
            QMetaObject::invokeMethod(
                this,
                [guard, then = std::move(then)] {
                    if (guard && then)
                        then();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace nm

#include "BackgroundReader.moc"
