#include "MemberDialog.h"

#include "Validation.h"
#include "catalogue/Catalogue.h"
#include "common/Banner.h"
#include "common/CountryComboBox.h"
#include "common/FieldErrorLabel.h"
#include "common/Workspace.h"
#include "members/MemberService.h"
#include "storage/Database.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

namespace nm {

MemberDialog::MemberDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    build();
}

MemberDialog::MemberDialog(Workspace& workspace, const Member& member, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_original(member)
{
    build();
    m_account->setText(member.accountName);
    m_account->setReadOnly(true);
    m_displayName->setText(member.displayName);
    m_email->setText(member.email);
    m_country->setCountryCode(member.country);
    m_city->setText(member.city);
    updateCitySuggestions();
    m_displayName->setFocus();
}

MemberDialog::~MemberDialog()
{
    // The fields lose the focus as they go; nothing is checked any more then.
    for (QWidget* field : findChildren<QWidget*>())
        field->blockSignals(true);
}

void MemberDialog::build()
{
    setObjectName(QStringLiteral("memberDialog"));
    setMinimumWidth(460);

    m_banner = new Banner(this);
    m_account = new QLineEdit(this);
    m_account->setObjectName(QStringLiteral("accountEdit"));
    m_account->setMaxLength(Validation::accountNameMaxLength + 8); // longer input gets the core's message
    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_country = new CountryComboBox(this);
    m_country->setObjectName(QStringLiteral("countryCombo"));
    m_city = new QLineEdit(this);
    m_city->setObjectName(QStringLiteral("cityEdit"));
    // The catalogue's cities of the chosen country, as the terms of city numbers name them.
    m_cities = new QStringListModel(this);
    auto* cityCompleter = new QCompleter(m_cities, this);
    cityCompleter->setObjectName(QStringLiteral("cityCompleter"));
    cityCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    cityCompleter->setFilterMode(Qt::MatchContains);
    m_city->setCompleter(cityCompleter);

    m_accountError = new FieldErrorLabel(m_account, this);
    m_accountError->setObjectName(QStringLiteral("accountError"));
    m_displayNameError = new FieldErrorLabel(m_displayName, this);
    m_displayNameError->setObjectName(QStringLiteral("displayNameError"));
    m_emailError = new FieldErrorLabel(m_email, this);
    m_emailError->setObjectName(QStringLiteral("emailError"));
    m_countryError = new FieldErrorLabel(m_country, this);
    m_countryError->setObjectName(QStringLiteral("countryError"));
    m_cityError = new FieldErrorLabel(m_city, this);
    m_cityError->setObjectName(QStringLiteral("cityError"));

    m_accountLabel = new QLabel(this);
    m_displayNameLabel = new QLabel(this);
    m_emailLabel = new QLabel(this);
    m_countryLabel = new QLabel(this);
    m_cityLabel = new QLabel(this);
    m_accountLabel->setBuddy(m_account);
    m_displayNameLabel->setBuddy(m_displayName);
    m_emailLabel->setBuddy(m_email);
    m_countryLabel->setBuddy(m_country);
    m_cityLabel->setBuddy(m_city);

    auto* form = new QFormLayout;
    form->addRow(m_accountLabel, FieldErrorLabel::stacked(m_account, m_accountError, this));
    form->addRow(m_displayNameLabel, FieldErrorLabel::stacked(m_displayName, m_displayNameError, this));
    form->addRow(m_emailLabel, FieldErrorLabel::stacked(m_email, m_emailError, this));
    form->addRow(m_countryLabel, FieldErrorLabel::stacked(m_country, m_countryError, this));
    form->addRow(m_cityLabel, FieldErrorLabel::stacked(m_city, m_cityError, this));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MemberDialog::save);
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
    live(m_account, QStringLiteral("account"));
    live(m_displayName, QStringLiteral("display-name"));
    live(m_email, QStringLiteral("email"));
    live(m_city, QStringLiteral("city"));
    connect(m_country, &CountryComboBox::countryEdited, this, [this] {
        if (m_countryError->hasError() || m_country->findText(m_country->currentText()) >= 0)
            checkField(QStringLiteral("country"));
        updateCitySuggestions();
    });
    connect(m_country, &QComboBox::currentIndexChanged, this, &MemberDialog::updateCitySuggestions);

    setTabOrder(m_account, m_displayName);
    setTabOrder(m_displayName, m_email);
    setTabOrder(m_email, m_country);
    setTabOrder(m_country, m_city);
    setTabOrder(m_city, m_buttons);
    m_account->setFocus();
    retranslate();
}

void MemberDialog::updateCitySuggestions()
{
    auto catalogue = Catalogue::effective(m_workspace.database().connection());
    const QStringList cities = catalogue ? catalogue->cities(m_country->countryCode()) : QStringList();
    m_cities->setStringList(cities);
    m_city->setToolTip(
        cities.isEmpty()
            ? QString()
            : tr("Cities with area codes in the catalogue: %1").arg(QLocale().createSeparatedList(cities)));
}

void MemberDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void MemberDialog::retranslate()
{
    setWindowTitle(isEditing() ? tr("Edit member") : tr("Add member"));
    m_accountLabel->setText(tr("&Account name:"));
    m_displayNameLabel->setText(tr("&Display name:"));
    m_emailLabel->setText(tr("&E-mail:"));
    m_countryLabel->setText(tr("C&ountry:"));
    m_cityLabel->setText(tr("C&ity:"));
    m_account->setAccessibleName(tr("Account name"));
    m_account->setPlaceholderText(tr("e.g. jan.devries"));
    m_account->setToolTip(isEditing()
                              ? tr("The account name cannot be changed.")
                              : tr("Letters, digits, '.', '-' and '_'; 6 to 32 characters, starting with a "
                                   "letter."));
    m_displayName->setAccessibleName(tr("Display name"));
    m_displayName->setPlaceholderText(tr("e.g. Jan de Vries"));
    m_email->setAccessibleName(tr("E-mail"));
    m_email->setPlaceholderText(tr("e.g. jan@example.nl"));
    m_country->setAccessibleName(tr("Country"));
    m_city->setAccessibleName(tr("City"));
    m_city->setPlaceholderText(tr("Optional"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    // A shown problem is re-checked, so that it is said in the new language too.
    for (const QString& field : {QStringLiteral("account"), QStringLiteral("display-name"),
                                 QStringLiteral("email"), QStringLiteral("country"), QStringLiteral("city")})
        if (errorLabelFor(field)->hasError())
            checkField(field);
}

FieldErrorLabel* MemberDialog::errorLabelFor(const QString& field) const
{
    if (field == QLatin1String("account"))
        return m_accountError;
    if (field == QLatin1String("display-name"))
        return m_displayNameError;
    if (field == QLatin1String("email"))
        return m_emailError;
    if (field == QLatin1String("country"))
        return m_countryError;
    if (field == QLatin1String("city"))
        return m_cityError;
    return nullptr;
}

void MemberDialog::showError(const QString& field, const QString& message)
{
    if (FieldErrorLabel* label = errorLabelFor(field)) {
        label->setError(message);
        growToFit();
        return;
    }
    if (message.isEmpty())
        m_banner->clear();
    else
        m_banner->showError(message);
}

void MemberDialog::growToFit()
{
    // Messages under the fields take room: the dialog grows so that none is cut.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (height() < needed)
        resize(width(), needed);
}

bool MemberDialog::checkField(const QString& field)
{
    Status status;
    if (field == QLatin1String("account")) {
        if (!isEditing())
            status = Validation::accountName(m_account->text());
    } else if (field == QLatin1String("display-name")) {
        status = MemberService::validateDisplayName(m_displayName->text());
    } else if (field == QLatin1String("email")) {
        status = Validation::email(m_email->text());
    } else if (field == QLatin1String("country")) {
        // Said as the field asks it: by name or code, not as the core's ISO code.
        const QString typed = m_country->currentText().trimmed();
        if (typed.isEmpty())
            status = Error{
                ErrorCode::InvalidInput,
                tr("Choose a country: pick it from the list, or type its name or two-letter code."), field};
        else if (!m_country->isKnown())
            status = Error{ErrorCode::InvalidInput,
                           tr("\"%1\" is not a country in the list: pick one, or type its name or two-letter "
                              "code, such as NL.")
                               .arg(typed),
                           field};
    } else if (field == QLatin1String("city")) {
        status = MemberService::validateCity(m_city->text());
    }
    showError(field, status ? QString() : status.error().message);
    return status.ok();
}

bool MemberDialog::checkAll()
{
    QWidget* firstBad = nullptr;
    for (const QString& field : {QStringLiteral("account"), QStringLiteral("display-name"),
                                 QStringLiteral("email"), QStringLiteral("country"), QStringLiteral("city")})
        if (!checkField(field) && !firstBad)
            firstBad = errorLabelFor(field)->field();
    if (firstBad)
        firstBad->setFocus();
    return !firstBad;
}

void MemberDialog::save()
{
    m_banner->clear();
    if (!checkAll())
        return;

    MemberService service(m_workspace.context());
    Result<Member> result = [&]() -> Result<Member> {
        if (!isEditing()) {
            MemberInput input;
            input.accountName = m_account->text();
            input.displayName = m_displayName->text();
            input.email = m_email->text();
            input.country = m_country->countryCode();
            input.city = m_city->text();
            return service.add(input);
        }
        MemberEdit edit;
        if (m_displayName->text() != m_original->displayName)
            edit.displayName = m_displayName->text();
        if (m_email->text() != m_original->email)
            edit.email = m_email->text();
        if (m_country->countryCode().toUpper() != m_original->country)
            edit.country = m_country->countryCode();
        if (m_city->text() != m_original->city)
            edit.city = m_city->text();
        if (edit.isEmpty())
            return *m_original;
        return service.edit(m_original->accountName, edit, m_original->version);
    }();

    if (!result) {
        if (result.error().code == ErrorCode::Conflict && result.error().field.isEmpty()) {
            // Changed by someone else meanwhile: the page shows their change; what was typed
            // here stays, and saving again applies it to the member as it is now.
            if (auto fresh = service.findByAccountName(m_original->accountName))
                m_original = *fresh;
            m_workspace.notifyChanged(Workspace::Members | Workspace::Numbers);
        }
        showError(result.error().field, result.error().message);
        if (FieldErrorLabel* label = errorLabelFor(result.error().field); label && label->field())
            label->field()->setFocus();
        return;
    }
    m_saved = *result;
    m_workspace.notifyChanged(Workspace::Members | Workspace::Numbers);
    accept();
}

} // namespace nm
