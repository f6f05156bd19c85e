#pragma once

#include "project/Project.h"
#include "remote/SshTarget.h"

#include <QList>

namespace AscendDeck {

// The SSH targets of a project's servers: one rule for the console, the CLI and the operations that read
// a project's servers (the login and port as the project gives them, the server's "via" or else the
// project's jump hosts, the server's sudo mode).
class ProjectTargets
{
public:
    static SshTarget of(const Project &project, int index);
    static QList<SshTarget> of(const Project &project);
    // The hops of a jump list as the project holds it; empty for empty (or, never after loading, bad) text.
    static QList<SshTarget> jumpHops(const QString &text);
};

} // namespace AscendDeck
