#pragma once

#include <QList>

namespace nm::benchmark {

// `nm_core_benchmark --growth [SIZES...]`: how the core operations grow with the
// organisation, in time and peak memory (see Growth.cpp).
int runGrowth(const QList<int>& sizes);

} // namespace nm::benchmark
