#include "TableNavigation.h"

#include "common/LazyQueryModel.h"

#include <QEvent>
#include <QKeyEvent>
#include <QPointer>
#include <QScrollBar>
#include <QTableView>

namespace nm {

namespace {

class EndOfTable final : public QObject
{
public:
    EndOfTable(QTableView* view, LazyQueryModel* model)
        : QObject(view)
        , m_view(view)
        , m_model(model)
    {
        view->installEventFilter(this);
        QScrollBar* bar = view->verticalScrollBar();
        connect(bar, &QScrollBar::sliderMoved, this, [this, bar](int value) {
            if (value >= bar->maximum() && m_model && m_model->canFetchMore({})) {
                m_model->fetchAll();
                m_view->scrollToBottom();
            }
        });
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_view && event->type() == QEvent::KeyPress && m_model) {
            const auto* key = static_cast<QKeyEvent*>(event);
            // The view then moves to the last row as usual, now the true last one.
            if (key->key() == Qt::Key_End && (key->modifiers() & Qt::ControlModifier))
                m_model->fetchAll();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView* m_view;
    QPointer<LazyQueryModel> m_model;
};

} // namespace

void makeEndReachable(QTableView* view, LazyQueryModel* model)
{
    view->setTabKeyNavigation(false);
    new EndOfTable(view, model);
}

} // namespace nm
