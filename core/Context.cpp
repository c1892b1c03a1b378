#include "Context.h"

#include "storage/Database.h"

namespace nm {

QString actingUser(const Database& database)
{
    return database.userName().isEmpty() ? systemUserName() : database.userName();
}

} // namespace nm
