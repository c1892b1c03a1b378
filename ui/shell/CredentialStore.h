#pragma once

#include <QHash>
#include <QString>

namespace nm {

// Where the desktop program keeps the passwords of database servers: the operating
// system's credential store (Windows Credential Manager, the Secret Service on Linux),
// never the settings file or the logs. Tests use the in-memory one.
class CredentialStore
{
public:
    virtual ~CredentialStore() = default;
    // The password kept for `location` (a server URL); empty when none is kept.
    virtual QString password(const QString& location) = 0;
    virtual void setPassword(const QString& location, const QString& password) = 0;
    virtual void forget(const QString& location) = 0;
};

// Through qtkeychain.
class KeychainStore final : public CredentialStore
{
public:
    QString password(const QString& location) override;
    void setPassword(const QString& location, const QString& password) override;
    void forget(const QString& location) override;
};

class MemoryStore final : public CredentialStore
{
public:
    QString password(const QString& location) override { return m_passwords.value(location); }
    void setPassword(const QString& location, const QString& password) override
    {
        m_passwords[location] = password;
    }
    void forget(const QString& location) override { m_passwords.remove(location); }

private:
    QHash<QString, QString> m_passwords;
};

} // namespace nm
