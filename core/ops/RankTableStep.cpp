#include "RankTableStep.h"

#include "remote/SessionPool.h"

namespace AscendDeck {

ServerJob::Operation RankTableStep::readOperation()
{
    return [](SessionPool &pool, const SshTarget &target, const CancelToken &cancel) {
        return pool.run(target, RemoteCommand::fromArgv(RankTableAssembly::readHccnConfArgv()).asRoot(), cancel);
    };
}

RankTableAssembly::Result RankTableStep::assemble(const QList<SshTarget> &targets, const QStringList &serverIps,
                                                  const QList<CommandResult> &reads, int masterIndex)
{
    QList<RankTableAssembly::ServerInput> inputs;
    QStringList failures;
    for (int i = 0; i < targets.size(); ++i) {
        const CommandResult r = reads.value(i);
        if (!r.ok()) {
            failures << (r.ran() ? tr("%1: cannot read %2: %3")
                                       .arg(targets.at(i).displayName(), RankTableAssembly::hccnConfPath(),
                                            QString::fromUtf8(r.err).trimmed())
                                 : r.errorString);
        }
        const QString serverIp = serverIps.value(i);
        inputs.append({serverIp.isEmpty() ? targets.at(i).host : serverIp, r.out});
    }
    if (!failures.isEmpty()) {
        RankTableAssembly::Result result;
        result.error = failures.join(QLatin1Char('\n'));
        return result;
    }
    return RankTableAssembly::assembleMasterFirst(inputs, masterIndex);
}

RankTableAssembly::Result RankTableStep::build(SessionPool *pool, const QList<SshTarget> &targets,
                                               const QStringList &serverIps, int masterIndex, const CancelToken &cancel)
{
    return assemble(targets, serverIps, ServerJob::runAll(pool, targets, readOperation(), cancel), masterIndex);
}

ServerJob::Operation RankTableStep::distributeOperation(const QByteArray &json, const QString &path)
{
    return [json, path](SessionPool &pool, const SshTarget &target, const CancelToken &cancel) {
        return pool.uploadAsRoot(target, json, path, kFileMode, cancel);
    };
}

QStringList RankTableStep::failures(const QList<CommandResult> &uploads)
{
    QStringList lines;
    for (const CommandResult &r : uploads) {
        if (!r.ok())
            lines << r.errorString;
    }
    return lines;
}

QStringList RankTableStep::distribute(SessionPool *pool, const QList<SshTarget> &targets, const QByteArray &json,
                                      const QString &path, const CancelToken &cancel)
{
    return failures(ServerJob::runAll(pool, targets, distributeOperation(json, path), cancel));
}

} // namespace AscendDeck
