// The monitor against simulated servers: NPU samples over one long-lived SSH channel per server, a
// dropped connection showing as a gap and healing by itself, NPU health alerts, and the service's
// metrics from the simulated vLLM.
#include "SimCluster.h"
#include "../unit/monitor/SimEngineProcess.h"

#include "loadtest/LoadTest.h"
#include "monitor/ClusterMonitor.h"
#include "remote/SessionPool.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace AscendDeck;

namespace {
int gapIndex(const SampleRing<NpuSample> &ring)
{
    for (int i = 0; i < ring.size(); ++i) {
        if (ring.at(i).gap)
            return i;
    }
    return -1;
}
} // namespace

class TestMonitorOps : public QObject
{
    Q_OBJECT

private:
    SimCluster m_sim;
    std::unique_ptr<SessionPool> m_pool;

    int loopProcesses(int server)
    {
        // The sampling loop's shell, seen from inside the server: one per long-lived channel.
        const QByteArray out = m_sim.inspect(server, {QStringLiteral("pgrep"), QStringLiteral("-fc"),
                                                      QStringLiteral("^sh -c while :; do sleep 1 & npu-smi info")});
        return out.trimmed().toInt();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(2, QStringLiteral("127.0.0.121"), 2222), qPrintable(m_sim.errorString()));
        m_pool = std::make_unique<SessionPool>(m_sim.sessionOptions());
    }

    void cleanupTestCase()
    {
        m_pool.reset();
        m_sim.stop();
    }

    void sampler_manySamplesOverOneChannel()
    {
        NpuSampler sampler(m_pool.get(), m_sim.target(0), 0);
        QSignalSpy sampled(&sampler, &NpuSampler::sampled);
        QSignalSpy connected(&sampler, &NpuSampler::connected);
        sampler.start();
        QTRY_VERIFY_WITH_TIMEOUT(sampled.size() >= 4, 20000);
        QCOMPARE(sampler.channelOpens(), 1);
        QCOMPARE(connected.size(), 1);
        QCOMPARE(loopProcesses(0), 1);
        const auto readings = sampled.last().at(1).value<QList<NpuReading>>();
        QCOMPARE(readings.size(), 8);
        QCOMPARE(readings.at(7).npuId, 7);
        QCOMPARE(readings.at(0).sample.hbmTotalMb, 65536.0f);
        QVERIFY(readings.at(0).sample.hbmUsedMb > 2000);
        QCOMPARE(readings.at(0).sample.health, NpuHealth::Ok);
        // About one block a second: 4 blocks cannot come faster than ~3 s.
        QVERIFY(sampled.last().at(1).value<QList<NpuReading>>().at(0).sample.timeMs
                    - sampled.first().at(1).value<QList<NpuReading>>().at(0).sample.timeMs
                >= 2500);
        sampler.stop();
        QTRY_COMPARE_WITH_TIMEOUT(loopProcesses(0), 0, 10000); // stopping hangs the loop up
    }

    void droppedServer_showsGapThenResumes()
    {
        ClusterMonitor monitor(m_pool.get(), m_sim.targets(), 60);
        QSignalSpy raised(&monitor.alerts(), &AlertMonitor::alertRaised);
        QSignalSpy cleared(&monitor.alerts(), &AlertMonitor::alertCleared);
        monitor.start();
        ClusterSamples &samples = monitor.samples();
        QTRY_VERIFY_WITH_TIMEOUT(samples.ring(0, 0).size() >= 2 && samples.ring(1, 0).size() >= 2, 20000);
        QVERIFY(m_sim.drop(1));
        QTRY_VERIFY_WITH_TIMEOUT(gapIndex(samples.ring(1, 0)) >= 0, 15000);
        QVERIFY(monitor.alerts().isActive(Alert::Kind::ServerSilent, 1));
        // Reconnects by itself: real samples again after the gap, on a second channel.
        QTRY_VERIFY_WITH_TIMEOUT(samples.isAnswering(1) && samples.ring(1, 0).size() > gapIndex(samples.ring(1, 0)) + 1, 20000);
        QCOMPARE(monitor.sampler(1).channelOpens(), 2);
        QCOMPARE(monitor.sampler(0).channelOpens(), 1);
        QCOMPARE(gapIndex(samples.ring(0, 0)), -1);
        QVERIFY(!monitor.alerts().isActive(Alert::Kind::ServerSilent, 1));
        QCOMPARE(raised.size(), 1);
        QCOMPARE(cleared.size(), 1);
        const QByteArray csv = samples.toCsv();
        QVERIFY(csv.contains(",1\n")); // the gap row
        monitor.stop();
    }

    void unhealthyNpu_raisesAlertWithServerAndNpu()
    {
        QVERIFY(m_sim.fault(0, QStringLiteral("link_down=3")));
        ClusterMonitor monitor(m_pool.get(), {m_sim.target(0)}, 60);
        QSignalSpy raised(&monitor.alerts(), &AlertMonitor::alertRaised);
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(monitor.alerts().isActive(Alert::Kind::NpuUnhealthy, 0, 3), 20000);
        QCOMPARE(raised.size(), 1);
        QCOMPARE(raised.at(0).at(0).value<Alert>().npuId, 3);
        monitor.stop();
        QVERIFY(m_sim.fault(0, QStringLiteral("link_down"), true));
    }

    void serviceMetrics_fromSimulatedVllm_andServiceDown()
    {
        SimEngineProcess engine;
        QVERIFY2(engine.start(QStringLiteral("127.0.0.123"), 8000, QStringLiteral("0.02")), engine.output().constData());
        ServiceMetricsPoller poller;
        AlertMonitor alerts;
        connect(&poller, &ServiceMetricsPoller::updated, &alerts, &AlertMonitor::observeService);
        QSignalSpy down(&poller, &ServiceMetricsPoller::serviceDown);
        poller.setUrl(QUrl(QStringLiteral("http://127.0.0.123:8000/metrics")));
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(poller.isUp(), 10000);

        LoadTest load; // some traffic to measure
        LoadTestConfig config;
        config.url = QUrl(QStringLiteral("http://127.0.0.123:8000"));
        config.model = QStringLiteral("qwen3");
        config.concurrency = 4;
        config.requests = 16;
        config.inputLen = 32;
        config.outputLen = 60;
        QString error;
        QVERIFY(load.prepare(config, &error));
        load.start();
        QTRY_VERIFY_WITH_TIMEOUT(poller.history().latest().requestsRunning.value_or(0) > 0, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(poller.history().latest().generationTokensPerSecond.value_or(0) > 10, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!load.isRunning(), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(poller.history().latest().requestsSucceeded.value_or(0), 16.0, 10000);
        const ServiceMetrics last = poller.history().latest();
        QCOMPARE(last.flavor, ServiceMetrics::Flavor::Vllm);
        QVERIFY(last.ttftP50Seconds.has_value());
        QVERIFY(*last.ttftP95Seconds >= *last.ttftP50Seconds);
        QVERIFY(last.kvCacheUsage.has_value());

        engine.stop();
        QTRY_VERIFY_WITH_TIMEOUT(down.size() == 1, 10000);
        QVERIFY(alerts.isActive(Alert::Kind::ServiceDown));
        poller.stop();
    }
};

QTEST_GUILESS_MAIN(TestMonitorOps)
#include "tst_monitor_ops.moc"
