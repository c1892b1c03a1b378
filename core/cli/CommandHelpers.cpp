#include "CommandHelpers.h"

#include "Validation.h"

#include <QJsonDocument>

namespace nm::cli {

int usageError(CommandContext& context, const QString& command, const QString& message)
{
    context.err << CommandLineTool::tr("error: %1").arg(message) << '\n'
                << CommandLineTool::tr("Run \"%1 --help\" for its options.").arg(command) << Qt::endl;
    return CommandLineTool::Usage;
}

std::optional<QString> onePositional(CommandContext& context, const QCommandLineParser& parser,
                                     const QString& command, const QString& argumentName)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        usageError(context, command, CommandLineTool::tr("\"%1\" needs %2.").arg(command, argumentName));
        return std::nullopt;
    }
    if (positional.size() > 1) {
        usageError(context, command,
                   CommandLineTool::tr("\"%1\" takes one %2, but more were given: %3")
                       .arg(command, argumentName, positional.join(QLatin1Char(' '))));
        return std::nullopt;
    }
    return positional.first();
}

bool requireOptions(CommandContext& context, const QCommandLineParser& parser, const QString& command,
                    const QStringList& options)
{
    QStringList missing;
    for (const QString& option : options)
        if (!parser.isSet(option))
            missing << QStringLiteral("--") + option;
    if (missing.isEmpty())
        return true;
    usageError(context, command,
               CommandLineTool::tr("this command needs %1.").arg(missing.join(QStringLiteral(", "))));
    return false;
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), CommandLineTool::tr("Print JSON."));
}

bool wantsJson(const QCommandLineParser& parser)
{
    return parser.isSet(QStringLiteral("json"));
}

QCommandLineOption ifVersionOption(const QString& what)
{
    return QCommandLineOption(
        QStringLiteral("if-version"),
        CommandLineTool::tr("Only if the %1 is still at version V (as --json shows it); "
                            "otherwise nothing is changed and the error says who changed it.")
            .arg(what),
        QStringLiteral("V"));
}

bool ifVersion(CommandContext& context, const QCommandLineParser& parser, const QString& command,
               std::optional<int>& version)
{
    version.reset();
    if (!parser.isSet(QStringLiteral("if-version")))
        return true;
    bool ok = false;
    const int value = parser.value(QStringLiteral("if-version")).toInt(&ok);
    if (!ok || value < 1) {
        usageError(context, command, CommandLineTool::tr("--if-version needs a whole number of 1 or more."));
        return false;
    }
    version = value;
    return true;
}

QString formatTable(const QStringList& headers, const QList<QStringList>& rows)
{
    QList<int> widths;
    for (const QString& header : headers)
        widths << Validation::characterCount(header);
    for (const QStringList& row : rows)
        for (int column = 0; column < row.size() && column < widths.size(); ++column)
            widths[column] = std::max(widths[column], Validation::characterCount(row.at(column)));

    const auto line = [&widths](const QStringList& cells) -> QString {
        QString text;
        for (int column = 0; column < cells.size(); ++column) {
            const QString& cell = cells.at(column);
            text += cell;
            if (column + 1 < cells.size())
                text
                    += QString(widths.value(column) - Validation::characterCount(cell) + 2, QLatin1Char(' '));
        }
        // A last column that is empty (a member without a city) leaves no trailing spaces.
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        return text + QLatin1Char('\n');
    };

    QString text = line(headers);
    for (const QStringList& row : rows)
        text += line(row);
    return text;
}

JsonArrayWriter::JsonArrayWriter(QTextStream& out)
    : m_out(out)
{
    m_out << "[\n";
}

JsonArrayWriter::~JsonArrayWriter()
{
    finish();
}

void JsonArrayWriter::add(const QJsonObject& object)
{
    if (m_count++ > 0)
        m_out << ",\n";
    const QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Indented);
    // Each line one level deeper, as inside an array; without the object's last line break.
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        m_out << "    " << QString::fromUtf8(text.constData() + start, end - start);
        if (end + 1 < text.size())
            m_out << '\n';
        start = end + 1;
    }
    if (m_count % 1000 == 0)
        m_out.flush();
}

void JsonArrayWriter::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_out << (m_count > 0 ? "\n]\n" : "]\n");
    m_out.flush();
}

} // namespace nm::cli
