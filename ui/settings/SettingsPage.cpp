#include "SettingsPage.h"

#include "Format.h"
#include "Money.h"
#include "common/Banner.h"
#include "common/Workspace.h"
#include "organisation/OrganisationService.h"
#include "organisation/OrganisationSettings.h"
#include "storage/Database.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace nm {

SettingsPage::SettingsPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("settingsPage"));

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_banner = new Banner(this);
    m_banner->setObjectName(QStringLiteral("settingsBanner"));

    // The organisation and its rules.
    m_organisationGroup = new QGroupBox(this);
    m_name = new QLineEdit(m_organisationGroup);
    m_name->setObjectName(QStringLiteral("organisationNameEdit"));
    m_limit = new QSpinBox(m_organisationGroup);
    m_limit->setObjectName(QStringLiteral("memberLimitSpin"));
    m_limit->setRange(1, 1000);
    // The provisioning delay simulates the provider: out of the administrator's way, under
    // Advanced, shown on request.
    m_advancedCheck = new QCheckBox(this);
    m_advancedCheck->setObjectName(QStringLiteral("advancedCheck"));
    m_advancedGroup = new QGroupBox(this);
    m_advancedGroup->setObjectName(QStringLiteral("advancedGroup"));
    m_advancedGroup->setVisible(false);
    connect(m_advancedCheck, &QCheckBox::toggled, m_advancedGroup, &QWidget::setVisible);
    m_delay = new QSpinBox(m_advancedGroup);
    m_delay->setObjectName(QStringLiteral("provisioningDelaySpin"));
    m_delay->setRange(0, 24 * 3600);
    m_delay->setSingleStep(30);
    m_apply = new QPushButton(m_organisationGroup);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_nameLabel = new QLabel(m_organisationGroup);
    m_nameLabel->setBuddy(m_name);
    m_limitLabel = new QLabel(m_organisationGroup);
    m_limitLabel->setBuddy(m_limit);
    m_delayLabel = new QLabel(m_advancedGroup);
    m_delayLabel->setBuddy(m_delay);
    m_delayNote = new QLabel(m_advancedGroup);
    m_delayNote->setWordWrap(true);
    auto* advancedForm = new QFormLayout(m_advancedGroup);
    advancedForm->addRow(m_delayLabel, m_delay);
    advancedForm->addRow(m_delayNote);
    auto* organisationForm = new QFormLayout(m_organisationGroup);
    organisationForm->addRow(m_nameLabel, m_name);
    organisationForm->addRow(m_limitLabel, m_limit);
    auto* applyRow = new QHBoxLayout;
    applyRow->addStretch();
    applyRow->addWidget(m_apply);
    organisationForm->addRow(applyRow);
    connect(m_apply, &QPushButton::clicked, this, &SettingsPage::apply);
    connect(m_name, &QLineEdit::returnPressed, this, &SettingsPage::apply);
    m_applyAction = new QAction(this);
    m_applyAction->setShortcut(QKeySequence::Save);
    m_applyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_applyAction, &QAction::triggered, this, &SettingsPage::apply);
    addAction(m_applyAction);

    // Credit.
    m_creditGroup = new QGroupBox(this);
    m_balanceCaption = new QLabel(m_creditGroup);
    m_balance = new QLabel(m_creditGroup);
    m_balance->setObjectName(QStringLiteral("balanceLabel"));
    m_balance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_topUp = new QLineEdit(m_creditGroup);
    m_topUp->setObjectName(QStringLiteral("topUpEdit"));
    m_topUpButton = new QPushButton(m_creditGroup);
    m_topUpButton->setObjectName(QStringLiteral("topUpButton"));
    m_topUpLabel = new QLabel(m_creditGroup);
    m_topUpLabel->setBuddy(m_topUp);
    auto* topUpRow = new QHBoxLayout;
    topUpRow->addWidget(m_topUp, 1);
    topUpRow->addWidget(m_topUpButton);
    auto* creditForm = new QFormLayout(m_creditGroup);
    creditForm->addRow(m_balanceCaption, m_balance);
    creditForm->addRow(m_topUpLabel, topUpRow);
    connect(m_topUpButton, &QPushButton::clicked, this, &SettingsPage::topUp);
    // A viewer sees the settings and the credit, and changes neither.
    if (!m_workspace.canWrite())
        for (QWidget* control : std::initializer_list<QWidget*>{m_apply, m_topUpButton}) {
            control->setEnabled(false);
            control->setToolTip(m_workspace.database().readOnlyMessage());
        }
    connect(m_topUp, &QLineEdit::returnPressed, this, &SettingsPage::topUp);

    // Language: the names are the languages' own, never translated.
    m_languageGroup = new QGroupBox(this);
    m_language = new QComboBox(m_languageGroup);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(QLocale().language() == QLocale::Dutch ? 0 : 1);
    m_languageLabel = new QLabel(m_languageGroup);
    m_languageLabel->setBuddy(m_language);
    auto* languageForm = new QFormLayout(m_languageGroup);
    languageForm->addRow(m_languageLabel, m_language);
    connect(m_language, qOverload<int>(&QComboBox::activated), this,
            [this](int index) { emit languageRequested(m_language->itemData(index).toString()); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_banner);
    layout->addWidget(m_organisationGroup);
    layout->addWidget(m_creditGroup);
    layout->addWidget(m_languageGroup);
    layout->addWidget(m_advancedCheck);
    layout->addWidget(m_advancedGroup);
    layout->addStretch();

    setTabOrder(m_name, m_limit);
    setTabOrder(m_limit, m_apply);
    setTabOrder(m_apply, m_topUp);
    setTabOrder(m_topUp, m_topUpButton);
    setTabOrder(m_topUpButton, m_language);
    setTabOrder(m_language, m_advancedCheck);
    setTabOrder(m_advancedCheck, m_delay);

    connect(&m_workspace, &Workspace::changed, this, [this](Workspace::Changes changes) {
        if (changes & (Workspace::Organisation | Workspace::Settings | Workspace::Numbers))
            reload();
    });

    retranslate();
    reload();
}

