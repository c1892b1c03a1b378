#pragma once

#include <QDateTime>
#include <QString>
#include <vector>

namespace nm {

struct PendingNumber
{
    qint64 id = 0;
    QString e164;
    QDateTime createdAt;
};

// Makes bought numbers usable. The processing step asks it which pending numbers are
// ready; the local one answers from the clock, a network one will ask the carrier.
class Provisioner
{
public:
    virtual ~Provisioner() = default;
    // The ids of the numbers (among `pending`) that are provisioned by `now`.
    virtual std::vector<qint64> ready(const std::vector<PendingNumber>& pending, const QDateTime& now) = 0;
};

// Offline: a number is ready a fixed delay after it was bought ("it can take a few
// minutes before the numbers appear").
class LocalProvisioner final : public Provisioner
{
public:
    explicit LocalProvisioner(int delaySeconds)
        : m_delaySeconds(delaySeconds)
    { }
    std::vector<qint64> ready(const std::vector<PendingNumber>& pending, const QDateTime& now) override
    {
        std::vector<qint64> ids;
        for (const PendingNumber& number : pending)
            if (number.createdAt.addSecs(m_delaySeconds) <= now)
                ids.push_back(number.id);
        return ids;
    }

private:
    int m_delaySeconds;
};

} // namespace nm
