#pragma once

#include "remote/SessionOptions.h"

#include <QCommandLineOption>
#include <QList>

class QCommandLineParser;

namespace AscendDeck::Cli {

// The SSH options every remote subcommand takes, declared and read in one place.
struct SshCliOptions
{
    QCommandLineOption identity;
    QCommandLineOption passphraseEnv;
    QCommandLineOption passwordStdin;
    QCommandLineOption knownHosts;
    QCommandLineOption sshConfig;
    QCommandLineOption acceptNew;

    SshCliOptions();
    void addTo(QCommandLineParser *parser) const;
    // Session options from the parsed command line; the host-key policy prints fingerprints on stderr.
    SessionOptions sessionOptions(const QCommandLineParser &parser) const;
};

} // namespace AscendDeck::Cli
