#include "HistoryFixtures.h"

#include "history/HistoryRecorder.h"
#include "monitor/ClusterMonitor.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace AscendDeck;
using namespace HistoryFixtures;

namespace {
constexpr qint64 kHour = 3600 * 1000;

HistoryQuery everything()
{
    HistoryQuery q;
    q.fromMs = t0() - kHour;
    q.toMs = t0() + kHour;
    q.tier = HistoryTier::Raw;
    return q;
}

QList<SshTarget> twoServers()
{
    SshTarget a;
    a.host = QStringLiteral("10.0.0.1");
    a.user = QStringLiteral("root");
    a.port = 22;
    SshTarget b = a;
    b.host = QStringLiteral("10.0.0.2");
    return {a, b};
}
} // namespace

class TestHistoryRecorder : public QObject
{
    Q_OBJECT

private slots:
    void fedSamples_areWrittenInBatchesOffTheCallersThread()
    {
        QTemporaryDir dir;
        qint64 now = t0();
        HistoryRecorder recorder(dir.path(), HistoryLimits(), [&now] { return now; });
        recorder.setFlushInterval(60000); // only sync() flushes here
        for (int i = 0; i < 5; ++i)
            recorder.recordReadings(QStringLiteral("a"), {reading(0, t0() + i * 1000, 1, static_cast<float>(i), 40, 90),
                                                          reading(1, t0() + i * 1000, 1, 50, 40, 90)});
        QCOMPARE(recorder.stats().rawRecords, 0); // still queued
        recorder.sync();
        QCOMPARE(recorder.stats().rawRecords, 10);
        QCOMPARE(recorder.stats().bytes, 10 * 31); // records only, not the segments' headers
        const QList<HistorySeries> series = recorder.reader().read(everything());
        QCOMPARE(series.size(), 2);
        QCOMPARE(series[0].points.size(), 5);
        QCOMPARE(series[0].points[4].mean.aiCorePercent, 4.0f);
        QVERIFY(recorder.errorString().isEmpty());
    }

    void flushTimer_writesWithoutBeingAsked()
    {
        QTemporaryDir dir;
        HistoryRecorder recorder(dir.path());
        recorder.setFlushInterval(20);
        recorder.recordReadings(QStringLiteral("a"), {reading(0, t0(), 1, 2, 3, 4)});
        QTRY_COMPARE(recorder.stats().rawRecords, 1);
    }

    void destroyedRecorder_leavesTheMinuteInProgress()
    {
        QTemporaryDir dir;
        {
            HistoryRecorder recorder(dir.path());
            recorder.recordReadings(QStringLiteral("a"), {reading(0, t0(), 1, 10, 3, 4)});
            recorder.recordReadings(QStringLiteral("a"), {reading(0, t0() + 1000, 1, 20, 3, 4)});
        }
        HistoryQuery q = everything();
        q.tier = HistoryTier::Minute;
        const QList<HistorySeries> series = HistoryReader(dir.path()).read(q);
        QCOMPARE(series.size(), 1);
        QCOMPARE(series[0].points.size(), 1);
        QCOMPARE(series[0].points[0].count, 2);
        QCOMPARE(series[0].points[0].mean.aiCorePercent, 15.0f);
    }

    void attachedMonitor_recordsSamplesGapsAndAlertsByServerName()
    {
        QTemporaryDir dir;
        qint64 now = t0();
        ClusterMonitor monitor(nullptr, twoServers());
        HistoryRecorder recorder(dir.path(), HistoryLimits(), [&now] { return now; });
        recorder.attach(&monitor);
        now = t0() + 1000;
        emit monitor.sampler(1).sampled(1, {reading(0, t0() + 1000, 1, 10, 40, 90)});
        emit monitor.sampler(1).sampled(1, {reading(0, t0() + 2000, 1, 20, 40, 90, NpuHealth::Alarm)});
        emit monitor.sampler(1).gap(1, t0() + 3000, QStringLiteral("timeout"));
        now = t0() + 9000;
        emit monitor.sampler(1).sampled(1, {reading(0, t0() + 9000, 1, 30, 40, 90)});
        recorder.sync();

        const QString name = twoServers().at(1).displayName();
        HistoryQuery q = everything();
        q.server = name;
        const QList<HistorySeries> series = recorder.reader().read(q);
        QCOMPARE(series.size(), 1);
        QCOMPARE(series[0].server, name);
        const QList<HistoryPoint> &points = series[0].points;
        QCOMPARE(points.size(), 4); // 10, 20, the outage, 30
        QVERIFY(points[2].isGap());
        QCOMPARE(points[2].timeMs, t0() + 3000);
        QCOMPARE(points[3].mean.aiCorePercent, 30.0f);

        const QList<HistoryAlert> alerts = recorder.reader().readAlerts(t0(), t0() + kHour);
        QCOMPARE(alerts.size(), 4); // unhealthy and silent, raised and cleared
        QCOMPARE(alerts[0].kind, Alert::Kind::NpuUnhealthy);
        QCOMPARE(alerts[0].server, name);
        QCOMPARE(alerts[0].npuId, 0);
        QCOMPARE(alerts[0].timeMs, t0() + 2000);
        QVERIFY(alerts[0].raised);
        QCOMPARE(alerts[1].kind, Alert::Kind::ServerSilent);
        QCOMPARE(alerts[1].timeMs, t0() + 3000);
        QVERIFY(!alerts[2].raised);
        QVERIFY(!alerts[3].raised);
        QCOMPARE(alerts[3].timeMs, t0() + 9000);

        now = t0() + 9500;
        recorder.detach();
        emit monitor.sampler(1).sampled(1, {reading(0, t0() + 10000, 1, 40, 40, 90)});
        recorder.sync();
        QCOMPARE(recorder.reader().read(q).at(0).points.size(), 5); // the detach gap, not the sample after it
        QVERIFY(recorder.reader().read(q).at(0).points.last().isGap());
    }
};

QTEST_GUILESS_MAIN(TestHistoryRecorder)
#include "tst_historyrecorder.moc"
