#include "AppIdentity.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace nm {

namespace {
QtMessageHandler previousHandler = nullptr;

// Qt's PostgreSQL driver warns when it cannot free a prepared statement in a transaction
// that an error already ended; the rollback that follows frees it. Not for the user.
void filterMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("Unable to free statement")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}
} // namespace

void setApplicationIdentity()
{
    if (!previousHandler)
        previousHandler = qInstallMessageHandler(filterMessages);
    QCoreApplication::setOrganizationName(QStringLiteral("NumberManager"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("numbermanager.example"));
    QCoreApplication::setApplicationName(QStringLiteral("NumberManager"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NM_VERSION));
    // Our own informational logging is for developers; QT_LOGGING_RULES turns it back on.
    QLoggingCategory::setFilterRules(QStringLiteral("nm.*.debug=false\nnm.*.info=false"));
}

} // namespace nm
