#pragma once

class QLineEdit;
class QString;

namespace nm {

// Names the clear button of a line edit (setClearButtonEnabled) so that screen readers
// announce it; call it again from retranslate().
void nameClearButton(QLineEdit* edit, const QString& name);

} // namespace nm
