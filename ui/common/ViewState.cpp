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
    // As many rows as were loaded before, so that the scroll position exists again.
    while (m_model->rowCount() < m_loaded && m_model->canFetchMore({}))
        m_model->fetchMore({});
    if (m_currentKey.isValid()) {
        const int row = m_model->rowOfKey(m_currentKey);
        if (row >= 0 && m_view->currentIndex().row() != row)
            m_view->selectionModel()->setCurrentIndex(m_model->index(row, m_currentColumn),
                                                      QItemSelectionModel::ClearAndSelect
                                                          | QItemSelectionModel::Rows);
    }
    m_view->verticalScrollBar()->setValue(m_scroll);
}

} // namespace nm
