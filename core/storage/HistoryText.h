#pragma once

#include <QCoreApplication>
#include <QString>

namespace nm {

// How the history reads to people, in the current language and time zone: the words
// for a stored action and field, and a one-line summary of a change. The History page
// and the history export show the same text.
class HistoryText final
{
    Q_DECLARE_TR_FUNCTIONS(nm::HistoryText)

public:
    // "Member added", "Number cancelled", ...: the words for a stored action.
    static QString actionText(const QString& action);
    // The translated name of a field recorded in the history ("paidUntil" -> "Paid until").
    static QString fieldText(const QString& key);
    // "email: a@x.nl → b@x.nl; city: Delft → Leiden", or the values of an addition;
    // at most `longest` characters (no limit when 0).
    static QString changeSummary(const QString& beforeJson, const QString& afterJson, int longest = 300);
    // What a change was made to, as the pages name it: "Member anna.jansen",
    // "Number +31 20 123 4567", "Credit".
    static QString objectText(const QString& objectKind, const QString& objectId);

    // For searching what is shown, in the current language: the stored actions, object
    // kinds and field keys whose words contain `text` (case and accents aside).
    static QStringList actionsMatching(const QString& text);
    static QStringList objectKindsMatching(const QString& text);
    static QStringList fieldsMatching(const QString& text);
};

} // namespace nm
