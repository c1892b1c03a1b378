#include "AssignDialog.h"

#include "Format.h"
#include "common/Banner.h"
#include "common/Progress.h"
#include "common/Workspace.h"
#include "numbers/Assignee.h"
#include "organisation/OrganisationService.h"
#include "storage/Database.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <memory>

namespace nm {

namespace {
enum CountryColumn
{
    CountryName,
    CostOneMonth,
    CostThreeMonths,
    CostTwelveMonths,
    CountryColumnCount
};
constexpr int codeRole = Qt::UserRole + 1;
} // namespace

AssignDialog::AssignDialog(Workspace& workspace, std::vector<AssigneeRef> assignees, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_assignees(std::move(assignees))
{
    setObjectName(QStringLiteral("assignDialog"));
    setModal(true);
    resize(640, 560);

    m_banner = new Banner(this);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("assignPages"));

    // Page one: Buy numbers.
    auto* countryPage = new QWidget(m_pages);
    countryPage->setObjectName(QStringLiteral("buyNumbersPage"));
    m_countryTitle = new QLabel(countryPage);
    m_countryTitle->setObjectName(QStringLiteral("buyNumbersTitle"));
    QFont titleFont = m_countryTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_countryTitle->setFont(titleFont);
    m_countryIntro = new QLabel(countryPage);
    m_countryIntro->setWordWrap(true);
    m_countryTable = new QTableWidget(0, CountryColumnCount, countryPage);
    m_countryTable->setObjectName(QStringLiteral("countryTable"));
    m_countryTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_countryTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_countryTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_countryTable->setTabKeyNavigation(false);
    m_countryTable->verticalHeader()->hide();
    m_countryTable->horizontalHeader()->setSectionResizeMode(CountryName, QHeaderView::Stretch);
    m_countryIntro->setBuddy(m_countryTable);
    auto* countryLayout = new QVBoxLayout(countryPage);
    countryLayout->setContentsMargins(0, 0, 0, 0);
    countryLayout->addWidget(m_countryTitle);
    countryLayout->addWidget(m_countryIntro);
    countryLayout->addWidget(m_countryTable, 1);
    m_pages->addWidget(countryPage);

    // Page two: area code, billing, terms.
    auto* detailsPage = new QWidget(m_pages);
    detailsPage->setObjectName(QStringLiteral("detailsPage"));
    m_detailsTitle = new QLabel(detailsPage);
    m_detailsTitle->setObjectName(QStringLiteral("detailsTitle"));
    m_detailsTitle->setFont(titleFont);
    m_areaCodeLabel = new QLabel(detailsPage);
    m_areaCode = new QComboBox(detailsPage);
    m_areaCode->setObjectName(QStringLiteral("areaCodeCombo"));
    m_areaCodeLabel->setBuddy(m_areaCode);
    m_billing = new QGroupBox(detailsPage);
    m_billing->setObjectName(QStringLiteral("billingGroup"));
    m_oneMonth = new QRadioButton(m_billing);
    m_oneMonth->setObjectName(QStringLiteral("period1Radio"));
    m_threeMonths = new QRadioButton(m_billing);
    m_threeMonths->setObjectName(QStringLiteral("period3Radio"));
    m_twelveMonths = new QRadioButton(m_billing);
    m_twelveMonths->setObjectName(QStringLiteral("period12Radio"));
    m_periods = new QButtonGroup(this);
    m_periods->addButton(m_oneMonth, int(BillingPeriod::OneMonth));
    m_periods->addButton(m_threeMonths, int(BillingPeriod::ThreeMonths));
    m_periods->addButton(m_twelveMonths, int(BillingPeriod::TwelveMonths));
    m_oneMonth->setChecked(true);
    auto* billingLayout = new QHBoxLayout(m_billing);
    billingLayout->addWidget(m_oneMonth);
    billingLayout->addWidget(m_threeMonths);
    billingLayout->addWidget(m_twelveMonths);
    billingLayout->addStretch(1);
    m_countLabel = new QLabel(detailsPage);
    m_countLabel->setObjectName(QStringLiteral("assigneeCountLabel"));
    // Who gets the numbers: the ticked members and SIP profiles, by name.
    m_recipients = new QListWidget(detailsPage);
    m_recipients->setObjectName(QStringLiteral("recipientsList"));
    m_recipients->setSelectionMode(QAbstractItemView::NoSelection);
    m_recipients->setFocusPolicy(Qt::TabFocus);
    m_recipients->setMaximumHeight(m_recipients->fontMetrics().height() * 5 + 8);
    m_countLabel->setBuddy(m_recipients);
    m_totalLabel = new QLabel(detailsPage);
    m_totalLabel->setObjectName(QStringLiteral("totalLabel"));
    m_creditLabel = new QLabel(detailsPage);
    m_creditLabel->setObjectName(QStringLiteral("creditLabel"));
    m_creditLabel->setWordWrap(true);
    m_termsLabel = new QLabel(detailsPage);
    m_terms = new QPlainTextEdit(detailsPage);
    m_terms->setObjectName(QStringLiteral("termsText"));
    m_terms->setReadOnly(true);
    m_terms->setTabChangesFocus(true);
    m_termsLabel->setBuddy(m_terms);
    m_agree = new QCheckBox(detailsPage);
    m_agree->setObjectName(QStringLiteral("agreeCheck"));
    auto* form = new QFormLayout;
    form->addRow(m_areaCodeLabel, m_areaCode);
    auto* detailsLayout = new QVBoxLayout(detailsPage);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_detailsTitle);
    detailsLayout->addLayout(form);
    detailsLayout->addWidget(m_billing);
    detailsLayout->addWidget(m_countLabel);
    detailsLayout->addWidget(m_recipients);
    detailsLayout->addWidget(m_totalLabel);
    detailsLayout->addWidget(m_creditLabel);
    detailsLayout->addWidget(m_termsLabel);
    detailsLayout->addWidget(m_terms, 1);
    detailsLayout->addWidget(m_agree);
    m_pages->addWidget(detailsPage);

    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_continue = new QPushButton(this);
    m_continue->setObjectName(QStringLiteral("continueButton"));
    m_buyNow = new QPushButton(this);
    m_buyNow->setObjectName(QStringLiteral("buyNowButton"));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    for (QPushButton* button : {m_back, m_continue, m_buyNow, m_cancel})
        button->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_continue);
    buttons->addWidget(m_buyNow);
    buttons->addWidget(m_cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    // On a small screen the page scrolls; Buy now and Cancel stay in view.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("assignScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_pages);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(m_countryTable, &QTableWidget::itemSelectionChanged, this, &AssignDialog::updateCountryPage);
    connect(m_countryTable, &QTableWidget::cellDoubleClicked, this, [this] {
        if (chosenCountry())
            showDetailsPage();
    });
    connect(m_continue, &QPushButton::clicked, this, &AssignDialog::showDetailsPage);
    connect(m_back, &QPushButton::clicked, this, &AssignDialog::showCountryPage);
    connect(m_buyNow, &QPushButton::clicked, this, &AssignDialog::buy);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_areaCode, &QComboBox::currentIndexChanged, this, &AssignDialog::updateDetails);
    connect(m_periods, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateDetails();
    });
    connect(m_agree, &QCheckBox::toggled, this, &AssignDialog::updateDetails);

    auto catalogue = Catalogue::effective(m_workspace.database().connection());
    if (catalogue) {
        m_catalogue = std::move(catalogue).value();
    } else {
        m_catalogue = Catalogue::builtIn();
        m_banner->showError(catalogue.error().message);
    }
    fillCountries();
    retranslate();
    showCountryPage();
}

