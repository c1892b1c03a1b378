#include "FieldErrorLabel.h"

#include <QAccessible>
#include <QLineEdit>
#include <QVBoxLayout>

namespace nm {

FieldErrorLabel::FieldErrorLabel(QWidget* field, QWidget* parent)
    : QLabel(parent)
    , m_field(field)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setStyleSheet(QStringLiteral("color: #c42b1c;"));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    setFont(small);
    hide();
}

void FieldErrorLabel::setError(const QString& message)
{
    if (message == text())
        return;
    setText(message);
    setVisible(!message.isEmpty());
    if (m_field)
        m_field->setAccessibleDescription(message);
    if (!message.isEmpty()) {
        QAccessibleEvent event(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

QWidget* FieldErrorLabel::stacked(QWidget* field, FieldErrorLabel* error, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}

void FieldErrorLabel::checkWhileTyping(QLineEdit* edit, std::function<void()> check)
{
    connect(edit, &QLineEdit::textEdited, this, [this, edit, check] {
        if (edit->property("nmTouched").toBool() || hasError())
            check();
    });
    connect(edit, &QLineEdit::editingFinished, this, [edit, check] {
        if (!edit->isModified() || edit->isReadOnly())
            return;
        edit->setProperty("nmTouched", true);
        check();
    });
}

} // namespace nm
