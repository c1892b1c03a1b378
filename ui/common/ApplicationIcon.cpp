#include "ApplicationIcon.h"

namespace nm {

QIcon applicationIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/numbermanager-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace nm