QString AssignDialog::language() const
{
    return QLocale().language() == QLocale::Dutch ? QStringLiteral("nl") : QStringLiteral("en");
}

void AssignDialog::fillCountries()
{
    const QString chosen = chosenCountryCode();
    m_countries.clear();
    for (const CountryOffer& offer : m_catalogue.countries())
        m_countries.push_back(&offer);
    const QString lang = language();
    std::sort(m_countries.begin(), m_countries.end(), [&lang](const CountryOffer* a, const CountryOffer* b) {
        return QString::localeAwareCompare(a->name(lang), b->name(lang)) < 0;
    });
    const QSignalBlocker blocker(m_countryTable);
    m_countryTable->clearContents();
    m_countryTable->setRowCount(int(m_countries.size()));
    int row = 0;
    for (const CountryOffer* offer : m_countries) {
        const QString texts[CountryColumnCount]
            = {offer->name(lang), formatMoney(offer->priceCents1), formatMoney(offer->priceCents3),
               formatMoney(offer->priceCents12)};
        for (int column = 0; column < CountryColumnCount; ++column) {
            auto* item = new QTableWidgetItem(texts[column]);
            item->setData(codeRole, offer->code);
            if (column != CountryName)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_countryTable->setItem(row, column, item);
        }
        ++row;
    }
    if (!chosen.isEmpty())
        chooseCountry(chosen);
}

