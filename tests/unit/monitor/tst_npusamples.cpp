#include "MonitorFixtures.h"

#include "ascend/NpuSmiInfoParser.h"
#include "monitor/ClusterSamples.h"
#include "monitor/NpuSampler.h"
#include "monitor/NpuStreamDecoder.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace AscendDeck;

namespace {
QByteArray realBlock()
{
    return MonitorFixtures::read(
        QStringLiteral("ascend/npu-smi-info_910B3_8npu_npu-smi-24.1.rc2.1_loaded-aicore_vllm-ascend-issue.txt"));
}

NpuReading reading(int npu, qint64 timeMs, float hbmUsed)
{
    NpuReading r;
    r.npuId = npu;
    r.sample.timeMs = timeMs;
    r.sample.hbmUsedMb = hbmUsed;
    r.sample.hbmTotalMb = 65536;
    r.sample.health = NpuHealth::Ok;
    return r;
}
} // namespace

class TestNpuSamples : public QObject
{
    Q_OBJECT

private slots:
    void decoder_splitsBlocksAcrossChunkBoundaries()
    {
        const QByteArray stream = realBlock() + "@@END@@\n" + realBlock() + "@@END@@\n" + "| partial";
        NpuStreamDecoder decoder;
        QList<QByteArray> blocks;
        for (qsizetype at = 0; at < stream.size(); at += 97) // chunks cut anywhere, also inside the marker
            blocks += decoder.feed(stream.mid(at, 97));
        QCOMPARE(blocks.size(), 2);
        QCOMPARE(blocks.at(0), realBlock());
    }

    void readings_fromRealTable()
    {
        const NpuSmiInfo info = NpuSmiInfoParser::parse(realBlock());
        const QList<NpuReading> readings = NpuStreamDecoder::readings(info, 42);
        QCOMPARE(readings.size(), 8);
        const NpuReading &first = readings.at(0);
        QCOMPARE(first.npuId, 0);
        QCOMPARE(first.sample.timeMs, 42);
        QCOMPARE(first.sample.hbmUsedMb, 57895.0f);
        QCOMPARE(first.sample.hbmTotalMb, 65536.0f);
        QCOMPARE(first.sample.aiCorePercent, 10.0f);
        QCOMPARE(first.sample.temperatureC, 40.0f);
        QCOMPARE(first.sample.powerW, 121.6f);
        QCOMPARE(first.sample.health, NpuHealth::Ok);
        QVERIFY(!first.sample.gap);
    }

    void streamCommand_isOneQuotedShellLoop()
    {
        const RemoteCommand command = NpuSampler::streamCommand({});
        QCOMPARE(command.argv.size(), 3);
        QCOMPARE(command.argv.at(2), QStringLiteral("while :; do sleep 1 & npu-smi info; echo @@END@@; wait; done"));
        QCOMPARE(command.timeoutMs, 0);
        QCOMPARE(command.commandLine(QStringLiteral("root")),
                 QStringLiteral("sh -c 'while :; do sleep 1 & npu-smi info; echo @@END@@; wait; done'"));
        // The whole loop under one sudo on a non-root login.
        QCOMPARE(command.privilege, RemotePrivilege::Root);
        QCOMPARE(command.commandLine(QStringLiteral("admin")),
                 QStringLiteral("sudo -S -p '' -- sh -c 'while :; do sleep 1 & npu-smi info; echo @@END@@; wait; done'"));
    }

    void clusterSamples_ringPerNpu_boundedAndGapOncePerOutage()
    {
        ClusterSamples samples(3);
        samples.setServers({QStringLiteral("a"), QStringLiteral("b")});
        QSignalSpy updated(&samples, &ClusterSamples::updated);
        for (int t = 1; t <= 5; ++t)
            samples.addReadings(1, {reading(0, t * 1000, 1000.0f * t), reading(1, t * 1000, 2)});
        QCOMPARE(updated.size(), 5);
        QCOMPARE(samples.seriesCount(1), 2);
        QCOMPARE(samples.ring(1, 0).size(), 3);
        QCOMPARE(samples.latest(1, 0)->hbmUsedMb, 5000.0f);
        QCOMPARE(samples.lastSampleMs(1), 5000);
        QVERIFY(samples.isAnswering(1));
        samples.addGap(1, 6000);
        samples.addGap(1, 7000); // a failed reconnect: still the same outage
        QVERIFY(!samples.isAnswering(1));
        QVERIFY(samples.latest(1, 0)->gap);
        QVERIFY(std::isnan(samples.latest(1, 0)->hbmUsedMb));
        QCOMPARE(samples.ring(1, 0).at(1).timeMs, 5000);
        samples.addReadings(1, {reading(0, 8000, 1), reading(1, 8000, 1)});
        QVERIFY(samples.isAnswering(1));
        QCOMPARE(samples.seriesCount(0), 0);
    }

    void clusterSamples_csv()
    {
        ClusterSamples samples(10);
        samples.setServers({QStringLiteral("srv,1")});
        samples.addReadings(0, {reading(3, 1700000000000, 1234)});
        samples.addGap(0, 1700000001000);
        const QList<QByteArray> lines = samples.toCsv().split('\n');
        QCOMPARE(lines.at(0), QByteArray("time_ms,time_utc,server,npu,chip,hbm_used_mb,hbm_total_mb,aicore_percent,"
                                         "temperature_c,power_w,health,gap"));
        QCOMPARE(lines.at(1), QByteArray("1700000000000,2023-11-14T22:13:20.000Z,\"srv,1\",3,0,1234.0,65536.0,,,,OK,0"));
        QCOMPARE(lines.at(2), QByteArray("1700000001000,2023-11-14T22:13:21.000Z,\"srv,1\",3,0,,,,,,,1"));
    }
};

QTEST_GUILESS_MAIN(TestNpuSamples)
#include "tst_npusamples.moc"
