#include "ActionIcons.h"

namespace nm {

QIcon actionIcon(const QString& name)
{
    QIcon icon;
    for (int size : {22, 44})
        icon.addFile(QStringLiteral(":/icons/actions/%1-%2.png").arg(name).arg(size), QSize(size, size));
    return icon;
}

} // namespace nm
