#include "LaunchRemote.h"

#include "base/ShellQuote.h"
#include "jobs/ServerJob.h"
#include "remote/SessionPool.h"
#include "remote/SshSession.h"

namespace AscendDeck {

namespace {
// Splits a byte stream into lines; the piece after the last newline waits for the next chunk.
class LineSplitter
{
public:
    QStringList feed(const QByteArray &chunk)
    {
        m_partial += chunk;
        QStringList lines;
        qsizetype start = 0;
        for (qsizetype nl = m_partial.indexOf('\n'); nl >= 0; nl = m_partial.indexOf('\n', start)) {
            lines << decode(m_partial.mid(start, nl - start));
            start = nl + 1;
        }
        m_partial.remove(0, start);
        return lines;
    }
    QStringList finish()
    {
        QStringList rest;
        if (!m_partial.isEmpty())
            rest << decode(m_partial);
        m_partial.clear();
        return rest;
    }

private:
    static QString decode(QByteArray line)
    {
        if (line.endsWith('\r'))
            line.chop(1);
        return QString::fromUtf8(line);
    }
    QByteArray m_partial;
};

CommandResult succeeded()
{
    CommandResult result;
    result.exitStatus = 0;
    return result;
}

bool noSuchContainer(const CommandResult &result)
{
    return result.ran() && result.err.contains("No such container");
}
} // namespace

RemoteCommand LaunchRemote::privileged(const RemoteCommand &command)
{
    // docker talks to the daemon (no sudo for the docker group); the rest writes root-owned paths.
    return command.argv.value(0) == QLatin1String("docker") ? command.asDocker() : command.asRoot();
}

CommandResult LaunchRemote::run(SessionPool &pool, const SshTarget &target, const QStringList &argv, int timeoutMs,
                                const CancelToken &cancel)
{
    return pool.run(target, privileged(RemoteCommand::fromArgv(argv, timeoutMs)), cancel);
}

CommandResult LaunchRemote::containerState(SessionPool &pool, const SshTarget &target, const QString &name,
                                          const CancelToken &cancel, QString *state)
{
    const CommandResult result = run(pool, target, {QStringLiteral("docker"), QStringLiteral("container"), QStringLiteral("inspect"),
                                                    QStringLiteral("--format"), QStringLiteral("{{.State.Status}}"), name},
                                     30000, cancel);
    if (!result.ran())
        return result;
    *state = result.ok() ? QString::fromUtf8(result.out).trimmed() : QString();
    CommandResult asked = result;
    asked.exitStatus = 0;
    return asked;
}

CommandResult LaunchRemote::failedStep(const SshTarget &target, const QString &step, CommandResult result)
{
    QString detail = result.ran() ? QString::fromUtf8(result.err.trimmed()) : result.errorString;
    if (detail.isEmpty())
        detail = tr("exit status %1").arg(result.exitStatus);
    result.errorString = tr("%1: %2 failed: %3").arg(target.displayName(), step, detail);
    if (result.error == RemoteError::None && result.exitStatus == 0)
        result.exitStatus = 1;
    return result;
}

LaunchPlan::Inputs LaunchRemote::readInputs(SessionPool *pool, const QList<SshTarget> &targets,
                                            const EngineSettings &settings, const EngineCluster &cluster,
                                            const CancelToken &cancel, QString *error, int *failedIndex)
{
    LaunchPlan::Inputs inputs;
    if (settings.kind != EngineSettings::Kind::MindIE)
        return inputs;
    if (cluster.isMultiNode()) {
        const QList<CommandResult> results = ServerJob::runAll(
            pool, targets,
            [](SessionPool &p, const SshTarget &t, const CancelToken &c) {
                return run(p, t, LaunchPlan::readHccnArgv(), 30000, c);
            },
            cancel);
        for (int i = 0; i < results.size(); ++i) {
            if (!results.at(i).ok()) {
                *error = failedStep(targets.at(i), QStringLiteral("cat /etc/hccn.conf"), results.at(i)).errorString;
                *failedIndex = i;
                return inputs;
            }
            inputs.hccnConfs << results.at(i).out;
        }
    }
    const int master = qMax(0, cluster.indexOf(cluster.master().serverAddress));
    const QStringList argv = LaunchPlan::readDefaultConfigArgv(settings);
    const SshTarget target = targets.value(master);
    run(*pool, target, LaunchPlan::removeConfigReaderArgv(settings), 60000, cancel);
    // Starting a throw-away container of a 20 GB image can take a while on a busy server.
    const CommandResult config = run(*pool, target, argv, 180000, cancel);
    run(*pool, target, LaunchPlan::removeConfigReaderArgv(settings), 60000, cancel);
    if (!config.ok()) {
        *error = failedStep(target, shellJoin(argv), config).errorString;
        *failedIndex = master;
    } else {
        inputs.mindieDefaultConfig = config.out;
    }
    return inputs;
}

CommandResult LaunchRemote::startNode(SessionPool &pool, const SshTarget &target, const LaunchNodePlan &node,
                                      const CancelToken &cancel)
{
    for (const QStringList &argv : node.prepare) {
        const CommandResult result = run(pool, target, argv, 30000, cancel);
        if (!result.ok())
            return failedStep(target, shellJoin(argv), result);
    }
    for (const LaunchFile &file : node.files) {
        const CommandResult result = pool.uploadAsRoot(target, file.data, file.remotePath, file.mode, cancel);
        if (!result.ok())
            return failedStep(target, tr("upload of %1").arg(file.remotePath), result);
    }
    const CommandResult removed = run(pool, target, node.removeArgv, 60000, cancel);
    if (!removed.ok() && !noSuchContainer(removed))
        return failedStep(target, shellJoin(node.removeArgv), removed);
    const CommandResult started = run(pool, target, node.runArgv, 300000, cancel);
    if (!started.ok())
        return failedStep(target, QStringLiteral("docker run"), started);
    return started;
}

CommandResult LaunchRemote::stopNode(SessionPool &pool, const SshTarget &target, const LaunchNodePlan &node, bool keep,
                                     const CancelToken &cancel)
{
    const CommandResult stopped = run(pool, target, node.stopArgv, 60000, cancel);
    if (!stopped.ok() && !noSuchContainer(stopped))
        return failedStep(target, shellJoin(node.stopArgv), stopped);
    if (keep || noSuchContainer(stopped))
        return succeeded();
    const CommandResult removed = run(pool, target, node.removeAfterStopArgv, 60000, cancel);
    if (!removed.ok() && !noSuchContainer(removed))
        return failedStep(target, shellJoin(node.removeAfterStopArgv), removed);
    return succeeded();
}

CommandResult LaunchRemote::followLogs(SessionPool &pool, const SshTarget &target, const QStringList &logsArgv,
                                       const LinesHandler &onLines, const CancelToken &cancel)
{
    const RemoteCommand command = privileged(RemoteCommand::fromArgv(logsArgv, 0)); // as long as the engine runs
    LineSplitter out;
    LineSplitter err;
    const auto deliver = [&onLines](const QStringList &lines) {
        if (!lines.isEmpty())
            onLines(lines);
    };
    CommandResult result = pool.session(target)->stream(
        command, [&](const QByteArray &chunk) { deliver(out.feed(chunk)); },
        [&](const QByteArray &chunk) { deliver(err.feed(chunk)); }, cancel);
    deliver(out.finish() + err.finish());
    return result;
}

} // namespace AscendDeck
