#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace nm {

class Banner;
class Workspace;

// The organisation's name and rules (numbers per member, provisioning delay), its
// credit and top-ups, and the program's language.
class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    explicit SettingsPage(Workspace& workspace, QWidget* parent = nullptr);

    // Shows `code` ("nl" or "en") as the chosen language without asking for a switch.
    void setCurrentLanguage(const QString& code);
    QString currentLanguage() const;

public slots:
    // Saves the changed organisation settings through the core; problems go to the banner.
    void apply();
    // Adds the amount in the top-up field to the credit.
    void topUp();
    // Reads the values from the database again (fields the administrator is editing keep
    // their text).
    void reload();

signals:
    // The administrator picked a language: "nl" or "en". The shell switches.
    void languageRequested(const QString& code);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showBalance();

    Workspace& m_workspace;
    QLabel* m_title = nullptr;
    Banner* m_banner = nullptr;
    QGroupBox* m_organisationGroup = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_limitLabel = nullptr;
    QSpinBox* m_limit = nullptr;
    QLabel* m_delayLabel = nullptr;
    QSpinBox* m_delay = nullptr;
    QLabel* m_delayNote = nullptr;
    QCheckBox* m_advancedCheck = nullptr;
    QGroupBox* m_advancedGroup = nullptr;
    QPushButton* m_apply = nullptr;
    QGroupBox* m_creditGroup = nullptr;
    QLabel* m_balanceCaption = nullptr;
    QLabel* m_balance = nullptr;
    QLabel* m_topUpLabel = nullptr;
    QLineEdit* m_topUp = nullptr;
    QPushButton* m_topUpButton = nullptr;
    QGroupBox* m_languageGroup = nullptr;
    QLabel* m_languageLabel = nullptr;
    QComboBox* m_language = nullptr;
    QAction* m_applyAction = nullptr;

    // The values as last read, to tell the administrator's edits from stale fields.
    QString m_loadedName;
    int m_loadedLimit = 0;
    int m_loadedDelay = 0;
    qint64 m_balanceCents = 0;
};

} // namespace nm
