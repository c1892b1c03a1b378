#pragma once

#include "members/Member.h"

#include <QDialog>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QStringListModel;

namespace nm {

class Banner;
class CountryComboBox;
class FieldErrorLabel;
class Workspace;

// Adds a member, or changes one (the account name is then fixed). Each field shows
// its own problem beside it, checked as the administrator types; Save asks the core,
// whose answer (a duplicate account name, say) lands beside its field too.
class MemberDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberDialog)

public:
    // Adding a new member.
    explicit MemberDialog(Workspace& workspace, QWidget* parent = nullptr);
    // Changing `member`.
    MemberDialog(Workspace& workspace, const Member& member, QWidget* parent = nullptr);
    ~MemberDialog() override;

    bool isEditing() const { return m_original.has_value(); }
    // The member as saved; valid after the dialog was accepted.
    const Member& savedMember() const { return m_saved; }

public slots:
    // Saves through the core; closes the dialog when it succeeded.
    void save();

protected:
    void changeEvent(QEvent* event) override;

private:
    void build();
    void retranslate();
    // Checks one field now ("account", "display-name", "email", "country", "city");
    // returns whether it is valid.
    bool checkField(const QString& field);
    void growToFit();
    bool checkAll();
    FieldErrorLabel* errorLabelFor(const QString& field) const;
    void showError(const QString& field, const QString& message);
    void updateCitySuggestions();

    Workspace& m_workspace;
    std::optional<Member> m_original;
    Member m_saved;

    Banner* m_banner = nullptr;
    QLabel* m_accountLabel = nullptr;
    QLabel* m_displayNameLabel = nullptr;
    QLabel* m_emailLabel = nullptr;
    QLabel* m_countryLabel = nullptr;
    QLabel* m_cityLabel = nullptr;
    QLineEdit* m_account = nullptr;
    QLineEdit* m_displayName = nullptr;
    QLineEdit* m_email = nullptr;
    CountryComboBox* m_country = nullptr;
    QLineEdit* m_city = nullptr;
    QStringListModel* m_cities = nullptr;
    FieldErrorLabel* m_accountError = nullptr;
    FieldErrorLabel* m_displayNameError = nullptr;
    FieldErrorLabel* m_emailError = nullptr;
    FieldErrorLabel* m_countryError = nullptr;
    FieldErrorLabel* m_cityError = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace nm
