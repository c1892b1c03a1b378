#pragma once

#include <QLabel>
#include <functional>

class QLineEdit;
#include <QPointer>

namespace nm {

// The small red message under a form field that says what is wrong with it. Hidden
// while there is nothing to say; the field's accessible description carries the same
// text, so that a screen reader reads the problem with the field.
class FieldErrorLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldErrorLabel)

public:
    explicit FieldErrorLabel(QWidget* field, QWidget* parent = nullptr);

    void setError(const QString& message);
    void clearError() { setError(QString()); }
    bool hasError() const { return !text().isEmpty(); }
    QWidget* field() const { return m_field; }

    // The field with this label under it, as one widget for a form row.
    static QWidget* stacked(QWidget* field, FieldErrorLabel* error, QWidget* parent);

    // Runs `check` as the administrator types, once the field was left once or while it
    // shows a problem, so that a message never appears before someone finished typing.
    void checkWhileTyping(QLineEdit* edit, std::function<void()> check);

private:
    QPointer<QWidget> m_field;
};

} // namespace nm
