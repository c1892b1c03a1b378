#include "Progress.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QSignalBlocker>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <memory>

namespace nm {

namespace {

std::unique_ptr<QProgressDialog> progressDialog(QWidget* parent, const ProgressOptions& options)
{
    auto dialog = std::make_unique<QProgressDialog>(
        options.label, QCoreApplication::translate("nm::Progress", "Stop"), 0, int(options.count), parent);
    dialog->setObjectName(options.objectName);
    dialog->setWindowTitle(options.title);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(0);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setValue(0);
    return dialog;
}

// On a worker thread with its own connection; false when no connection could be opened
// there (the job has not run).
bool runOnWorker(QWidget* parent, Workspace& workspace, const ProgressOptions& options,
                 const std::function<void(const Context&, const ProgressCallback&)>& job)
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{options.count};
    std::atomic_bool stop{false};
    bool ran = false;
    const Workspace::Opener& opener = workspace.connectionOpener();
    const Clock& clock = workspace.clock();
    const QString actor = workspace.context().actor;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        auto opened = opener();
        if (!opened)
            return;
        const std::unique_ptr<Database> database = std::move(opened).value();
        ran = true;
        job(Context{*database, clock, actor}, [&](qint64 doneSoFar, qint64 all) {
            done = doneSoFar;
            total = all;
            return !stop;
        });
    }));
    worker->setObjectName(QStringLiteral("job"));

    const auto dialog = progressDialog(parent, options);
    QObject::connect(dialog.get(), &QProgressDialog::canceled, dialog.get(), [&stop] { stop = true; });
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, dialog.get(), [&] {
        if (dialog->wasCanceled()) // Stop, Escape, or cancel()
            stop = true;
        dialog->setMaximum(int(total));
        dialog->setValue(int(done));
    });
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    const QSignalBlocker quiet(&workspace);
    worker->start();
    poll.start();
    loop.exec();
    worker->wait();
    return ran;
}

} // namespace

void runJob(QWidget* parent, Workspace& workspace, const ProgressOptions& options,
            const std::function<void(const Context&, const ProgressCallback&)>& job)
{
    if (options.count > options.threshold && workspace.connectionOpener()
        && runOnWorker(parent, workspace, options, job))
        return;
    std::unique_ptr<QProgressDialog> dialog;
    ProgressCallback progress;
    if (options.count > options.threshold) {
        dialog = progressDialog(parent, options);
        progress = [shown = dialog.get()](qint64 done, qint64 total) {
            shown->setMaximum(int(total));
            shown->setValue(int(done));
            QCoreApplication::processEvents();
            return !shown->wasCanceled();
        };
    }
    const QSignalBlocker quiet(&workspace);
    job(workspace.context(), progress);
}

} // namespace nm
