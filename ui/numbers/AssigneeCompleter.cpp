#include "AssigneeCompleter.h"

#include "numbers/Assignee.h"

#include <QStandardItemModel>

namespace nm {

AssigneeCompleter::AssigneeCompleter(QObject* parent)
    : QCompleter(parent)
    , m_model(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("assigneeCompleter"));
    setModel(m_model);
    // The database already did the matching (contains, any case); show what it found.
    setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchContains);
}

void AssigneeCompleter::setCandidates(const std::vector<Assignee>& candidates)
{
    m_model->clear();
    for (const Assignee& candidate : candidates) {
        auto* item = new QStandardItem(tr("%1 (%2)").arg(candidate.displayName, candidate.key));
        item->setData(candidate.key, keyRole);
        item->setData(int(candidate.kind), kindRole);
        item->setData(candidate.id, idRole);
        item->setData(candidate.displayName, nameRole);
        item->setToolTip(assigneeKindDisplayName(candidate.kind));
        item->setEditable(false);
        m_model->appendRow(item);
    }
}

int AssigneeCompleter::candidateCount() const
{
    return m_model->rowCount();
}

QString AssigneeCompleter::pathFromIndex(const QModelIndex& index) const
{
    return index.data(nameRole).toString();
}

} // namespace nm
