#include "DatabaseUsers.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace nm {

namespace {

Status postgresOnly(const Context& context)
{
    if (context.database.engine() == Engine::Postgres)
        return {};
    return Error{
        ErrorCode::InvalidState,
        DatabaseUsers::tr("Users and roles belong to a database on a PostgreSQL server. A database file has "
                          "no users: whoever may write to the file is its administrator."),
        QStringLiteral("database")};
}

// This database's group role for `role` (dialect.h).
Result<QString> groupRole(const QSqlDatabase& db, DatabaseUsers::Role role)
{
    QSqlQuery query(db);
    if (Status s = prepare(query, QStringLiteral("SELECT numbermanager_role(?)")); !s)
        return s.error();
    query.addBindValue(QLatin1String(role == DatabaseUsers::Role::Administrator ? dialect::administratorsKind
                                                                                : dialect::viewersKind));
    if (Status s = exec(query); !s)
        return s.error();
    if (!query.next())
        return databaseError(query);
    return query.value(0).toString();
}

// A statement with quoted identifiers and literals, made by the server itself (format's
// %I and %L), since role statements take no bound values.
Result<QString> formatted(const QSqlDatabase& db, const QString& pattern, const QVariantList& values)
{
    QSqlQuery query(db);
    QString placeholders;
    for (int i = 0; i < values.size(); ++i)
        placeholders += QStringLiteral(", CAST(? AS text)");
    if (Status s = prepare(query, QStringLiteral("SELECT format('%1'%2)").arg(pattern, placeholders)); !s)
        return s.error();
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (Status s = exec(query); !s)
        return s.error();
    if (!query.next())
        return databaseError(query);
    return query.value(0).toString();
}

Status run(const QSqlDatabase& db, const QString& pattern, const QVariantList& values)
{
    auto statement = formatted(db, pattern, values);
    if (!statement)
        return statement.error();
    return execSql(db, *statement);
}

} // namespace

QString DatabaseUsers::roleKey(Role role)
{
    return role == Role::Administrator ? QStringLiteral("administrator") : QStringLiteral("viewer");
}

std::optional<DatabaseUsers::Role> DatabaseUsers::roleFromKey(const QString& key)
{
    if (key == QLatin1String("administrator"))
        return Role::Administrator;
    if (key == QLatin1String("viewer"))
        return Role::Viewer;
    return std::nullopt;
}

QString DatabaseUsers::roleDisplayName(Role role)
{
    return role == Role::Administrator ? tr("Administrator") : tr("Viewer");
}

