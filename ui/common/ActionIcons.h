#pragma once

#include <QIcon>

namespace nm {

// An icon of the shipped Breeze set (resources/icons/actions: 22 and 44 pixels), by its
// freedesktop name ("document-open"); the same on every platform, theme or not.
QIcon actionIcon(const QString& name);

} // namespace nm
