#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <optional>
#include <vector>

namespace nm {

class JsonObjectText;
struct Context;

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString action; // e.g. "member.add", "number.reassign"
    QString objectKind; // "member", "sip_profile", "number", "organisation", "credit"
    QString objectId; // account name, profile id, E.164 number, ...
    QJsonObject before;
    QJsonObject after;
};

// Writes history entries with one statement prepared once: for operations that
// record thousands of entries in one transaction.
class AuditWriter final
{
    Q_DISABLE_COPY_MOVE(AuditWriter)

public:
    explicit AuditWriter(const Context& context);
    Status record(const QString& action, const QString& objectKind, const QString& objectId,
                  const QJsonObject& before, const QJsonObject& after);
    // The same entry from objects written as text (a bulk change's, without a QJsonObject).
    Status record(const QString& action, const QString& objectKind, const QString& objectId,
                  const JsonObjectText& before, const JsonObjectText& after);

private:
    Status write(const QString& action, const QString& objectKind, const QString& objectId,
                 const QVariant& before, const QVariant& after, const QString& searchKey);

    const Context& m_context;
    QSqlQuery m_query;
    Status m_prepared;
    // What the statement has bound from the last record: a bulk change binds only what
    // differs from one entry to the next (its time, object and values).
    bool m_bound = false;
    QDateTime m_at;
    QString m_action;
    QString m_objectKind;
};

// The history. Entries are written inside the caller's transaction, so that a change
// and its history happen together or not at all.
class AuditLog final
{
public:
    static Status record(const Context& context, const QString& action, const QString& objectKind,
                         const QString& objectId, const QJsonObject& before, const QJsonObject& after);

    struct Filter
    {
        QString text; // matched against action, object and actor
        QDateTime from; // inclusive, when valid
        QDateTime until; // exclusive, when valid
        int limit = -1;
    };
    // Newest first.
    static Result<std::vector<AuditEntry>> list(const QSqlDatabase& db, const Filter& filter);
    // The same entries one at a time, in constant memory.
    static Status forEach(const QSqlDatabase& db, const Filter& filter,
                          const std::function<bool(const AuditEntry&)>& visit);

    // The newest entry about one object, if any.
    static Result<std::optional<AuditEntry>> lastChange(const QSqlDatabase& db, const QString& objectKind,
                                                        const QString& objectId);
    // The refusal of a change made from a stale screen: "anna changed the member
    // jan.devries at 26-11-2026 14:02 (Member changed). Nothing was changed; look again
    // and retry." `what` names the object in a sentence.
    static Error changedMeanwhile(const QSqlDatabase& db, const QString& objectKind, const QString& objectId,
                                  const QString& what, const QString& field, const QString& now = {});

    // What a history search matches an entry by: the object, the administrator and every
    // value before and after, case-folded (Validation::searchKey), one per line.
    static QString searchKey(const QString& actor, const QString& objectId, const QJsonObject& before,
                             const QJsonObject& after);
    // The same from the texts of the values, before's then after's.
    static QString searchKey(const QString& actor, const QString& objectId, const QStringList& values);
};

} // namespace nm
