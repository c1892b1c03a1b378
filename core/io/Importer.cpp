#include "Importer.h"

#include "Clock.h"
#include "Format.h"
#include "Money.h"
#include "Validation.h"
#include "catalogue/Catalogue.h"
#include "io/Cells.h"
#include "members/MemberService.h"
#include "numbers/Assignee.h"
#include "numbers/Billing.h"
#include "numbers/Number.h"
#include "organisation/OrganisationSettings.h"
#include "phone/PhoneNumbers.h"
#include "sip/SipProfileService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcImport, "nm.import")

namespace nm {

namespace {

constexpr qint64 progressEvery = 500;

QString kindKey(FileKind kind)
{
    switch (kind) {
    case FileKind::Members:
        return QStringLiteral("member");
    case FileKind::SipProfiles:
        return QStringLiteral("sip");
    case FileKind::Numbers:
        return QStringLiteral("number");
    default:
        return QStringLiteral("other");
    }
}

// One import as it runs: the file, the report being filled, and the values of a row.
class Run
{
public:
    Run(const Context& c, const CsvTable& t, const ImportOptions& o, ImportReport& r)
        : context(c)
        , table(t)
        , options(o)
        , report(r)
    { }

    const Context& context;
    const CsvTable& table;
    const ImportOptions& options;
    ImportReport& report;

    int rowNumber = 0; // the spreadsheet row being read
    const QStringList* fields = nullptr;
    bool rowHasProblem = false;

    // The cell of `key` in the current row, without a formula guard; empty when the file
    // has no such column.
    QString cell(const QString& key) const
    {
        const int index = report.mapping.value(key, -1);
        if (index < 0 || index >= fields->size())
            return {};
        return Cells::unguardedText(fields->at(index));
    }
    bool hasColumn(const QString& key) const { return report.mapping.contains(key); }

    QString headingOf(const QString& key) const
    {
        const int index = report.mapping.value(key, -1);
        if (index >= 0 && index < report.header.size())
            return report.header.at(index);
        for (const Column& column : columnsOf(report.kind))
            if (column.key == key)
                return heading(column);
        return {};
    }

    void problem(const QString& key, const QString& message)
    {
        report.problems.push_back(
            ImportProblem{rowNumber, key, key.isEmpty() ? QString() : headingOf(key), message});
        rowHasProblem = true;
    }
    void problem(const Error& error, const QString& fallbackKey)
    {
        const bool known = !error.field.isEmpty() && (hasColumn(error.field) || error.field == fallbackKey);
        problem(known ? error.field : fallbackKey, error.message);
    }

    // Starts row `index` (0-based data row); false when it cannot be read at all.
    bool startRow(qsizetype index)
    {
        rowNumber = CsvTable::spreadsheetRow(index);
        fields = &table.rows.at(index);
        rowHasProblem = false;
        if (fields->size() != table.header.size()) {
            problem(QString(),
                    Importer::tr("The row has %Ln field(s), but the header has %1. Check the quotes "
                                 "and separators on this row.",
                                 "", int(fields->size()))
                        .arg(formatCount(table.header.size())));
            return false;
        }
        return true;
    }

    void finishRow(ImportAction action, const QString& key, const QStringList& changes = {})
    {
        if (rowHasProblem)
            action = ImportAction::Refused;
        report.rows.push_back(ImportRow{rowNumber, action, key, changes});
        switch (action) {
        case ImportAction::Add:
            ++report.added;
            break;
        case ImportAction::Update:
            ++report.updated;
            break;
        case ImportAction::Unchanged:
            ++report.unchanged;
            break;
        case ImportAction::AlreadyThere:
            ++report.alreadyThere;
            break;
        case ImportAction::Refused:
            break;
        }
    }

    // False when the administrator stopped the import.
    bool progress(qint64 done) const
    {
        if (!options.progress || (done % progressEvery != 0 && done != table.rows.size()))
            return true;
        return options.progress(done, table.rows.size());
    }