QStringList AssignDialog::countryCodes() const
{
    QStringList codes;
    for (const CountryOffer* offer : m_countries)
        codes << offer->code;
    return codes;
}

void AssignDialog::chooseCountry(const QString& code)
{
    const int row = int(countryCodes().indexOf(code.toUpper()));
    if (row < 0)
        return;
    m_countryTable->setCurrentCell(row, CountryName);
    m_countryTable->selectRow(row);
}

QString AssignDialog::chosenCountryCode() const
{
    const QList<QTableWidgetItem*> selected = m_countryTable->selectedItems();
    return selected.isEmpty() ? QString() : selected.first()->data(codeRole).toString();
}

const CountryOffer* AssignDialog::chosenCountry() const
{
    const QString code = chosenCountryCode();
    return code.isEmpty() ? nullptr : m_catalogue.country(code);
}

bool AssignDialog::isOnDetailsPage() const
{
    return m_pages->currentIndex() == 1;
}

BillingPeriod AssignDialog::period() const
{
    const int id = m_periods->checkedId();
    return id == int(BillingPeriod::ThreeMonths) ? BillingPeriod::ThreeMonths
        : id == int(BillingPeriod::TwelveMonths) ? BillingPeriod::TwelveMonths
                                                 : BillingPeriod::OneMonth;
}

void AssignDialog::fillRecipients()
{
    m_recipients->clear();
    const std::size_t shown = std::min<std::size_t>(m_assignees.size(), maxListedRecipients);
    auto named
        = AssigneeResolver(m_workspace.database().connection())
              .byRefs(std::vector<AssigneeRef>(m_assignees.begin(), m_assignees.begin() + qsizetype(shown)));
    if (named) {
        for (const Result<Assignee>& assignee : *named) {
            if (!assignee)
                continue;
            m_recipients->addItem(assignee->kind == AssigneeKind::SipProfile
                                      ? tr("SIP profile %1 (%2)").arg(assignee->displayName, assignee->key)
                                      : tr("%1 (%2)").arg(assignee->displayName, assignee->key));
        }
    }
    if (m_assignees.size() > shown)
        m_recipients->addItem(tr("... and %Ln more", "", int(m_assignees.size() - shown)));
    m_recipients->setAccessibleName(tr("Who gets a number"));
}

void AssignDialog::showCountryPage()
{
    m_banner->clear(); // a message about the country left behind
    m_pages->setCurrentIndex(0);
    m_back->hide();
    m_buyNow->hide();
    m_continue->show();
    m_buyNow->setDefault(false);
    m_continue->setDefault(true);
    updateCountryPage();
    m_countryTable->setFocus();
    setTabOrder(m_countryTable, m_continue);
    setTabOrder(m_continue, m_cancel);
}

void AssignDialog::showDetailsPage()
{
    if (!chosenCountry())
        return;
    // Read the catalogue again: the terms shown must be the ones in effect now.
    if (auto fresh = Catalogue::effective(m_workspace.database().connection())) {
        const QString code = chosenCountryCode();
        m_catalogue = std::move(fresh).value();
        fillCountries();
        chooseCountry(code);
    }
    const CountryOffer* offer = chosenCountry();
    if (!offer)
        return;
    m_banner->clear();
    {
        const QSignalBlocker blocker(m_areaCode);
        m_areaCode->clear();
        for (const AreaCode& area : offer->areaCodes)
            m_areaCode->addItem(tr("%1 (%2)").arg(area.code, area.city), area.code);
        m_areaCode->setCurrentIndex(m_areaCode->count() > 0 ? 0 : -1);
    }
    m_termsVersion = offer->terms.version;
    m_terms->setPlainText(offer->terms.text(language()));
    {
        const QSignalBlocker blocker(m_agree);
        m_agree->setChecked(false); // agreeing is to the terms of this country, read now
    }
    m_pages->setCurrentIndex(1);
    m_continue->hide();
    m_back->show();
    m_buyNow->show();
    m_continue->setDefault(false);
    m_buyNow->setDefault(true);
    retranslate();
    updateDetails();
    m_areaCode->setFocus();
    setTabOrder(m_areaCode, m_oneMonth);
    setTabOrder(m_oneMonth, m_terms);
    setTabOrder(m_terms, m_agree);
    setTabOrder(m_agree, m_buyNow);
    setTabOrder(m_buyNow, m_back);
    setTabOrder(m_back, m_cancel);
}

void AssignDialog::updateCountryPage()
{
    m_continue->setEnabled(chosenCountry() != nullptr);
}

