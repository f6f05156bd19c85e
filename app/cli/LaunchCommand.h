#pragma once

#include <QStringList>

namespace AscendDeck::Cli {

// `ascenddeck-cli launch (--project FILE | --settings S.json --cluster C.json) [ssh options] [--dry-run [--offline]] [--follow]`:
// starts the engine on every server (or, with --dry-run, prints every command per server and changes
// nothing), streams every server's log prefixed with its address, and exits 0 once the deployment is ready,
// 1 naming the server that failed first, 2 on a usage or input error.
int runLaunch(const QStringList &arguments);
// `ascenddeck-cli stop (--project FILE | --settings S.json --cluster C.json) [ssh options]`: stops and removes the engine
// container on every server.
int runStop(const QStringList &arguments);

} // namespace AscendDeck::Cli
