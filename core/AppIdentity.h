#pragma once

namespace nm {

// Organisation and application names: both programs must agree on them, since
// QStandardPaths derives the default database location from them.
void setApplicationIdentity();

} // namespace nm
