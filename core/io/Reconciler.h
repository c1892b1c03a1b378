#pragma once

#include "Context.h"
#include "Result.h"
#include "io/Csv.h"
#include "io/Exporter.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <optional>
#include <vector>

namespace nm {

// The exports of the providers and phone systems an office checks its numbers against.
enum class ProviderFormat
{
    Teams, // Get-CsPhoneNumberAssignment | Export-Csv: TelephoneNumber, PstnAssignmentStatus, ...
    Twilio, // IncomingPhoneNumbers as CSV: phone_number, friendly_name, status, ... in any order
    FreePbx, // Bulk DIDs "Export DIDs": DID, description, destination, ...
    Generic, // a number column and, optionally, a holder column
};

QString providerFormatKey(ProviderFormat format); // "teams", "twilio", "freepbx", "generic"
std::optional<ProviderFormat> providerFormatFromKey(const QString& key);
QString providerFormatName(ProviderFormat format); // translated: "Microsoft Teams", ...

// One number as the provider's file lists it.
struct ProviderNumber
{
    int row = 0; // the spreadsheet row (the header is row 1)
    QString e164;
    bool inUse = true; // assigned or routed, as the provider says
    QString holder; // the provider's name for who holds it; empty when the file does not say
    QString description; // what the file says about it, for the report ("UserAssigned", ...)
};

enum class DifferenceKind
{
    OnlyThere, // in the file, but not here
    OnlyHere, // here, but not in the file
    OtherHolder, // both, but the file names someone else
    OtherState, // both, but in use on one side and not on the other
    Unreadable, // a row of the file whose number cannot be read
};

QString differenceKey(DifferenceKind kind); // "only-in-file", "only-here", ...
QString differenceName(DifferenceKind kind); // translated: "In the file, not here", ...

struct Difference
{
    DifferenceKind kind = DifferenceKind::OnlyThere;
    QString e164; // the raw text for an unreadable row
    int row = 0; // the file's row; 0 when the number is only here
    QString here; // our state and holder: "Active, Jan de Vries (jan.devries)"
    QString there; // the provider's
};

struct ReconcileReport
{
    ProviderFormat format = ProviderFormat::Generic;
    QString fileName;
    int inFile = 0; // distinct numbers the file lists
    int here = 0; // our numbers that are not released
    int agreeing = 0; // on both sides, and no difference
    std::vector<Difference> differences; // sorted by number

    bool hasDifferences() const { return !differences.empty(); }
    // The report as a table that exports like any other (FileKind::Reconciliation).
    ExportTable table() const;
    QJsonObject toJson() const;
    QString summary() const; // translated, one sentence
};

struct ReconcileOptions
{
    std::optional<ProviderFormat> format; // found from the header when not given
    CsvOptions csv;
    QString defaultRegion = QStringLiteral("NL"); // of numbers written without a country
};

// Compares the provider's list of numbers with ours. Numbers are compared in E.164,
// parsed with libphonenumber; national numbers and numbers without "+" (as FreePBX
// keeps DIDs) are read as numbers of `defaultRegion`.
class Reconciler final
{
    Q_DECLARE_TR_FUNCTIONS(nm::Reconciler)

public:
    explicit Reconciler(Context context);

    // Which format a header is; refuses a header without a column of numbers.
    static Result<ProviderFormat> detectFormat(const QStringList& header);
    // The numbers of a provider's file (a number listed twice counts once, as its first
    // row); the rows whose number cannot be read come back in `unreadable`.
    static Result<std::vector<ProviderNumber>> providerNumbers(const CsvTable& table, ProviderFormat format,
                                                               const QString& defaultRegion,
                                                               std::vector<Difference>* unreadable = nullptr);

    Result<ReconcileReport> reconcileFile(const QString& path, const ReconcileOptions& options = {}) const;
    Result<ReconcileReport> reconcile(const CsvTable& table, const ReconcileOptions& options,
                                      const QString& fileName) const;

private:
    Context m_context;
};

} // namespace nm
