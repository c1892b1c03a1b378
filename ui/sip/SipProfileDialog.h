#pragma once

#include "sip/SipProfile.h"

#include <QDialog>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace nm {

class Banner;
class CountryComboBox;
class FieldErrorLabel;
class Workspace;

// Adds a SIP profile, or changes one (the profile id is then fixed), with each field's
// problem shown beside it as the administrator types and the core's answer on Save.
class SipProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SipProfileDialog)

public:
    explicit SipProfileDialog(Workspace& workspace, QWidget* parent = nullptr);
    SipProfileDialog(Workspace& workspace, const SipProfile& profile, QWidget* parent = nullptr);

    bool isEditing() const { return m_original.has_value(); }
    // The profile as saved; valid after the dialog was accepted.
    const SipProfile& savedProfile() const { return m_saved; }

public slots:
    void save();

protected:
    void changeEvent(QEvent* event) override;

private:
    void build();
    void retranslate();
    // "profile-id", "name", "channels" or "country"; returns whether it is valid.
    bool checkField(const QString& field);
    bool checkAll();
    FieldErrorLabel* errorLabelFor(const QString& field) const;
    void showError(const QString& field, const QString& message);

    Workspace& m_workspace;
    std::optional<SipProfile> m_original;
    SipProfile m_saved;

    Banner* m_banner = nullptr;
    QLabel* m_profileIdLabel = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLabel* m_channelsLabel = nullptr;
    QLabel* m_countryLabel = nullptr;
    QLineEdit* m_profileId = nullptr;
    QLineEdit* m_name = nullptr;
    QSpinBox* m_channels = nullptr;
    CountryComboBox* m_country = nullptr;
    FieldErrorLabel* m_profileIdError = nullptr;
    FieldErrorLabel* m_nameError = nullptr;
    FieldErrorLabel* m_channelsError = nullptr;
    FieldErrorLabel* m_countryError = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace nm
