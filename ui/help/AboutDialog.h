#pragma once

#include <QDialog>

class QLabel;
class QTextBrowser;

namespace nm {

class Database;

// Help -> About Number Manager: the version, the database in use, and the licences of
// the libraries the program is built on.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    AboutDialog(const Database& database, QWidget* parent = nullptr);

    QString aboutText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    const Database& m_database;
    QLabel* m_title = nullptr;
    QTextBrowser* m_text = nullptr;
};

} // namespace nm
