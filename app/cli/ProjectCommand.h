#pragma once

#include <QStringList>

namespace AscendDeck::Cli {

// `ascenddeck-cli export`: the project's generated files into a folder (byte-identical for the same project).
int runExport(const QStringList &arguments);
// `ascenddeck-cli status`: what the servers report against what the project says (drift), as JSON.
int runStatus(const QStringList &arguments);

} // namespace AscendDeck::Cli
