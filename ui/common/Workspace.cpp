#include "Workspace.h"

#include "common/LazyQueryModel.h"
#include "storage/ChangeWatcher.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace nm {

Workspace::Workspace(Database& database, const Clock& clock, QString actor, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_actor(std::move(actor))
{
    connect(&m_timer, &QTimer::timeout, this, &Workspace::processInBackground);
}

Workspace::~Workspace() = default;

void Workspace::startWatchingForChanges()
{
    if (!m_watcher) {
        m_watcher = std::make_unique<ChangeWatcher>(m_database);
        connect(m_watcher.get(), &ChangeWatcher::changedElsewhere, this, &Workspace::refresh);
        connect(m_watcher.get(), &ChangeWatcher::connectionLost, this, &Workspace::connectionLost);
        connect(m_watcher.get(), &ChangeWatcher::connectionRestored, this, &Workspace::connectionRestored);
    }
    m_watcher->start();
}

bool Workspace::canWrite() const
{
    return !m_database.isReadOnly();
}

void Workspace::refresh()
{
    notifyChanged(Everything);
}

void Workspace::setProcessingInterval(int milliseconds)
{
    if (milliseconds <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(milliseconds);
}

void Workspace::processNow()
{
    // A read-only database is looked at, not processed: nothing would be written.
    if (m_database.isReadOnly())
        return;
    // Called from a nested event loop during a long operation, processing would become
    // part of that operation's transaction: try again once it is over.
    if (Transaction::isOpen(m_database.connection())) {
        QTimer::singleShot(1000, this, &Workspace::processNow);
        return;
    }
    auto report = NumberProcessor::process(context());
    if (!report) {
        emit processingFailed(report.error().message);
        return;
    }
    if (report->changedAnything())
        notifyChanged(Numbers | Organisation);
}

void Workspace::startBackgroundProcessing()
{
    if (m_database.isReadOnly() || !m_opener)
        return;
    m_background = std::make_unique<BackgroundProcessor>(m_opener, m_clock, m_actor);
    connect(m_background.get(), &BackgroundProcessor::progress, this, &Workspace::processingProgress);
    connect(m_background.get(), &BackgroundProcessor::finished, this, [this](int changed) {
        if (changed > 0)
            notifyChanged(Numbers | Organisation);
    });
    connect(m_background.get(), &BackgroundProcessor::failed, this, &Workspace::processingFailed);
    m_background->start();
}

BackgroundReader* Workspace::reader(Reading reading)
{
    std::unique_ptr<BackgroundReader>& reader = reading == Reading::Rows ? m_rowReader : m_countReader;
    if (!reader && m_opener)
        reader = std::make_unique<BackgroundReader>(m_opener);
    return reader.get();
}

void Workspace::readInBackground(LazyQueryModel* model)
{
    model->setBackgroundReaders(reader(Reading::Rows), reader(Reading::Counts));
}

void Workspace::processInBackground()
{
    if (m_background)
        m_background->start();
    else
        processNow();
}

void Workspace::notifyChanged(Changes changes)
{
    emit changed(changes);
}

} // namespace nm
