#pragma once

#include <QStringList>

namespace AscendDeck::Cli {

// `ascenddeck-cli plan`: suggests and checks an NPU network plan. Returns the process exit code.
int runPlan(const QStringList &arguments);

} // namespace AscendDeck::Cli
