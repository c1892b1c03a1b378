#include "Validation.h"

#include <QLocale>
#include <QRegularExpression>
#include <algorithm>

namespace nm {

namespace {

const QString accountField = QStringLiteral("account");
const QString profileIdField = QStringLiteral("profile-id");
const QString emailField = QStringLiteral("email");
const QString countryField = QStringLiteral("country");

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
        || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool isIdentifierCharacter(QChar c)
{
    return isAsciiLetter(c) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.')
        || c == QLatin1Char('-') || c == QLatin1Char('_');
}

bool allIdentifierCharacters(const QString& value)
{
    for (const QChar c : value)
        if (!isIdentifierCharacter(c))
            return false;
    return true;
}

} // namespace

int Validation::characterCount(const QString& value)
{
    int count = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i).isHighSurrogate() && i + 1 < value.size() && value.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

bool Validation::containsControlCharacter(const QString& value)
{
    for (const QChar c : value)
        if (c.category() == QChar::Other_Control)
            return true;
    return false;
}

QString Validation::tidy(const QString& value)
{
    const auto invisible = [](QChar c) {
        return c.isSpace() || c.category() == QChar::Other_Format || c.category() == QChar::Other_Control;
    };
    qsizetype begin = 0;
    qsizetype end = value.size();
    while (begin < end && invisible(value.at(begin)))
        ++begin;
    while (end > begin && invisible(value.at(end - 1)))
        --end;
    return value.mid(begin, end - begin);
}

Status Validation::readableText(const QString& value, const QString& field, const QString& label)
{
    bool visible = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        const bool pairStart
            = c.isHighSurrogate() && i + 1 < value.size() && value.at(i + 1).isLowSurrogate();
        if ((c.isSurrogate() && !pairStart) || c == QChar::ReplacementCharacter)
            return Error{
                ErrorCode::InvalidInput,
                tr("%1: the text contains characters that could not be read (it is not valid "
                   "UTF-8 or UTF-16). Type it again, or check the encoding of the file it came from.")
                    .arg(label),
                field};
        const char32_t code = pairStart ? QChar::surrogateToUcs4(c, value.at(i + 1)) : c.unicode();
        if (pairStart)
            ++i;
        switch (QChar::category(code)) {
        case QChar::Letter_Uppercase:
        case QChar::Letter_Lowercase:
        case QChar::Letter_Titlecase:
        case QChar::Letter_Modifier:
        case QChar::Letter_Other:
        case QChar::Number_DecimalDigit:
        case QChar::Number_Letter:
        case QChar::Number_Other:
        case QChar::Punctuation_Connector:
        case QChar::Punctuation_Dash:
        case QChar::Punctuation_Open:
        case QChar::Punctuation_Close:
        case QChar::Punctuation_InitialQuote:
        case QChar::Punctuation_FinalQuote:
        case QChar::Punctuation_Other:
        case QChar::Symbol_Math:
        case QChar::Symbol_Currency:
        case QChar::Symbol_Modifier:
        case QChar::Symbol_Other:
            visible = true;
            break;
        default:
            break;
        }
    }
    if (!visible)
        return Error{ErrorCode::InvalidInput,
                     tr("%1: the text has no visible character. Enter letters or digits.").arg(label), field};
    return {};
}

Result<QString> Validation::tidyName(const QString& typed, const QString& field, const QString& label)
{
    const QString name = tidy(typed);
    if (name.isEmpty() && typed.trimmed().isEmpty())
        return name;
    // Something was typed: it must show.
    if (Status s = readableText(name.isEmpty() ? typed : name, field, label); !s)
        return s.error();
    return name;
}

QString Validation::searchKey(const QString& value)
{
    // ASCII is its own NFKC form, and folds to lower case: most keys (numbers, dates,
    // account names) are ASCII, and a bulk change makes thousands.
    bool ascii = true;
    for (QChar c : value)
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    if (ascii)
        return value.toLower();
    return value.normalized(QString::NormalizationForm_KC).toCaseFolded();
}

QString Validation::sortKey(const QString& value)
{
    QString folded;
    folded.reserve(value.size());
    for (QChar c : value.normalized(QString::NormalizationForm_KD))
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    folded = folded.toCaseFolded();
    QString key;
    key.reserve(folded.size() + 8);
    for (qsizetype i = 0; i < folded.size();) {
        const QChar c = folded.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            key.append(c);
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < folded.size() && folded.at(end) >= QLatin1Char('0')
               && folded.at(end) <= QLatin1Char('9'))
            ++end;
        qsizetype first = i;
        while (first + 1 < end && folded.at(first) == QLatin1Char('0'))
            ++first;
        const qsizetype length = std::min<qsizetype>(end - first, 99);
        key.append(QLatin1Char(char('0' + length / 10)));
        key.append(QLatin1Char(char('0' + length % 10)));
        key.append(QStringView(folded).mid(first, end - first));
        i = end;
    }
    return key;
}

