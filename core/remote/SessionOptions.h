#pragma once

#include "HostKeyInfo.h"
#include "SshCredentials.h"
#include "SshTarget.h"
#include "SudoPasswordRequest.h"

#include <QString>

namespace AscendDeck {

// Settings shared by every session of a pool.
struct SessionOptions
{
    QString knownHostsFile;          // empty: ~/.ssh/known_hosts
    QString sshConfigFile;           // empty: ~/.ssh/config (if it exists)
    int connectTimeoutMs = 15000;
    SshCredentials credentials;      // default for hosts without their own
    UnknownHostKeyHandler unknownHostKey; // unset: unknown keys are refused
    QList<SshTarget> jumpHosts;      // for targets without their own jump list (and before ~/.ssh/config's)
    SudoPasswordHandler sudoPassword; // unset: a missing or wrong sudo password fails the command
};

} // namespace AscendDeck
