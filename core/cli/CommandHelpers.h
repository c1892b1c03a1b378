#pragma once

#include "cli/CommandLineTool.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTextStream>
#include <optional>

// Small pieces shared by the feature commands (members, SIP profiles, ...).
namespace nm::cli {

// Prints "error: <message>" and how to get the command's help; returns CommandLineTool::Usage.
int usageError(CommandContext& context, const QString& command, const QString& message);

// The command's single positional argument (e.g. the account name), or nullopt after
// printing a usage error that names it (e.g. "ACCOUNT").
std::optional<QString> onePositional(CommandContext& context, const QCommandLineParser& parser,
                                     const QString& command, const QString& argumentName);

// Prints a usage error naming every required option that is missing ("--email"), and
// returns false, when any is missing.
bool requireOptions(CommandContext& context, const QCommandLineParser& parser, const QString& command,
                    const QStringList& options);

// The --json option every listing command offers, and whether it was given.
QCommandLineOption jsonOption();
bool wantsJson(const QCommandLineParser& parser);

// --if-version V: change `what` only while its version (as --json listings show it) is
// still V; otherwise the change is refused, saying who changed it and when.
QCommandLineOption ifVersionOption(const QString& what);
// Reads --if-version into `version` (nullopt when not given); false, after printing a
// usage error, when it is not a whole number.
bool ifVersion(CommandContext& context, const QCommandLineParser& parser, const QString& command,
               std::optional<int>& version);

// A JSON array written one object at a time, in constant memory, as QJsonDocument writes
// a whole array indented (so that the output is the same): "[", the objects, "]".
class JsonArrayWriter final
{
    Q_DISABLE_COPY_MOVE(JsonArrayWriter)

public:
    explicit JsonArrayWriter(QTextStream& out);
    ~JsonArrayWriter(); // writes "]" when finish() was not called
    void add(const QJsonObject& object);
    void finish();

private:
    QTextStream& m_out;
    qint64 m_count = 0;
    bool m_finished = false;
};

// Text in aligned columns: a header line, then one line per row; no trailing spaces.
QString formatTable(const QStringList& headers, const QList<QStringList>& rows);

} // namespace nm::cli
