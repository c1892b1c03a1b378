#pragma once

#include "Result.h"

#include <QString>

namespace nm {

// Money is integer euro cents. These read and write the plain form used by the
// command-line tool and JSON ("12.50"); the UI formats through QLocale.
Result<qint64> parseEuros(const QString& text, const QString& field = QStringLiteral("amount"));
QString formatEurosPlain(qint64 cents);

} // namespace nm
