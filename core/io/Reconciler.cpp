#include "Reconciler.h"

#include "Format.h"
#include "Validation.h"
#include "io/Columns.h"
#include "numbers/NumberService.h"
#include "phone/PhoneNumbers.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <algorithm>

namespace nm {

namespace {

// The column of `header` whose name is one of `names` (compared as headerKey() does).
int columnOf(const QStringList& header, std::initializer_list<const char*> names)
{
    for (const char* name : names)
        for (qsizetype i = 0; i < header.size(); ++i)
            if (headerKey(header.at(i)) == headerKey(QLatin1String(name)))
                return int(i);
    return -1;
}

const std::initializer_list<const char*> genericNumberNames{
    "number", "nummer", "phone number", "telefoonnummer", "telephone number", "e164", "did", "phone"};
const std::initializer_list<const char*> genericHolderNames{
    "holder", "houder", "assignee", "assigned to", "toegewezen aan", "member", "lid", "name", "naam", "user"};

// The number of a provider's cell as E.164: "+31 20 123 4567", "020 123 4567" (a number
// of defaultRegion), "31201234567" (FreePBX's DIDs), "tel:+31...", "+31201234567;ext=12".
QString providerE164(QString text, const QString& defaultRegion)
{
    text = Validation::tidy(text);
    // libphonenumber reads "tel:" and ";ext=" itself; internationalE164() only "tel:".
    if (const qsizetype ext = text.indexOf(QLatin1String(";ext="), 0, Qt::CaseInsensitive); ext >= 0)
        text.truncate(ext);
    if (const auto e164 = normalise(text, defaultRegion))
        return *e164;
    // A number written internationally that libphonenumber does not know as valid (a new
    // range) is still compared as the provider writes it.
    return internationalE164(text);
}

QString cell(const QStringList& row, int column)
{
    return column >= 0 ? Validation::tidy(row.value(column)) : QString();
}

QString joined(const QString& a, const QString& b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return Reconciler::tr("%1, %2").arg(a, b);
}

QString describeHere(const NumberRecord& record)
{
    QString holder = Reconciler::tr("%1 (%2)").arg(record.assigneeDisplayName, record.assigneeName);
    if (!record.assigneeActive)
        holder = Reconciler::tr("%1, removed").arg(holder);
    return joined(stateDisplayName(record.state), holder);
}

bool isUsable(NumberState state)
{
    return state == NumberState::Pending || state == NumberState::Active || state == NumberState::Cancelled;
}

bool sameHolder(const QString& providerHolder, const NumberRecord& record)
{
    const QString key = Validation::searchKey(providerHolder);
    return key == Validation::searchKey(record.assigneeName)
        || key == Validation::searchKey(record.assigneeDisplayName);
}

} // namespace

QString providerFormatKey(ProviderFormat format)
{
    switch (format) {
    case ProviderFormat::Teams:
        return QStringLiteral("teams");
    case ProviderFormat::Twilio:
        return QStringLiteral("twilio");
    case ProviderFormat::FreePbx:
        return QStringLiteral("freepbx");
    case ProviderFormat::Generic:
        break;
    }
    return QStringLiteral("generic");
}

std::optional<ProviderFormat> providerFormatFromKey(const QString& key)
{
    for (ProviderFormat format :
         {ProviderFormat::Teams, ProviderFormat::Twilio, ProviderFormat::FreePbx, ProviderFormat::Generic})
        if (key.compare(providerFormatKey(format), Qt::CaseInsensitive) == 0)
            return format;
    return std::nullopt;
}

QString providerFormatName(ProviderFormat format)
{
    switch (format) {
    case ProviderFormat::Teams:
        return Reconciler::tr("Microsoft Teams");
    case ProviderFormat::Twilio:
        return Reconciler::tr("Twilio");
    case ProviderFormat::FreePbx:
        return Reconciler::tr("FreePBX");
    case ProviderFormat::Generic:
        break;
    }
    return Reconciler::tr("plain list");
}

QString differenceKey(DifferenceKind kind)
{
    switch (kind) {
    case DifferenceKind::OnlyThere:
        return QStringLiteral("only-in-file");
    case DifferenceKind::OnlyHere:
        return QStringLiteral("only-here");
    case DifferenceKind::OtherHolder:
        return QStringLiteral("other-holder");
    case DifferenceKind::OtherState:
        return QStringLiteral("other-state");
    case DifferenceKind::Unreadable:
        break;
    }
    return QStringLiteral("unreadable");
}

QString differenceName(DifferenceKind kind)
{
    switch (kind) {
    case DifferenceKind::OnlyThere:
        return Reconciler::tr("In the file, not here");
    case DifferenceKind::OnlyHere:
        return Reconciler::tr("Here, not in the file");
    case DifferenceKind::OtherHolder:
        return Reconciler::tr("Held by someone else");
    case DifferenceKind::OtherState:
        return Reconciler::tr("In another state");
    case DifferenceKind::Unreadable:
        break;
    }
    return Reconciler::tr("Not a phone number");
}

ExportTable ReconcileReport::table() const
{
    ExportTable table;
    table.kind = FileKind::Reconciliation;
    table.title = Reconciler::tr("Reconciliation");
    table.addColumn(QStringLiteral("number"), CellType::PhoneNumber);
    table.addColumn(QStringLiteral("difference"), CellType::Text);
    table.addColumn(QStringLiteral("row"), CellType::Count);
    table.addColumn(QStringLiteral("here"), CellType::Text);
    table.addColumn(QStringLiteral("there"), CellType::Text);
    table.rows.reserve(differences.size());
    for (const Difference& d : differences)
        table.rows.push_back(QVariantList{d.e164, differenceName(d.kind),
                                          d.row > 0 ? QVariant(qint64(d.row)) : QVariant(), d.here, d.there});
    return table;
}

QJsonObject ReconcileReport::toJson() const
{
    QJsonArray array;
    for (const Difference& d : differences) {
        QJsonObject object{{QStringLiteral("number"), d.e164},
                           {QStringLiteral("difference"), differenceKey(d.kind)},
                           {QStringLiteral("here"), d.here},
                           {QStringLiteral("there"), d.there}};
        if (d.row > 0)
            object.insert(QStringLiteral("row"), d.row);
        array.append(object);
    }
    return QJsonObject{
        {QStringLiteral("file"), fileName},     {QStringLiteral("format"), providerFormatKey(format)},
        {QStringLiteral("inFile"), inFile},     {QStringLiteral("here"), here},
        {QStringLiteral("agreeing"), agreeing}, {QStringLiteral("differences"), array}};
}

QString ReconcileReport::summary() const
{
    const QString counts = Reconciler::tr("%1 lists %2 numbers (%3), Number Manager holds %4; %5 agree.")
                               .arg(fileName, formatCount(inFile), providerFormatName(format),
                                    formatCount(here), formatCount(agreeing));
    if (differences.empty())
        return Reconciler::tr("%1 Nothing differs.").arg(counts);
    return Reconciler::tr("%1 %Ln difference(s).", "", int(differences.size())).arg(counts);
}

Reconciler::Reconciler(Context context)
    : m_context(std::move(context))
{ }

Result<ProviderFormat> Reconciler::detectFormat(const QStringList& header)
{
    if (columnOf(header, {"TelephoneNumber"}) >= 0 && columnOf(header, {"PstnAssignmentStatus"}) >= 0)
        return ProviderFormat::Teams;
    if (columnOf(header, {"phone_number"}) >= 0
        && (columnOf(header, {"sid"}) >= 0 || columnOf(header, {"friendly_name"}) >= 0))
        return ProviderFormat::Twilio;
    if (columnOf(header, {"DID"}) >= 0 && columnOf(header, {"destination"}) >= 0)
        return ProviderFormat::FreePbx;
    if (columnOf(header, genericNumberNames) >= 0)
        return ProviderFormat::Generic;
    return Error{ErrorCode::InvalidInput,
                 tr("The file has no column of phone numbers. Reconcile reads exports of Microsoft Teams "
                    "(TelephoneNumber), Twilio (phone_number) and FreePBX (DID), or a list with a column "
                    "named Number (Nummer) and, if you like, one named Holder (Houder)."),
                 QStringLiteral("file")};
}

Result<std::vector<ProviderNumber>> Reconciler::providerNumbers(const CsvTable& table, ProviderFormat format,
                                                                const QString& defaultRegion,
                                                                std::vector<Difference>* unreadable)
{
    const QStringList& header = table.header;
    int numberColumn = -1;
    int holderColumn = -1;
    int stateColumn = -1;
    int extraColumn = -1;
    switch (format) {
    case ProviderFormat::Teams:
        numberColumn = columnOf(header, {"TelephoneNumber"});
        stateColumn = columnOf(header, {"PstnAssignmentStatus"});
        extraColumn = columnOf(header, {"ActivationState"});
        break;
    case ProviderFormat::Twilio:
        numberColumn = columnOf(header, {"phone_number"});
        holderColumn = columnOf(header, {"friendly_name"});
        stateColumn = columnOf(header, {"status"});
        break;
    case ProviderFormat::FreePbx:
        numberColumn = columnOf(header, {"DID"});
        holderColumn = columnOf(header, {"description"});
        stateColumn = columnOf(header, {"destination"});
        break;
    case ProviderFormat::Generic:
        numberColumn = columnOf(header, genericNumberNames);
        holderColumn = columnOf(header, genericHolderNames);
        break;
    }
    if (numberColumn < 0 && format == ProviderFormat::Generic)
        return Error{ErrorCode::InvalidInput, tr("The file has no column named Number (Nummer)."),
                     QStringLiteral("file")};
    if (numberColumn < 0)
        return Error{ErrorCode::InvalidInput,
                     tr("The file is not a %1 export: it has no column %2.")
                         .arg(providerFormatName(format),
                              format == ProviderFormat::Teams        ? QStringLiteral("TelephoneNumber")
                                  : format == ProviderFormat::Twilio ? QStringLiteral("phone_number")
                                                                     : QStringLiteral("DID")),
                     QStringLiteral("file")};

    std::vector<ProviderNumber> numbers;
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const QStringList& row = table.rows.at(i);
        const QString text = cell(row, numberColumn);
        // FreePBX: an empty DID is the catch-all route, "_554000XXXX" a pattern; neither is a number.
        if (text.isEmpty() || (format == ProviderFormat::FreePbx && text.startsWith(QLatin1Char('_'))))
            continue;
        ProviderNumber number;
        number.row = CsvTable::spreadsheetRow(i);
        number.e164 = providerE164(text, defaultRegion);
        if (number.e164.isEmpty()) {
            if (unreadable)
                unreadable->push_back(Difference{DifferenceKind::Unreadable, text, number.row, QString(),
                                                 tr("\"%1\" is not a phone number.").arg(text)});
            continue;
        }
        if (seen.contains(number.e164))
            continue; // FreePBX lists a DID once per caller-ID route
        const QString state = cell(row, stateColumn);
        switch (format) {
        case ProviderFormat::Teams:
            number.inUse = state.compare(QLatin1String("Unassigned"), Qt::CaseInsensitive) != 0;
            number.description = joined(state, [&]() -> QString {
                const QString activation = cell(row, extraColumn);
                return activation.compare(QLatin1String("Activated"), Qt::CaseInsensitive) == 0 ? QString()
                                                                                                : activation;
            }());
            break;
        case ProviderFormat::Twilio:
            number.holder = cell(row, holderColumn);
            // A friendly name nobody set is the number itself: "(808) 925-5327".
            if (!searchDigits(number.holder).isEmpty())
                number.holder.clear();
            number.description = joined(state, number.holder);
            break;
        case ProviderFormat::FreePbx:
            number.holder = cell(row, holderColumn);
            number.inUse = !state.isEmpty();
            number.description = number.inUse ? tr("%1 → %2").arg(number.holder, state)
                                              : joined(number.holder, tr("not routed"));
            break;
        case ProviderFormat::Generic:
            if (holderColumn >= 0) {
                number.holder = cell(row, holderColumn);
                number.inUse = !number.holder.isEmpty();
            }
            number.description = holderColumn < 0 ? QString() : number.inUse ? number.holder : tr("nobody");
            break;
        }
        seen.insert(number.e164, qsizetype(numbers.size()));
        numbers.push_back(std::move(number));
    }
    return numbers;
}