    // The country column: an ISO code or a name in English or Dutch.
    std::optional<QString> country(const QString& key)
    {
        const QString text = cell(key);
        if (Validation::tidy(text).isEmpty()) {
            problem(key,
                    Importer::tr("Enter the country, as its two-letter code (NL) or its name (Nederland)."));
            return std::nullopt;
        }
        const auto code = Cells::country(text);
        if (!code)
            problem(key,
                    Importer::tr("\"%1\" is not a country. Write its two-letter code (NL) or its name in "
                                 "English or Dutch (Netherlands, Nederland).")
                        .arg(text));
        return code;
    }
};

Error stopped()
{
    return Error{ErrorCode::Cancelled, Importer::tr("The import was stopped. Nothing was imported."), {}};
}

// ---- members

// A refusal that concerns the row (its values break a rule), not the database.
bool isAboutTheRow(ErrorCode code)
{
    return code == ErrorCode::InvalidInput || code == ErrorCode::ResidencyNotMet
        || code == ErrorCode::InvalidState || code == ErrorCode::Conflict || code == ErrorCode::Duplicate;
}

Status importMembers(Run& run)
{
    QSqlDatabase db = run.context.database.connection();
    QHash<QString, Member> existing;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (Status s = prepare(query,
                               QStringLiteral("SELECT account_key, account_name, display_name, email, "
                                              "country, city FROM members WHERE status = 'active'"));
            !s)
            return s;
        if (Status s = exec(query); !s)
            return s;
        while (query.next()) {
            Member member;
            member.accountName = query.value(1).toString();
            member.displayName = query.value(2).toString();
            member.email = query.value(3).toString();
            member.country = query.value(4).toString();
            member.city = query.value(5).toString();
            existing.insert(query.value(0).toString(), member);
        }
    }
    QSqlQuery insert(db);
    if (Status s = prepare(insert,
                           QStringLiteral("INSERT INTO members (account_name, display_name, email, country, "
                                          "city, status, created_at, account_key, display_key, email_key, "
                                          "city_key, account_sort, display_sort) "
                                          "VALUES (?, ?, ?, ?, ?, 'active', ?, ?, ?, ?, ?, ?, ?)"));
        !s)
        return s;
    const QString now = toStorage(run.context.clock.now());
    QHash<QString, int> rowOfAccount;
    MemberService members(run.context);

    for (qsizetype i = 0; i < run.table.rows.size(); ++i) {
        if (!run.progress(i))
            return stopped();
        if (!run.startRow(i)) {
            run.finishRow(ImportAction::Refused, {});
            continue;
        }
        const QString account = Validation::tidy(run.cell(QStringLiteral("account")));
        const QString displayName = Validation::tidy(run.cell(QStringLiteral("display-name")));
        const QString email = Validation::tidy(run.cell(QStringLiteral("email")));
        const QString city = Validation::tidy(run.cell(QStringLiteral("city")));
        if (Status s = Validation::accountName(account); !s)
            run.problem(s.error(), QStringLiteral("account"));
        if (Status s = MemberService::validateDisplayName(displayName); !s)
            run.problem(s.error(), QStringLiteral("display-name"));
        if (Status s = Validation::email(email); !s)
            run.problem(s.error(), QStringLiteral("email"));
        const std::optional<QString> country = run.country(QStringLiteral("country"));
        if (Status s = MemberService::validateCity(city); !s)
            run.problem(s.error(), QStringLiteral("city"));

        const QString key = Validation::searchKey(account);
        if (!account.isEmpty()) {
            const auto seen = rowOfAccount.constFind(key);
            if (seen != rowOfAccount.constEnd())
                run.problem(QStringLiteral("account"),
                            Importer::tr("The account name \"%1\" is also on row %2.")
                                .arg(account, formatCount(*seen)));
            else
                rowOfAccount.insert(key, run.rowNumber);
        }
        if (run.rowHasProblem) {
            run.finishRow(ImportAction::Refused, account);
            continue;
        }

        const auto found = existing.constFind(key);
        if (found != existing.constEnd()) {
            if (!run.options.update) {
                run.finishRow(ImportAction::AlreadyThere, found->accountName);
                continue;
            }
            MemberEdit edit;
            QStringList changes;
            const auto change = [&](std::optional<QString>& field, const QString& before,
                                    const QString& after, const QString& column) {
                if (before == after)
                    return;
                field = after;
                changes << Importer::tr("%1: %2 \u2192 %3").arg(run.headingOf(column), before, after);
            };
            change(edit.displayName, found->displayName, displayName, QStringLiteral("display-name"));
            change(edit.email, found->email, email, QStringLiteral("email"));
            change(edit.country, found->country, *country, QStringLiteral("country"));
            if (run.hasColumn(QStringLiteral("city")))
                change(edit.city, found->city, city, QStringLiteral("city"));
            if (edit.isEmpty()) {
                run.finishRow(ImportAction::Unchanged, found->accountName);
                continue;
            }
            const auto edited = members.edit(found->accountName, edit);
            if (!edited) {
                if (isAboutTheRow(edited.error().code))
                    run.problem(edited.error(), QStringLiteral("account"));
                else
                    return edited.error();
            }
            run.finishRow(ImportAction::Update, found->accountName, changes);
            continue;
        }

        for (const QVariant& value :
             {storedText(account), storedText(displayName), storedText(email), storedText(*country),
              storedText(city), QVariant(now), storedText(key),
              storedText(Validation::searchKey(displayName)), storedText(Validation::searchKey(email)),
              storedText(Validation::searchKey(city)), storedText(Validation::sortKey(account)),
              storedText(Validation::sortKey(displayName))})
            insert.addBindValue(value);
        if (Status s = exec(insert); !s)
            return s;
        run.finishRow(ImportAction::Add, account);
    }
    return {};
}

// ---- SIP profiles

Status importSipProfiles(Run& run)
{
    QSqlDatabase db = run.context.database.connection();
    QHash<QString, SipProfile> existing;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (Status s = prepare(query,
                               QStringLiteral("SELECT profile_key, profile_id, name, channels, country "
                                              "FROM sip_profiles WHERE status = 'active'"));
            !s)
            return s;
        if (Status s = exec(query); !s)
            return s;
        while (query.next()) {
            SipProfile profile;
            profile.profileId = query.value(1).toString();
            profile.name = query.value(2).toString();
            profile.channels = query.value(3).toInt();
            profile.country = query.value(4).toString();
            existing.insert(query.value(0).toString(), profile);
        }
    }
    QSqlQuery insert(db);
    if (Status s
        = prepare(insert,
                  QStringLiteral("INSERT INTO sip_profiles (profile_id, name, channels, country, "
                                 "status, created_at, profile_key, name_key, profile_sort, name_sort) "
                                 "VALUES (?, ?, ?, ?, 'active', ?, ?, ?, ?, ?)"));
        !s)
        return s;
    const QString now = toStorage(run.context.clock.now());
    QHash<QString, int> rowOfProfile;
    SipProfileService profiles(run.context);

