#pragma once

#include "Context.h"
#include "Result.h"

#include <QCoreApplication>
#include <vector>

namespace nm {

// The people who may use a database on a PostgreSQL server, and what they may do:
// administrators change everything, viewers read everything and change nothing. They
// are the server's own users (roles), so the server enforces it. A SQLite file has no
// users: whoever may write to the file is its administrator.
class DatabaseUsers final
{
    Q_DECLARE_TR_FUNCTIONS(nm::DatabaseUsers)

public:
    enum class Role
    {
        Administrator,
        Viewer
    };

    struct User
    {
        QString name;
        Role role = Role::Viewer;
        bool owner = false; // created the database (its first administrator)
    };

    static QString roleKey(Role role); // "administrator", "viewer"
    static std::optional<Role> roleFromKey(const QString& key);
    static QString roleDisplayName(Role role);

    // Everyone with a role in this database, by name.
    static Result<std::vector<User>> list(const Context& context);
    // Adds a server user with this role (a new login, with `password` when given; servers
    // that authenticate by certificate or peer need none), or gives an existing server
    // user the role. Administrators only; recorded in the history.
    static Status add(const Context& context, const QString& name, Role role, const QString& password = {});
    // Takes the role away and, when the user has no other use on the server, the login.
    static Status remove(const Context& context, const QString& name);

    // Letters, digits, '.', '-' and '_'; 1 to 63 characters: a name the server keeps as typed.
    static Status validateName(const QString& name);
};

} // namespace nm
