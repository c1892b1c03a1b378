#pragma once

#include <QVariant>

class QAbstractItemView;

namespace nm {

class LazyQueryModel;

// Keeps a table's current row (by its key) and scroll position across a refresh, also
// one that resets the model because rows came or went elsewhere: made before the
// refresh, it puts both back when it goes out of scope, or when the rows read in the
// background come.
class ViewState final
{
public:
    ViewState(QAbstractItemView* view, LazyQueryModel* model);
    ~ViewState();
    ViewState(const ViewState&) = delete;
    ViewState& operator=(const ViewState&) = delete;

private:
    static void restore(QAbstractItemView* view, LazyQueryModel* model, const QVariant& currentKey,
                        int column, int scroll);

    QAbstractItemView* m_view;
    LazyQueryModel* m_model;
    QVariant m_currentKey;
    int m_currentColumn = 0;
    int m_scroll = 0;
    int m_loaded = 0;
};

} // namespace nm
