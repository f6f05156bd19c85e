#pragma once

#include "project/Project.h"
#include "remote/SshTarget.h"

#include <QList>

namespace AscendDeck {

// The SSH targets of a project's servers: one rule for the console, the CLI and the operations that read
// a project's servers (the login and port as the project gives them).
class ProjectTargets
{
public:
    static SshTarget of(const ProjectServer &server);
    static QList<SshTarget> of(const Project &project);
};

} // namespace AscendDeck
