#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QStringList>
#include <functional>
#include <vector>

namespace nm {

struct Migration
{
    int version; // the schema version after this migration
    QStringList statements;
    // Runs after the statements, in the same transaction: for data that SQL alone cannot
    // compute (Unicode case folding of stored names).
    std::function<Status(const QSqlDatabase&)> code = {};
};

// Every migration, oldest first. A released migration is never edited: add a new one.
const std::vector<Migration>& migrations();

} // namespace nm
