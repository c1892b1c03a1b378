#include "Exporter.h"

#include "Clock.h"
#include "Context.h"
#include "Format.h"
#include "io/Cells.h"
#include "io/Csv.h"
#include "organisation/OrganisationService.h"
#include "phone/PhoneNumbers.h"
#include "queries/HistoryQuery.h"
#include "queries/LedgerQuery.h"
#include "queries/MemberQuery.h"
#include "queries/SipProfileQuery.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/HistoryText.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryDir>
#include <algorithm>
#include <xlsxwriter.h>

namespace nm {

namespace {

// The most rows a worksheet holds (Excel's limit, less the header).
constexpr qsizetype maxXlsxRows = 1'048'575;
// The longest text a cell holds.
constexpr qsizetype maxXlsxText = 32'767;

QString cellText(const QVariant& value, CellType type)
{
    switch (type) {
    case CellType::Text:
        return Cells::guardedText(value.toString());
    case CellType::Code:
        return value.toString();
    case CellType::PhoneNumber:
        return formatInternational(value.toString());
    case CellType::Count:
        return value.isNull() ? QString() : QString::number(value.toLongLong());
    case CellType::Money:
        return value.isNull() ? QString() : Cells::money(value.toLongLong());
    case CellType::DateTime:
        return Cells::dateTime(value.toDateTime());
    case CellType::YesNo:
        return Cells::yesNo(value.toBool());
    }
    return value.toString();
}

// The table's rows, read from `query` as they are written.
template <typename Query>
Result<ExportTable> fromQuery(ExportTable table, const Query& query,
                              std::function<QVariantList(const QVariantList&)> rowOf)
{
    table.source = [query, rowOf = std::move(rowOf)](const ExportTable::RowVisitor& visit) {
        return query.forEach([&](const QVariantList& row) { return visit(rowOf(row)); });
    };
    return table;
}

QString sheetName(const QString& title)
{
    // At most 31 characters, none of []:*?/\ .
    QString name = title;
    for (const QChar c : QStringLiteral("[]:*?/\\"))
        name.remove(c);
    return name.left(31);
}

Status xlsxError(lxw_error error, const QString& path)
{
    return Error{ErrorCode::IoError,
                 Exporter::tr("The spreadsheet %1 could not be written: %2.")
                     .arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(error))),
                 QStringLiteral("file")};
}

// Writes the workbook to `target`, a file in a temporary folder; the caller saves it
// into place.
Result<qint64> writeXlsx(const ExportTable& table, const QString& target, const QString& shownPath)
{
    const QByteArray path = QFile::encodeName(target);
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // rows go to disk as they are written
    lxw_workbook* workbook = workbook_new_opt(path.constData(), &options);
    if (!workbook)
        return xlsxError(LXW_ERROR_CREATING_XLSX_FILE, shownPath).error();
    const QByteArray name = sheetName(table.title).toUtf8();
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, name.isEmpty() ? nullptr : name.constData());
    lxw_format* header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_bottom(header, LXW_BORDER_THIN);
    lxw_format* money = workbook_add_format(workbook);
    format_set_num_format(money, "\xE2\x82\xAC #,##0.00"); // € #,##0.00, shown in the reader's separators
    lxw_format* date = workbook_add_format(workbook);
    format_set_num_format(date, "yyyy-mm-dd hh:mm");

    const auto columns = lxw_col_t(table.columns.size());
    for (lxw_col_t c = 0; c < columns; ++c) {
        const QByteArray title = heading(table.columns[c]).toUtf8();
        worksheet_write_string(sheet, 0, c, title.constData(), header);
        const CellType type = table.types[c];
        const double width = type == CellType::Text ? 30
            : type == CellType::DateTime            ? 17
            : type == CellType::PhoneNumber         ? 18
                                                    : 14;
        worksheet_set_column(sheet, c, c, std::max(width, double(title.size()) + 2), nullptr);
    }
    qint64 written = 0;
    std::optional<Error> failure;
    const Status read = table.forEachRow([&](const QVariantList& row) {
        if (written >= maxXlsxRows) {
            failure
                = Error{ErrorCode::InvalidInput,
                        Exporter::tr("More than %1 rows do not fit in a spreadsheet. Export as CSV instead.")
                            .arg(formatCount(maxXlsxRows)),
                        QStringLiteral("format")};
            return false;
        }
        const auto at = lxw_row_t(++written);
        for (lxw_col_t c = 0; c < columns; ++c) {
            const QVariant value = row.value(c);
            if (value.isNull())
                continue;
            lxw_error cell = LXW_NO_ERROR;
            switch (table.types[c]) {
            case CellType::Count:
                cell = worksheet_write_number(sheet, at, c, double(value.toLongLong()), nullptr);
                break;
            case CellType::Money:
                cell = worksheet_write_number(sheet, at, c, double(value.toLongLong()) / 100.0, money);
                break;
            case CellType::DateTime: {
                const QDateTime local = value.toDateTime().toLocalTime();
                if (!local.isValid())
                    break;
                lxw_datetime when{local.date().year(), local.date().month(),  local.date().day(),
                                  local.time().hour(), local.time().minute(), double(local.time().second())};
                cell = worksheet_write_datetime(sheet, at, c, &when, date);
                break;
            }
            default: {
                // Text cells, also for numbers and codes: a spreadsheet then never reads
                // "+31 20 ..." as a formula or drops a leading zero.
                QString text = table.types[c] == CellType::PhoneNumber ? formatInternational(value.toString())
                    : table.types[c] == CellType::YesNo                ? Cells::yesNo(value.toBool())
                                                                       : value.toString();
                const QByteArray utf8 = text.left(maxXlsxText).toUtf8();
                cell = worksheet_write_string(sheet, at, c, utf8.constData(), nullptr);
                break;
            }
            }
            if (cell != LXW_NO_ERROR) {
                failure = xlsxError(cell, shownPath).error();
                return false;
            }
        }
        return true;
    });
    if (!read || failure) {
        workbook_close(workbook);
        return read ? *failure : read.error();
    }
    worksheet_freeze_panes(sheet, 1, 0);
    if (columns > 0)
        worksheet_autofilter(sheet, 0, 0, lxw_row_t(written), columns - 1);
    if (const lxw_error closed = workbook_close(workbook); closed != LXW_NO_ERROR)
        return xlsxError(closed, shownPath).error();
    return written;
}

} // namespace

