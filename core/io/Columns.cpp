#include "Columns.h"

#include "Translations.h"
#include "Validation.h"

namespace nm {

const std::vector<Column>& columnsOf(FileKind kind)
{
    static const std::vector<Column> members{
        {QStringLiteral("account"),
         QStringLiteral("Account name"),
         QStringLiteral("Accountnaam"),
         {QStringLiteral("account"), QStringLiteral("username"), QStringLiteral("gebruikersnaam"),
          QStringLiteral("login")},
         true},
        {QStringLiteral("display-name"),
         QStringLiteral("Display name"),
         QStringLiteral("Weergavenaam"),
         {QStringLiteral("name"), QStringLiteral("naam"), QStringLiteral("full name"),
          QStringLiteral("volledige naam")},
         true},
        {QStringLiteral("email"),
         QStringLiteral("E-mail address"),
         QStringLiteral("E-mailadres"),
         {QStringLiteral("e-mail"), QStringLiteral("email"), QStringLiteral("mail"),
          QStringLiteral("email address")},
         true},
        {QStringLiteral("country"),
         QStringLiteral("Country"),
         QStringLiteral("Land"),
         {QStringLiteral("country code"), QStringLiteral("landcode")},
         true},
        {QStringLiteral("city"),
         QStringLiteral("City"),
         QStringLiteral("Plaats"),
         {QStringLiteral("woonplaats"), QStringLiteral("stad"), QStringLiteral("town")},
         false},
    };
    static const std::vector<Column> sipProfiles{
        {QStringLiteral("profile-id"),
         QStringLiteral("Profile id"),
         QStringLiteral("Profiel-id"),
         {QStringLiteral("sip profile id"), QStringLiteral("sip-profiel-id"), QStringLiteral("id")},
         true},
        {QStringLiteral("name"), QStringLiteral("Name"), QStringLiteral("Naam"), {}, true},
        {QStringLiteral("channels"), QStringLiteral("Channels"), QStringLiteral("Kanalen"), {}, true},
        {QStringLiteral("country"),
         QStringLiteral("Country"),
         QStringLiteral("Land"),
         {QStringLiteral("country code"), QStringLiteral("landcode")},
         true},
    };
    static const std::vector<Column> numbers{
        {QStringLiteral("number"),
         QStringLiteral("Number"),
         QStringLiteral("Nummer"),
         {QStringLiteral("phone number"), QStringLiteral("telefoonnummer"), QStringLiteral("e164"),
          QStringLiteral("did")},
         true},
        {QStringLiteral("assignee"),
         QStringLiteral("Assigned to"),
         QStringLiteral("Toegewezen aan"),
         {QStringLiteral("assignee"), QStringLiteral("holder"), QStringLiteral("houder"),
          QStringLiteral("member"), QStringLiteral("lid")},
         true},
        {QStringLiteral("assignee-type"),
         QStringLiteral("Type"),
         QStringLiteral("Soort"),
         {QStringLiteral("assignee type"), QStringLiteral("kind")},
         false},
        {QStringLiteral("holder-name"),
         QStringLiteral("Holder's name"),
         QStringLiteral("Naam houder"),
         {QStringLiteral("display name"), QStringLiteral("weergavenaam")},
         false},
        {QStringLiteral("country"), QStringLiteral("Country"), QStringLiteral("Land"), {}, false},
        {QStringLiteral("area-code"), QStringLiteral("Area code"), QStringLiteral("Netnummer"), {}, false},
        {QStringLiteral("state"), QStringLiteral("State"), QStringLiteral("Status"), {}, false},
        {QStringLiteral("period"),
         QStringLiteral("Billing period (months)"),
         QStringLiteral("Factureringsperiode (maanden)"),
         {QStringLiteral("billing period"), QStringLiteral("period"), QStringLiteral("factureringsperiode"),
          QStringLiteral("periode")},
         false},
        {QStringLiteral("price"), QStringLiteral("Price"), QStringLiteral("Prijs"), {}, false},
        {QStringLiteral("paid-until"),
         QStringLiteral("Paid until"),
         QStringLiteral("Betaald tot"),
         {},
         false},
        {QStringLiteral("auto-renew"),
         QStringLiteral("Auto-renew"),
         QStringLiteral("Automatisch verlengen"),
         {QStringLiteral("autorenew")},
         false},
        {QStringLiteral("terms-version"),
         QStringLiteral("Terms version"),
         QStringLiteral("Versie voorwaarden"),
         {QStringLiteral("terms")},
         false},
    };
    static const std::vector<Column> history{
        {QStringLiteral("time"), QStringLiteral("Time"), QStringLiteral("Tijd"), {}, false},
        {QStringLiteral("administrator"),
         QStringLiteral("Administrator"),
         QStringLiteral("Beheerder"),
         {},
         false},
        {QStringLiteral("action"), QStringLiteral("Action"), QStringLiteral("Actie"), {}, false},
        {QStringLiteral("object"), QStringLiteral("Object"), QStringLiteral("Object"), {}, false},
        {QStringLiteral("change"), QStringLiteral("Change"), QStringLiteral("Wijziging"), {}, false},
    };
    static const std::vector<Column> ledger{
        {QStringLiteral("time"), QStringLiteral("Time"), QStringLiteral("Tijd"), {}, false},
        {QStringLiteral("administrator"),
         QStringLiteral("Administrator"),
         QStringLiteral("Beheerder"),
         {},
         false},
        {QStringLiteral("amount"), QStringLiteral("Amount"), QStringLiteral("Bedrag"), {}, false},
        {QStringLiteral("balance"),
         QStringLiteral("Balance after"),
         QStringLiteral("Saldo daarna"),
         {},
         false},
        {QStringLiteral("description"),
         QStringLiteral("Description"),
         QStringLiteral("Omschrijving"),
         {},
         false},
    };
    static const std::vector<Column> reconciliation{
        {QStringLiteral("number"), QStringLiteral("Number"), QStringLiteral("Nummer"), {}, false},
        {QStringLiteral("difference"), QStringLiteral("Difference"), QStringLiteral("Verschil"), {}, false},
        {QStringLiteral("row"),
         QStringLiteral("Row in the file"),
         QStringLiteral("Rij in het bestand"),
         {},
         false},
        {QStringLiteral("here"),
         QStringLiteral("In Number Manager"),
         QStringLiteral("In Number Manager"),
         {},
         false},
        {QStringLiteral("there"),
         QStringLiteral("At the provider"),
         QStringLiteral("Bij de provider"),
         {},
         false},
    };
    switch (kind) {
    case FileKind::Members:
        return members;
    case FileKind::SipProfiles:
        return sipProfiles;
    case FileKind::Numbers:
        return numbers;
    case FileKind::History:
        return history;
    case FileKind::Ledger:
        return ledger;
    case FileKind::Reconciliation:
        return reconciliation;
    }
    return members;
}

QString heading(const Column& column)
{
    return currentLanguage() == QLatin1String("nl") ? column.dutch : column.english;
}

QString headerKey(const QString& name)
{
    QString key;
    for (const QChar c : Validation::searchKey(name))
        if (c.isLetterOrNumber())
            key += c;
    return key;
}

ColumnMapping guessMapping(FileKind kind, const QStringList& header)
{
    ColumnMapping mapping;
    for (const Column& column : columnsOf(kind)) {
        QStringList names = column.otherNames;
        names << column.english << column.dutch << column.key;
        for (qsizetype i = 0; i < header.size() && !mapping.contains(column.key); ++i)
            for (const QString& name : std::as_const(names))
                if (headerKey(header.at(i)) == headerKey(name) && !mapping.values().contains(int(i))) {
                    mapping.insert(column.key, int(i));
                    break;
                }
    }
    return mapping;
}

} // namespace nm
