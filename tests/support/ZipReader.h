#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace nm::test {

// The files inside a ZIP archive (an XLSX workbook), by name: enough to look at what a
// spreadsheet holds without a spreadsheet program. Empty when the archive is broken.
QHash<QString, QByteArray> unzip(const QByteArray& archive);

} // namespace nm::test