Status DatabaseUsers::validateName(const QString& name)
{
    bool valid = !name.isEmpty() && name.size() <= 63;
    for (const QChar c : name)
        valid = valid
            && ((c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.')
                || c == QLatin1Char('-') || c == QLatin1Char('_'));
    if (valid)
        return {};
    return Error{
        ErrorCode::InvalidInput,
        tr("The user name \"%1\" may have 1 to 63 letters (A-Z), digits, dots, hyphens and underscores.")
            .arg(name),
        QStringLiteral("name")};
}

Result<std::vector<DatabaseUsers::User>> DatabaseUsers::list(const Context& context)
{
    if (Status s = postgresOnly(context); !s)
        return s.error();
    QSqlQuery query(context.database.connection());
    query.setForwardOnly(true);
    if (Status s
        = prepare(query,
                  QStringLiteral(
                      "SELECT r.rolname, bool_or(g.rolname = numbermanager_role('%1')), r.oid = d.datdba "
                      "FROM pg_roles r JOIN pg_database d ON d.datname = current_database() "
                      "LEFT JOIN pg_auth_members m ON m.member = r.oid "
                      "LEFT JOIN pg_roles g ON g.oid = m.roleid AND g.rolname IN "
                      "(numbermanager_role('%1'), numbermanager_role('%2')) "
                      "WHERE r.rolcanlogin AND (g.rolname IS NOT NULL OR r.oid = d.datdba) "
                      "GROUP BY r.rolname, r.oid, d.datdba ORDER BY r.rolname")
                      .arg(QLatin1String(dialect::administratorsKind), QLatin1String(dialect::viewersKind)));
        !s)
        return s.error();
    if (Status s = exec(query); !s)
        return s.error();
    std::vector<User> users;
    while (query.next()) {
        User user;
        user.name = query.value(0).toString();
        user.owner = query.value(2).toBool();
        user.role = query.value(1).toBool() || user.owner ? Role::Administrator : Role::Viewer;
        users.push_back(user);
    }
    return users;
}

Status DatabaseUsers::add(const Context& context, const QString& name, Role role, const QString& password)
{
    if (Status s = postgresOnly(context); !s)
        return s;
    if (Status s = validateName(name); !s)
        return s;
    QSqlDatabase db = context.database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.beginStatus();
    QSqlQuery exists(db);
    if (Status s = prepare(exists, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?")); !s)
        return s;
    exists.addBindValue(name);
    if (Status s = exec(exists); !s)
        return s;
    exists.next();
    const bool known = exists.value(0).toInt() > 0;
    exists.finish();
    Status made;
    if (!known && password.isEmpty())
        made = run(db, QStringLiteral("CREATE ROLE %I LOGIN"), {name});
    else if (!known)
        made = run(db, QStringLiteral("CREATE ROLE %I LOGIN PASSWORD %L"), {name, password});
    else if (!password.isEmpty())
        made = run(db, QStringLiteral("ALTER ROLE %I PASSWORD %L"), {name, password});
    if (!made)
        return made;
    // One role at a time: a viewer made administrator stops being a viewer, and back.
    const Role other = role == Role::Administrator ? Role::Viewer : Role::Administrator;
    const auto granted = groupRole(db, role);
    const auto revoked = groupRole(db, other);
    if (!granted || !revoked)
        return granted ? revoked.error() : granted.error();
    if (Status s = run(db, QStringLiteral("REVOKE %I FROM %I"), {*revoked, name}); !s)
        return s;
    if (Status s = run(db, QStringLiteral("GRANT %I TO %I"), {*granted, name}); !s)
        return s;
    // Administrators add and remove users too.
    if (Status s = run(db,
                       role == Role::Administrator ? QStringLiteral("ALTER ROLE %I CREATEROLE")
                                                   : QStringLiteral("ALTER ROLE %I NOCREATEROLE"),
                       {name});
        !s)
        return s;
    if (Status s = AuditLog::record(context, QStringLiteral("user.add"), QStringLiteral("user"), name, {},
                                    {{QStringLiteral("role"), roleKey(role)}});
        !s)
        return s;
    return transaction.commit();
}

Status DatabaseUsers::remove(const Context& context, const QString& name)
{
    if (Status s = postgresOnly(context); !s)
        return s;
    if (name == context.database.userName())
        return Error{ErrorCode::InvalidInput,
                     tr("You cannot remove yourself; ask another administrator to do it."),
                     QStringLiteral("name")};
    auto users = list(context);
    if (!users)
        return users.error();
    const auto found
        = std::find_if(users->begin(), users->end(), [&](const User& u) { return u.name == name; });
    if (found == users->end())
        return Error{ErrorCode::NotFound, tr("%1 is not a user of this database.").arg(name),
                     QStringLiteral("name")};
    if (found->owner)
        return Error{ErrorCode::InvalidState,
                     tr("%1 created this database and stays its administrator.").arg(name),
                     QStringLiteral("name")};
    QSqlDatabase db = context.database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.beginStatus();
    for (const Role role : {Role::Administrator, Role::Viewer}) {
        const auto group = groupRole(db, role);
        if (!group)
            return group.error();
        if (Status s = run(db, QStringLiteral("REVOKE %I FROM %I"), {*group, name}); !s)
            return s;
    }
    if (Status s = AuditLog::record(context, QStringLiteral("user.remove"), QStringLiteral("user"), name,
                                    {{QStringLiteral("role"), roleKey(found->role)}}, {});
        !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    // The login goes too, unless it owns something else on the server.
    QSqlQuery drop(db);
    (void)drop.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(name));
    return {};
}

} // namespace nm
