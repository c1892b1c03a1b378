#include "Banner.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace nm {

Banner::Banner(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("banner"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setText(QStringLiteral("×"));
    m_close->setAutoRaise(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &Banner::clear);
    retranslate();
    hide();
}

void Banner::showMessage(Kind kind, std::function<QString()> text)
{
    const QString now = text();
    showMessage(kind, now);
    m_text = std::move(text);
}

void Banner::showMessage(Kind kind, const QString& text)
{
    m_text = nullptr;
    m_tag = 0;
    m_kind = kind;
    m_label->setText(text);
    setStyleSheet(kind == Kind::Error
                      ? QStringLiteral("nm--Banner { background: #fde7e9; border: 1px solid #d13438; }")
                      : QStringLiteral("nm--Banner { background: #e6f2fb; border: 1px solid #0078d4; }"));
    setAccessibleDescription(text);
    show();
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void Banner::clear()
{
    m_text = nullptr;
    m_tag = 0;
    m_label->clear();
    hide();
}

QString Banner::text() const
{
    return isHidden() ? QString() : m_label->text();
}

void Banner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void Banner::retranslate()
{
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close message"));
    setAccessibleName(tr("Message"));
    if (m_text && !isHidden()) {
        m_label->setText(m_text());
        setAccessibleDescription(m_label->text());
    }
}

} // namespace nm
