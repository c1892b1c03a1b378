#pragma once

#include <QCompleter>

class QStandardItemModel;

namespace nm {

struct Assignee;

// Completion over members and SIP profiles for a name field: the popup shows
// "Display name (key)" and picking one puts the display name into the field, as a person
// reads it; the pick itself (kindRole, idRole) says exactly which assignee it was.
class AssigneeCompleter final : public QCompleter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssigneeCompleter)

public:
    static constexpr int keyRole = Qt::UserRole + 1;
    static constexpr int kindRole = Qt::UserRole + 2; // int(AssigneeKind)
    static constexpr int idRole = Qt::UserRole + 3;
    static constexpr int nameRole = Qt::UserRole + 4;

    explicit AssigneeCompleter(QObject* parent = nullptr);

    // The candidates, already matched by the caller (AssigneeResolver::search).
    void setCandidates(const std::vector<Assignee>& candidates);
    int candidateCount() const;

    QString pathFromIndex(const QModelIndex& index) const override;

private:
    QStandardItemModel* m_model = nullptr;
};

} // namespace nm
