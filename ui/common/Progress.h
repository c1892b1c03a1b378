#pragma once

#include "Context.h"
#include "common/Workspace.h"
#include "numbers/NumberService.h" // ProgressCallback

#include <QString>
#include <functional>
#include <optional>
#include <utility>

class QWidget;

namespace nm {

struct ProgressOptions
{
    QString objectName; // for tests
    QString title;
    QString label;
    qint64 count = 0;
    // Smaller operations finish before a progress dialog would be worth showing.
    qint64 threshold = 200;
};

// Runs `job` with the context it should use and a progress callback. Above the threshold,
// and when the workspace can open a connection of its own (Workspace::connectionOpener()),
// the job runs on a worker thread with that connection while a window-modal progress dialog
// shows how far it is; the window's thread only waits in its event loop, so that it never
// freezes. Without an opener the job runs here, and the dialog keeps the window responsive
// between items. Stop makes the callback answer false, which rolls the whole operation back.
// Meanwhile the workspace stays quiet, so that no page re-reads a half-done change.
void runJob(QWidget* parent, Workspace& workspace, const ProgressOptions& options,
            const std::function<void(const Context&, const ProgressCallback&)>& job);

// runJob() for an operation that returns a value: `operation(context, progress)`.
template <typename Operation>
auto runWithProgress(QWidget* parent, Workspace& workspace, const ProgressOptions& options,
                     Operation&& operation)
{
    using Value
        = decltype(operation(std::declval<const Context&>(), std::declval<const ProgressCallback&>()));
    std::optional<Value> result;
    runJob(parent, workspace, options, [&](const Context& context, const ProgressCallback& progress) {
        result.emplace(operation(context, progress));
    });
    return std::move(*result);
}

} // namespace nm
