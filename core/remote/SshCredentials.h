#pragma once

#include <QString>

namespace AscendDeck {

// How to log in. Held in memory only: never serialised into a project file, an export or a log line.
struct SshCredentials
{
    QString identityFile;         // empty: ~/.ssh/config's IdentityFile, the agent, then default keys
    QString passphrase;           // for identityFile
    QString password;             // password auth, and sudo -S when the login user is not root
    bool useAgent = true;

    bool hasPassword() const { return !password.isEmpty(); }
};

} // namespace AscendDeck
