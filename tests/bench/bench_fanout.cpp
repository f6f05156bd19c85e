// Fan-out benchmark: the same command on 16 simulated servers, first round (connect + command) and later
// rounds (pooled sessions), against parallel-ssh doing the same with a fresh ssh per host, in the same run.
// Figures, not pass/fail: the last line of output is the summary.
#include "SimCluster.h"

#include "jobs/ServerJob.h"
#include "remote/SessionPool.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace AscendDeck;

namespace {
constexpr int kServers = 16;
const QStringList kCommand{QStringLiteral("cat"), QStringLiteral("/usr/local/Ascend/driver/version.info")};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double fanOutRound(SessionPool &pool, const QList<SshTarget> &targets, int *failures)
{
    QElapsedTimer timer;
    timer.start();
    const QList<CommandResult> results = ServerJob::runAll(&pool, targets, [](SessionPool &p, const SshTarget &t, const CancelToken &c) {
        RemoteCommand command;
        command.argv = kCommand;
        return p.run(t, command, c);
    });
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    *failures += static_cast<int>(std::count_if(results.begin(), results.end(), [](const CommandResult &r) { return !r.ok(); }));
    return ms;
}

double psshRound(const SimCluster &sim, int *failures)
{
    QStringList args{QStringLiteral("-p"), QString::number(kServers), QStringLiteral("-t"), QStringLiteral("60"),
                     QStringLiteral("-x"),
                     QStringLiteral("-i %1 -o UserKnownHostsFile=%2 -o IdentitiesOnly=yes -o BatchMode=yes -F /dev/null")
                         .arg(sim.identityFile(), sim.knownHostsFile())};
    for (const auto &s : sim.servers())
        args << QStringLiteral("-H") << QStringLiteral("%1@%2:%3").arg(s.user, s.host).arg(s.port);
    args += kCommand;
    QProcess pssh;
    QElapsedTimer timer;
    timer.start();
    pssh.start(QStringLiteral("parallel-ssh"), args);
    pssh.waitForFinished(120000);
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    if (pssh.exitCode() != 0) {
        ++*failures;
        fprintf(stderr, "parallel-ssh failed: %s%s\n", pssh.readAllStandardOutput().constData(), pssh.readAllStandardError().constData());
    }
    return ms;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? QByteArray(argv[1]).toInt() : 7;
    SimCluster sim;
    if (!sim.start(kServers, QStringLiteral("127.0.0.101"), 2222)) {
        fprintf(stderr, "%s\n", qPrintable(sim.errorString()));
        return 1;
    }
    int failures = 0;
    SessionPool pool(sim.sessionOptions());
    const QList<SshTarget> targets = sim.targets();
    const double first = fanOutRound(pool, targets, &failures);
    QList<double> pooled;
    QList<double> pssh;
    for (int i = 0; i < rounds; ++i) {
        pooled << fanOutRound(pool, targets, &failures);
        pssh << psshRound(sim, &failures);
    }
    sim.stop();
    const double pooledMedian = median(pooled);
    const double psshMedian = median(pssh);
    printf("servers=%d command='%s' rounds=%d\n", kServers, qPrintable(kCommand.join(QLatin1Char(' '))), rounds);
    printf("round 1 (connect + command): %.1f ms\n", first);
    printf("pooled rounds: median %.1f ms (min %.1f, max %.1f)\n", pooledMedian, *std::min_element(pooled.begin(), pooled.end()),
           *std::max_element(pooled.begin(), pooled.end()));
    printf("parallel-ssh rounds: median %.1f ms (min %.1f, max %.1f)\n", psshMedian, *std::min_element(pssh.begin(), pssh.end()),
           *std::max_element(pssh.begin(), pssh.end()));
    printf("fanout: first=%.0fms pooled=%.0fms pssh=%.0fms pooled/pssh=%.3f (goal <= 0.25) failures=%d\n", first, pooledMedian,
           psshMedian, pooledMedian / psshMedian, failures);
    return failures == 0 ? 0 : 1;
}
