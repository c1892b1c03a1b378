#pragma once

#include <QComboBox>

namespace nm {

// An editable list of ISO 3166-1 country codes with their names ("NL - Netherlands").
// The administrator can pick one, or type a code or a name, in the current language or
// in English, in any case and with or without accents ("nederland", "NL", "Netherlands").
class CountryComboBox final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountryComboBox)

public:
    explicit CountryComboBox(QWidget* parent = nullptr);

    // The code of the chosen country, or what was typed (trimmed) when it is not one of
    // the list's entries; the core decides whether that is a country code.
    QString countryCode() const;
    void setCountryCode(const QString& code);
    // Whether what is chosen or typed names one of the list's countries.
    bool isKnown() const;

signals:
    // The administrator typed or picked something.
    void countryEdited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    int matchingRow() const;
};

} // namespace nm
