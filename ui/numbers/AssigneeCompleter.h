#pragma once

#include <QCompleter>

class QStandardItemModel;

namespace nm {

struct Assignee;

// Completion over members and SIP profiles for a name field: the popup shows
// "Display name (key)" and picking one puts the key (account name or SIP profile id),
// which names exactly one assignee, into the field.
class AssigneeCompleter final : public QCompleter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssigneeCompleter)

public:
    static constexpr int keyRole = Qt::UserRole + 1;

    explicit AssigneeCompleter(QObject* parent = nullptr);

    // The candidates, already matched by the caller (AssigneeResolver::search).
    void setCandidates(const std::vector<Assignee>& candidates);
    int candidateCount() const;

    QString pathFromIndex(const QModelIndex& index) const override;

private:
    QStandardItemModel* m_model = nullptr;
};

} // namespace nm
