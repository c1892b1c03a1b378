#pragma once

#include <QFileInfo>

// What differs between Windows and the POSIX systems, behind one interface. The only
// files with platform calls are in core/platform/.
namespace nm::platform {

// Whether the running user may write the file or folder. On Windows this asks the NTFS
// access control lists: QFileInfo::isWritable() alone looks only at the read-only
// attribute there, so a folder the user may not write to would look writable.
bool isWritable(const QFileInfo& info);

// While it lives, the console shows what the command-line tool writes: UTF-8 output (and
// input) on Windows, whose consoles expect the OEM code page otherwise (names with
// accents would come out garbled in cmd.exe); the console's own code pages come back
// when it ends. Nothing to do elsewhere.
class Utf8Console
{
public:
    Utf8Console();
    ~Utf8Console();
    Utf8Console(const Utf8Console&) = delete;
    Utf8Console& operator=(const Utf8Console&) = delete;

private:
    unsigned m_output = 0; // the code pages before, 0 when there is no console
    unsigned m_input = 0;
};

} // namespace nm::platform
