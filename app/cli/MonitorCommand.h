#pragma once

#include <QStringList>

namespace AscendDeck::Cli {

// `ascenddeck-cli monitor`: every NPU of every server over SSH, as a table, JSON lines or CSV, once or every
// interval, and optionally as a Prometheus /metrics endpoint. Returns the process exit code.
int runMonitor(const QStringList &arguments);

} // namespace AscendDeck::Cli