    for (qsizetype i = 0; i < run.table.rows.size(); ++i) {
        if (!run.progress(i))
            return stopped();
        if (!run.startRow(i)) {
            run.finishRow(ImportAction::Refused, {});
            continue;
        }
        const QString profileId = Validation::tidy(run.cell(QStringLiteral("profile-id")));
        const QString name = Validation::tidy(run.cell(QStringLiteral("name")));
        const QString channelsText = Validation::tidy(run.cell(QStringLiteral("channels")));
        if (Status s = Validation::profileId(profileId); !s)
            run.problem(s.error(), QStringLiteral("profile-id"));
        if (Status s = SipProfileService::validateName(name); !s)
            run.problem(s.error(), QStringLiteral("name"));
        bool isNumber = false;
        const int channels = channelsText.toInt(&isNumber);
        if (!isNumber)
            run.problem(
                QStringLiteral("channels"),
                Importer::tr("\"%1\" is not a number of channels. Write a whole number from %2 to %3.")
                    .arg(channelsText, formatCount(SipProfileService::channelsMin),
                         formatCount(SipProfileService::channelsMax)));
        else if (Status s = SipProfileService::validateChannels(channels); !s)
            run.problem(s.error(), QStringLiteral("channels"));
        const std::optional<QString> country = run.country(QStringLiteral("country"));

        const QString key = Validation::searchKey(profileId);
        if (!profileId.isEmpty()) {
            const auto seen = rowOfProfile.constFind(key);
            if (seen != rowOfProfile.constEnd())
                run.problem(QStringLiteral("profile-id"),
                            Importer::tr("The SIP profile id \"%1\" is also on row %2.")
                                .arg(profileId, formatCount(*seen)));
            else
                rowOfProfile.insert(key, run.rowNumber);
        }
        if (run.rowHasProblem) {
            run.finishRow(ImportAction::Refused, profileId);
            continue;
        }

        const auto found = existing.constFind(key);
        if (found != existing.constEnd()) {
            if (!run.options.update) {
                run.finishRow(ImportAction::AlreadyThere, found->profileId);
                continue;
            }
            SipProfileEdit edit;
            QStringList changes;
            if (found->name != name) {
                edit.name = name;
                changes << Importer::tr("%1: %2 \u2192 %3")
                               .arg(run.headingOf(QStringLiteral("name")), found->name, name);
            }
            if (found->channels != channels) {
                edit.channels = channels;
                changes << Importer::tr("%1: %2 \u2192 %3")
                               .arg(run.headingOf(QStringLiteral("channels")), formatCount(found->channels),
                                    formatCount(channels));
            }
            if (found->country != *country) {
                edit.country = *country;
                changes << Importer::tr("%1: %2 \u2192 %3")
                               .arg(run.headingOf(QStringLiteral("country")), found->country, *country);
            }
            if (edit.isEmpty()) {
                run.finishRow(ImportAction::Unchanged, found->profileId);
                continue;
            }
            const auto edited = profiles.edit(found->profileId, edit);
            if (!edited) {
                if (isAboutTheRow(edited.error().code))
                    run.problem(edited.error(), QStringLiteral("profile-id"));
                else
                    return edited.error();
            }
            run.finishRow(ImportAction::Update, found->profileId, changes);
            continue;
        }

        for (const QVariant& value :
             {storedText(profileId), storedText(name), QVariant(channels), storedText(*country),
              QVariant(now), storedText(key), storedText(Validation::searchKey(name)),
              storedText(Validation::sortKey(profileId)), storedText(Validation::sortKey(name))})
            insert.addBindValue(value);
        if (Status s = exec(insert); !s)
            return s;
        run.finishRow(ImportAction::Add, profileId);
    }
    return {};
}

