#pragma once

#include "queries/ListQuery.h"
#include "sip/SipProfile.h"

namespace nm {

// SIP profiles (the active ones unless removed ones are asked for), with how many
// numbers each holds, filtered by the stored case-folded keys.
class SipProfileQuery final : public ListQuery
{
public:
    enum Column
    {
        ProfileId,
        Name,
        Channels,
        Country,
        NumberCount,
        ColumnCount
    };
    enum Value
    {
        Id,
        ProfileIdValue,
        NameValue,
        ChannelsValue,
        CountryValue,
        NumberCountValue,
        StatusValue,
        CreatedAtValue,
        RemovedAtValue,
        VersionValue
    };

    explicit SipProfileQuery(QSqlDatabase db);

    // Part of the profile id or name, in any case.
    void setText(const QString& text) { m_text = text; }
    void setIncludeRemoved(bool include) { m_includeRemoved = include; }

    static SipProfile profile(const QVariantList& row);

    std::unique_ptr<ListQuery> clone() const override;

protected:
    Sql sql() const override;

private:
    QString m_text;
    bool m_includeRemoved = false;
};

} // namespace nm
