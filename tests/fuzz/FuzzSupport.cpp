#include "FuzzSupport.h"

#include <QCoreApplication>

namespace nm::fuzz {

void startApplication()
{
    static int argc = 1;
    static char name[] = "nm_fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication application(argc, argv);
}

Input split(const std::uint8_t* data, std::size_t size)
{
    Input input;
    if (size == 0)
        return input;
    input.selector = data[0];
    input.bytes = QByteArray(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    return input;
}

} // namespace nm::fuzz
