#pragma once

#include <QStringList>

namespace AscendDeck::Cli {

// `ascenddeck-cli loadtest`: a load test of an OpenAI-compatible service, reported like vLLM's
// benchmark_serving and optionally saved as JSON. Returns the process exit code.
int runLoadTest(const QStringList &arguments);

} // namespace AscendDeck::Cli
