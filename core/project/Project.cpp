#include "Project.h"

namespace AscendDeck {

bool ProjectServer::operator==(const ProjectServer &other) const
{
    return host == other.host && port == other.port && user == other.user && name == other.name
        && master == other.master && via == other.via && sudo == other.sudo;
}

int Project::masterIndex() const
{
    for (int i = 0; i < servers.size(); ++i) {
        if (servers.at(i).master)
            return i;
    }
    return servers.isEmpty() ? -1 : 0;
}

bool Project::operator==(const Project &other) const
{
    return name == other.name && servers == other.servers && jump == other.jump && network == other.network && engine == other.engine
        && cluster == other.cluster;
}

} // namespace AscendDeck
