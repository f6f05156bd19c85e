#pragma once

#include <QStringList>

namespace AscendDeck::Cli {

// `ascenddeck-cli parse KIND FILE`: runs one of the core parsers on a saved tool output and prints what it
// understood as JSON. Exit 0 when parsed, 1 when the file is unreadable, 2 on a usage error.
int runParse(const QStringList &arguments);

} // namespace AscendDeck::Cli
