#include "ProjectInput.h"

#include "jobs/ServerJob.h"
#include "ops/ProjectTargets.h"
#include "ops/ServerProbe.h"
#include "project/ProjectFile.h"

namespace AscendDeck::Cli {

bool ProjectInput::load(const QString &path, Project *project, QString *error)
{
    return ProjectFile::load(path, project, error);
}

QList<SshTarget> ProjectInput::targets(const Project &project)
{
    return ProjectTargets::of(project);
}

SshTarget ProjectInput::targetFor(const Project &project, const QString &host)
{
    for (int i = 0; i < project.servers.size(); ++i) {
        if (project.servers.at(i).host == host)
            return ProjectTargets::of(project, i);
    }
    return SshTarget{host, QString(), 0};
}

bool ProjectInput::plan(const Project &project, HccnPlan *plan, QString *error)
{
    if (project.network.isEmpty()) {
        *error = tr("the project has no network plan");
        return false;
    }
    *plan = project.network;
    return true;
}

bool ProjectInput::engine(const Project &project, EngineSettings *settings, EngineCluster *cluster, QString *error)
{
    if (!project.engine) {
        *error = tr("the project has no engine settings");
        return false;
    }
    *settings = *project.engine;
    *cluster = project.cluster;
    return true;
}

QList<ServerFacts> ProjectInput::probe(SessionPool *pool, const QList<SshTarget> &targets, QStringList *unreachable)
{
    QList<ServerFacts> facts;
    for (const CommandResult &result : ServerJob::runAll(pool, targets, &ServerProbe::run)) {
        if (!result.ok())
            unreachable->append(result.errorString);
        facts << result.payload.value<ServerFacts>();
    }
    return facts;
}

} // namespace AscendDeck::Cli
