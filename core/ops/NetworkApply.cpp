#include "NetworkApply.h"

#include "NetworkReader.h"
#include "ascend/HccnToolParser.h"
#include "jobs/ServerJob.h"
#include "network/HccnCommandRenderer.h"
#include "remote/SessionPool.h"
#include "HccnBatch.h"
#include "remote/SshSession.h"

#include <QDateTime>

namespace AscendDeck {

namespace {
QList<int> npuIds(const HccnServerPlan &server)
{
    QList<int> ids;
    for (const HccnNpuPlan &n : server.npus)
        ids.append(n.npu);
    return ids;
}

QList<int> npuIds(const HccnServerReadings &readings)
{
    QList<int> ids;
    for (const HccnNpuReadings &n : readings.npus)
        ids.append(n.npu);
    return ids;
}

int indexOf(const QList<SshTarget> &targets, const SshTarget &target)
{
    int index = 0;
    while (index < targets.size() && targets.at(index).poolKey() != target.poolKey())
        ++index;
    return index;
}
} // namespace

QList<HccnServerChange> NetworkApply::read(SessionPool *pool, const QList<SshTarget> &targets,
                                           const QStringList &hosts, const QList<QList<int>> &npus,
                                           const CancelToken &cancel)
{
    const QList<CommandResult> results = NetworkReader::runAll(pool, targets, npus, cancel);
    QList<HccnServerChange> changes;
    for (int i = 0; i < targets.size(); ++i) {
        HccnServerChange change;
        change.host = hosts.at(i);
        if (!results.at(i).ran()) {
            change.errors << tr("%1: cannot read the NPU settings: %2").arg(hosts.at(i), results.at(i).errorString);
        } else {
            change.before = NetworkReader::readings(results.at(i));
            change.before.host = hosts.at(i);
            change.errors << change.before.errors();
        }
        changes.append(change);
    }
    return changes;
}

QString NetworkApply::previewLine(const HccnServerChange &change, const HccnCommand &command)
{
    const RemoteCommand remote = RemoteCommand::fromArgv(command.argv).asRoot();
    return change.throughSudo ? remote.previewLine() : remote.loggableCommand();
}

QList<HccnServerChange> NetworkApply::preview(SessionPool *pool, const QList<SshTarget> &targets,
                                              const QList<HccnServerPlan> &servers, const CancelToken &cancel)
{
    QStringList hosts;
    QList<QList<int>> npus;
    for (const HccnServerPlan &server : servers) {
        hosts.append(server.host);
        npus.append(npuIds(server));
    }
    QList<HccnServerChange> changes = read(pool, targets, hosts, npus, cancel);
    for (int i = 0; i < changes.size(); ++i) {
        if (changes.at(i).ok())
            changes[i].commands = HccnCommandRenderer::diff(servers.at(i), changes.at(i).before);
        changes[i].throughSudo = pool->session(targets.value(i))->runsThroughSudo(HccnBatch::command({}));
    }
    return changes;
}

bool NetworkApply::apply(SessionPool *pool, const QList<SshTarget> &targets, const QList<HccnServerPlan> &servers,
                         const QString &backupPath, QList<HccnServerChange> *changes, const Progress &progress,
                         const CancelToken &cancel)
{
    *changes = preview(pool, targets, servers, cancel);
    // Nothing changes unless every server could be read: a half-applied plan is worse than none.
    if (!allOk(*changes))
        return false;
    HccnBackup backup;
    backup.created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const HccnServerChange &change : std::as_const(*changes))
        backup.servers.append(change.before);
    QString error;
    if (!backupPath.isEmpty() && !backup.save(backupPath, &error)) {
        (*changes)[0].errors << error;
        return false;
    }
    execute(pool, targets, changes, progress, cancel);
    readBack(pool, targets, changes,
             [&servers](int index, const HccnServerChange &change) {
                 return HccnCommandRenderer::diff(servers.at(index), change.after);
             },
             cancel);
    return allOk(*changes);
}

QList<HccnServerChange> NetworkApply::previewRollback(SessionPool *pool, const QList<SshTarget> &targets,
                                                      const QList<HccnServerReadings> &backup,
                                                      const CancelToken &cancel)
{
    QStringList hosts;
    QList<QList<int>> npus;
    for (const HccnServerReadings &server : backup) {
        hosts.append(server.host);
        npus.append(npuIds(server));
    }
    QList<HccnServerChange> changes = read(pool, targets, hosts, npus, cancel);
    for (int i = 0; i < changes.size(); ++i) {
        HccnServerChange &change = changes[i];
        if (change.ok())
            change.commands = HccnCommandRenderer::rollback(backup.at(i), change.before, &change.notes);
        change.throughSudo = pool->session(targets.value(i))->runsThroughSudo(HccnBatch::command({}));
    }
    return changes;
}

