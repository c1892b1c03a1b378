#pragma once

#include "catalogue/Catalogue.h"
#include "numbers/Assignee.h"
#include "numbers/NumberService.h"

#include <QDialog>
#include <vector>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTableWidget;

namespace nm {

class Banner;
class Workspace;

// The article's purchase: "Buy numbers" (choose the country, its cost shown), Continue,
// then the area code, how to be billed, the terms, and Buy now. One new number for each
// assignee. Refusals (credit, limit, residency, changed terms) stay in the dialog.
class AssignDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssignDialog)

public:
    // Above this many numbers the purchase shows its progress and can be stopped.
    static constexpr int progressThreshold = 200;

    AssignDialog(Workspace& workspace, std::vector<AssigneeRef> assignees, QWidget* parent = nullptr);

    // Country codes in the order shown.
    QStringList countryCodes() const;
    // Chooses the country as a click in the list would.
    void chooseCountry(const QString& code);
    QString chosenCountryCode() const;
    bool isOnDetailsPage() const;
    // The purchase, once accepted.
    const PurchaseResult& purchase() const { return m_purchase; }
    Banner* banner() const { return m_banner; }

protected:
    void changeEvent(QEvent* event) override;

private:
    // The most recipients listed by name; the rest are counted.
    static constexpr std::size_t maxListedRecipients = 500;

    void retranslate();
    void fillCountries();
    void fillRecipients();
    void showCountryPage();
    void showDetailsPage();
    void updateCountryPage();
    void updateDetails();
    void buy();
    const CountryOffer* chosenCountry() const;
    BillingPeriod period() const;
    QString language() const;

    Workspace& m_workspace;
    std::vector<AssigneeRef> m_assignees;
    Catalogue m_catalogue;
    std::vector<const CountryOffer*> m_countries; // as listed
    QString m_termsVersion; // of the terms shown on the details page
    PurchaseResult m_purchase;

    Banner* m_banner = nullptr;
    QStackedWidget* m_pages = nullptr;
    // Buy numbers
    QLabel* m_countryTitle = nullptr;
    QLabel* m_countryIntro = nullptr;
    QTableWidget* m_countryTable = nullptr;
    // Area code, billing and terms
    QLabel* m_detailsTitle = nullptr;
    QLabel* m_areaCodeLabel = nullptr;
    QComboBox* m_areaCode = nullptr;
    QGroupBox* m_billing = nullptr;
    QButtonGroup* m_periods = nullptr;
    QRadioButton* m_oneMonth = nullptr;
    QRadioButton* m_threeMonths = nullptr;
    QRadioButton* m_twelveMonths = nullptr;
    QLabel* m_countLabel = nullptr;
    QListWidget* m_recipients = nullptr;
    QLabel* m_totalLabel = nullptr;
    QLabel* m_creditLabel = nullptr;
    QLabel* m_termsLabel = nullptr;
    QPlainTextEdit* m_terms = nullptr;
    QCheckBox* m_agree = nullptr;
    // Buttons under both pages
    QPushButton* m_back = nullptr;
    QPushButton* m_continue = nullptr;
    QPushButton* m_buyNow = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace nm
