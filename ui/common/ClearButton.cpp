#include "ClearButton.h"

#include <QAction>
#include <QLineEdit>
#include <QToolButton>

namespace nm {

void nameClearButton(QLineEdit* edit, const QString& name)
{
    // Qt adds the clear button as an unnamed child tool button (and an action behind it).
    for (QAction* action : edit->actions()) {
        if (action->objectName() == QLatin1String("_q_qlineeditclearaction")) {
            action->setText(name);
            action->setToolTip(name);
        }
    }
    for (QToolButton* button : edit->findChildren<QToolButton*>(Qt::FindDirectChildrenOnly)) {
        button->setAccessibleName(name);
        button->setToolTip(name);
    }
}

} // namespace nm