void SettingsPage::setCurrentLanguage(const QString& code)
{
    const int index = m_language->findData(code);
    if (index >= 0)
        m_language->setCurrentIndex(index);
}

QString SettingsPage::currentLanguage() const
{
    return m_language->currentData().toString();
}

void SettingsPage::reload()
{
    const Context context = m_workspace.context();
    OrganisationService organisation(context);
    auto current = organisation.get();
    if (!current) {
        m_banner->showError(current.error().message);
        return;
    }
    const QString name = current->has_value() ? (*current)->name : QString();
    const OrganisationSettings settings(context.database.connection());

    // A field the administrator changed and has not applied keeps its text.
    if (m_name->text() == m_loadedName)
        m_name->setText(name);
    if (m_limit->value() == m_loadedLimit || m_loadedLimit == 0)
        m_limit->setValue(settings.memberNumberLimit());
    if (m_delay->value() == m_loadedDelay || m_loadedLimit == 0)
        m_delay->setValue(settings.provisioningDelaySeconds());
    m_loadedName = name;
    m_loadedLimit = settings.memberNumberLimit();
    m_loadedDelay = settings.provisioningDelaySeconds();
    const auto balance = organisation.balanceCents();
    if (!balance) {
        m_banner->showError(balance.error().message);
        return;
    }
    m_balanceCents = *balance;
    showBalance();
}

void SettingsPage::showBalance()
{
    m_balance->setText(formatMoney(m_balanceCents));
    m_balance->setAccessibleName(tr("Credit: %1").arg(formatMoney(m_balanceCents)));
}

