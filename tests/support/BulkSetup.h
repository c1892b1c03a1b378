#pragma once

#include "Result.h"
#include "Validation.h"
#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QSqlQuery>
#include <functional>

namespace nm::test {

// Setup, not a feature under measurement: `count` members in Amsterdam straight into
// the table, in one transaction, with the search keys the member service stores.
inline Status addMembersInBulk(Database& db, int count, const std::function<QString(int)>& account,
                               const std::function<QString(int)>& displayName)
{
    Transaction transaction(db.connection());
    if (!transaction.isActive())
        return transaction.beginStatus();
    QSqlQuery insert(db.connection());
    if (Status s = prepare(insert,
                           QStringLiteral("INSERT INTO members (account_name, display_name, email, country, "
                                          "city, created_at, account_key, display_key, email_key, city_key, "
                                          "account_sort, display_sort) "
                                          "VALUES (?, ?, ?, 'NL', 'Amsterdam', '2026-01-01T00:00:00Z', ?, ?, "
                                          "?, 'amsterdam', ?, ?)"));
        !s)
        return s;
    for (int i = 0; i < count; ++i) {
        const QString name = account(i);
        const QString display = displayName(i);
        const QString email = name + QStringLiteral("@example.com");
        for (const QString& value :
             {name, display, email, Validation::searchKey(name), Validation::searchKey(display),
              Validation::searchKey(email), Validation::sortKey(name), Validation::sortKey(display)})
            insert.addBindValue(value);
        if (Status s = exec(insert); !s)
            return s;
    }
    return transaction.commit();
}

} // namespace nm::test
