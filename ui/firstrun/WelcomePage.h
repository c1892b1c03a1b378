#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace nm {

class Banner;
class Workspace;

// The first run: a database without an organisation. The administrator names their
// organisation, or loads the demo organisation to look around first.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(Workspace& workspace, QWidget* parent = nullptr);

    // Whether the database has no organisation yet, so that the shell shows this page.
    static bool isNeeded(Workspace& workspace);

public slots:
    void createOrganisation();
    void loadDemoOrganisation();

signals:
    // The organisation exists now; the shell switches to the normal pages.
    void finished();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    // The database's file name (or server address), as the questions name it.
    QString databaseName() const;

    Workspace& m_workspace;
    QLabel* m_title = nullptr;
    QLabel* m_text = nullptr;
    Banner* m_banner = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLineEdit* m_name = nullptr;
    QPushButton* m_create = nullptr;
    QLabel* m_demoText = nullptr;
    QPushButton* m_loadDemo = nullptr;
};

} // namespace nm
