#pragma once

#include "base/Finding.h"
#include "jobs/ServerJob.h"
#include "preflight/PreflightFacts.h"
#include "preflight/PreflightRequest.h"
#include "remote/CancelToken.h"
#include "remote/CommandResult.h"
#include "remote/SshTarget.h"

#include <QCoreApplication>

namespace AscendDeck {

class SessionPool;

// Gathers the PreflightFacts of a server over SSH: a dozen short read-only commands (npu-smi info,
// version.info, getent, systemctl is-active, docker images / image inspect, df, the model folder), the
// same on a real server and on the simulator. The rules (preflight/PreflightRules) then judge the facts
// of all servers together.
class PreflightRunner
{
    Q_DECLARE_TR_FUNCTIONS(PreflightRunner)

public:
    // For a ServerJob: the result's payload holds the PreflightFacts; the result is an error only when the
    // server could not be reached (then the facts are not there).
    static ServerJob::Operation operation(const PreflightRequest &request);
    static CommandResult run(SessionPool &pool, const SshTarget &target, const PreflightRequest &request,
                             const CancelToken &cancel);

    // The facts to judge for each target: from ServerJob results, an unreachable server becomes facts with
    // connectError set, so that the rules report it like any other finding.
    static QList<PreflightFacts> factsFrom(const QList<SshTarget> &targets, const QList<CommandResult> &results);
    // Gathers (in parallel, blocking) and judges: for the CLI and tests.
    static QList<Finding> check(SessionPool *pool, const QList<SshTarget> &targets,
                                         const PreflightRequest &request, const CancelToken &cancel = {});

    // df's arguments: the model folder, its parent (where a copy would go), Docker's root and /dev/shm.
    static QStringList dfPaths(const QString &modelPath);
};

} // namespace AscendDeck
