#include "ViewState.h"

#include "common/LazyQueryModel.h"

#include <QAbstractItemView>
#include <QScrollBar>

namespace nm {

ViewState::ViewState(QAbstractItemView* view, LazyQueryModel* model)
    : m_view(view)
    , m_model(model)
{
    const QModelIndex current = view->currentIndex();
    if (current.isValid()) {
        m_currentKey = model->rowKey(current.row());
        m_currentColumn = current.column();
    }
    m_scroll = view->verticalScrollBar()->value();
    m_loaded = model->rowCount();
}

ViewState::~ViewState()
{
    // Rows read in the background: put back when they are there.
    if (m_model->isLoading()) {
        QObject::connect(
            m_model, &LazyQueryModel::loadingChanged, m_view,
            [view = m_view, model = m_model, key = m_currentKey, column = m_currentColumn,
             scroll = m_scroll](bool loading) {
                if (!loading)
                    restore(view, model, key, column, scroll);
            },
            Qt::SingleShotConnection);
        return;
    }
    // As many rows as were loaded before, so that the scroll position exists again.
    while (m_model->rowCount() < m_loaded && m_model->canFetchMore({}))
        m_model->fetchMore({});
    restore(m_view, m_model, m_currentKey, m_currentColumn, m_scroll);
}

void ViewState::restore(QAbstractItemView* view, LazyQueryModel* model, const QVariant& currentKey,
                        int column, int scroll)
{
    if (currentKey.isValid()) {
        const int row = model->rowOfKey(currentKey);
        if (row >= 0 && view->currentIndex().row() != row)
            view->selectionModel()->setCurrentIndex(
                model->index(row, column), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    view->verticalScrollBar()->setValue(scroll);
}

} // namespace nm
