#pragma once

#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

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

    bool operator==(const ProjectServer &other) const;
};

// What the admin wants: the project file's content. Facts read from the servers are not stored here
// (they are re-read on demand); artifacts are derived from facts + project, never stored either.
struct Project
{
    static constexpr int kSchemaVersion = 2;

    QString name;
    QList<ProjectServer> servers;
    // Sections owned by their modules (network plan, engine settings), kept as JSON here so that the
    // project file does not depend on their internals; each module reads and writes its own section.
    nlohmann::ordered_json network = nlohmann::ordered_json::object();
    nlohmann::ordered_json engine = nlohmann::ordered_json::object();

    int masterIndex() const;
    bool operator==(const Project &other) const;
};

} // namespace AscendDeck
