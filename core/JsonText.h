#pragma once

#include <QJsonObject>
#include <QString>

namespace nm {

// The object as QJsonDocument::Compact writes it ({"a":"x","b":1}: keys in order, no
// spaces), the form the history and the credit ledger store. A flat object of plain strings,
// whole numbers and booleans is written directly, without building a document: a bulk
// change writes thousands of them. Anything else goes through QJsonDocument.
QString compactJson(const QJsonObject& object);

} // namespace nm
