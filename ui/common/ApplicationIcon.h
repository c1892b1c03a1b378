#pragma once

#include <QIcon>

namespace nm {

// Number Manager's icon (resources/icons), in every size it is drawn at: the window
// icon, and on Windows the taskbar's. The same pictures are installed in the hicolor
// theme on Linux and make up the .ico file of the Windows program.
QIcon applicationIcon();

} // namespace nm
