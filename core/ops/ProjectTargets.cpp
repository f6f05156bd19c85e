#include "ProjectTargets.h"

namespace AscendDeck {

SshTarget ProjectTargets::of(const Project &project, int index)
{
    const ProjectServer &server = project.servers.at(index);
    SshTarget target;
    target.host = server.host;
    target.port = server.port;
    target.user = server.user;
    target.jump = jumpHops(server.via.isEmpty() ? project.jump : server.via);
    target.sudo = server.sudo;
    return target;
}

QList<SshTarget> ProjectTargets::of(const Project &project)
{
    QList<SshTarget> targets;
    for (int i = 0; i < project.servers.size(); ++i)
        targets << of(project, i);
    return targets;
}

QList<SshTarget> ProjectTargets::jumpHops(const QString &text)
{
    QList<SshTarget> hops;
    QString error;
    if (text.trimmed().isEmpty() || !SshTarget::parseList(text, &hops, &error))
        return {};
    return hops;
}

} // namespace AscendDeck
