#pragma once

#include <QLabel>
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

private:
    QPointer<QWidget> m_field;
};

} // namespace nm
