#pragma once

#include "engine/EngineCluster.h"
#include "engine/EngineSettings.h"
#include "network/HccnPlan.h"
#include "remote/SshCredentials.h"

#include <QList>
#include <QString>

#include <optional>

namespace AscendDeck {

// One server of the deployment as the admin described it. Credentials are deliberately absent: they live
// in memory (or the system keyring) only, never in the project file.
struct ProjectServer
{
    QString host;          // address or ~/.ssh/config alias
    int port = 22;
    QString user = QStringLiteral("root");
    QString name;          // display name; defaults to the host name the server reports
    bool master = false;   // holds rank 0 / the vLLM head
    // Jump hosts as `ssh -J` takes them ("admin@bastion,10.0.0.9:2222"); empty: the project's jump.
    QString via;
    // How root work runs on this login; unset: the login's default (the console's, the CLI's --sudo).
    // Never the sudo password: that one is asked for, or kept in the system keyring.
    std::optional<SudoMode> sudo;

    bool operator==(const ProjectServer &other) const;
};

// What the admin wants, and what launch and monitoring need to work right after opening it: the project
// file's content. Other facts read from the servers are not stored (they are re-read on demand); artifacts
// are derived from facts + project, never stored either.
struct Project
{
    static constexpr int kSchemaVersion = 3;

    QString name;
    QList<ProjectServer> servers;
    QString jump;                         // jump hosts for every server without its own "via"
    HccnPlan network;                     // the NPU network plan; empty until the Network step made one
    std::optional<EngineSettings> engine; // absent until the Preflight or Engine step chose the engine
    // The servers as the engine sees them (address, NIC, NPUs, chip, master), read by the Engine step.
    // Stored so that Launch and Monitor work right after opening the project; empty until then.
    EngineCluster cluster;

    int masterIndex() const;
    bool operator==(const Project &other) const;
};

} // namespace AscendDeck
