#pragma once

#include "engine/LaunchNodePlan.h"
#include "engine/LaunchPlan.h"
#include "remote/CancelToken.h"
#include "remote/CommandResult.h"
#include "remote/RemoteCommand.h"
#include "remote/SshTarget.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace AscendDeck {

class SessionPool;

// The blocking remote steps of a launch, for worker threads. Each returns a CommandResult whose errorString
// names the server and the step that failed.
class LaunchRemote
{
    Q_DECLARE_TR_FUNCTIONS(LaunchRemote)

public:
    using LinesHandler = std::function<void(const QStringList &lines)>;

    // Reads what the plan needs without changing anything: every server's /etc/hccn.conf (multi-node MindIE)
    // and the image's default config.json (MindIE, from the master). On failure *error says why and
    // *failedIndex which server.
    static LaunchPlan::Inputs readInputs(SessionPool *pool, const QList<SshTarget> &targets,
                                         const EngineSettings &settings, const EngineCluster &cluster,
                                         const CancelToken &cancel, QString *error, int *failedIndex);
    // mkdir, uploads (with their modes), docker rm -f, docker run -d.
    static CommandResult startNode(SessionPool &pool, const SshTarget &target, const LaunchNodePlan &node,
                                   const CancelToken &cancel);
    // docker stop, then docker rm -f unless keep: a missing container counts as stopped.
    static CommandResult stopNode(SessionPool &pool, const SshTarget &target, const LaunchNodePlan &node, bool keep,
                                  const CancelToken &cancel);
    // The engine container's state as docker reports it ("running", "exited", ...); empty when there is no
    // such container. An error result only when the server could not be asked.
    static CommandResult containerState(SessionPool &pool, const SshTarget &target, const QString &name,
                                        const CancelToken &cancel, QString *state);
    // Follows the engine's log (stdout and stderr) until it ends or cancel; hands over whole lines.
    static CommandResult followLogs(SessionPool &pool, const SshTarget &target, const QStringList &logsArgv,
                                    const LinesHandler &onLines, const CancelToken &cancel);

private:
    // Every launch step needs root or the docker daemon: the command, marked so.
    static RemoteCommand privileged(const RemoteCommand &command);
    static CommandResult run(SessionPool &pool, const SshTarget &target, const QStringList &argv, int timeoutMs,
                             const CancelToken &cancel);
    static CommandResult failedStep(const SshTarget &target, const QString &step, CommandResult result);
};

} // namespace AscendDeck
