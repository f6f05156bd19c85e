// Monitor benchmark: 32 simulated servers x 8 NPUs sampled at 1 Hz over one long-lived SSH channel each,
// for DURATION seconds (argument, default 120), shown in the console's real monitor tab (tiles, charts and
// service panel repainting every second, offscreen unless QT_QPA_PLATFORM says otherwise). Reports the console's CPU time per second of wall time
// (all threads), its memory (VmRSS after warm-up and at the end, VmHWM) and the longest stall of the
// main event loop, measured by a 10 ms timer that records how late it fires (BENCH_VERBOSE=1 prints each over 40 ms). Figures, not pass/fail:
// the last line of output is the summary. Goals: CPU < 5% of one core, flat memory, no stall > 50 ms.
// History is on as in the console (the page's own HistoryRecorder, writing to the project's history folder
// under the test-mode data location; BENCH_HISTORY=0 turns it off): the history line gives its write rate
// and its size on disk per NPU-day for both tiers.
#include "SimCluster.h"

#include "operate/MonitorPage.h"

#include "deployment/Deployment.h"
#include "history/HistoryCodec.h"
#include "history/HistoryRecorder.h"
#include "monitor/ClusterMonitor.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QDir>
#include <QStandardPaths>
#include <QTimer>

#include <sys/resource.h>
#include <time.h>

#include <cstdio>
#include <functional>

using namespace AscendDeck;

namespace {
constexpr int kServers = 32;

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// A /proc/self/status figure in MB (VmRSS, VmHWM).
double statusMb(const QByteArray &key)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(QByteArray(key + ':')))
            return line.mid(key.size() + 1).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

// Records the longest lateness of a 10 ms timer: how long the event loop could not run anything.
class StallWatch : public QObject
{
public:
    StallWatch()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const double late = static_cast<double>(m_clock.nsecsElapsed()) / 1e6 - 10.0;
            const double cpu = threadCpuMs();
            // The GUI thread's own CPU time during the stall tells work (≈ late) from waiting for a core or a
            // lock (≈ 0): on a 2-core machine shared with 32 simulated servers, the scheduler causes most.
            if (late > m_max) {
                m_max = late;
                m_cpuInMax = cpu - m_lastCpu; // CPU the thread used since the previous tick
            }
            m_maxWork = qMax(m_maxWork, cpu - m_lastCpu);
            m_lastCpu = cpu;
            if (late > 40 && qEnvironmentVariableIsSet("BENCH_VERBOSE"))
                fprintf(stderr, "stall %.1f ms\n", late);
            m_clock.restart();
        });
    }
    static double threadCpuMs()
    {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
    }
    void start()
    {
        m_max = 0;
        m_lastCpu = threadCpuMs();
        m_clock.start();
        m_timer.start();
    }
    double maxStallMs() const { return m_max; }
    double cpuInMaxStallMs() const { return m_cpuInMax; }
    // The most CPU the GUI thread spent between two ticks: its longest piece of work.
    double maxWorkMs() const { return m_maxWork; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_max = 0;
    double m_cpuInMax = 0;
    double m_maxWork = 0;
    double m_lastCpu = 0;
};

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return done();
}

qint64 totalBlocks(ClusterMonitor &monitor)
{
    qint64 n = 0;
    for (int i = 0; i < kServers; ++i)
        n += monitor.sampler(i).blocksReceived();
    return n;
}

// The history's figures over the measured stretch: write rate, and size on disk per NPU-day (from the
// records written: the raw tier's per-NPU-day size is its record size x 86400, the minute tier's x 1440).
void printHistory(HistoryRecorder &recorder, const HistoryWriter::Stats &before, double seconds, int npus)
{
    recorder.sync();
    const HistoryWriter::Stats after = recorder.stats();
    const qint64 raw = after.rawRecords - before.rawRecords;
    const qint64 bytes = after.bytes - before.bytes;
    const qint64 rawDisk = recorder.reader().diskBytes(HistoryTier::Raw);
    const qint64 minuteDisk = recorder.reader().diskBytes(HistoryTier::Minute);
    QElapsedTimer read;
    read.start();
    HistoryQuery query;
    query.toMs = QDateTime::currentMSecsSinceEpoch();
    query.fromMs = query.toMs - 3600 * 1000;
    query.server = recorder.reader().servers().value(0);
    query.maxPoints = 600;
    const QList<HistorySeries> series = recorder.reader().read(query);
    const double readMs = static_cast<double>(read.nsecsElapsed()) / 1e6;
    const double perNpuSecond = static_cast<double>(raw) / npus / seconds;
    printf("history: %lld raw records in %.0f s (%.0f records/s, %.2f per NPU per second), %.0f bytes/s; on disk "
           "raw %.1f MB, minute %.1f KB; per NPU-day raw %.2f MB (%d-byte records), minute %.1f KB (%d-byte "
           "records); reading one server's last hour as %d series of <= 600 points took %.1f ms\n",
           static_cast<long long>(raw), seconds, static_cast<double>(raw) / seconds, perNpuSecond,
           static_cast<double>(bytes) / seconds, static_cast<double>(rawDisk) / 1e6,
           static_cast<double>(minuteDisk) / 1e3, 86400.0 * HistoryCodec::kRawRecordSize / 1e6,
           HistoryCodec::kRawRecordSize, 1440.0 * HistoryCodec::kMinuteRecordSize / 1e3,
           HistoryCodec::kMinuteRecordSize, static_cast<int>(series.size()), readMs);
}

