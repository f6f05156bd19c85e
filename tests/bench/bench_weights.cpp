// Weights benchmark: one model folder (random shards) copied from a reference to 4 simulated servers by
// WeightsSyncJob (server to server), against scp of the same folder from this machine to the same servers,
// in the same run. Reports the bytes that passed through this process during the sync (/proc/self/io: every
// read and write, the SSH sockets included) against the data delivered. Figures, not pass/fail, except that
// a sync that does not verify fails. The last line of output is the summary.
#include "SimCluster.h"

#include "remote/SessionPool.h"
#include "weights/WeightsSyncJob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace AscendDeck;

namespace {
constexpr int kTargets = 4;
const QString kDir = QStringLiteral("/data/models/Bench");

// rchar + wchar of this process: what it read and wrote through any descriptor (files, pipes, sockets).
qint64 processIoBytes()
{
    QFile io(QStringLiteral("/proc/self/io"));
    if (!io.open(QIODevice::ReadOnly))
        return -1;
    qint64 total = 0;
    for (const QByteArray &line : io.readAll().split('\n')) {
        if (line.startsWith("rchar:") || line.startsWith("wchar:"))
            total += line.mid(6).trimmed().toLongLong();
    }
    return total;
}

QByteArray sh(SimCluster &sim, int server, const QString &script)
{
    return sim.inspect(server, {QStringLiteral("sh"), QStringLiteral("-c"), script});
}

// scp -r of a local copy of the folder to every target at once, as an admin would from the console machine.
double scpAll(SimCluster &sim, const QString &localDir, int *failures)
{
    for (int i = 1; i <= kTargets; ++i)
        sh(sim, i, QStringLiteral("rm -rf /data/models/ScpBench"));
    QList<QProcess *> copies;
    QElapsedTimer timer;
    timer.start();
    for (int i = 1; i <= kTargets; ++i) {
        const SimCluster::Server &s = sim.servers().at(i);
        auto *scp = new QProcess;
        scp->start(QStringLiteral("scp"), {QStringLiteral("-q"), QStringLiteral("-r"), QStringLiteral("-P"), QString::number(s.port),
                                            QStringLiteral("-i"), sim.identityFile(), QStringLiteral("-o"),
                                            QStringLiteral("UserKnownHostsFile=") + sim.knownHostsFile(), QStringLiteral("-o"),
                                            QStringLiteral("BatchMode=yes"), localDir,
                                            QStringLiteral("%1@%2:/data/models/ScpBench").arg(s.user, s.host)});
        copies << scp;
    }
    for (QProcess *scp : copies) {
        scp->waitForFinished(600000);
        *failures += scp->exitCode() != 0 ? 1 : 0;
        delete scp;
    }
    return double(timer.nsecsElapsed()) / 1e6;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int shardMiB = argc > 1 ? QByteArray(argv[1]).toInt() : 64;
    const int shards = 4;
    SimCluster sim;
    if (!sim.start(kTargets + 1, QStringLiteral("127.0.0.211"), 2222)) {
        fprintf(stderr, "%s\n", qPrintable(sim.errorString()));
        return 1;
    }
    sh(sim, 0, QStringLiteral("mkdir -p %1 && cd %1 && for i in $(seq 1 %2); do head -c %3M /dev/urandom > shard-$i.bin; done")
                   .arg(kDir).arg(shards).arg(shardMiB));
    const qint64 folderBytes = qint64(shards) * shardMiB * 1024 * 1024;

    SessionPool pool(sim.sessionOptions());
    WeightsSyncOptions options;
    options.reference = sim.target(0);
    for (int i = 1; i <= kTargets; ++i)
        options.targets << sim.target(i);
    options.dir = kDir;
    const qint64 ioBefore = processIoBytes();
    QElapsedTimer timer;
    timer.start();
    const WeightsSyncResult result = WeightsSyncJob::run(&pool, options);
    const double syncMs = double(timer.nsecsElapsed()) / 1e6;
    const qint64 consoleBytes = processIoBytes() - ioBefore;

    // The same folder from this machine: first a local copy (not timed), then scp to the 4 servers.
    QTemporaryDir local;
    const QString localDir = local.path() + QStringLiteral("/Bench");
    QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-r"), sim.stateDir() + QStringLiteral("/srv0/data/models/Bench"), localDir});
    int failures = result.ok() ? 0 : 1;
    const double scpMs = scpAll(sim, localDir, &failures);
    sim.stop();

    const qint64 delivered = folderBytes * kTargets;
    printf("folder=%lld bytes (%d x %d MiB) targets=%d rounds=%d\n", static_cast<long long>(folderBytes), shards, shardMiB,
           kTargets, result.rounds);
    printf("weights sync: %.0f ms (verified on every target: %s), through this process: %lld bytes = %.3f%% of %lld delivered\n",
           syncMs, result.ok() ? "yes" : "no", static_cast<long long>(consoleBytes), 100.0 * double(consoleBytes) / double(delivered),
           static_cast<long long>(delivered));
    printf("scp from this machine: %.0f ms (every byte through it)\n", scpMs);
    printf("weights: sync=%.0fms scp=%.0fms sync/scp=%.2f console_bytes=%lld console_share=%.3f%% (goal < 1%%) failures=%d\n",
           syncMs, scpMs, syncMs / scpMs, static_cast<long long>(consoleBytes), 100.0 * double(consoleBytes) / double(delivered),
           failures);
    return failures == 0 ? 0 : 1;
}
