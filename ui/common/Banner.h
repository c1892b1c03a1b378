#pragma once

#include <QFrame>
#include <functional>

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
    // A message the page writes itself (tr() inside `text`): written again in the new
    // language when the language changes. A message from elsewhere stays as it came.
    void showMessage(Kind kind, std::function<QString()> text);
    void showInformation(std::function<QString()> text) { showMessage(Kind::Information, std::move(text)); }
    void showError(std::function<QString()> text) { showMessage(Kind::Error, std::move(text)); }
    void clear();
    // An identifier the page gives a message, to take that one away later (0: none).
    void setTag(int tag) { m_tag = tag; }
    int tag() const { return isHidden() ? 0 : m_tag; }

    QString text() const;
    Kind kind() const { return m_kind; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_label = nullptr;
    QToolButton* m_close = nullptr;
    Kind m_kind = Kind::Information;
    std::function<QString()> m_text;
    int m_tag = 0;
};

} // namespace nm
