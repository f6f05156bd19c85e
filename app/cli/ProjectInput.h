#pragma once

#include "engine/EngineCluster.h"
#include "engine/EngineSettings.h"
#include "network/HccnPlan.h"
#include "ops/ServerFacts.h"
#include "project/Project.h"
#include "remote/SshTarget.h"

#include <QCoreApplication>

namespace AscendDeck {
class SessionPool;
}

namespace AscendDeck::Cli {

// What the commands take from a project file (--project FILE): its servers, its network plan and its engine.
// Kept in one place so that no command reads the project's sections itself.
class ProjectInput
{
    Q_DECLARE_TR_FUNCTIONS(ProjectInput)

public:
    static bool load(const QString &path, Project *project, QString *error);
    static QList<SshTarget> targets(const Project &project);
    // The project's server with this host as its target; the host alone when the project has no such server.
    static SshTarget targetFor(const Project &project, const QString &host);
    static bool plan(const Project &project, HccnPlan *plan, QString *error);
    static bool engine(const Project &project, EngineSettings *settings, EngineCluster *cluster, QString *error);
    // Probes every target as the console's Servers step does (address, NPUs...): the facts, index-aligned, and
    // a line for each server that could not be reached.
    static QList<ServerFacts> probe(SessionPool *pool, const QList<SshTarget> &targets, QStringList *unreachable);
};

} // namespace AscendDeck::Cli