Status ExportTable::forEachRow(const RowVisitor& visit) const
{
    if (source)
        return source(visit);
    for (const QVariantList& row : rows)
        if (!visit(row))
            break;
    return {};
}

Status ExportTable::collect()
{
    if (!source)
        return {};
    std::vector<QVariantList> read;
    if (Status s = source([&read](const QVariantList& row) {
            read.push_back(row);
            return true;
        });
        !s)
        return s;
    rows = std::move(read);
    source = nullptr;
    return {};
}

void ExportTable::addColumn(const QString& key, CellType type)
{
    for (const Column& column : columnsOf(kind))
        if (column.key == key) {
            columns.push_back(column);
            types.push_back(type);
            return;
        }
    Q_ASSERT_X(false, "ExportTable::addColumn", "unknown column");
}

Result<ExportTable> Exporter::members(const QSqlDatabase& db, const ExportFilter& filter)
{
    ExportTable table;
    table.kind = FileKind::Members;
    table.title = tr("Members");
    table.addColumn(QStringLiteral("account"), CellType::Code);
    table.addColumn(QStringLiteral("display-name"), CellType::Text);
    table.addColumn(QStringLiteral("email"), CellType::Code);
    table.addColumn(QStringLiteral("country"), CellType::Code);
    table.addColumn(QStringLiteral("city"), CellType::Text);
    MemberQuery query(db);
    query.setText(filter.text);
    query.setOrder(MemberQuery::AccountName, ListQuery::Order::Ascending);
    return fromQuery(std::move(table), query, [](const QVariantList& row) {
        return QVariantList{row.value(MemberQuery::AccountNameValue),
                            row.value(MemberQuery::DisplayNameValue), row.value(MemberQuery::EmailValue),
                            row.value(MemberQuery::CountryValue), row.value(MemberQuery::CityValue)};
    });
}

Result<ExportTable> Exporter::sipProfiles(const QSqlDatabase& db, const ExportFilter& filter)
{
    ExportTable table;
    table.kind = FileKind::SipProfiles;
    table.title = tr("SIP profiles");
    table.addColumn(QStringLiteral("profile-id"), CellType::Code);
    table.addColumn(QStringLiteral("name"), CellType::Text);
    table.addColumn(QStringLiteral("channels"), CellType::Count);
    table.addColumn(QStringLiteral("country"), CellType::Code);
    SipProfileQuery query(db);
    query.setText(filter.text);
    query.setOrder(SipProfileQuery::ProfileId, ListQuery::Order::Ascending);
    return fromQuery(std::move(table), query, [](const QVariantList& row) {
        const SipProfile profile = SipProfileQuery::profile(row);
        return QVariantList{profile.profileId, profile.name, qint64(profile.channels), profile.country};
    });
}

