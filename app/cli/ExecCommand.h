#pragma once

#include <QStringList>

namespace AscendDeck::Cli {

// `ascenddeck-cli exec`: the remote layer from the command line. Returns the process exit code.
int runExec(const QStringList &arguments);

} // namespace AscendDeck::Cli