bool NetworkApply::rollback(SessionPool *pool, const QList<SshTarget> &targets,
                            const QList<HccnServerReadings> &backup, QList<HccnServerChange> *changes,
                            const Progress &progress, const CancelToken &cancel)
{
    *changes = previewRollback(pool, targets, backup, cancel);
    if (!allOk(*changes))
        return false;
    execute(pool, targets, changes, progress, cancel);
    readBack(pool, targets, changes,
             [&backup](int index, const HccnServerChange &change) {
                 return HccnCommandRenderer::rollback(backup.at(index), change.after);
             },
             cancel);
    return allOk(*changes);
}

void NetworkApply::execute(SessionPool *pool, const QList<SshTarget> &targets, QList<HccnServerChange> *changes,
                           const Progress &progress, const CancelToken &cancel)
{
    const QList<HccnServerChange> input = *changes;
    const QList<CommandResult> results = ServerJob::runAll(
        pool, targets, [&](SessionPool &p, const SshTarget &target, const CancelToken &c) {
            CommandResult result;
            result.exitStatus = 0;
            result.payload = QVariant::fromValue(
                runCommands(p, target, input.at(indexOf(targets, target)), progress, c));
            return result;
        },
        cancel);
    for (int i = 0; i < results.size(); ++i)
        (*changes)[i] = results.at(i).payload.value<HccnServerChange>();
}

HccnServerChange NetworkApply::runCommands(SessionPool &pool, const SshTarget &target, HccnServerChange change,
                                           const Progress &progress, const CancelToken &cancel)
{
    for (const HccnCommand &command : std::as_const(change.commands)) {
        if (cancel.isCancelled()) {
            change.errors << tr("%1: cancelled after %2 of %3 commands").arg(change.host).arg(change.done)
                                 .arg(change.commands.size());
            break;
        }
        const RemoteCommand remote = RemoteCommand::fromArgv(command.argv, 60000).asRoot();
        const CommandResult result = pool.run(target, remote, cancel);
        // The tool can exit 0 and still refuse (it prints the reason): trust only its success line.
        if (!result.ok() || HccnToolParser::parseSetterResult(result.out) < 1) {
            const QString why = result.ran() ? QString::fromUtf8(result.out + result.err).trimmed() : result.errorString;
            change.errors << tr("%1 NPU %2: setting %3 to %4 failed: %5")
                                 .arg(change.host)
                                 .arg(command.npu)
                                 .arg(command.setting, command.to, why);
            break;
        }
        ++change.done;
        if (progress)
            progress(change.host, change.done, static_cast<int>(change.commands.size()), command);
    }
    return change;
}

void NetworkApply::readBack(SessionPool *pool, const QList<SshTarget> &targets, QList<HccnServerChange> *changes,
                            const std::function<QList<HccnCommand>(int, const HccnServerChange &)> &remaining,
                            const CancelToken &cancel)
{
    // Nothing ran, nothing to check: the readings taken before are still current.
    bool anyRan = false;
    for (HccnServerChange &change : *changes) {
        change.after = change.before;
        anyRan = anyRan || change.done > 0;
    }
    if (!anyRan)
        return;
    QList<QList<int>> npus;
    for (const HccnServerChange &change : std::as_const(*changes))
        npus.append(npuIds(change.before));
    const QList<CommandResult> results = NetworkReader::runAll(pool, targets, npus, cancel);
    for (int i = 0; i < changes->size(); ++i) {
        HccnServerChange &change = (*changes)[i];
        if (!change.ok())
            continue;
        if (!results.at(i).ran()) {
            change.errors << tr("%1: cannot read back the NPU settings: %2").arg(change.host, results.at(i).errorString);
            continue;
        }
        change.after = NetworkReader::readings(results.at(i));
        change.after.host = change.host;
        for (const HccnCommand &left : remaining(i, change))
            change.errors << tr("%1 NPU %2: %3 reads %4 after the change, expected %5")
                                 .arg(change.host)
                                 .arg(left.npu)
                                 .arg(left.setting, left.from.isEmpty() ? tr("(unset)") : left.from, left.to);
    }
}

bool NetworkApply::allOk(const QList<HccnServerChange> &changes)
{
    for (const HccnServerChange &change : changes) {
        if (!change.ok())
            return false;
    }
    return true;
}

} // namespace AscendDeck
