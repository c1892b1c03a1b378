#pragma once

#include "common/BackgroundProcessor.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QThread>
#include <functional>

namespace nm {

class ReaderThreadWorker;

// Reads that can take long on a large organisation (a list's count, the organisation's
// totals) on a thread of its own, with a connection of its own, so that the window never
// waits for them. Jobs run one at a time, in the order given.
class BackgroundReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundReader)

public:
    // Runs on the reader's thread with its connection; returns what to do with the result
    // on the window's thread.
    using Job = std::function<std::function<void()>(const QSqlDatabase&)>;

    explicit BackgroundReader(BackgroundProcessor::Opener opener, QObject* parent = nullptr);
    // Waits for the job in progress; the jobs not started are dropped.
    ~BackgroundReader() override;

    // The result is handed over only while `receiver` still exists.
    void run(QObject* receiver, Job job);

private:
    QThread m_thread;
    ReaderThreadWorker* m_worker = nullptr; // lives on m_thread
};

} // namespace nm
