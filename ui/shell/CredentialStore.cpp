#include "CredentialStore.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcCredentials, "nm.ui.credentials", QtWarningMsg)

namespace nm {

namespace {
const QString service = QStringLiteral("Number Manager");

// qtkeychain's jobs are asynchronous; these are short, and asked for before a window shows.
template <typename Job> void runJob(Job& job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
}
} // namespace

QString KeychainStore::password(const QString& location)
{
    QKeychain::ReadPasswordJob job(service);
    job.setKey(location);
    runJob(job);
    if (job.error() != QKeychain::NoError) {
        if (job.error() != QKeychain::EntryNotFound)
            qCWarning(lcCredentials) << "The credential store could not be read:" << job.errorString();
        return {};
    }
    return job.textData();
}

void KeychainStore::setPassword(const QString& location, const QString& password)
{
    QKeychain::WritePasswordJob job(service);
    job.setKey(location);
    job.setTextData(password);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        qCWarning(lcCredentials) << "The credential store could not be written:" << job.errorString();
}

void KeychainStore::forget(const QString& location)
{
    QKeychain::DeletePasswordJob job(service);
    job.setKey(location);
    runJob(job);
}

} // namespace nm
