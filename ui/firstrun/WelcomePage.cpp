#include "WelcomePage.h"

#include "common/Banner.h"
#include "common/MessageBox.h"
#include "common/Workspace.h"
#include "demo/DemoOrganisation.h"
#include "organisation/OrganisationService.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace nm {

WelcomePage::WelcomePage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("welcomePage"));

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_banner = new Banner(this);
    m_banner->setObjectName(QStringLiteral("welcomeBanner"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("organisationNameEdit"));
    m_nameLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_name);
    m_create = new QPushButton(this);
    m_create->setObjectName(QStringLiteral("createOrganisationButton"));
    m_create->setDefault(true);
    connect(m_create, &QPushButton::clicked, this, &WelcomePage::createOrganisation);
    connect(m_name, &QLineEdit::returnPressed, this, &WelcomePage::createOrganisation);

    m_demoText = new QLabel(this);
    m_demoText->setWordWrap(true);
    m_loadDemo = new QPushButton(this);
    m_loadDemo->setObjectName(QStringLiteral("loadDemoButton"));
    connect(m_loadDemo, &QPushButton::clicked, this, &WelcomePage::loadDemoOrganisation);

    auto* nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_create);
    auto* demoRow = new QHBoxLayout;
    demoRow->addWidget(m_loadDemo);
    demoRow->addStretch();

    auto* column = new QVBoxLayout;
    column->addWidget(m_title);
    column->addWidget(m_text);
    column->addSpacing(12);
    column->addWidget(m_banner);
    column->addWidget(m_nameLabel);
    column->addLayout(nameRow);
    column->addSpacing(24);
    column->addWidget(m_demoText);
    column->addLayout(demoRow);
    column->addStretch();
    auto* centred = new QHBoxLayout(this);
    centred->addStretch(1);
    centred->addLayout(column, 3);
    centred->addStretch(1);

    setTabOrder(m_name, m_create);
    setTabOrder(m_create, m_loadDemo);
    setFocusProxy(m_name);
    retranslate();
}

bool WelcomePage::isNeeded(Workspace& workspace)
{
    auto organisation = OrganisationService(workspace.context()).get();
    return organisation && !organisation->has_value();
}

QString WelcomePage::databaseName() const
{
    const QString path = m_workspace.database().path();
    return Database::isServerUrl(path) ? path : QDir::toNativeSeparators(QFileInfo(path).fileName());
}

void WelcomePage::createOrganisation()
{
    m_banner->clear();
    const QString name = m_name->text().trimmed();
    // An empty name is refused at once; a name is confirmed before the database gets it.
    if (!name.isEmpty()
        && MessageBox::question(this, tr("Create organisation"),
                                tr("Create the organisation \"%1\" in %2? You can rename it later in "
                                   "Settings.")
                                    .arg(name, databaseName()),
                                QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
            != QMessageBox::Yes)
        return;
    auto created = OrganisationService(m_workspace.context()).create(name);
    if (!created) {
        m_banner->showError(created.error().message);
        m_name->setFocus();
        return;
    }
    m_workspace.notifyChanged(Workspace::Everything);
    emit finished();
}

void WelcomePage::loadDemoOrganisation()
{
    m_banner->clear();
    if (MessageBox::question(this, tr("Load demo organisation"),
                             tr("Load the demo organisation into %1? It adds made-up members, SIP profiles, "
                                "credit and numbers; nothing is bought for real. Use a new database for "
                                "your own organisation.")
                                 .arg(databaseName()),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
        != QMessageBox::Yes)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status loaded = DemoOrganisation::load(m_workspace.context());
    QApplication::restoreOverrideCursor();
    if (!loaded) {
        m_banner->showError(loaded.error().message);
        // A failure part-way may still have created the organisation; the pages show what there is.
        if (!isNeeded(m_workspace)) {
            m_workspace.notifyChanged(Workspace::Everything);
            emit finished();
        }
        return;
    }
    m_workspace.notifyChanged(Workspace::Everything);
    emit finished();
}

void WelcomePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WelcomePage::retranslate()
{
    m_title->setText(tr("Welcome to Number Manager"));
    m_text->setText(
        tr("Number Manager keeps your organisation's members, SIP profiles and phone numbers in one "
           "place. To begin, enter the name of your organisation."));
    m_nameLabel->setText(tr("&Organisation name:"));
    m_name->setPlaceholderText(tr("e.g. Jansen Installatietechniek B.V."));
    m_name->setAccessibleName(tr("Organisation name"));
    m_create->setText(tr("&Create organisation"));
    m_demoText->setText(
        tr("Just looking around? Load a demo organisation with members, SIP profiles, credit and "
           "numbers. You can explore everything; nothing is bought for real."));
    m_loadDemo->setText(tr("Load &demo organisation"));
    m_loadDemo->setAccessibleDescription(m_demoText->text());
}

} // namespace nm
