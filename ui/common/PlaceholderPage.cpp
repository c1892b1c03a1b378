#include "PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace nm {

PlaceholderPage::PlaceholderPage(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_description(new QLabel(this))
{
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    m_title->setFont(font);
    m_description->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addStretch();
}

void PlaceholderPage::setTexts(const QString& title, const QString& description)
{
    m_title->setText(title);
    m_description->setText(description);
    setAccessibleName(title);
}

QString PlaceholderPage::title() const
{
    return m_title->text();
}

} // namespace nm
