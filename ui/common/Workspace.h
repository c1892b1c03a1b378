#pragma once

#include "Context.h"
#include "common/BackgroundProcessor.h"
#include "common/BackgroundReader.h"
#include "numbers/NumberProcessor.h"

#include <QObject>
#include <QTimer>
#include <memory>

namespace nm {

class ChangeWatcher;
class Clock;
class Database;

// What every page shares: the open database, the clock and the acting administrator,
// plus change notifications so that pages refresh themselves after any write, and the
// timer that brings provisioning, renewal and expiry up to date while the program runs.
class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    Workspace(Database& database, const Clock& clock, QString actor, QObject* parent = nullptr);
    ~Workspace() override;

    // Shows what other programs and administrators change, within a second or two
    // (ChangeWatcher); off until started.
    void startWatchingForChanges();
    // Whether the user may change anything (not a viewer, not read-only).
    bool canWrite() const;

    Context context() const { return Context{m_database, m_clock, m_actor}; }
    Database& database() const { return m_database; }
    const Clock& clock() const { return m_clock; }

    // How often processing runs by itself; 0 stops the timer.
    void setProcessingInterval(int milliseconds);
    // Opens another connection to the same database, on the thread that calls it: what
    // work on a worker thread uses (long operations, processing). None by default.
    using Opener = BackgroundProcessor::Opener;
    void setConnectionOpener(Opener opener) { m_opener = std::move(opener); }
    const Opener& connectionOpener() const { return m_opener; }
    // From now on processing runs on its own thread, with a connection from the opener
    // (the timer's rounds and processInBackground()); starts a round now.
    void startBackgroundProcessing();
    BackgroundProcessor* backgroundProcessor() const { return m_background.get(); }
    // Reads that can take long on a thread of their own, with a connection from the
    // opener; null without an opener, and they run on this thread. Rows (a page to show)
    // and counts (a count or a sum over everything) each have their own thread, so that
    // the next page never waits behind a count of a million rows.
    enum class Reading
    {
        Rows,
        Counts
    };
    BackgroundReader* reader(Reading reading);
    // A list page's model reads its searches, sorts, counts and next pages on the readers.
    void readInBackground(class LazyQueryModel* model);

    enum Change
    {
        Numbers = 0x1,
        Members = 0x2,
        SipProfiles = 0x4,
        Organisation = 0x8,
        Settings = 0x10,
        Everything = 0xff,
    };
    Q_DECLARE_FLAGS(Changes, Change)
    Q_FLAG(Changes)

public slots:
    // Runs the processing step now, on this thread; emits changed() when it changed anything.
    void processNow();
    // On the processing thread when background processing started, else processNow().
    void processInBackground();
    // Pages call this after a successful write.
    void notifyChanged(nm::Workspace::Changes changes);
    // Reads everything again (F5, View -> Refresh).
    void refresh();

signals:
    void changed(nm::Workspace::Changes changes);
    void processingFailed(const QString& message);
    // A long processing round in the background: numbers changed so far.
    void processingProgress(int changed);
    void connectionLost(const QString& message);
    void connectionRestored();

private:
    Database& m_database;
    const Clock& m_clock;
    QString m_actor;
    QTimer m_timer;
    std::unique_ptr<ChangeWatcher> m_watcher;
    std::unique_ptr<BackgroundProcessor> m_background;
    std::unique_ptr<BackgroundReader> m_rowReader;
    std::unique_ptr<BackgroundReader> m_countReader;
    Opener m_opener;
};

} // namespace nm

Q_DECLARE_OPERATORS_FOR_FLAGS(nm::Workspace::Changes)
