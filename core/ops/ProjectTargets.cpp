#include "ProjectTargets.h"

namespace AscendDeck {

SshTarget ProjectTargets::of(const ProjectServer &server)
{
    SshTarget target;
    target.host = server.host;
    target.port = server.port;
    target.user = server.user;
    return target;
}

QList<SshTarget> ProjectTargets::of(const Project &project)
{
    QList<SshTarget> targets;
    for (const ProjectServer &server : project.servers)
        targets << of(server);
    return targets;
}

} // namespace AscendDeck
