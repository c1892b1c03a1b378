// Windows and POSIX differences (see Platform.h).
#include "Platform.h"

#include <QtGlobal>

#ifdef Q_OS_WIN
#include <windows.h>
#if QT_VERSION < QT_VERSION_CHECK(6, 6, 0)
// Qt before 6.6: a counter that turns NTFS permission checks on while it is above 0.
extern Q_CORE_EXPORT int qt_ntfs_permission_lookup;
#endif
#endif

namespace nm::platform {

bool isWritable(const QFileInfo& info)
{
#ifdef Q_OS_WIN
#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
    const QNtfsPermissionCheckGuard permissionCheck;
    return info.isWritable();
#else
    ++qt_ntfs_permission_lookup;
    const bool writable = info.isWritable();
    --qt_ntfs_permission_lookup;
    return writable;
#endif
#else
    return info.isWritable();
#endif
}

Utf8Console::Utf8Console()
{
#ifdef Q_OS_WIN
    m_output = GetConsoleOutputCP();
    m_input = GetConsoleCP();
    SetConsoleOutputCP(CP_UTF8);
    SetConsoleCP(CP_UTF8);
#endif
}

Utf8Console::~Utf8Console()
{
#ifdef Q_OS_WIN
    if (m_output)
        SetConsoleOutputCP(m_output);
    if (m_input)
        SetConsoleCP(m_input);
#endif
}

} // namespace nm::platform