Result<ReconcileReport> Reconciler::reconcileFile(const QString& path, const ReconcileOptions& options) const
{
    auto read = readRegularFile(path, Csv::maxFileSize, QStringLiteral("file"));
    if (!read)
        return read.error();
    QByteArray bytes = std::move(read).value();
    // Windows PowerShell 5.1 writes "#TYPE Microsoft...." above the header unless told not to.
    if (bytes.startsWith("#TYPE")) {
        const qsizetype end = bytes.indexOf('\n');
        bytes.remove(0, end < 0 ? bytes.size() : end + 1);
    }
    CsvOptions csv = options.csv;
    csv.lenient = true;
    auto table = Csv::parse(bytes, csv);
    if (!table)
        return table.error();
    return reconcile(*table, options, QFileInfo(path).fileName());
}

Result<ReconcileReport> Reconciler::reconcile(const CsvTable& table, const ReconcileOptions& options,
                                              const QString& fileName) const
{
    ReconcileReport report;
    report.fileName = fileName;
    if (options.format) {
        report.format = *options.format;
    } else {
        auto detected = detectFormat(table.header);
        if (!detected)
            return detected.error();
        report.format = *detected;
    }
    std::vector<Difference> unreadable;
    auto theirs = providerNumbers(table, report.format, options.defaultRegion, &unreadable);
    if (!theirs)
        return theirs.error();
    NumberFilter filter;
    filter.includeReleased = false;
    auto ours = NumberService(m_context).list(filter);
    if (!ours)
        return ours.error();

    QHash<QString, const NumberRecord*> byNumber;
    for (const NumberRecord& record : *ours)
        if (record.state != NumberState::Released) {
            byNumber.insert(record.e164, &record);
            ++report.here;
        }
    report.inFile = int(theirs->size());
    report.differences = std::move(unreadable);
    QSet<QString> listed;
    for (const ProviderNumber& their : *theirs) {
        listed.insert(their.e164);
        const NumberRecord* our = byNumber.value(their.e164);
        if (!our) {
            report.differences.push_back(
                Difference{DifferenceKind::OnlyThere, their.e164, their.row, QString(), their.description});
            continue;
        }
        const QString here = describeHere(*our);
        if (isUsable(our->state) != their.inUse)
            report.differences.push_back(
                Difference{DifferenceKind::OtherState, their.e164, their.row, here, their.description});
        else if (their.inUse && !their.holder.isEmpty() && !sameHolder(their.holder, *our))
            report.differences.push_back(
                Difference{DifferenceKind::OtherHolder, their.e164, their.row, here, their.description});
        else
            ++report.agreeing;
    }
    // An expired number waits to be released; that the provider no longer lists it agrees.
    for (const NumberRecord& record : *ours)
        if (isUsable(record.state) && !listed.contains(record.e164))
            report.differences.push_back(
                Difference{DifferenceKind::OnlyHere, record.e164, 0, describeHere(record), QString()});
    std::stable_sort(report.differences.begin(), report.differences.end(),
                     [](const Difference& a, const Difference& b) {
                         return a.e164 != b.e164 ? a.e164 < b.e164 : a.row < b.row;
                     });
    return report;
}

} // namespace nm
