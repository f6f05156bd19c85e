#include "NetworkReader.h"

#include "jobs/ServerJob.h"
#include "ops/HccnBatch.h"
#include "remote/SessionPool.h"

namespace AscendDeck {

namespace {
const char *const kGetters[] = {"-ip", "-gateway", "-netdetect", "-tls"};
} // namespace

QList<int> NetworkReader::defaultNpus()
{
    return {0, 1, 2, 3, 4, 5, 6, 7};
}

CommandResult NetworkReader::run(SessionPool &pool, const SshTarget &target, const QList<int> &npus,
                                 const CancelToken &cancel)
{
    QList<QStringList> calls;
    for (int npu : npus) {
        for (const char *getter : kGetters)
            calls.append({QStringLiteral("-i"), QString::number(npu), QLatin1String(getter), QStringLiteral("-g")});
    }
    QList<HccnBatch::Output> outputs;
    CommandResult result = HccnBatch::run(pool, target, calls, cancel, &outputs);
    if (!result.ran())
        return result;
    HccnServerReadings readings;
    readings.host = target.host;
    for (int i = 0; i < npus.size(); ++i) {
        const HccnBatch::Output *o = &outputs.at(4 * i);
        HccnNpuReadings npu = HccnReadingsParser::parse(npus.at(i), o[0].out, o[1].out, o[2].out, o[3].out);
        // A failing getter (bad device id, tool missing) prints a message the parsers reject; say which.
        for (int g = 0; g < 4; ++g) {
            if (o[g].exitStatus != 0)
                npu.error = QStringLiteral("%1 -g exited %2: %3")
                                .arg(QLatin1String(kGetters[g]))
                                .arg(o[g].exitStatus)
                                .arg(QString::fromUtf8(o[g].out.trimmed().left(200)));
        }
        readings.npus.append(npu);
    }
    result.exitStatus = 0;
    result.payload = QVariant::fromValue(readings);
    return result;
}

QList<CommandResult> NetworkReader::runAll(SessionPool *pool, const QList<SshTarget> &targets,
                                           const QList<QList<int>> &npus, const CancelToken &cancel)
{
    // ServerJob hands the operation only the target: look its NPU list up by position.
    return ServerJob::runAll(
        pool, targets,
        [&targets, &npus](SessionPool &p, const SshTarget &target, const CancelToken &c) {
            int index = 0;
            while (index < targets.size() && targets.at(index).poolKey() != target.poolKey())
                ++index;
            return run(p, target, index < npus.size() ? npus.at(index) : defaultNpus(), c);
        },
        cancel);
}

} // namespace AscendDeck
