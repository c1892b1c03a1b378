#pragma once

#include "common/Workspace.h"
#include "numbers/NumberService.h" // ProgressCallback

#include <QCoreApplication>
#include <QProgressDialog>
#include <QSignalBlocker>
#include <memory>

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

// Runs a core operation over many items. Above the threshold a window-modal progress
// dialog shows how far it is and keeps the window responsive; Stop makes the core's
// callback answer false, which rolls the whole operation back. Meanwhile the workspace
// stays quiet, so that no page re-reads a half-done change (and processing waits until
// the transaction is over).
template <typename Operation>
auto runWithProgress(QWidget* parent, Workspace& workspace, const ProgressOptions& options,
                     Operation&& operation)
{
    std::unique_ptr<QProgressDialog> dialog;
    ProgressCallback progress;
    if (options.count > options.threshold) {
        dialog = std::make_unique<QProgressDialog>(options.label,
                                                   QCoreApplication::translate("nm::Progress", "Stop"), 0,
                                                   int(options.count), parent);
        dialog->setObjectName(options.objectName);
        dialog->setWindowTitle(options.title);
        dialog->setWindowModality(Qt::WindowModal);
        dialog->setMinimumDuration(0);
        dialog->setAutoClose(false);
        dialog->setAutoReset(false);
        dialog->setValue(0);
        progress = [shown = dialog.get()](qint64 done, qint64 total) {
            shown->setMaximum(int(total));
            shown->setValue(int(done));
            QCoreApplication::processEvents();
            return !shown->wasCanceled();
        };
    }
    const QSignalBlocker quiet(&workspace);
    return operation(progress);
}

} // namespace nm
