#pragma once

#include <QStringList>

namespace AscendDeck::Cli {

// `ascenddeck-cli weights status|sync`: the model folder on every server, and its copy from server to server.
int runWeights(const QStringList &arguments);

} // namespace AscendDeck::Cli
