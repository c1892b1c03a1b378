#include "TableNavigation.h"

#include "common/LazyQueryModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPointer>
#include <QScrollBar>
#include <QStringList>
#include <QStyle>
#include <QTableView>
#include <algorithm>

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

// Fits the columns when rows first arrive and when the headers change language.
class ColumnFitter final : public QObject
{
public:
    ColumnFitter(QTableView* view, int stretchColumn)
        : QObject(view)
        , m_view(view)
        , m_stretchColumn(stretchColumn)
    {
        QHeaderView* header = view->horizontalHeader();
        header->setStretchLastSection(false);
        header->setSectionResizeMode(QHeaderView::Interactive);
        // A column is as wide as its first rows need (a window shows about 30), not all
        // the rows of the first page: measuring a row lays out its text, for every column.
        header->setResizeContentsPrecision(rowsMeasured);
        QAbstractItemModel* model = view->model();
        connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::fitOnce);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFitter::fitOnce);
        connect(model, &QAbstractItemModel::headerDataChanged, this, [this] {
            // Fitted again for new titles only (a page retranslates when it is built too).
            if (titles() == m_titles)
                return;
            m_fitted = false;
            fitOnce();
        });
        fitOnce();
    }

private:
    static constexpr int rowsMeasured = 64;

    QStringList titles() const
    {
        QStringList titles;
        for (int column = 0; column < m_view->model()->columnCount(); ++column)
            titles << m_view->model()->headerData(column, Qt::Horizontal).toString();
        return titles;
    }

    void fitOnce()
    {
        if (m_fitted || m_view->model()->rowCount() == 0)
            return;
        m_fitted = true;
        m_titles = titles();
        // A header's text may be drawn bold (the sorted column): measured so, it is never cut.
        QFont bold = m_view->horizontalHeader()->font();
        bold.setBold(true);
        const QFontMetrics metrics(bold);
        const int padding = m_view->style()->pixelMetric(QStyle::PM_HeaderMargin) * 2
            + m_view->style()->pixelMetric(QStyle::PM_HeaderMarkSize) + 8;
        const int widest = m_view->fontMetrics().averageCharWidth() * 60;
        int others = 0;
        for (int column = 0; column < m_view->model()->columnCount(); ++column) {
            const QString& title = m_titles.at(column);
            m_view->resizeColumnToContents(column);
            const int width
                = std::max(m_view->columnWidth(column), metrics.horizontalAdvance(title) + padding);
            if (column == m_stretchColumn) {
                m_view->setColumnWidth(column, width); // never cut, however wide
                continue;
            }
            m_view->setColumnWidth(column, std::min(width, widest));
            if (!m_view->isColumnHidden(column))
                others += m_view->columnWidth(column);
        }
        // The name takes the width to spare, as far as the table is wide now.
        const int spare = m_view->viewport()->width() - others;
        if (spare > m_view->columnWidth(m_stretchColumn))
            m_view->setColumnWidth(m_stretchColumn, spare);
    }

    QTableView* m_view;
    int m_stretchColumn;
    bool m_fitted = false;
    QStringList m_titles; // the headers the columns were fitted to
};

} // namespace

void fitColumnsToContents(QTableView* view, int stretchColumn)
{
    new ColumnFitter(view, stretchColumn);
}

void makeEndReachable(QTableView* view, LazyQueryModel* model)
{
    view->setTabKeyNavigation(false);
    new EndOfTable(view, model);
}

} // namespace nm