int answering(const ClusterMonitor &monitor)
{
    int count = 0;
    for (int i = 0; i < kServers; ++i)
        count += monitor.samples().isAnswering(i) ? 1 : 0;
    return count;
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the history goes to the test data folder, not the user's
    const int duration = argc > 1 ? qMax(5, QByteArray(argv[1]).toInt()) : 120;
    SimCluster sim;
    if (!sim.start(kServers, QStringLiteral("127.0.1.1"), 2222)) {
        fprintf(stderr, "%s\n", qPrintable(sim.errorString()));
        return 1;
    }
    Deployment deployment(sim.sessionOptions());
    deployment.setProject(sim.project());
    MonitorPage page(&deployment);
    QDir(page.historyRoot()).removeRecursively(); // a store of an earlier run would make the sizes wrong
    page.resize(1280, 800);
    page.show();
    page.setRecordsHistory(qgetenv("BENCH_HISTORY") != "0");
    page.startMonitoring();
    ClusterMonitor &monitor = *page.monitor();
    HistoryRecorder *history = page.recorder();
    int gaps = 0;
    for (int i = 0; i < kServers; ++i)
        QObject::connect(&monitor.sampler(i), &NpuSampler::gap, [&gaps] { ++gaps; });
    // Warm-up: every server connected (handshakes are a one-off cost, not the steady state).
    if (!waitFor([&] { return answering(monitor) == kServers; }, 120000)) {
        fprintf(stderr, "only %d of %d servers answered\n", answering(monitor), kServers);
        return 1;
    }
    waitFor([] { return false; }, 3000);
    const qint64 blocksBefore = totalBlocks(monitor);
    if (history)
        history->sync();
    const HistoryWriter::Stats historyBefore = history ? history->stats() : HistoryWriter::Stats();
    const double rssStart = statusMb("VmRSS");
    const double cpuStart = cpuSeconds();
    StallWatch stalls;
    stalls.start();
    QElapsedTimer wall;
    wall.start();
    QList<double> rss;
    QTimer rssTimer;
    QObject::connect(&rssTimer, &QTimer::timeout, [&rss] { rss << statusMb("VmRSS"); });
    rssTimer.start(10000);
    QTimer::singleShot(duration * 1000, &app, &QCoreApplication::quit);
    QCoreApplication::exec();
    const double seconds = static_cast<double>(wall.nsecsElapsed()) / 1e9;
    const double cpuPercent = 100.0 * (cpuSeconds() - cpuStart) / seconds;
    const double rssEnd = statusMb("VmRSS");
    const double hwm = statusMb("VmHWM");
    const qint64 blocks = totalBlocks(monitor) - blocksBefore;
    if (history)
        printHistory(*history, historyBefore, seconds, kServers * 8);
    page.stopMonitoring();
    sim.stop();
    QStringList rssText;
    for (double mb : rss)
        rssText << QString::number(mb, 'f', 1);
    printf("servers=%d npus=%d duration=%.0f s npu-smi blocks=%lld (%.2f per server per second), samples kept=%lld\n",
           kServers, kServers * 8, seconds, static_cast<long long>(blocks), static_cast<double>(blocks) / kServers / seconds,
           static_cast<long long>(monitor.samples().sampleCount()));
    printf("VmRSS every 10 s (MB): %s\n", qPrintable(rssText.join(QLatin1Char(' '))));
    printf("monitor: cpu=%.2f%% of one core, rss start=%.1f MB end=%.1f MB, VmHWM=%.1f MB, max event-loop stall=%.1f ms "
           "(GUI thread busy %.1f ms of it), longest GUI-thread work between ticks=%.1f ms, gaps=%d, "
           "history %s (goals: cpu < 5%%, flat memory, stall < 50 ms)\n",
           cpuPercent, rssStart, rssEnd, hwm, stalls.maxStallMs(), stalls.cpuInMaxStallMs(), stalls.maxWorkMs(), gaps, history ? "on" : "off");
    return 0;
}
