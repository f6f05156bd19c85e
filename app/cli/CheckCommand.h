#pragma once

#include <QStringList>

namespace AscendDeck::Cli {

// `ascenddeck-cli check`: the preflight checks against a set of servers, printed as JSON. Exit 0 when no
// check failed (warnings allowed), 1 when one did, 2 on a usage error.
int runCheck(const QStringList &arguments);

} // namespace AscendDeck::Cli