void AssignDialog::updateDetails()
{
    const CountryOffer* offer = chosenCountry();
    if (!offer || !isOnDetailsPage())
        return;
    const int count = int(m_assignees.size());
    m_countLabel->setText(tr("%Ln new number(s): one for each ticked member or SIP profile.", "", count));
    NumberService service(m_workspace.context());
    const auto balance = OrganisationService(m_workspace.context()).balanceCents();
    if (!balance) {
        m_totalLabel->setText(balance.error().message);
        m_creditLabel->clear();
        m_buyNow->setEnabled(false);
        return;
    }
    const qint64 credit = *balance;
    auto total = service.quote(offer->code, period(), count);
    if (total) {
        m_totalLabel->setText(tr("Total: %1 (%2 per number)")
                                  .arg(formatMoney(*total), formatMoney(offer->priceCents(period()))));
        const qint64 after = credit - *total;
        m_creditLabel->setText(
            after >= 0
                ? tr("Credit now: %1. Credit after buying: %2.").arg(formatMoney(credit), formatMoney(after))
                : tr("Credit now: %1. That is %2 too little for this purchase.")
                      .arg(formatMoney(credit), formatMoney(-after)));
    } else {
        m_totalLabel->setText(total.error().message);
        m_creditLabel->setText(tr("Credit now: %1.").arg(formatMoney(credit)));
    }
    m_totalLabel->setAccessibleName(m_totalLabel->text());
    m_creditLabel->setAccessibleName(m_creditLabel->text());
    m_buyNow->setEnabled(m_agree->isChecked() && m_areaCode->currentIndex() >= 0 && count > 0);
}

void AssignDialog::buy()
{
    const CountryOffer* offer = chosenCountry();
    if (!offer || !m_buyNow->isEnabled())
        return;
    PurchaseRequest request;
    request.assignees = m_assignees;
    request.country = offer->code;
    request.areaCode = m_areaCode->currentData().toString();
    request.period = period();
    request.termsAccepted = m_agree->isChecked();
    request.termsVersion = m_termsVersion;

    const ProgressOptions options{QStringLiteral("purchaseProgress"), tr("Assign numbers"),
                                  tr("Buying %Ln number(s)...", "", int(m_assignees.size())),
                                  qint64(m_assignees.size()), progressThreshold};
    Result<PurchaseResult> result = runWithProgress(
        this, m_workspace, options, [&](const Context& context, const ProgressCallback& progress) {
            return NumberService(context).buy(request, progress);
        });
    if (!result) {
        m_banner->showError(result.error().message);
        updateDetails(); // the credit may have changed meanwhile
        return;
    }
    m_purchase = std::move(result).value();
    m_banner->clear();
    accept();
}

void AssignDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        fillCountries();
        retranslate();
        if (const CountryOffer* offer = chosenCountry(); offer && isOnDetailsPage())
            m_terms->setPlainText(offer->terms.text(language()));
    }
    QDialog::changeEvent(event);
}

void AssignDialog::retranslate()
{
    setWindowTitle(tr("Assign numbers"));
    fillRecipients();
    m_countryTitle->setText(tr("Buy numbers"));
    m_countryIntro->setText(tr("Choose the &country of the new numbers. The cost is per number, for each "
                               "billing period."));
    m_countryTable->setHorizontalHeaderLabels(
        {tr("Country"), tr("1 month"), tr("3 months"), tr("12 months")});
    m_countryTable->setAccessibleName(tr("Countries and their cost per number"));
    const CountryOffer* offer = chosenCountry();
    m_detailsTitle->setText(offer ? tr("Buy numbers in %1").arg(offer->name(language())) : tr("Buy numbers"));
    m_areaCodeLabel->setText(tr("Area code"));
    m_areaCode->setAccessibleName(tr("Area code"));
    m_billing->setTitle(tr("How do you want to be billed?"));
    m_billing->setAccessibleName(tr("How do you want to be billed?"));
    // The glossary's words exactly, without mnemonics: Enter and Tab reach everything.
    const std::pair<QAbstractButton*, QString> texts[] = {
        {m_oneMonth, tr("1 month")},
        {m_threeMonths, tr("3 months")},
        {m_twelveMonths, tr("12 months")},
        {m_agree, tr("I agree to the terms")},
        {m_back, tr("Back")},
        {m_continue, tr("Continue")},
        {m_buyNow, tr("Buy now")},
        {m_cancel, tr("Cancel")},
    };
    for (const auto& [button, text] : texts) {
        button->setText(text);
        button->setAccessibleName(text);
    }
    m_termsLabel->setText(tr("Terms for these numbers"));
    m_terms->setAccessibleName(tr("Terms"));
    updateDetails();
}

} // namespace nm
