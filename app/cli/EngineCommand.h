#pragma once

#include <QStringList>

namespace AscendDeck::Cli {

// `ascenddeck-cli engine SUBCOMMAND ...`: the engine artifacts without the GUI.
//   mindie-config --default F --settings S.json --node IP [--cluster C.json] [-o OUT]
//   check --default F --settings S.json --cluster C.json      (MindIE rules on every node, JSON)
//   vllm --settings S.json --cluster C.json                   (each node's environment and argv)
//   script --settings S.json --cluster C.json --node IP       (the node's launch script)
//   diagnose [--patterns F] LOGFILE                           (JSON findings; F: a lab's own patterns)
//   capacity (--weights-bytes N | --index F) [--servers N] ...
//   read --project P [--model-path DIR] [-o OUT]              (over SSH: each server's NIC, the weights' size)
// Exit 0 when fine, 1 when an error was found (rules, diagnosis, capacity), 2 on a usage or input error.
int runEngine(const QStringList &arguments);

} // namespace AscendDeck::Cli