Status Validation::accountName(const QString& value)
{
    if (value.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("Enter an account name."), accountField};
    const int length = characterCount(value);
    if (length < accountNameMinLength)
        return Error{
            ErrorCode::InvalidInput,
            tr("The account name \"%1\" is too short: an account name has %2 to %3 characters.")
                .arg(value, QString::number(accountNameMinLength), QString::number(accountNameMaxLength)),
            accountField};
    if (length > accountNameMaxLength)
        return Error{
            ErrorCode::InvalidInput,
            tr("The account name \"%1\" is too long: an account name has %2 to %3 characters.")
                .arg(value, QString::number(accountNameMinLength), QString::number(accountNameMaxLength)),
            accountField};
    if (!allIdentifierCharacters(value))
        return Error{
            ErrorCode::InvalidInput,
            tr("The account name \"%1\" may contain only letters (A-Z), digits, dots (.), hyphens (-) "
               "and underscores (_).")
                .arg(value),
            accountField};
    if (!isAsciiLetter(value.front()))
        return Error{ErrorCode::InvalidInput,
                     tr("The account name \"%1\" must start with a letter.").arg(value), accountField};
    return {};
}

Status Validation::profileId(const QString& value)
{
    if (value.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("Enter a SIP profile id."), profileIdField};
    const int length = characterCount(value);
    if (length < profileIdMinLength)
        return Error{
            ErrorCode::InvalidInput,
            tr("The SIP profile id \"%1\" is too short: a SIP profile id has %2 to %3 characters.")
                .arg(value, QString::number(profileIdMinLength), QString::number(profileIdMaxLength)),
            profileIdField};
    if (length > profileIdMaxLength)
        return Error{
            ErrorCode::InvalidInput,
            tr("The SIP profile id \"%1\" is too long: a SIP profile id has %2 to %3 characters.")
                .arg(value, QString::number(profileIdMinLength), QString::number(profileIdMaxLength)),
            profileIdField};
    if (!allIdentifierCharacters(value))
        return Error{
            ErrorCode::InvalidInput,
            tr("The SIP profile id \"%1\" may contain only letters (A-Z), digits, dots (.), hyphens (-) "
               "and underscores (_).")
                .arg(value),
            profileIdField};
    return {};
}

bool Validation::isEmail(const QString& value)
{
    // Deliberately plain: what an administrator types for a colleague, not all of RFC 5322.
    // Local part: no spaces, no '@', no leading, trailing or doubled dot. Domain: labels of
    // letters, digits and inner hyphens, ending in a top-level name of two or more letters.
    static const QRegularExpression pattern(
        QStringLiteral("^(?!\\.)(?!.*\\.\\.)[^\\s@\"(),:;<>\\[\\]\\\\]+(?<!\\.)"
                       "@(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+\\p{L}{2,63}$"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (characterCount(value) > emailMaxLength || containsControlCharacter(value))
        return false;
    const qsizetype at = value.lastIndexOf(QLatin1Char('@'));
    if (at > 64) // the longest local part that mail servers accept
        return false;
    return pattern.match(value).hasMatch();
}

Status Validation::email(const QString& value)
{
    if (value.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("Enter an e-mail address such as name@example.com."),
                     emailField};
    if (!isEmail(value))
        return Error{ErrorCode::InvalidInput,
                     tr("The e-mail address \"%1\" is not valid. Enter an address such as name@example.com.")
                         .arg(value),
                     emailField};
    return {};
}

bool Validation::isCountryCode(const QString& value)
{
    if (value.size() != 2 || !isAsciiLetter(value.at(0)) || !isAsciiLetter(value.at(1)))
        return false;
    const QString upper = value.toUpper();
    // Groupings that QLocale knows but that are not a country or territory.
    if (upper == QLatin1String("EU") || upper == QLatin1String("QO"))
        return false;
    return QLocale::codeToTerritory(upper) != QLocale::AnyTerritory;
}

Result<QString> Validation::countryCode(const QString& value)
{
    if (value.isEmpty())
        return Error{ErrorCode::InvalidInput,
                     tr("Enter a country as its two-letter ISO code, such as NL, BE or GB."), countryField};
    if (!isCountryCode(value))
        return Error{
            ErrorCode::InvalidInput,
            tr("The country code \"%1\" is not known. Enter the two-letter ISO code of a country, such "
               "as NL, BE or GB.")
                .arg(value),
            countryField};
    return value.toUpper();
}

} // namespace nm
