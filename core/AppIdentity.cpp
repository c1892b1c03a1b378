#include "AppIdentity.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace nm {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("NumberManager"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("numbermanager.example"));
    QCoreApplication::setApplicationName(QStringLiteral("NumberManager"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NM_VERSION));
    // Our own informational logging is for developers; QT_LOGGING_RULES turns it back on.
    QLoggingCategory::setFilterRules(QStringLiteral("nm.*.debug=false\nnm.*.info=false"));
}

} // namespace nm