Result<ExportTable> Exporter::numbers(const Context& context, const ExportFilter& filter)
{
    ExportTable table;
    table.kind = FileKind::Numbers;
    table.title = tr("Numbers");
    table.addColumn(QStringLiteral("number"), CellType::PhoneNumber);
    table.addColumn(QStringLiteral("assignee"), CellType::Code);
    table.addColumn(QStringLiteral("assignee-type"), CellType::Code);
    table.addColumn(QStringLiteral("holder-name"), CellType::Text);
    table.addColumn(QStringLiteral("country"), CellType::Code);
    table.addColumn(QStringLiteral("area-code"), CellType::Code);
    table.addColumn(QStringLiteral("state"), CellType::Code);
    table.addColumn(QStringLiteral("period"), CellType::Count);
    table.addColumn(QStringLiteral("price"), CellType::Money);
    table.addColumn(QStringLiteral("paid-until"), CellType::DateTime);
    table.addColumn(QStringLiteral("auto-renew"), CellType::YesNo);
    table.addColumn(QStringLiteral("terms-version"), CellType::Code);
    NumberFilter numberFilter;
    numberFilter.state = filter.state;
    numberFilter.text = filter.text;
    numberFilter.includeReleased = false;
    numberFilter.byNumber = true;
    table.source = [context, numberFilter](const ExportTable::RowVisitor& visit) {
        return NumberService(context).forEach(numberFilter, [&visit](const NumberRecord& r) {
            if (r.state == NumberState::Released)
                return true;
            QString holder = r.assigneeDisplayName;
            if (!r.assigneeActive)
                holder = tr("%1 (removed)").arg(holder);
            return visit(QVariantList{r.e164, r.assigneeName, assigneeKindDisplayName(r.assigneeKind), holder,
                                      r.country, r.areaCode, stateDisplayName(r.state),
                                      qint64(r.periodMonths), r.priceCents, r.paidUntil, r.autoRenew,
                                      r.termsVersion});
        });
    };
    return table;
}

Result<ExportTable> Exporter::table(const Context& context, FileKind kind, const ExportFilter& filter)
{
    const QSqlDatabase db = context.database.connection();
    switch (kind) {
    case FileKind::Members:
        return members(db, filter);
    case FileKind::SipProfiles:
        return sipProfiles(db, filter);
    case FileKind::Numbers:
        return numbers(context, filter);
    case FileKind::History:
        return history(db, filter);
    case FileKind::Ledger:
        return ledger(db, filter);
    case FileKind::Reconciliation:
        break;
    }
    return Error{ErrorCode::InvalidInput, tr("A reconciliation is exported from its report."), QString()};
}

Result<ExportTable> Exporter::history(const QSqlDatabase& db, const ExportFilter& filter)
{
    ExportTable table;
    table.kind = FileKind::History;
    table.title = tr("History");
    table.addColumn(QStringLiteral("time"), CellType::DateTime);
    table.addColumn(QStringLiteral("administrator"), CellType::Code);
    table.addColumn(QStringLiteral("action"), CellType::Text);
    table.addColumn(QStringLiteral("object"), CellType::Text);
    table.addColumn(QStringLiteral("change"), CellType::Text);
    HistoryQuery query(db);
    query.setText(filter.text);
    query.setRange(filter.from, filter.until);
    query.setOrder(HistoryQuery::Time, ListQuery::Order::Descending);
    return fromQuery(std::move(table), query, [](const QVariantList& row) {
        return QVariantList{fromStorage(row.value(HistoryQuery::AtValue).toString()),
                            row.value(HistoryQuery::ActorValue),
                            HistoryText::actionText(row.value(HistoryQuery::ActionValue).toString()),
                            HistoryText::objectText(row.value(HistoryQuery::ObjectKindValue).toString(),
                                                    row.value(HistoryQuery::ObjectIdValue).toString()),
                            HistoryText::changeSummary(row.value(HistoryQuery::BeforeValue).toString(),
                                                       row.value(HistoryQuery::AfterValue).toString(), 0)};
    });
}

