#pragma once

#include <QStringList>

namespace AscendDeck::Cli {

// `ascenddeck-cli apply`: previews, applies or rolls back an NPU network plan. Returns the process exit code.
int runApply(const QStringList &arguments);

} // namespace AscendDeck::Cli
