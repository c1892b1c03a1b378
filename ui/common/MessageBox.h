#pragma once

#include <QMessageBox>
#include <optional>

namespace nm {

// The one way the UI asks or tells something in a modal box. Tests pre-answer the
// next question (KeePassXC's idea) so that no dialog ever blocks a test run.
class MessageBox final
{
public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons
                                                = QMessageBox::Yes | QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static void information(QWidget* parent, const QString& title, const QString& text);
    static void critical(QWidget* parent, const QString& title, const QString& text);

    // For tests: the answer to the next box, which is then not shown.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // For tests: the text of the last box shown or answered.
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                            const QString& text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

} // namespace nm
