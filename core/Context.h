#pragma once

#include <QString>

namespace nm {

class Clock;
class Database;

// What every service needs: the database it writes to, the clock that tells the time,
// and who is acting (recorded in the history).
struct Context
{
    Database& database;
    const Clock& clock;
    QString actor;
};

// The operating-system user name, the acting administrator on SQLite (on PostgreSQL the
// server's user is: Database::userName()).
QString systemUserName();
// Who acts on `database`: its server user, or the operating system's.
QString actingUser(const Database& database);

} // namespace nm
