#pragma once

#include <QString>

#include <functional>

namespace AscendDeck {

// What the user is shown on first contact with a server.
struct HostKeyInfo
{
    QString host;           // as typed
    int port = 22;
    QString keyType;        // "ssh-ed25519", ...
    QString fingerprint;    // "SHA256:..." as ssh-keygen -l prints it
    QString knownHostsFile;
};

// Called on a worker thread when a server's key is not in known_hosts. Return true to trust it (it is
// then written to known_hosts). The GUI turns this into a dialog; the CLI into --accept-new-host-key.
// A key that differs from the known one is never passed here: it is always refused.
using UnknownHostKeyHandler = std::function<bool(const HostKeyInfo &)>;

} // namespace AscendDeck
