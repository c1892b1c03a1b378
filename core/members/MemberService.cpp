#include "MemberService.h"

#include "Clock.h"
#include "Validation.h"
#include "numbers/NumberService.h"
#include "queries/MemberQuery.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QLoggingCategory>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcMembers, "nm.members")

namespace nm {

namespace {

const QString objectKind = QStringLiteral("member");
const QString selectColumns = QStringLiteral("SELECT id, account_name, display_name, email, country, city, "
                                             "status, created_at, removed_at, version FROM members ");

Member readMember(const QSqlQuery& query)
{
    Member member;
    member.id = query.value(0).toLongLong();
    member.accountName = query.value(1).toString();
    member.displayName = query.value(2).toString();
    member.email = query.value(3).toString();
    member.country = query.value(4).toString();
    member.city = query.value(5).toString();
    member.status = query.value(6).toString() == QLatin1String("removed") ? MemberStatus::Removed
                                                                          : MemberStatus::Active;
    member.createdAt = fromStorage(query.value(7).toString());
    if (!query.value(8).isNull())
        member.removedAt = fromStorage(query.value(8).toString());
    member.version = query.value(9).toInt();
    return member;
}

// The single member matching `where` (bound to `value`), or none.
Result<std::optional<Member>> selectOne(const QSqlDatabase& db, const QString& where, const QVariant& value)
{
    return nm::selectOne<Member>(db, selectColumns + where, value, readMember);
}

Result<std::optional<Member>> selectActive(const QSqlDatabase& db, const QString& accountName)
{
    return selectOne(db, QStringLiteral("WHERE account_key = ? AND status = 'active'"),
                     Validation::searchKey(accountName));
}

} // namespace

MemberService::MemberService(const Context& context)
    : m_context(context)
{ }

Error MemberService::notFound(const QString& accountName) const
{
    return Error{ErrorCode::NotFound, tr("There is no member with the account name \"%1\".").arg(accountName),
                 QStringLiteral("account")};
}

Status MemberService::validateDisplayName(const QString& typed)
{
    const QString field = QStringLiteral("display-name");
    const auto tidied = Validation::tidyName(typed, field, tr("Display name"));
    if (!tidied)
        return tidied.error();
    const QString& displayName = *tidied;
    if (displayName.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("Enter a display name for the member."), field};
    const int length = Validation::characterCount(displayName);
    if (length > displayNameMaxLength)
        return Error{
            ErrorCode::InvalidInput,
            tr("The display name is too long (%1 characters): a display name has at most %2 characters.")
                .arg(QString::number(length), QString::number(displayNameMaxLength)),
            field};
    if (Validation::containsControlCharacter(displayName))
        return Error{ErrorCode::InvalidInput,
                     tr("The display name must be one line, without tabs or other control characters."),
                     field};
    return {};
}

Status MemberService::validateCity(const QString& typed)
{
    const QString field = QStringLiteral("city");
    const auto tidied = Validation::tidyName(typed, field, tr("City")); // optional, but readable
    if (!tidied)
        return tidied.error();
    const QString& city = *tidied;
    const int length = Validation::characterCount(city);
    if (length > cityMaxLength)
        return Error{ErrorCode::InvalidInput,
                     tr("The city is too long (%1 characters): a city has at most %2 characters.")
                         .arg(QString::number(length), QString::number(cityMaxLength)),
                     field};
    if (Validation::containsControlCharacter(city))
        return Error{ErrorCode::InvalidInput,
                     tr("The city must be one line, without tabs or other control characters."), field};
    return {};
}

Status MemberService::validate(const MemberInput& input)
{
    // In the order of the form's fields, so that the first error is the first field to fix.
    if (Status s = Validation::accountName(Validation::tidy(input.accountName)); !s)
        return s;
    if (Status s = validateDisplayName(input.displayName); !s)
        return s;
    if (Status s = Validation::email(Validation::tidy(input.email)); !s)
        return s;
    if (auto country = Validation::countryCode(Validation::tidy(input.country)); !country)
        return country.error();
    return validateCity(input.city);
}

Result<Member> MemberService::add(const MemberInput& input)
{
    if (Status s = validate(input); !s)
        return s.error();

    // Stored as typed, without white space or invisible characters at either end.
    Member member;
    member.accountName = Validation::tidy(input.accountName);
    member.displayName = Validation::tidy(input.displayName);
    member.email = Validation::tidy(input.email);
    member.country = Validation::countryCode(Validation::tidy(input.country)).value();
    member.city = Validation::tidy(input.city);
    member.status = MemberStatus::Active;
    member.createdAt = m_context.clock.now();

    QSqlDatabase db = m_context.database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.beginStatus().error();

    auto existing = selectActive(db, member.accountName);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Error{
            ErrorCode::Duplicate,
            tr("The account name \"%1\" is already in use by the member \"%2\". Choose another account "
               "name.")
                .arg(member.accountName, existing.value()->accountName),
            QStringLiteral("account")};

    {
        QSqlQuery insert(db);
        if (Status s
            = prepare(insert,
                      QStringLiteral("INSERT INTO members (account_name, display_name, email, "
                                     "country, city, status, created_at, account_key, display_key, "
                                     "email_key, city_key, account_sort, display_sort) "
                                     "VALUES (?, ?, ?, ?, ?, 'active', ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
            !s)
            return s.error();
        insert.addBindValue(storedText(member.accountName));
        insert.addBindValue(storedText(member.displayName));
        insert.addBindValue(storedText(member.email));
        insert.addBindValue(storedText(member.country));
        insert.addBindValue(storedText(member.city));
        insert.addBindValue(toStorage(member.createdAt));
        for (const QString* name : {&member.accountName, &member.displayName, &member.email, &member.city})
            insert.addBindValue(storedText(Validation::searchKey(*name)));
        insert.addBindValue(storedText(Validation::sortKey(member.accountName)));
        insert.addBindValue(storedText(Validation::sortKey(member.displayName)));
        if (Status s = exec(insert); !s)
            return s.error();
        if (!insert.next())
            return databaseError(insert);
        member.id = insert.value(0).toLongLong();
    }

    if (Status s = AuditLog::record(m_context, QStringLiteral("member.add"), objectKind, member.accountName,
                                    {}, member.toJson());
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    qCInfo(lcMembers) << "Added member" << member.id;
    return member;
}

Result<Member> MemberService::edit(const QString& accountName, const MemberEdit& typed,
                                   std::optional<int> expectedVersion)
{
    MemberEdit edit = typed;
    for (std::optional<QString>* field : {&edit.displayName, &edit.email, &edit.country, &edit.city})
        if (*field)
            **field = Validation::tidy(**field);
    if (edit.displayName)
        if (Status s = validateDisplayName(*edit.displayName); !s)
            return s.error();
    if (edit.email)
        if (Status s = Validation::email(*edit.email); !s)
            return s.error();
    std::optional<QString> country;
    if (edit.country) {
        auto code = Validation::countryCode(*edit.country);
        if (!code)
            return code.error();
        country = code.value();
    }
    if (edit.city)
        if (Status s = validateCity(*edit.city); !s)
            return s.error();

    QSqlDatabase db = m_context.database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.beginStatus().error();

    auto existing = selectActive(db, Validation::tidy(accountName));
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return notFound(accountName);
    const Member before = **existing;
    if (expectedVersion && *expectedVersion != before.version)
        return AuditLog::changedMeanwhile(db, objectKind, before.accountName,
                                          tr("the member %1").arg(before.accountName), {});

    Member after = before;
    QJsonObject changedBefore;
    QJsonObject changedAfter;
    const auto change = [&](QString Member::*field, const std::optional<QString>& value, const QString& key) {
        if (!value || *value == before.*field)
            return;
        after.*field = *value;
        changedBefore.insert(key, before.*field);
        changedAfter.insert(key, *value);
    };
    change(&Member::displayName, edit.displayName, QStringLiteral("displayName"));
    change(&Member::email, edit.email, QStringLiteral("email"));
    change(&Member::country, country, QStringLiteral("country"));
    change(&Member::city, edit.city, QStringLiteral("city"));
    if (changedAfter.isEmpty())
        return before; // the transaction rolls back: nothing was written

    // A new address must still meet the terms of every number the member holds.
    if (after.country != before.country || after.city != before.city) {
        Assignee moved{AssigneeKind::Member, after.id, after.accountName, after.displayName, after.country,
                       after.city,           true};
        if (Status s = NumberService::checkTermsAfterMove(m_context, moved); !s) {
            Error error = s.error();
            error.field
                = after.country != before.country ? QStringLiteral("country") : QStringLiteral("city");
            return error;
        }
    }

    {
        QSqlQuery update(db);
        if (Status s = prepare(
                update,
                QStringLiteral(
                    "UPDATE members SET version = version + 1, display_name = ?, email = ?, country = ?, "
                    "city = ?, display_key = ?, email_key = ?, city_key = ?, display_sort = ? WHERE id = ?"));
            !s)
            return s.error();
        update.addBindValue(storedText(after.displayName));
        update.addBindValue(storedText(after.email));
        update.addBindValue(storedText(after.country));
        update.addBindValue(storedText(after.city));
        for (const QString* name : {&after.displayName, &after.email, &after.city})
            update.addBindValue(storedText(Validation::searchKey(*name)));
        update.addBindValue(storedText(Validation::sortKey(after.displayName)));
        update.addBindValue(after.id);
        if (Status s = exec(update); !s)
            return s.error();
    }

    after.version = before.version + 1;
    if (Status s = AuditLog::record(m_context, QStringLiteral("member.edit"), objectKind, after.accountName,
                                    changedBefore, changedAfter);
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    qCInfo(lcMembers) << "Changed member" << after.id;
    return after;
}

Result<Member> MemberService::remove(const QString& accountName)
{
    QSqlDatabase db = m_context.database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.beginStatus().error();

    auto existing = selectActive(db, Validation::tidy(accountName));
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return notFound(accountName);
    const Member before = **existing;

    Member after = before;
    after.status = MemberStatus::Removed;
    after.removedAt = m_context.clock.now();
    {
        QSqlQuery update(db);
        if (Status s = prepare(
                update,
                QStringLiteral("UPDATE members SET status = 'removed', removed_at = ?, version = version + 1 "
                               "WHERE id = ?"));
            !s)
            return s.error();
        update.addBindValue(toStorage(after.removedAt));
        update.addBindValue(after.id);
        if (Status s = exec(update); !s)
            return s.error();
    }

    // Rule 5: their numbers are cancelled in the same transaction; each stays usable until paid-until.
    if (auto cancelled = NumberService::cancelHeldBy(m_context, AssigneeRef{AssigneeKind::Member, after.id});
        !cancelled)
        return cancelled.error();

    if (Status s = AuditLog::record(m_context, QStringLiteral("member.remove"), objectKind,
                                    before.accountName, before.toJson(), after.toJson());
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    qCInfo(lcMembers) << "Removed member" << after.id;
    return after;
}

Result<std::vector<Member>> MemberService::list(const MemberFilter& filter) const
{
    MemberQuery query(m_context.database.connection());
    query.setText(filter.text);
    query.setIncludeRemoved(filter.includeRemoved);
    auto rows = query.allRows();
    if (!rows)
        return rows.error();
    std::vector<Member> members;
    members.reserve(rows->size());
    for (const QVariantList& row : *rows)
        members.push_back(MemberQuery::member(row));
    return members;
}

Result<Member> MemberService::findByAccountName(const QString& accountName) const
{
    auto found = selectActive(m_context.database.connection(), Validation::tidy(accountName));
    if (!found)
        return found.error();
    if (!found->has_value())
        return notFound(accountName);
    return **found;
}

Result<Member> MemberService::findById(qint64 id) const
{
    auto found = selectOne(m_context.database.connection(), QStringLiteral("WHERE id = ?"), id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{ErrorCode::NotFound, tr("There is no member with record number %1.").arg(id), {}};
    return **found;
}

} // namespace nm
