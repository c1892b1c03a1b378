#pragma once

#include <QStringList>
#include <vector>

namespace nm {

struct Migration
{
    int version; // the schema version after this migration
    QStringList statements;
};

// Every migration, oldest first. A released migration is never edited: add a new one.
const std::vector<Migration>& migrations();

} // namespace nm
