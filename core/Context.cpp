#include "Context.h"

#include <QtGlobal>

namespace nm {

QString systemUserName()
{
    // USERNAME on Windows, USER (or LOGNAME) elsewhere; no platform calls needed.
    for (const char* variable : {"USERNAME", "USER", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("administrator");
}

} // namespace nm
