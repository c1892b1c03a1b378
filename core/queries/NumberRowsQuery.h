#pragma once

#include "numbers/Number.h"
#include "queries/ListQuery.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace nm {

// The Numbers page's rows: one per (active member or SIP profile, non-released number)
// pair, one for an active assignee without numbers (so that it can be ticked for a
// purchase), and the cancelled numbers of removed members and SIP profiles until they
// expire (so that they can go to a successor). Searched by name, account name, SIP
// profile id (Unicode case-insensitively) or number digits (searchDigits()).
class NumberRowsQuery final : public ListQuery
{
public:
    // The page's columns; Tick orders like Name.
    enum Column
    {
        Tick,
        Name,
        Kind,
        Number,
        Country,
        State,
        ExpiresOn,
        AutoRenew,
        ColumnCount
    };
    enum Value
    {
        RowKey, // "member17-42": stable across refresh, order and paging
        KindValue, // "member" or "sip_profile"
        AssigneeId,
        AssigneeKey, // account name or SIP profile id
        AssigneeName, // display name or SIP profile name
        NumberId, // null for an assignee without numbers
        E164,
        CountryValue,
        StateValue,
        Version,
        PaidUntil,
        AutoRenewValue,
        AssigneeActive, // false for a removed holder
        ValueCount // then the part of the order the row is in, and its keys there (for rowsAfter)
    };

    explicit NumberRowsQuery(QSqlDatabase db);

    void setSearchText(const QString& text) { m_search = text; }
    QString searchText() const { return m_search; }
    // Only rows whose number is in this state; nullopt for every row.
    void setState(std::optional<NumberState> state) { m_state = state; }
    std::optional<NumberState> state() const { return m_state; }

    // What the administrator narrows the rows to, besides the search and the state.
    struct Filters
    {
        std::optional<AssigneeKind> kind; // members or SIP profiles only
        QString country; // numbers of this country (ISO code)
        QString areaCode; // ... and this area code
        bool withoutNumber = false; // only members and SIP profiles without a number
        QDateTime expiresBefore; // only numbers that stop (auto-renew off, or cancelled) by this time
        bool autoRenewOff = false; // only numbers that will not renew
        bool operator==(const Filters&) const = default;
    };
    void setFilters(const Filters& filters) { m_filters = filters; }
    const Filters& filters() const { return m_filters; }

    // The rows of these assignees (whatever the search), for bringing ticked rows up to date.
    Result<std::vector<QVariantList>> rowsOf(AssigneeKind kind, const QList<qint64>& ids) const;

    Statement countStatement() const override;
    std::unique_ptr<ListQuery> clone() const override;

protected:
    Sql sql() const override;
    // In the statements of the order one after the other; after a row, by its values
    // (keyset paging), so that the page at row 900,000 costs what the first does.
    Status read(const QVariantList* after, int offset, int limit, const Visitor& visit) const override;

private:
    // The statements of the current order, in turn; with `after`, only the rows after
    // that row. Each reads its rows in the order through an index.
    struct Part
    {
        Sql sql;
        QString counted; // its arms as "SELECT 1 ...", for the count
    };
    std::vector<Part> segments(const QVariantList* after) const;

    QString m_search;
    std::optional<NumberState> m_state;
    Filters m_filters;
};

} // namespace nm
