#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace nm {

// File -> Connect to server: a database on a PostgreSQL server, for offices with several
// administrators. Gives the address (postgresql://USER@HOST:PORT/DATABASE) and the
// password, which is kept in the operating system's credential store when asked to.
class ConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)

public:
    explicit ConnectDialog(QWidget* parent = nullptr);

    // The address, without the password; empty until the fields make one.
    QString location() const;
    QString password() const;
    bool rememberPassword() const;

    // Fills the fields from an address (a recent one, say).
    void setLocation(const QString& location);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateButtons();

    QLabel* m_hostLabel = nullptr;
    QLabel* m_portLabel = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_tls = nullptr;
    QCheckBox* m_remember = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace nm
