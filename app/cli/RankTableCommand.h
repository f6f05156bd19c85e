#pragma once

#include <QStringList>

namespace AscendDeck::Cli {

// `ascenddeck-cli ranktable generate|merge|validate`: build, merge and check HCCL rank tables.
// Returns the process exit code.
int runRankTable(const QStringList &arguments);

} // namespace AscendDeck::Cli
