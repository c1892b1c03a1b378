#pragma once

#include <QByteArray>
#include <cstddef>
#include <cstdint>

namespace nm::fuzz {

// A QCoreApplication for the whole run (the SQL drivers need one); call once.
void startApplication();

// The input split into a selector (its first byte) and the file's bytes.
struct Input
{
    std::uint8_t selector = 0;
    QByteArray bytes;
};
Input split(const std::uint8_t* data, std::size_t size);

} // namespace nm::fuzz
