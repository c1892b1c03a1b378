#pragma once

#include "Result.h"
#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace nm::benchmark {

// Setup, not a feature under measurement: `count` members in Amsterdam, named
// member000000, member000001, ... ("Member 0", ...), in one bulk transaction.
inline Status addMembersInBulk(Database& db, int count)
{
    Transaction transaction(db.connection());
    if (!transaction.isActive())
        return transaction.beginStatus();
    QSqlQuery insert(db.connection());
    if (Status s
        = prepare(insert,
                  QStringLiteral("INSERT INTO members (account_name, display_name, email, country, city, "
                                 "created_at) VALUES (?, ?, ?, 'NL', 'Amsterdam', '2026-01-01T00:00:00Z')"));
        !s)
        return s;
    for (int i = 0; i < count; ++i) {
        const QString account = QStringLiteral("member%1").arg(i, 6, 10, QLatin1Char('0'));
        insert.addBindValue(account);
        insert.addBindValue(QStringLiteral("Member %1").arg(i));
        insert.addBindValue(QString(account + QStringLiteral("@example.com")));
        if (Status s = exec(insert); !s)
            return s;
    }
    return transaction.commit();
}

} // namespace nm::benchmark
