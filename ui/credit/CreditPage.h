#pragma once

#include "common/Workspace.h"
#include "io/Exporter.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace nm {

class Banner;
class LedgerTableModel;

// Credit: the balance, the top-up (asked first above topUpConfirmCents), and the ledger
// of every top-up and charge with the balance after it, filtered by kind and exported
// as shown (File -> Export, or the page's Export button).
class CreditPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreditPage)

public:
    // A top-up of more than €500.00 is confirmed first: a slip of the keyboard costs money.
    static constexpr qint64 topUpConfirmCents = 500'00;

    explicit CreditPage(Workspace& workspace, QWidget* parent = nullptr);

    LedgerTableModel* model() const { return m_model; }
    Banner* banner() const { return m_banner; }
    ExportFilter exportFilter() const;

signals:
    // The page's Export button: the window's File -> Export writes the table as shown.
    void exportRequested();

public slots:
    void topUp();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void reload();
    void updateCount();

    Workspace& m_workspace;
    LedgerTableModel* m_model = nullptr;
    qint64 m_balanceCents = 0;
    QLabel* m_title = nullptr;
    Banner* m_banner = nullptr;
    QLabel* m_balanceCaption = nullptr;
    QLabel* m_balance = nullptr;
    QLabel* m_topUpLabel = nullptr;
    QLineEdit* m_topUp = nullptr;
    QPushButton* m_topUpButton = nullptr;
    QComboBox* m_kindFilter = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_exportButton = nullptr;
};

} // namespace nm
