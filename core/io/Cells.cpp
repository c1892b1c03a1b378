#include "Cells.h"

#include "Format.h"
#include "Money.h"
#include "Translations.h"
#include "Validation.h"
#include "io/Columns.h"
#include "phone/PhoneNumbers.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace nm {

namespace {

QString wordKey(const QString& text)
{
    return headerKey(text);
}

} // namespace

std::optional<QString> Cells::country(const QString& text)
{
    const QString tidied = Validation::tidy(text);
    if (tidied.size() == 2 && Validation::isCountryCode(tidied))
        return tidied.toUpper();
    // Every territory's English and Dutch name (ICU's), built once.
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> map;
        for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
            const QString code = QLocale::territoryToCode(QLocale::Territory(t));
            if (code.size() != 2 || !Validation::isCountryCode(code))
                continue;
            for (const char* language : {"en", "nl"}) {
                const QString name = countryName(code, QLatin1String(language));
                if (name != code)
                    map.insert(wordKey(name), code);
            }
        }
        return map;
    }();
    QString key = wordKey(tidied);
    if (!names.contains(key)) {
        // "The Netherlands", "de Verenigde Staten"
        static const QRegularExpression article(QStringLiteral("^(the|de|het)\\s+"),
                                                QRegularExpression::CaseInsensitiveOption);
        QString withoutArticle = tidied;
        withoutArticle.remove(article);
        key = wordKey(withoutArticle);
    }
    const auto found = names.constFind(key);
    if (found == names.constEnd())
        return std::nullopt;
    return *found;
}

QString Cells::money(qint64 cents)
{
    QString text = formatEurosPlain(cents);
    if (QLocale().decimalPoint() == QLatin1String(","))
        text.replace(QLatin1Char('.'), QLatin1Char(','));
    return text;
}

Result<qint64> Cells::parseMoney(const QString& typed, const QString& field)
{
    QString text = Validation::tidy(typed);
    text.remove(QChar(0x20AC)); // €
    text.remove(QLatin1String("EUR"), Qt::CaseInsensitive);
    text.remove(QChar(0x00A0));
    text.remove(QChar(0x202F));
    text = text.trimmed();
    const auto invalid = [&] {
        return Error{ErrorCode::InvalidInput,
                     tr("\"%1\" is not an amount of euros. Write it as 12,50 or 12.50.").arg(typed), field};
    };
    if (text.startsWith(QLatin1Char('-')))
        return Error{ErrorCode::InvalidInput, tr("The amount \"%1\" is negative.").arg(typed), field};
    // The last '.' or ',' followed by one or two digits is the decimal separator; the
    // other one may group thousands.
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{1,3}(?:([.,\\s])\\d{3})*|\\d+)(?:([.,])(\\d{1,2}))?$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return invalid();
    const QString grouping = match.captured(2);
    const QString decimal = match.captured(3);
    if (!grouping.isEmpty() && grouping == decimal)
        return invalid();
    QString whole = match.captured(1);
    whole.removeIf([](QChar c) { return !c.isDigit(); }); // the grouping separators
    if (whole.size() > 12)
        return invalid();
    QString fraction = match.captured(4);
    while (fraction.size() < 2)
        fraction += QLatin1Char('0');
    const auto cents = nm::money::add(whole.toLongLong() * 100, fraction.toLongLong());
    if (!cents)
        return invalid();
    return *cents;
}

QString Cells::dateTime(const QDateTime& time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

std::optional<QDateTime> Cells::parseDateTime(const QString& typed)
{
    const QString text = Validation::tidy(typed);
    // A date alone is read as a date: QDateTime::fromString() converts local time on every
    // attempt, and an import reads one date per row.
    if (!text.contains(QLatin1Char(':'))) {
        for (const char* format : {"yyyy-MM-dd", "d-M-yyyy"}) {
            const QDate date = QDate::fromString(text, QLatin1String(format));
            if (date.isValid())
                return date.startOfDay().toUTC();
        }
        return std::nullopt;
    }
    for (const char* format : {"yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss",
                               "yyyy-MM-ddTHH:mm", "d-M-yyyy HH:mm", "d-M-yyyy H:mm"}) {
        const QDateTime time = QDateTime::fromString(text, QLatin1String(format));
        if (time.isValid())
            return time.toUTC();
    }
    return std::nullopt;
}

QString Cells::yesNo(bool value)
{
    return value ? tr("yes") : tr("no");
}

std::optional<bool> Cells::parseYesNo(const QString& text)
{
    static const QHash<QString, bool> words{
        {QStringLiteral("yes"), true},     {QStringLiteral("ja"), true},   {QStringLiteral("true"), true},
        {QStringLiteral("waar"), true},    {QStringLiteral("1"), true},    {QStringLiteral("on"), true},
        {QStringLiteral("aan"), true},     {QStringLiteral("y"), true},    {QStringLiteral("j"), true},
        {QStringLiteral("no"), false},     {QStringLiteral("nee"), false}, {QStringLiteral("false"), false},
        {QStringLiteral("onwaar"), false}, {QStringLiteral("0"), false},   {QStringLiteral("off"), false},
        {QStringLiteral("uit"), false},    {QStringLiteral("n"), false},
    };
    const auto found = words.constFind(wordKey(text));
    if (found == words.constEnd())
        return std::nullopt;
    return *found;
}

std::optional<NumberState> Cells::parseState(const QString& text)
{
    static const QHash<QString, NumberState> words{
        {QStringLiteral("pending"), NumberState::Pending},
        {QStringLiteral("inbehandeling"), NumberState::Pending},
        {QStringLiteral("active"), NumberState::Active},
        {QStringLiteral("actief"), NumberState::Active},
        {QStringLiteral("cancelled"), NumberState::Cancelled},
        {QStringLiteral("canceled"), NumberState::Cancelled},
        {QStringLiteral("geannuleerd"), NumberState::Cancelled},
        {QStringLiteral("expired"), NumberState::Expired},
        {QStringLiteral("verlopen"), NumberState::Expired},
    };
    const auto found = words.constFind(wordKey(text));
    if (found == words.constEnd())
        return std::nullopt;
    return *found;
}

std::optional<AssigneeKind> Cells::parseAssigneeKind(const QString& text)
{
    static const QHash<QString, AssigneeKind> words{
        {QStringLiteral("member"), AssigneeKind::Member},
        {QStringLiteral("lid"), AssigneeKind::Member},
        {QStringLiteral("sipprofile"), AssigneeKind::SipProfile},
        {QStringLiteral("sipprofiel"), AssigneeKind::SipProfile},
        {QStringLiteral("sip"), AssigneeKind::SipProfile},
    };
    const auto found = words.constFind(wordKey(text));
    if (found == words.constEnd())
        return std::nullopt;
    return *found;
}

QString Cells::guardedText(const QString& text)
{
    if (text.isEmpty())
        return text;
    const QChar first = text.front();
    if (first == QLatin1Char('+') && !internationalE164(text).isEmpty())
        return text; // a phone number, not a formula
    if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
        || first == QLatin1Char('@') || first == QLatin1Char('\''))
        return QLatin1Char('\'') + text;
    return text;
}

QString Cells::unguardedText(const QString& text)
{
    if (text.size() >= 2 && text.front() == QLatin1Char('\'')) {
        const QChar second = text.at(1);
        if (second == QLatin1Char('=') || second == QLatin1Char('+') || second == QLatin1Char('-')
            || second == QLatin1Char('@') || second == QLatin1Char('\''))
            return text.mid(1);
    }
    return text;
}

} // namespace nm
