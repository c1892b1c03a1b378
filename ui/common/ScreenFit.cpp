#include "ScreenFit.h"

#include <QApplication>
#include <QEvent>
#include <QScreen>
#include <QWidget>

namespace nm {

namespace {

class ScreenFit final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show && watched->isWidgetType()) {
            auto* widget = static_cast<QWidget*>(watched);
            const Qt::WindowType type = widget->windowType();
            if (widget->isWindow() && (type == Qt::Window || type == Qt::Dialog))
                fit(widget);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    static void fit(QWidget* window)
    {
        QScreen* screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
        if (!screen)
            return;
        const QRect available = screen->availableGeometry();
        // Room for the title bar and borders the window manager adds.
        const QSize frame = window->frameGeometry().size() - window->geometry().size();
        const QSize room = available.size() - frame.expandedTo(QSize(0, 0));
        const QSize size = window->size().boundedTo(room).expandedTo(window->minimumSize());
        if (size != window->size())
            window->resize(size);
        QRect placed(window->pos(), size + frame);
        if (placed.right() > available.right())
            placed.moveRight(available.right());
        if (placed.bottom() > available.bottom())
            placed.moveBottom(available.bottom());
        if (placed.left() < available.left())
            placed.moveLeft(available.left());
        if (placed.top() < available.top())
            placed.moveTop(available.top());
        if (placed.topLeft() != window->pos())
            window->move(placed.topLeft());
    }
};

} // namespace

void installScreenFit()
{
    static ScreenFit* installed = nullptr;
    if (installed || !qApp)
        return;
    installed = new ScreenFit(qApp);
    qApp->installEventFilter(installed);
}

} // namespace nm
