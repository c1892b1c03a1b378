#include "SipProfileDialog.h"

#include "Validation.h"
#include "common/Banner.h"
#include "common/CountryComboBox.h"
#include "common/FieldErrorLabel.h"
#include "common/Workspace.h"
#include "sip/SipProfileService.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace nm {

namespace {
const QStringList fields{QStringLiteral("profile-id"), QStringLiteral("name"), QStringLiteral("channels"),
                         QStringLiteral("country")};
}

SipProfileDialog::SipProfileDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    build();
}

SipProfileDialog::SipProfileDialog(Workspace& workspace, const SipProfile& profile, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_original(profile)
{
    build();
    m_profileId->setText(profile.profileId);
    m_profileId->setReadOnly(true);
    m_name->setText(profile.name);
    m_channels->setValue(profile.channels);
    m_country->setCountryCode(profile.country);
    m_name->setFocus();
}

void SipProfileDialog::build()
{
    setObjectName(QStringLiteral("sipProfileDialog"));
    setMinimumWidth(460);

    m_banner = new Banner(this);
    m_profileId = new QLineEdit(this);
    m_profileId->setObjectName(QStringLiteral("profileIdEdit"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_channels = new QSpinBox(this);
    m_channels->setObjectName(QStringLiteral("channelsSpin"));
    m_channels->setRange(SipProfileService::channelsMin, SipProfileService::channelsMax);
    m_channels->setValue(SipProfileService::channelsMin);
    m_country = new CountryComboBox(this);
    m_country->setObjectName(QStringLiteral("countryCombo"));

    m_profileIdError = new FieldErrorLabel(m_profileId, this);
    m_profileIdError->setObjectName(QStringLiteral("profileIdError"));
    m_nameError = new FieldErrorLabel(m_name, this);
    m_nameError->setObjectName(QStringLiteral("nameError"));
    m_channelsError = new FieldErrorLabel(m_channels, this);
    m_channelsError->setObjectName(QStringLiteral("channelsError"));
    m_countryError = new FieldErrorLabel(m_country, this);
    m_countryError->setObjectName(QStringLiteral("countryError"));

    m_profileIdLabel = new QLabel(this);
    m_nameLabel = new QLabel(this);
    m_channelsLabel = new QLabel(this);
    m_countryLabel = new QLabel(this);
    m_profileIdLabel->setBuddy(m_profileId);
    m_nameLabel->setBuddy(m_name);
    m_channelsLabel->setBuddy(m_channels);
    m_countryLabel->setBuddy(m_country);

    auto* form = new QFormLayout;
    form->addRow(m_profileIdLabel, FieldErrorLabel::stacked(m_profileId, m_profileIdError, this));
    form->addRow(m_nameLabel, FieldErrorLabel::stacked(m_name, m_nameError, this));
    form->addRow(m_channelsLabel, FieldErrorLabel::stacked(m_channels, m_channelsError, this));
    form->addRow(m_countryLabel, FieldErrorLabel::stacked(m_country, m_countryError, this));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SipProfileDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);

    // Checked as the administrator types once a field was left, or while it shows a problem.
    const auto live = [this](QLineEdit* edit, const QString& field) {
        errorLabelFor(field)->checkWhileTyping(edit, [this, field] { checkField(field); });
    };
    live(m_profileId, QStringLiteral("profile-id"));
    live(m_name, QStringLiteral("name"));
    connect(m_channels, &QSpinBox::valueChanged, this, [this] { checkField(QStringLiteral("channels")); });
    connect(m_country, &CountryComboBox::countryEdited, this, [this] {
        if (m_countryError->hasError() || m_country->findText(m_country->currentText()) >= 0)
            checkField(QStringLiteral("country"));
    });

    setTabOrder(m_profileId, m_name);
    setTabOrder(m_name, m_channels);
    setTabOrder(m_channels, m_country);
    setTabOrder(m_country, m_buttons);
    m_profileId->setFocus();
    retranslate();
}

void SipProfileDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SipProfileDialog::retranslate()
{
    setWindowTitle(isEditing() ? tr("Edit SIP profile") : tr("Add SIP profile"));
    m_profileIdLabel->setText(tr("&Profile id:"));
    m_nameLabel->setText(tr("&Name:"));
    m_channelsLabel->setText(tr("C&hannels:"));
    m_countryLabel->setText(tr("C&ountry:"));
    m_profileId->setAccessibleName(tr("Profile id"));
    m_profileId->setPlaceholderText(tr("e.g. office-pbx"));
    m_profileId->setToolTip(isEditing() ? tr("The profile id cannot be changed.")
                                        : tr("Letters, digits, '.', '-' and '_'; 3 to 64 characters."));
    m_name->setAccessibleName(tr("Name"));
    m_name->setPlaceholderText(tr("e.g. Main office PBX"));
    m_channels->setAccessibleName(tr("Channels"));
    m_channels->setToolTip(tr("The number of simultaneous calls, from %1 to %2.")
                               .arg(SipProfileService::channelsMin)
                               .arg(SipProfileService::channelsMax));
    m_country->setAccessibleName(tr("Country"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    for (const QString& field : fields)
        if (errorLabelFor(field)->hasError())
            checkField(field);
}

FieldErrorLabel* SipProfileDialog::errorLabelFor(const QString& field) const
{
    if (field == QLatin1String("profile-id"))
        return m_profileIdError;
    if (field == QLatin1String("name"))
        return m_nameError;
    if (field == QLatin1String("channels"))
        return m_channelsError;
    if (field == QLatin1String("country"))
        return m_countryError;
    return nullptr;
}

void SipProfileDialog::showError(const QString& field, const QString& message)
{
    if (FieldErrorLabel* label = errorLabelFor(field)) {
        label->setError(message);
        return;
    }
    if (message.isEmpty())
        m_banner->clear();
    else
        m_banner->showError(message);
}

bool SipProfileDialog::checkField(const QString& field)
{
    Status status;
    if (field == QLatin1String("profile-id")) {
        if (!isEditing())
            status = Validation::profileId(m_profileId->text());
    } else if (field == QLatin1String("name")) {
        status = SipProfileService::validateName(m_name->text());
    } else if (field == QLatin1String("channels")) {
        status = SipProfileService::validateChannels(m_channels->value());
    } else if (field == QLatin1String("country")) {
        if (auto code = Validation::countryCode(m_country->countryCode()); !code)
            status = code.error();
    }
    showError(field, status ? QString() : status.error().message);
    return status.ok();
}

bool SipProfileDialog::checkAll()
{
    QWidget* firstBad = nullptr;
    for (const QString& field : fields)
        if (!checkField(field) && !firstBad)
            firstBad = errorLabelFor(field)->field();
    if (firstBad)
        firstBad->setFocus();
    return !firstBad;
}

void SipProfileDialog::save()
{
    m_banner->clear();
    if (!checkAll())
        return;

    SipProfileService service(m_workspace.context());
    Result<SipProfile> result = [&]() -> Result<SipProfile> {
        if (!isEditing()) {
            SipProfileInput input;
            input.profileId = m_profileId->text();
            input.name = m_name->text();
            input.channels = m_channels->value();
            input.country = m_country->countryCode();
            return service.add(input);
        }
        SipProfileEdit edit;
        if (m_name->text() != m_original->name)
            edit.name = m_name->text();
        if (m_channels->value() != m_original->channels)
            edit.channels = m_channels->value();
        if (m_country->countryCode().toUpper() != m_original->country)
            edit.country = m_country->countryCode();
        if (edit.isEmpty())
            return *m_original;
        return service.edit(m_original->profileId, edit, m_original->version);
    }();

    if (!result) {
        if (result.error().code == ErrorCode::Conflict && result.error().field.isEmpty()) {
            if (auto fresh = service.findByProfileId(m_original->profileId))
                m_original = *fresh;
            m_workspace.notifyChanged(Workspace::SipProfiles | Workspace::Numbers);
        }
        showError(result.error().field, result.error().message);
        if (FieldErrorLabel* label = errorLabelFor(result.error().field); label && label->field())
            label->field()->setFocus();
        return;
    }
    m_saved = *result;
    m_workspace.notifyChanged(Workspace::SipProfiles | Workspace::Numbers);
    accept();
}

} // namespace nm
