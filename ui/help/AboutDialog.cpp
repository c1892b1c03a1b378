#include "AboutDialog.h"

#include "common/ApplicationIcon.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace nm {

AboutDialog::AboutDialog(const Database& database, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("aboutDialog"));
    auto* icon = new QLabel(this);
    icon->setPixmap(applicationIcon().pixmap(64, 64));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("aboutTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("aboutText"));
    m_text->setOpenExternalLinks(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(m_title, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(560, 520);
    retranslate();
}

QString AboutDialog::aboutText() const
{
    return m_title->text() + QLatin1Char('\n') + m_text->toPlainText();
}

void AboutDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About Number Manager"));
    m_title->setText(tr("Number Manager %1").arg(QCoreApplication::applicationVersion()));
    const QString path = m_database.path();
    const QString where = Database::isServerUrl(path) ? path : QDir::toNativeSeparators(path);
    const QString engine
        = m_database.engine() == Engine::Postgres ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
    QString html = QStringLiteral("<p>")
        + tr("Keeps your organisation's members, SIP profiles and phone numbers.").toHtmlEscaped()
        + QStringLiteral("</p><p>")
        + tr("Database: %1 (%2, schema version %3)")
              .arg(where, engine, QString::number(m_database.schemaVersion()))
              .toHtmlEscaped()
        + QStringLiteral("</p><h3>") + tr("Built with").toHtmlEscaped() + QStringLiteral("</h3><ul>");
    struct Library
    {
        QString name;
        QString licence;
    };
    const Library libraries[] = {
        {QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion())), QStringLiteral("LGPL-3.0")},
        {QStringLiteral("libphonenumber"), QStringLiteral("Apache-2.0")},
        {QStringLiteral("ICU"), QStringLiteral("Unicode-3.0")},
        {QStringLiteral("Protocol Buffers"), QStringLiteral("BSD-3-Clause")},
        {QStringLiteral("SQLite"), tr("public domain")},
        {QStringLiteral("PostgreSQL libpq"), QStringLiteral("PostgreSQL")},
        {QStringLiteral("QtKeychain"), QStringLiteral("BSD-3-Clause")},
        {QStringLiteral("libcsv"), QStringLiteral("LGPL-2.1-or-later")},
        {QStringLiteral("libxlsxwriter"), QStringLiteral("BSD-2-Clause")},
        {QStringLiteral("zlib"), QStringLiteral("Zlib")},
        {QStringLiteral("Breeze icons"), QStringLiteral("LGPL-3.0-or-later")},
    };
    for (const Library& library : libraries)
        html += QStringLiteral("<li>")
            + tr("%1, licence %2").arg(library.name, library.licence).toHtmlEscaped()
            + QStringLiteral("</li>");
    html += QStringLiteral("</ul><p>")
        + tr("The licence texts are installed with the program (on Linux in /usr/share/doc/numbermanager, on "
             "Windows in the program's folder).")
              .toHtmlEscaped()
        + QStringLiteral("</p>");
    m_text->setHtml(html);
}

} // namespace nm