// ---- numbers

struct ExistingNumber
{
    NumberState state = NumberState::Active;
    AssigneeKind kind = AssigneeKind::None;
    qint64 holderId = 0;
};

Result<QHash<QString, Assignee>> loadAssignees(const QSqlDatabase& db, AssigneeKind kind)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString sql = kind == AssigneeKind::Member
        ? QStringLiteral("SELECT id, account_key, account_name, display_name, country, city FROM members "
                         "WHERE status = 'active'")
        : QStringLiteral("SELECT id, profile_key, profile_id, name, country, '' FROM sip_profiles "
                         "WHERE status = 'active'");
    if (Status s = prepare(query, sql); !s)
        return s.error();
    if (Status s = exec(query); !s)
        return s.error();
    QHash<QString, Assignee> assignees;
    while (query.next()) {
        Assignee assignee;
        assignee.kind = kind;
        assignee.id = query.value(0).toLongLong();
        assignee.key = query.value(2).toString();
        assignee.displayName = query.value(3).toString();
        assignee.country = query.value(4).toString();
        assignee.city = query.value(5).toString();
        assignees.insert(query.value(1).toString(), assignee);
    }
    return assignees;
}

Status importNumbers(Run& run)
{
    QSqlDatabase db = run.context.database.connection();
    auto catalogue = Catalogue::effective(db);
    if (!catalogue)
        return catalogue.error();
    const int limit = OrganisationSettings(db).memberNumberLimit();
    auto members = loadAssignees(db, AssigneeKind::Member);
    if (!members)
        return members.error();
    auto profiles = loadAssignees(db, AssigneeKind::SipProfile);
    if (!profiles)
        return profiles.error();

    QHash<QString, ExistingNumber> existing;
    QHash<qint64, int> held; // numbers per member towards the limit
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (Status s
            = prepare(query, QStringLiteral("SELECT e164, state, member_id, sip_profile_id FROM numbers"));
            !s)
            return s;
        if (Status s = exec(query); !s)
            return s;
        while (query.next()) {
            ExistingNumber number;
            number.state = stateFromKey(query.value(1).toString()).value_or(NumberState::Released);
            if (!query.value(2).isNull()) {
                number.kind = AssigneeKind::Member;
                number.holderId = query.value(2).toLongLong();
                if (number.state == NumberState::Pending || number.state == NumberState::Active
                    || number.state == NumberState::Cancelled)
                    ++held[number.holderId];
            } else if (!query.value(3).isNull()) {
                number.kind = AssigneeKind::SipProfile;
                number.holderId = query.value(3).toLongLong();
            }
            existing.insert(query.value(0).toString(), number);
        }
    }

    QSqlQuery insertNumber(db);
    if (Status s
        = prepare(insertNumber,
                  QStringLiteral("INSERT INTO numbers (e164, country, area_code, member_id, sip_profile_id, "
                                 "state, created_at, activated_at, expired_at, terms_country, terms_version, "
                                 "terms_accepted_at, terms_accepted_by, residency, residency_city) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        !s)
        return s;
    QSqlQuery insertSubscription(db);
    if (Status s = prepare(
            insertSubscription,
            QStringLiteral("INSERT INTO subscriptions (number_id, period_months, price_cents, "
                           "paid_until, auto_renew, billing_anchor, ended) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        !s)
        return s;

    const QDateTime now = run.context.clock.now();
    const QTimeZone zone = billingTimeZone();
    const QString nowText = toStorage(now);
    const QVariant noId(QMetaType::fromType<qint64>());
    const QVariant noTime(QMetaType::fromType<QString>());
    QHash<QString, int> rowOfNumber;
    QHash<QString, std::optional<QDateTime>> datesRead;

    for (qsizetype i = 0; i < run.table.rows.size(); ++i) {
        if (!run.progress(i))
            return stopped();
        if (!run.startRow(i)) {
            run.finishRow(ImportAction::Refused, {});
            continue;
        }

        // The country first: a national number ("020-1234567") is read as one of it.
        std::optional<QString> region;
        if (!Validation::tidy(run.cell(QStringLiteral("country"))).isEmpty())
            region = run.country(QStringLiteral("country"));
        const QString numberText = Validation::tidy(run.cell(QStringLiteral("number")));
        QString e164;
        std::optional<NumberFacts> facts;
        if (numberText.isEmpty()) {
            run.problem(QStringLiteral("number"), Importer::tr("Enter the phone number."));
        } else {
            facts = analyse(numberText, region.value_or(QString())); // also "tel:+31..."
            if (facts)
                e164 = facts->e164;
            if (e164.isEmpty())
                run.problem(
                    QStringLiteral("number"),
                    region ? Importer::tr("\"%1\" is not a valid phone number in %2.")
                                 .arg(numberText, countryName(*region))
                           : Importer::tr("\"%1\" is not a valid phone number. Write it in international "
                                          "form (+31 20 123 4567), or give its country in a Country column.")
                                 .arg(numberText));
        }
        QString country = region.value_or(QString());
        QString areaCode = Validation::tidy(run.cell(QStringLiteral("area-code")));
        if (facts) {
            const QString& numberRegion = facts->region;
            if (region && !numberRegion.isEmpty() && numberRegion != *region)
                run.problem(
                    QStringLiteral("country"),
                    Importer::tr("The number %1 is a number of %2, not of %3.")
                        .arg(formatInternational(e164), countryName(numberRegion), countryName(*region)));
            // The number's own country counts: a wrong Country column is one problem, not more.
            if (!numberRegion.isEmpty())
                country = numberRegion;
            if (country.isEmpty())
                run.problem(
                    QStringLiteral("number"),
                    Importer::tr("The number %1 belongs to no single country. Give its country in a Country "
                                 "column.")
                        .arg(formatInternational(e164)));
            const QString& derived = facts->areaCode;
            if (!areaCode.isEmpty() && !derived.isEmpty() && areaCode != derived)
                run.problem(QStringLiteral("area-code"),
                            Importer::tr("The area code of %1 is %2, not %3.")
                                .arg(formatInternational(e164), derived, areaCode));
            if (!derived.isEmpty())
                areaCode = derived;
        }

        NumberState state = NumberState::Active;
        if (const QString text = Validation::tidy(run.cell(QStringLiteral("state"))); !text.isEmpty()) {
            const auto parsed = Cells::parseState(text);
            if (!parsed)
                run.problem(
                    QStringLiteral("state"),
                    Importer::tr("\"%1\" is not a state a number can be imported in. Write Active, Pending, "
                                 "Cancelled or Expired (or Actief, In behandeling, Geannuleerd, Verlopen).")
                        .arg(text));
            else
                state = *parsed;
        }
        const bool isHeld = state != NumberState::Expired;

        int months = 1;
        if (const QString text = Validation::tidy(run.cell(QStringLiteral("period"))); !text.isEmpty()) {
            bool ok = false;
            months = text.section(QLatin1Char(' '), 0, 0).toInt(&ok);
            if (!ok || (months != 1 && months != 3 && months != 12)) {
                run.problem(
                    QStringLiteral("period"),
                    Importer::tr("\"%1\" is not a billing period. Write 1, 3 or 12 (months).").arg(text));
                months = 1;
            }
        }

        const CountryOffer* offer = country.isEmpty() ? nullptr : catalogue->country(country);
        qint64 price = 0;
        if (const QString text = run.cell(QStringLiteral("price")); !Validation::tidy(text).isEmpty()) {
            const auto parsed = Cells::parseMoney(text, QStringLiteral("price"));
            if (!parsed)
                run.problem(parsed.error(), QStringLiteral("price"));
            else if (*parsed > money::maxPriceCents)
                run.problem(QStringLiteral("price"),
                            Importer::tr("The price %1 is more than the most a number may "
                                         "cost per period, %2.")
                                .arg(formatMoney(*parsed), formatMoney(money::maxPriceCents)));
            else
                price = *parsed;
        } else if (offer) {
            price = offer->priceCents(BillingPeriod(months));
        } else if (!country.isEmpty()) {
            run.problem(QStringLiteral("price"),
                        Importer::tr(
                            "The catalogue has no price for numbers in %1: give the price in a Price column.")
                            .arg(countryName(country)));
        }

        QDateTime paidUntil;
        if (const QString text = Validation::tidy(run.cell(QStringLiteral("paid-until"))); !text.isEmpty()) {
            // Rows share dates, and reading a local date is slow (mktime); read each once.
            auto known = datesRead.constFind(text);
            if (known == datesRead.constEnd())
                known = datesRead.insert(text, Cells::parseDateTime(text));
            const std::optional<QDateTime>& parsed = *known;
            if (!parsed)
                run.problem(
                    QStringLiteral("paid-until"),
                    Importer::tr("\"%1\" is not a date. Write it as 2026-12-31 or 31-12-2026, with a time "
                                 "(2026-12-31 14:00) if you like.")
                        .arg(text));
            else
                paidUntil = *parsed;
        } else if (isHeld) {
            paidUntil = firstPaidUntil(now, months, zone);
        } else {
            run.problem(QStringLiteral("paid-until"),
                        Importer::tr("Enter the date the expired number was paid until."));
        }
        if (paidUntil.isValid() && isHeld && paidUntil <= now)
            run.problem(
                QStringLiteral("paid-until"),
                Importer::tr("The number was paid until %1, which has passed. Give the end of the period "
                             "that is paid now, or import it as Expired.")
                    .arg(formatDate(paidUntil)));
        if (paidUntil.isValid() && !isHeld && paidUntil > now)
            run.problem(QStringLiteral("paid-until"),
                        Importer::tr("An expired number cannot be paid until %1, which is still to come.")
                            .arg(formatDate(paidUntil)));

        bool autoRenew = state == NumberState::Active || state == NumberState::Pending;
        if (const QString text = Validation::tidy(run.cell(QStringLiteral("auto-renew"))); !text.isEmpty()) {
            const auto parsed = Cells::parseYesNo(text);
            if (!parsed)
                run.problem(QStringLiteral("auto-renew"),
                            Importer::tr("\"%1\" is not yes or no (ja or nee).").arg(text));
            else if (*parsed && !autoRenew)
                run.problem(
                    QStringLiteral("auto-renew"),
                    Importer::tr("A %1 number does not renew: write no.").arg(stateDisplayName(state)));
            else
                autoRenew = *parsed;
        }

        QString termsVersion = Validation::tidy(run.cell(QStringLiteral("terms-version")));
        if (termsVersion.isEmpty())
            termsVersion = QStringLiteral("imported");
        if (termsVersion.size() > Catalogue::maxTermsVersionLength
            || Validation::containsControlCharacter(termsVersion))
            run.problem(QStringLiteral("terms-version"),
                        Importer::tr("The terms version is too long or not one line: at most %1 characters.")
                            .arg(formatCount(Catalogue::maxTermsVersionLength)));

        // Who holds it: a member or a SIP profile, by account name or profile id.
        std::optional<AssigneeKind> kind;
        if (const QString text = Validation::tidy(run.cell(QStringLiteral("assignee-type")));
            !text.isEmpty()) {
            kind = Cells::parseAssigneeKind(text);
            if (!kind)
                run.problem(
                    QStringLiteral("assignee-type"),
                    Importer::tr("\"%1\" is not Member or SIP profile (Lid or SIP-profiel).").arg(text));
        }
        const QString holderName = Validation::tidy(run.cell(QStringLiteral("assignee")));
        const QString holderKey = Validation::searchKey(holderName);
        std::optional<Assignee> holder;
        if (holderName.isEmpty()) {
            run.problem(
                QStringLiteral("assignee"),
                Importer::tr("Enter who holds the number: a member's account name or a SIP profile id."));
        } else {
            const auto member = members->constFind(holderKey);
            const auto profile = profiles->constFind(holderKey);
            const bool isMember = member != members->constEnd()
                && kind.value_or(AssigneeKind::Member) == AssigneeKind::Member;
            const bool isProfile = profile != profiles->constEnd()
                && kind.value_or(AssigneeKind::SipProfile) == AssigneeKind::SipProfile;
            if (isMember && isProfile)
                run.problem(
                    QStringLiteral("assignee"),
                    Importer::tr("\"%1\" is both a member and a SIP profile. Say which in a Type column "
                                 "(Member or SIP profile).")
                        .arg(holderName));
            else if (isMember)
                holder = *member;
            else if (isProfile)
                holder = *profile;
            else
                run.problem(
                    QStringLiteral("assignee"),
                    kind == AssigneeKind::SipProfile
                        ? Importer::tr("There is no SIP profile \"%1\". Import the SIP profiles first.")
                              .arg(holderName)
                        : kind == AssigneeKind::Member
                        ? Importer::tr("There is no member \"%1\". Import the members first.").arg(holderName)
                        : Importer::tr("There is no member or SIP profile \"%1\". Import the members and "
                                       "SIP profiles first.")
                              .arg(holderName));
        }

        // The terms the number is kept under: the catalogue's residency rule for its
        // country (and area code's city), checked as a purchase checks it.
        Residency residency = offer ? offer->residency : Residency::None;
        QString residencyCity;
        if (residency == Residency::City) {
            const AreaCode* area = offer->areaCode(areaCode);
            if (area)
                residencyCity = area->city;
            else
                residency = Residency::Country;
        }
        if (holder && isHeld && !country.isEmpty()) {
            const QString issue
                = residencyProblem(*holder, residencyKey(residency), country, residencyCity, *catalogue);
            if (!issue.isEmpty())
                run.problem(QStringLiteral("assignee"), issue);
        }

        ImportAction action = ImportAction::Add;
        if (!e164.isEmpty()) {
            const auto seen = rowOfNumber.constFind(e164);
            if (seen != rowOfNumber.constEnd())
                run.problem(QStringLiteral("number"),
                            Importer::tr("The number %1 is also on row %2.")
                                .arg(formatInternational(e164), formatCount(*seen)));
            else
                rowOfNumber.insert(e164, run.rowNumber);
            const auto there = existing.constFind(e164);
            if (there != existing.constEnd()) {
                if (there->state == NumberState::Released)
                    run.problem(
                        QStringLiteral("number"),
                        Importer::tr("The number %1 was released by this organisation; a released number "
                                     "does not come back.")
                            .arg(formatInternational(e164)));
                else if (holder && there->kind == holder->kind && there->holderId == holder->id)
                    action = ImportAction::AlreadyThere;
                else
                    run.problem(
                        QStringLiteral("number"),
                        Importer::tr("The number %1 is already here, held by someone else. Reassign it "
                                     "instead.")
                            .arg(formatInternational(e164)));
            }
        }
        if (holder && holder->kind == AssigneeKind::Member && isHeld && action == ImportAction::Add
            && held.value(holder->id) + 1 > limit)
            run.problem(
                QStringLiteral("assignee"),
                Importer::tr("%1 would hold %Ln number(s); a member may hold at most %2. Raise the limit in "
                             "Settings first, or import fewer.",
                             "", held.value(holder->id) + 1)
                    .arg(holder->label(), formatCount(limit)));
        if (run.rowHasProblem || action != ImportAction::Add) {
            run.finishRow(action, e164);
            continue;
        }
        if (holder->kind == AssigneeKind::Member && isHeld)
            ++held[holder->id];

        const QString paidText = toStorage(paidUntil);
        for (const QVariant& value :
             {QVariant(e164), QVariant(country), QVariant(areaCode),
              holder->kind == AssigneeKind::Member ? QVariant(holder->id) : noId,
              holder->kind == AssigneeKind::SipProfile ? QVariant(holder->id) : noId,
              QVariant(stateKey(state)), QVariant(nowText),
              state == NumberState::Pending ? noTime : QVariant(nowText),
              state == NumberState::Expired ? QVariant(paidText) : noTime, QVariant(country),
              storedText(termsVersion), QVariant(nowText), storedText(run.context.actor),
              QVariant(residencyKey(residency)), storedText(residencyCity)})
            insertNumber.addBindValue(value);
        if (Status s = exec(insertNumber); !s)
            return s;
        if (!insertNumber.next())
            return databaseError(insertNumber);
        const qint64 id = insertNumber.value(0).toLongLong();
        insertNumber.finish();
        for (const QVariant& value : {QVariant(id), QVariant(months), QVariant(price), QVariant(paidText),
                                      QVariant(autoRenew ? 1 : 0), QVariant(paidText),
                                      QVariant(state == NumberState::Expired ? 1 : 0)})
            insertSubscription.addBindValue(value);
        if (Status s = exec(insertSubscription); !s)
            return s;
        run.finishRow(ImportAction::Add, e164);
    }
    return {};
}

} // namespace

Importer::Importer(const Context& context)
    : m_context(context)
{ }

bool Importer::canImport(FileKind kind)
{
    return kind == FileKind::Members || kind == FileKind::SipProfiles || kind == FileKind::Numbers;
}

QStringList Importer::missingColumns(FileKind kind, const ColumnMapping& mapping)
{
    QStringList missing;
    for (const Column& column : columnsOf(kind))
        if (column.required && !mapping.contains(column.key))
            missing << tr("%1 (%2)").arg(column.english, column.dutch);
    return missing;
}

Result<ImportReport> Importer::importFile(FileKind kind, const QString& path, const ImportOptions& options)
{
    auto table = Csv::read(path, options.csv);
    if (!table)
        return table.error();
    return importTable(kind, *table, options, QFileInfo(path).fileName());
}

Result<ImportReport> Importer::importTable(FileKind kind, const CsvTable& table, const ImportOptions& options,
                                           const QString& givenName)
{
    // The history names the file; a table that came from no file (pasted) is "-".
    const QString fileName = givenName.isEmpty() ? QStringLiteral("-") : givenName;
    if (!canImport(kind))
        return Error{ErrorCode::InvalidInput, tr("This kind of file cannot be imported."),
                     QStringLiteral("file")};
    ImportReport report;
    report.kind = kind;
    report.fileName = fileName;
    report.encoding = table.encoding;
    report.separator = table.separator;
    report.header = table.header;
    report.mapping = options.mapping ? *options.mapping : guessMapping(kind, table.header);
    report.dryRun = options.dryRun;
    for (auto it = report.mapping.cbegin(); it != report.mapping.cend(); ++it)
        if (it.value() < 0 || it.value() >= table.header.size())
            return Error{ErrorCode::InvalidInput,
                         tr("The file has no column %1.").arg(formatCount(it.value() + 1)),
                         QStringLiteral("file")};
    const QStringList missing = missingColumns(kind, report.mapping);
    if (!missing.isEmpty())
        return Error{
            ErrorCode::InvalidInput,
            tr("The file has no column for: %1. Its columns are: %2. Name the columns in the header row "
               "(English or Dutch names, in any order). Nothing was imported.")
                .arg(missing.join(QStringLiteral(", ")), table.header.join(QStringLiteral(", "))),
            QStringLiteral("file")};

    QSqlDatabase db = m_context.database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    report.rows.reserve(size_t(table.rows.size()));
    Run run(m_context, table, options, report);
    Status status = kind == FileKind::Members ? importMembers(run)
        : kind == FileKind::SipProfiles       ? importSipProfiles(run)
                                              : importNumbers(run);
    if (!status)
        return status.error();
    if (options.progress && !options.progress(table.rows.size(), table.rows.size()))
        return stopped();
    if (report.hasProblems() || options.dryRun)
        return report; // the transaction rolls back

    if (report.added > 0 || report.updated > 0) {
        const QJsonObject after{{QStringLiteral("file"), fileName},
                                {QStringLiteral("rows"), qint64(table.rows.size())},
                                {QStringLiteral("added"), report.added},
                                {QStringLiteral("updated"), report.updated}};
        if (Status s = AuditLog::record(m_context, kindKey(kind) + QStringLiteral(".import"),
                                        QStringLiteral("import"), fileName, {}, after);
            !s)
            return s.error();
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    report.applied = true;
    qCInfo(lcImport) << "Imported" << report.added << "added," << report.updated << "updated from"
                     << fileName;
    return report;
}

QString ImportReport::summary() const
{
    const auto what = [this](int count) {
        switch (kind) {
        case FileKind::Members:
            return Importer::tr("%Ln member(s)", "", count);
        case FileKind::SipProfiles:
            return Importer::tr("%Ln SIP profile(s)", "", count);
        default:
            return Importer::tr("%Ln number(s)", "", count);
        }
    };
    if (hasProblems()) {
        QSet<int> rowsWithProblems;
        for (const ImportProblem& problem : problems)
            rowsWithProblems.insert(problem.row);
        return Importer::tr(
                   "Nothing was imported: there are problems in %Ln row(s) of %1. Correct them in the "
                   "file and import it again.",
                   "", int(rowsWithProblems.size()))
            .arg(formatCount(qint64(rows.size())));
    }
    QStringList parts;
    if (added == 0 && updated == 0 && !dryRun) {
        if (rows.empty())
            return Importer::tr("The file has no rows below its header: nothing to import.");
        return Importer::tr("Nothing new to import: %1 in the file are already here.")
            .arg(what(int(rows.size())));
    }
    if (dryRun) {
        parts << Importer::tr("Dry run, nothing was changed. The import would add %1").arg(what(added));
        if (updated > 0)
            parts << Importer::tr("change %1").arg(what(updated));
    } else {
        parts << Importer::tr("Imported: added %1").arg(what(added));
        if (updated > 0)
            parts << Importer::tr("changed %1").arg(what(updated));
    }
    if (unchanged > 0)
        parts << Importer::tr("%Ln already as in the file", "", unchanged);
    if (alreadyThere > 0)
        parts << Importer::tr("%Ln already there (left as they are)", "", alreadyThere);
    return parts.join(QStringLiteral(", ")) + QLatin1Char('.');
}

QStringList ImportReport::problemLines(int limit) const
{
    QStringList lines;
    for (const ImportProblem& problem : problems) {
        if (limit >= 0 && lines.size() >= limit) {
            lines << Importer::tr("... and %Ln more problem(s).", "", int(problems.size()) - limit);
            break;
        }
        if (problem.row == 0)
            lines << problem.message;
        else if (problem.heading.isEmpty())
            lines << Importer::tr("Row %1: %2").arg(formatCount(problem.row), problem.message);
        else
            lines << Importer::tr("Row %1, %2: %3")
                         .arg(formatCount(problem.row), problem.heading, problem.message);
    }
    return lines;
}

QJsonObject ImportReport::toJson() const
{
    static const char* const actions[] = {"add", "update", "unchanged", "already-there", "refused"};
    QJsonArray rowArray;
    for (const ImportRow& row : rows) {
        QJsonObject object{{QStringLiteral("row"), row.row},
                           {QStringLiteral("action"), QLatin1String(actions[int(row.action)])},
                           {QStringLiteral("key"), row.key}};
        if (!row.changes.isEmpty())
            object.insert(QStringLiteral("changes"), QJsonArray::fromStringList(row.changes));
        rowArray.append(object);
    }
    QJsonArray problemArray;
    for (const ImportProblem& problem : problems)
        problemArray.append(QJsonObject{{QStringLiteral("row"), problem.row},
                                        {QStringLiteral("column"), problem.column},
                                        {QStringLiteral("heading"), problem.heading},
                                        {QStringLiteral("message"), problem.message}});
    return QJsonObject{{QStringLiteral("file"), fileName},
                       {QStringLiteral("encoding"), encoding},
                       {QStringLiteral("separator"), QString(separator)},
                       {QStringLiteral("dryRun"), dryRun},
                       {QStringLiteral("imported"), applied},
                       {QStringLiteral("added"), added},
                       {QStringLiteral("updated"), updated},
                       {QStringLiteral("unchanged"), unchanged},
                       {QStringLiteral("alreadyThere"), alreadyThere},
                       {QStringLiteral("problems"), problemArray},
                       {QStringLiteral("rows"), rowArray}};
}

} // namespace nm
