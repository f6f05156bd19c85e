#include "monitor/AlertMonitor.h"

#include <QSignalSpy>
#include <QTest>

using namespace AscendDeck;

namespace {
NpuReading npu(int id, NpuHealth health, float hbmUsed)
{
    NpuReading r;
    r.npuId = id;
    r.sample.timeMs = 1000;
    r.sample.health = health;
    r.sample.hbmUsedMb = hbmUsed;
    r.sample.hbmTotalMb = 65536;
    return r;
}
} // namespace

class TestAlertMonitor : public QObject
{
    Q_OBJECT

private slots:
    void unhealthyNpu_raisesOnceAndClears()
    {
        AlertMonitor alerts;
        alerts.setServerNames({QStringLiteral("node1"), QStringLiteral("node2")});
        QSignalSpy raised(&alerts, &AlertMonitor::alertRaised);
        QSignalSpy cleared(&alerts, &AlertMonitor::alertCleared);
        alerts.observeReadings(1, {npu(0, NpuHealth::Ok, 3000), npu(5, NpuHealth::Alarm, 3000)});
        alerts.observeReadings(1, {npu(0, NpuHealth::Ok, 3000), npu(5, NpuHealth::Alarm, 3000)});
        QCOMPARE(raised.size(), 1);
        const Alert alert = raised.at(0).at(0).value<Alert>();
        QCOMPARE(alert.kind, Alert::Kind::NpuUnhealthy);
        QCOMPARE(alert.server, 1);
        QCOMPARE(alert.npuId, 5);
        QCOMPARE(alert.severity, Alert::Severity::Critical);
        QVERIFY(alert.message.contains(QStringLiteral("node2 NPU 5")));
        QVERIFY(alerts.isActive(Alert::Kind::NpuUnhealthy, 1, 5));
        alerts.observeReadings(1, {npu(5, NpuHealth::Ok, 3000)});
        QCOMPARE(cleared.size(), 1);
        QVERIFY(alerts.activeAlerts().isEmpty());
    }

    void memoryAboveThreshold_raises_clearsWithHysteresis()
    {
        AlertMonitor alerts;
        AlertRules rules;
        rules.hbmPercent = 80;
        alerts.setRules(rules);
        QSignalSpy raised(&alerts, &AlertMonitor::alertRaised);
        QSignalSpy cleared(&alerts, &AlertMonitor::alertCleared);
        alerts.observeReadings(0, {npu(2, NpuHealth::Ok, 0.85f * 65536)});
        QCOMPARE(raised.size(), 1);
        QCOMPARE(raised.at(0).at(0).value<Alert>().kind, Alert::Kind::MemoryHigh);
        alerts.observeReadings(0, {npu(2, NpuHealth::Ok, 0.79f * 65536)}); // within the hysteresis
        QCOMPARE(cleared.size(), 0);
        alerts.observeReadings(0, {npu(2, NpuHealth::Ok, 0.50f * 65536)});
        QCOMPARE(cleared.size(), 1);
    }

    void serverGap_raisesUntilNextReading()
    {
        AlertMonitor alerts;
        QSignalSpy raised(&alerts, &AlertMonitor::alertRaised);
        alerts.observeGap(3, 5000, QStringLiteral("connection lost"));
        alerts.observeGap(3, 6000, QStringLiteral("connection refused"));
        QCOMPARE(raised.size(), 1);
        QVERIFY(alerts.isActive(Alert::Kind::ServerSilent, 3));
        alerts.observeReadings(3, {npu(0, NpuHealth::Ok, 100)});
        QVERIFY(!alerts.isActive(Alert::Kind::ServerSilent, 3));
    }

    void serviceDown_raisesAndClears()
    {
        AlertMonitor alerts;
        QSignalSpy raised(&alerts, &AlertMonitor::alertRaised);
        ServiceMetrics down;
        down.error = QStringLiteral("Connection refused");
        alerts.observeService(down);
        QCOMPARE(raised.size(), 1);
        QVERIFY(raised.at(0).at(0).value<Alert>().message.contains(QStringLiteral("Connection refused")));
        ServiceMetrics up;
        up.up = true;
        alerts.observeService(up);
        QVERIFY(!alerts.isActive(Alert::Kind::ServiceDown));
    }
};

QTEST_GUILESS_MAIN(TestAlertMonitor)
#include "tst_alertmonitor.moc"
