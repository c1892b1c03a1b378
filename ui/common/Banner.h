#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace nm {

// An inline message at the top of a page or dialog, for recoverable errors and
// notices: no modal box, the administrator fixes the input and goes on.
class Banner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Banner)

public:
    enum class Kind
    {
        Information,
        Error
    };

    explicit Banner(QWidget* parent = nullptr);

    void showMessage(Kind kind, const QString& text);
    void showError(const QString& text) { showMessage(Kind::Error, text); }
    void showInformation(const QString& text) { showMessage(Kind::Information, text); }
    void clear();

    QString text() const;
    Kind kind() const { return m_kind; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_label = nullptr;
    QToolButton* m_close = nullptr;
    Kind m_kind = Kind::Information;
};

} // namespace nm
