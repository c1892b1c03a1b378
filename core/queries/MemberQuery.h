#pragma once

#include "members/Member.h"
#include "queries/ListQuery.h"

namespace nm {

// Members (the active ones unless removed ones are asked for), with how many numbers
// each holds, filtered by the stored case-folded keys: "ZOË" finds "Zoë".
class MemberQuery final : public ListQuery
{
public:
    enum Column
    {
        AccountName,
        DisplayName,
        Email,
        Country,
        City,
        NumberCount,
        ColumnCount
    };
    // The values of a row: the key, then one per column, then the rest of the member.
    enum Value
    {
        Id,
        AccountNameValue,
        DisplayNameValue,
        EmailValue,
        CountryValue,
        CityValue,
        NumberCountValue,
        StatusValue,
        CreatedAtValue,
        RemovedAtValue,
        VersionValue
    };

    explicit MemberQuery(QSqlDatabase db);

    // Part of the account name, display name, e-mail address or city, in any case.
    void setText(const QString& text) { m_text = text; }
    void setIncludeRemoved(bool include) { m_includeRemoved = include; }

    static Member member(const QVariantList& row);

    std::unique_ptr<ListQuery> clone() const override;

protected:
    Sql sql() const override;

private:
    QString m_text;
    bool m_includeRemoved = false;
};

} // namespace nm
