#pragma once

#include "Result.h"

#include <QObject>
#include <QThread>
#include <atomic>
#include <functional>
#include <memory>

namespace nm {

class Clock;
class Database;
class ProcessingRound;

// Processing (provisioning, renewals, expiry and release) on a thread of its own, with a
// connection of its own, in bounded transactions (NumberProcessor::processInBatches), so
// that the window never waits for it and other administrators get their turn between
// batches. One round at a time; a round asked for while one runs is run after it.
class BackgroundProcessor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundProcessor)

public:
    // Opens the worker's own connection, on the worker's thread.
    using Opener = std::function<Result<std::unique_ptr<Database>>()>;
    static constexpr int batchSize = 2000;

    BackgroundProcessor(Opener opener, const Clock& clock, QString actor, QObject* parent = nullptr);
    // Asks a running round to stop after its batch and waits for it.
    ~BackgroundProcessor() override;

    bool isBusy() const { return m_busy; }

public slots:
    void start();

signals:
    // During a long round, after each batch: the numbers changed so far.
    void progress(int changed);
    // After a round: how many numbers it changed (0 when nothing was due).
    void finished(int changed);
    void failed(const QString& message);

private:
    void roundDone();

    QThread m_thread;
    ProcessingRound* m_round = nullptr; // lives on m_thread
    std::atomic_bool m_busy{false};
    std::atomic_bool m_stop{false};
    bool m_again = false;
};

} // namespace nm