void SettingsPage::apply()
{
    m_banner->clear();
    const Context context = m_workspace.context();
    bool changed = false;
    // One change at a time, each its own transaction; the first refusal stops the rest.
    if (m_name->text() != m_loadedName) {
        if (Status s = OrganisationService(context).rename(m_name->text()); !s) {
            m_banner->showError(s.error().message);
            m_name->setFocus();
            return;
        }
        changed = true;
    }
    if (m_limit->value() != m_loadedLimit) {
        if (Status s = OrganisationSettings::setMemberNumberLimit(context, m_limit->value()); !s) {
            m_banner->showError(s.error().message);
            m_limit->setFocus();
            return;
        }
        changed = true;
    }
    if (m_delay->value() != m_loadedDelay) {
        if (Status s = OrganisationSettings::setProvisioningDelaySeconds(context, m_delay->value()); !s) {
            m_banner->showError(s.error().message);
            m_delay->setFocus();
            return;
        }
        changed = true;
    }
    if (!changed) {
        m_banner->showInformation(tr("Nothing was changed."));
        return;
    }
    m_loadedName = m_name->text();
    m_loadedLimit = m_limit->value();
    m_loadedDelay = m_delay->value();
    m_workspace.notifyChanged(Workspace::Organisation | Workspace::Settings);
    m_banner->showInformation(tr("The settings were saved."));
}

void SettingsPage::topUp()
{
    m_banner->clear();
    auto cents = parseTypedEuros(m_topUp->text());
    if (!cents) {
        m_banner->showError(cents.error().message);
        m_topUp->setFocus();
        return;
    }
    auto balance = OrganisationService(m_workspace.context()).topUp(*cents);
    if (!balance) {
        m_banner->showError(balance.error().message);
        m_topUp->setFocus();
        return;
    }
    m_topUp->clear();
    m_balanceCents = *balance;
    showBalance();
    m_workspace.notifyChanged(Workspace::Organisation);
    m_banner->showInformation(
        tr("%1 was added; the credit is now %2.").arg(formatMoney(*cents), formatMoney(*balance)));
}

void SettingsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SettingsPage::retranslate()
{
    m_title->setText(tr("Settings"));
    m_organisationGroup->setTitle(tr("Organisation"));
    m_nameLabel->setText(tr("&Name:"));
    m_name->setAccessibleName(tr("Organisation name"));
    m_limitLabel->setText(tr("Numbers per &member:"));
    m_limit->setAccessibleName(tr("Numbers per member"));
    m_limit->setToolTip(tr("The most numbers one member may hold, from 1 to 1000."));
    m_delayLabel->setText(tr("&Provisioning delay:"));
    m_delay->setAccessibleName(tr("Provisioning delay in seconds"));
    m_delay->setSuffix(tr(" s", "seconds"));
    m_delay->setToolTip(tr("How long it takes before a bought number becomes active, in seconds."));
    m_apply->setText(tr("&Apply"));
    m_apply->setToolTip(tr("Save the organisation settings (%1)")
                            .arg(m_applyAction->shortcut().toString(QKeySequence::NativeText)));
    m_creditGroup->setTitle(tr("Credit"));
    m_balanceCaption->setText(tr("Credit:"));
    m_topUpLabel->setText(tr("&Top up:"));
    m_topUp->setPlaceholderText(tr("Amount in euros, e.g. 100.00"));
    m_topUp->setAccessibleName(tr("Top-up amount in euros"));
    m_topUpButton->setText(tr("A&dd credit"));
    m_languageGroup->setTitle(tr("Display"));
    m_languageLabel->setText(tr("&Language:"));
    m_advancedCheck->setText(tr("Show ad&vanced settings"));
    m_advancedGroup->setTitle(tr("Advanced"));
    m_delayNote->setText(tr("For trying the program out: the provider's delay is simulated. Applied with "
                            "the organisation settings."));
    m_language->setAccessibleName(tr("Language"));
    showBalance(); // money in the new language's format
}

} // namespace nm
