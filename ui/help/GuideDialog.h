#pragma once

#include <QDialog>

class QTextBrowser;

namespace nm {

// Help -> Guide (F1): the help article's three tasks step by step, as this program does
// them, in the current language, with the notice on the terms of numbers.
class GuideDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuideDialog)

public:
    explicit GuideDialog(QWidget* parent = nullptr);

    QString guideText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QTextBrowser* m_text = nullptr;
};

} // namespace nm
