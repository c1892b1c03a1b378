#include "GuideDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace nm {

namespace {

QString steps(const QStringList& items)
{
    QString html = QStringLiteral("<ol>");
    for (const QString& item : items)
        html += QStringLiteral("<li>") + item.toHtmlEscaped() + QStringLiteral("</li>");
    return html + QStringLiteral("</ol>");
}

QString paragraph(const QString& text)
{
    return QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

QString heading(const QString& text)
{
    return QStringLiteral("<h2>") + text.toHtmlEscaped() + QStringLiteral("</h2>");
}

} // namespace

GuideDialog::GuideDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("guideDialog"));
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("guideText"));
    m_text->setOpenLinks(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(640, 640);
    retranslate();
}

QString GuideDialog::guideText() const
{
    return m_text->toPlainText();
}

void GuideDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void GuideDialog::retranslate()
{
    setWindowTitle(tr("Guide"));
    m_text->setAccessibleName(tr("Guide"));
    const QString open = tr("Click Features on the toolbar (Alt+1), then Numbers in the Features menu on the "
                            "left, to show the Numbers page.");
    QString html
        = QStringLiteral("<h1>") + tr("Number Manager guide").toHtmlEscaped() + QStringLiteral("</h1>");
    html += paragraph(
        tr("This guide explains how to assign numbers to your members, how to reassign a number, "
           "and how to cancel numbers assigned to your members."));

    html += heading(tr("Assign numbers"));
    html += paragraph(tr("You can assign numbers to members and SIP profiles."));
    html += steps({open,
                   tr("Tick the box beside each member or SIP profile you want to give a number (Space ticks "
                      "the selected row)."),
                   tr("Click Assign numbers (Ctrl+N) to show the Buy numbers page."),
                   tr("Select the country of the numbers and click Continue."),
                   tr("Choose the area code to use, and how you want to be billed: every month, every 3 "
                      "months or every 12 months."),
                   tr("Read the terms of the numbers, tick I agree to the terms, and click Buy now.")});
    html += paragraph(tr("The numbers are then assigned. It can take a few minutes before the numbers appear "
                         "and your members can start using them. The cost is taken from the credit."));

    html += heading(tr("Reassign a number"));
    html += steps({open, tr("Click the row with the number you want to reassign."),
                   tr("Click Reassign a number (Ctrl+R, or Enter on the row)."),
                   tr("Type the name of the member or SIP profile to assign the number to, pick it from the "
                      "list, and click Confirm.")});
    html += paragraph(tr("When you reassign a number, check that the assignment complies with the terms you "
                         "agreed to when you bought that number."));

    html += heading(tr("Cancel numbers"));
    html
        += steps({open,
                  tr("Tick the box beside each number you want to cancel. To cancel all numbers of a member, "
                     "select one of their rows and press Ctrl+Space."),
                  tr("Click Cancel numbers (Delete) and confirm.")});
    html += paragraph(tr("The numbers expire on the dates shown beside them. No extra charges will be made. "
                         "Until then you can undo a cancellation with Reactivate."));

    html += heading(tr("Important: the terms of numbers"));
    html
        += paragraph(tr("Numbers are offered \"as is\". Whether they stay available depends on the residency "
                        "rules and local regulations that apply, and the terms of numbers can change "
                        "accordingly. Such changes can add or change residency requirements, or ask you for "
                        "more details about users to keep access to certain numbers, and can affect whether "
                        "you can use, buy and assign numbers in the future. The terms of numbers are shown "
                        "clearly while you buy them, and you must agree to them before you can buy."));
    m_text->setHtml(html);
}

} // namespace nm
