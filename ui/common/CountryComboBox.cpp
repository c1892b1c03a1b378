#include "CountryComboBox.h"

#include "Format.h"
#include "Validation.h"

#include <QCompleter>
#include <QEvent>
#include <QLineEdit>
#include <QLocale>
#include <map>

namespace nm {

namespace {

// Every country or territory QLocale knows, by code; the same set Validation accepts.
const std::map<QString, QLocale::Territory>& territories()
{
    static const std::map<QString, QLocale::Territory> all = [] {
        std::map<QString, QLocale::Territory> map;
        for (int t = QLocale::AnyTerritory + 1; t <= QLocale::LastTerritory; ++t) {
            const auto territory = static_cast<QLocale::Territory>(t);
            const QString code = QLocale::territoryToCode(territory);
            if (Validation::isCountryCode(code))
                map.emplace(code.toUpper(), territory);
        }
        return map;
    }();
    return all;
}

} // namespace

CountryComboBox::CountryComboBox(QWidget* parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(15);
    for (const auto& [code, territory] : territories()) {
        Q_UNUSED(territory)
        addItem(QString(), code);
    }
    setCurrentIndex(-1);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    connect(lineEdit(), &QLineEdit::textEdited, this, &CountryComboBox::countryEdited);
    connect(this, qOverload<int>(&QComboBox::activated), this, &CountryComboBox::countryEdited);
    retranslate();
}

int CountryComboBox::matchingRow() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return -1;
    const int found = findText(text, Qt::MatchFixedString);
    if (found >= 0)
        return found;
    const QString key = Validation::sortKey(text);
    for (int i = 0; i < count(); ++i) {
        const QString code = itemData(i).toString();
        if (Validation::sortKey(code) == key || Validation::sortKey(countryName(code)) == key)
            return i;
    }
    // The English name, for an administrator who knows it so (QLocale's names are English).
    for (const auto& [code, territory] : territories())
        if (Validation::sortKey(QLocale::territoryToString(territory)) == key)
            return findData(code);
    return -1;
}

QString CountryComboBox::countryCode() const
{
    const int row = matchingRow();
    return row >= 0 ? itemData(row).toString() : currentText().trimmed();
}

bool CountryComboBox::isKnown() const
{
    return matchingRow() >= 0;
}

void CountryComboBox::setCountryCode(const QString& code)
{
    const int found = findData(code.toUpper());
    if (found >= 0)
        setCurrentIndex(found);
    else
        setEditText(code);
}

void CountryComboBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QComboBox::changeEvent(event);
}

void CountryComboBox::retranslate()
{
    const QString typed = currentIndex() < 0 ? currentText() : QString();
    // Every name in the current language (QLocale's names are English only).
    for (int i = 0; i < count(); ++i) {
        const QString code = itemData(i).toString();
        setItemText(i, tr("%1 - %2", "country code - country name").arg(code, countryName(code)));
    }
    if (!typed.isEmpty())
        setEditText(typed);
    setToolTip(tr("Pick the country, or type its name or two-letter code, such as NL"));
}

} // namespace nm