Result<ExportTable> Exporter::ledger(const QSqlDatabase& db, const ExportFilter& filter)
{
    ExportTable table;
    table.kind = FileKind::Ledger;
    table.title = tr("Credit");
    table.addColumn(QStringLiteral("time"), CellType::DateTime);
    table.addColumn(QStringLiteral("administrator"), CellType::Code);
    table.addColumn(QStringLiteral("amount"), CellType::Money);
    table.addColumn(QStringLiteral("balance"), CellType::Money);
    table.addColumn(QStringLiteral("description"), CellType::Text);
    LedgerQuery query(db);
    query.setKind(filter.ledgerKind);
    query.setRange(filter.from, filter.until);
    return fromQuery(std::move(table), query, [](const QVariantList& row) {
        const LedgerEntry e = LedgerQuery::entry(row);
        return QVariantList{e.at, e.actor, e.amountCents, e.balanceAfterCents, e.description()};
    });
}

Result<qint64> Exporter::writeCsv(const ExportTable& table, QIODevice& out, std::optional<QChar> separator)
{
    const QChar sep = separator.value_or(Csv::separatorForLocale());
    QStringList header;
    for (const Column& column : table.columns)
        header << heading(column);
    bool writeFailed = out.write("\xEF\xBB\xBF") != 3 || out.write(Csv::line(header, sep).toUtf8()) < 0;
    qint64 written = 0;
    QStringList cells;
    const Status read = table.forEachRow([&](const QVariantList& row) {
        cells.clear();
        for (size_t c = 0; c < table.columns.size(); ++c)
            cells << cellText(row.value(qsizetype(c)), table.types[c]);
        writeFailed = writeFailed || out.write(Csv::line(cells, sep).toUtf8()) < 0;
        ++written;
        return !writeFailed;
    });
    if (!read)
        return read.error();
    if (writeFailed)
        return Error{ErrorCode::IoError, tr("The export could not be written: %1").arg(out.errorString()),
                     QStringLiteral("file")};
    return written;
}

Result<QByteArray> Exporter::toCsv(const ExportTable& table, std::optional<QChar> separator)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (auto written = writeCsv(table, buffer, separator); !written)
        return written.error();
    return bytes;
}

ExportFormat Exporter::formatForPath(const QString& path)
{
    return path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ? ExportFormat::Xlsx
                                                                      : ExportFormat::Csv;
}

Result<qint64> Exporter::save(const ExportTable& given, const QString& path, ExportFormat format,
                              std::optional<QChar> separator, const ProgressCallback& progress)
{
    // With progress: the same rows, reported now and then, and stopped when asked.
    ExportTable reported;
    if (progress) {
        reported = given;
        reported.rows.clear();
        reported.source = [&given, &progress](const ExportTable::RowVisitor& visit) -> Status {
            qint64 done = 0;
            bool stopped = false;
            const Status read = given.forEachRow([&](const QVariantList& row) {
                if (++done % 500 == 0 && !progress(done, 0)) {
                    stopped = true;
                    return false;
                }
                return visit(row);
            });
            if (stopped)
                return Error{ErrorCode::Cancelled, tr("The export was stopped. No file was written."),
                             QStringLiteral("file")};
            return read;
        };
    }
    const ExportTable& table = progress ? reported : given;
    const auto notWritten = [&path](const QString& why) {
        return Error{ErrorCode::IoError,
                     tr("The file %1 could not be written: %2").arg(QDir::toNativeSeparators(path), why),
                     QStringLiteral("file")};
    };
    if (format == ExportFormat::Csv) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return notWritten(file.errorString());
        auto written = writeCsv(table, file, separator);
        if (!written) {
            file.cancelWriting();
            return written.error();
        }
        if (!file.commit())
            return notWritten(file.errorString());
        return written;
    }
    // libxlsxwriter opens its file with fopen(), which on Windows takes no Unicode path,
    // and writes it piece by piece: the workbook is made in a temporary folder, then
    // saved into place whole.
    QTemporaryDir folder;
    if (!folder.isValid())
        return Error{
            ErrorCode::IoError,
            tr("No temporary folder could be made for the spreadsheet: %1").arg(folder.errorString()),
            QStringLiteral("file")};
    const QString made = folder.filePath(QStringLiteral("export.xlsx"));
    auto written = writeXlsx(table, made, path);
    if (!written)
        return written.error();
    QFile file(made);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::IoError,
                     tr("The spreadsheet could not be read back: %1").arg(file.errorString()),
                     QStringLiteral("file")};
    QSaveFile target(path);
    if (!target.open(QIODevice::WriteOnly))
        return notWritten(target.errorString());
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(1 << 20);
        if (chunk.isEmpty() || target.write(chunk) != chunk.size()) {
            target.cancelWriting();
            return notWritten(target.errorString());
        }
    }
    if (!target.commit())
        return notWritten(target.errorString());
    return written;
}

} // namespace nm
