#pragma once

#include "io/Exporter.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace nm {

class Banner;
class HistoryTableModel;
class Workspace;

// The history: who did what to which object and when, newest first, with a text
// filter and a date range. Follows every change in place while it is shown.
class HistoryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPage)

public:
    explicit HistoryPage(Workspace& workspace, QWidget* parent = nullptr);

    HistoryTableModel* model() const { return m_model; }
    // The search and the days, as File -> Export writes the history.
    ExportFilter exportFilter() const;

public slots:
    // Applies the text and dates now (the text is otherwise applied shortly after typing).
    void applyFilter();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateCount();

    Workspace& m_workspace;
    HistoryTableModel* m_model = nullptr;
    QLabel* m_title = nullptr;
    Banner* m_banner = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer* m_searchTimer = nullptr;
    QCheckBox* m_fromCheck = nullptr;
    QDateEdit* m_from = nullptr;
    QCheckBox* m_untilCheck = nullptr;
    QDateEdit* m_until = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QAction* m_findAction = nullptr;
};

} // namespace nm
