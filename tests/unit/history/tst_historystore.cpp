#include "HistoryFixtures.h"

#include "history/HistoryAlertLog.h"
#include "history/HistoryCodec.h"
#include "history/HistoryReader.h"
#include "history/HistoryWriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace AscendDeck;
using namespace HistoryFixtures;

namespace {
const QString kServer = QStringLiteral("root@10.0.0.1:22");
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;

HistoryQuery rawRange(qint64 from, qint64 to)
{
    HistoryQuery q;
    q.fromMs = from;
    q.toMs = to;
    q.tier = HistoryTier::Raw;
    return q;
}

// Writes npu 0 at t0, t0 + 1 s, ... with aiCore = i.
void writeSeconds(HistoryWriter &writer, int count, qint64 start = t0())
{
    for (int i = 0; i < count; ++i)
        writer.addReadings(kServer, {reading(0, start + i * 1000, 1000.0f + i, static_cast<float>(i), 40, 90)});
    writer.flush();
}

QList<float> aiCoreOf(const HistorySeries &series)
{
    QList<float> out;
    for (const HistoryPoint &p : series.points)
        out << p.mean.aiCorePercent;
    return out;
}

QList<float> minMeanMax(const HistoryPoint &p, float NpuSample::*figure)
{
    return {p.min.*figure, p.mean.*figure, p.max.*figure};
}

QList<float> firstSeconds(int count)
{
    QList<float> out;
    for (int i = 0; i < count; ++i)
        out << static_cast<float>(i);
    return out;
}

// A raw segment holding count seconds of npu 0, written and closed by a writer: its path.
QString segmentWithSeconds(const QString &root, int count)
{
    HistoryWriter writer(root);
    writeSeconds(writer, count);
    return rawPath(root, kServer, t0());
}

// How the CSV writes a time: ISO 8601 UTC with milliseconds.
QByteArray utcOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")).toLatin1();
}

void appendBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Append));
    file.write(bytes);
}
} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

private slots:
    void writeThenReopen_readsBackExactFigures()
    {
        QTemporaryDir dir;
        {
            HistoryWriter writer(dir.path());
            QVERIFY(writer.open());
            writer.addReadings(kServer, {reading(0, t0(), 1234.5f, 37, 45.5f, 93.4f),
                                         reading(1, t0(), 65000, 100, 71, 310.25f, NpuHealth::Critical)});
            writer.addReadings(kServer, {reading(0, t0() + 1000, 1300, 38, 46, 95)});
            QVERIFY(writer.flush());
            QCOMPARE(writer.stats().rawRecords, 3);
        }
        const HistoryReader reader(dir.path());
        QCOMPARE(reader.servers(), QStringList{kServer});
        const QList<HistorySeries> series = reader.read(rawRange(t0(), t0() + 10000));
        QCOMPARE(series.size(), 2);
        QCOMPARE(series[0].server, kServer);
        QCOMPARE(series[0].npuId, 0);
        QCOMPARE(series[0].points.size(), 2);
        const NpuSample &a = series[0].points[0].mean;
        QCOMPARE(a.timeMs, t0());
        QCOMPARE(a.hbmUsedMb, 1234.5f);
        QCOMPARE(a.hbmTotalMb, 65536.0f);
        QCOMPARE(a.aiCorePercent, 37.0f);
        QCOMPARE(a.temperatureC, 45.5f);
        QCOMPARE(a.powerW, 93.4f);
        QCOMPARE(a.health, NpuHealth::Ok);
        QCOMPARE(series[0].points[1].mean.timeMs, t0() + 1000);
        QCOMPARE(series[1].npuId, 1);
        QCOMPARE(series[1].points[0].mean.powerW, 310.25f);
        QCOMPARE(series[1].points[0].mean.health, NpuHealth::Critical);
    }

    void unreportedFigure_staysUnknown()
    {
        QTemporaryDir dir;
        NpuReading r = reading(0, t0(), 1, 2, 3, 4);
        r.sample.powerW = std::numeric_limits<float>::quiet_NaN();
        {
            HistoryWriter writer(dir.path());
            writer.addReadings(kServer, {r});
        }
        const QList<HistorySeries> series = HistoryReader(dir.path()).read(rawRange(t0(), t0()));
        QVERIFY(std::isnan(series.at(0).points.at(0).mean.powerW));
        QCOMPARE(series.at(0).points.at(0).mean.temperatureC, 3.0f);
    }

    void queryFilters_byServerNpuAndTime()
    {
        QTemporaryDir dir;
        {
            HistoryWriter writer(dir.path());
            for (int i = 0; i < 5; ++i) {
                writer.addReadings(kServer, {reading(0, t0() + i * 1000, 1, 1, 1, 1), reading(1, t0() + i * 1000, 2, 2, 2, 2)});
                writer.addReadings(QStringLiteral("other"), {reading(0, t0() + i * 1000, 3, 3, 3, 3)});
            }
        }
        HistoryQuery q = rawRange(t0() + 1000, t0() + 3000);
        q.server = kServer;
        q.npuId = 1;
        const QList<HistorySeries> series = HistoryReader(dir.path()).read(q);
        QCOMPARE(series.size(), 1);
        QCOMPARE(series[0].npuId, 1);
        QCOMPARE(series[0].points.size(), 3);
        QCOMPARE(series[0].points.first().timeMs, t0() + 1000);
        QCOMPARE(HistoryReader(dir.path()).read(rawRange(t0(), t0() + 5000)).size(), 3);
    }

    void tornTail_isCutAtTheLastWholeRecord()
    {
        QTemporaryDir dir;
        const QString path = segmentWithSeconds(dir.path(), 10);
        const qint64 whole = HistoryCodec::kHeaderSize + 10 * HistoryCodec::kRawRecordSize;
        QCOMPARE(QFileInfo(path).size(), whole);
        QVERIFY(QFile::resize(path, whole - 10)); // killed in the middle of the 10th record
        // A reader before any recovery sees the 9 whole records.
        QCOMPARE(aiCoreOf(HistoryReader(dir.path()).read(rawRange(t0(), t0() + kHour)).at(0)), firstSeconds(9));
        {
            HistoryWriter writer(dir.path());
            QVERIFY(writer.open());
            QCOMPARE(QFileInfo(path).size(), whole - HistoryCodec::kRawRecordSize);
            writeSeconds(writer, 1, t0() + 9000); // the lost second, appended on a record boundary
        }
        QCOMPARE(aiCoreOf(HistoryReader(dir.path()).read(rawRange(t0(), t0() + kHour)).at(0)), QList<float>(firstSeconds(9)) << 0.0f);
    }

    void garbageTail_isRemovedAndNewRecordsFollowTheGoodOnes()
    {
        QTemporaryDir dir;
        const QString path = segmentWithSeconds(dir.path(), 5);
        appendBytes(path, QByteArray(3 * HistoryCodec::kRawRecordSize + 7, '\x5a'));
        QCOMPARE(HistoryReader(dir.path()).read(rawRange(t0(), t0() + kHour)).at(0).points.size(), 5);
        {
            HistoryWriter writer(dir.path());
            QVERIFY(writer.open());
            QCOMPARE(QFileInfo(path).size(), HistoryCodec::kHeaderSize + 5 * HistoryCodec::kRawRecordSize);
            writeSeconds(writer, 2, t0() + 5000);
        }
        QCOMPARE(HistoryReader(dir.path()).read(rawRange(t0(), t0() + kHour)).at(0).points.size(), 7);
    }

    void damagedRecord_isSkippedAndItsNeighboursKept()
    {
        QTemporaryDir dir;
        const QString path = segmentWithSeconds(dir.path(), 10);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(HistoryCodec::kHeaderSize + 4 * HistoryCodec::kRawRecordSize + 9);
            file.write("\xff\xff", 2);
        }
        HistoryWriter writer(dir.path());
        QVERIFY(writer.open());
        QList<float> expected = firstSeconds(10);
        expected.removeAt(4);
        QCOMPARE(aiCoreOf(HistoryReader(dir.path()).read(rawRange(t0(), t0() + kHour)).at(0)), expected);
    }

    void foreignFile_isMovedAsideNotAppendedTo()
    {
        QTemporaryDir dir;
        const QString path = segmentWithSeconds(dir.path(), 1);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("not a history segment at all");
        }
        {
            HistoryWriter writer(dir.path());
            QVERIFY(writer.open());
            writeSeconds(writer, 2, t0() + 1000);
        }
        QVERIFY(QFile::exists(path + QStringLiteral(".bad")));
        QCOMPARE(aiCoreOf(HistoryReader(dir.path()).read(rawRange(t0(), t0() + kHour)).at(0)), firstSeconds(2));
    }

    void oldSegments_areRemovedBeyondTheLimits()
    {
        QTemporaryDir dir;
        const qint64 monthAgo = t0() - 31 * HistorySegments::kDayMs;
        qint64 now = monthAgo; // nothing is past the limits while writing
        const auto clock = [&now] { return now; };
        {
            HistoryWriter writer(dir.path(), HistoryLimits(), clock);
            QVERIFY(writer.open());
            writer.addReadings(kServer, {reading(0, monthAgo, 1, 1, 1, 1)});
            writer.addGap(kServer, monthAgo + 1000); // closes the minute: the minute tier gets it too
            writer.addReadings(kServer, {reading(0, t0(), 1, 1, 1, 1)});
            writer.addReadings(kServer, {reading(0, t0() + 3 * kHour, 1, 1, 1, 1)});
            HistoryAlert old;
            old.timeMs = monthAgo;
            QVERIFY(writer.addAlert(old));
            writer.flush();
        }
        const QString server = dir.path() + QLatin1Char('/') + HistoryLocation::serverFolderName(kServer);
        const HistorySegments raw = HistorySegments::forTier(server, HistoryTier::Raw);
        const HistorySegments minute = HistorySegments::forTier(server, HistoryTier::Minute);
        QCOMPARE(raw.allPaths().size(), 3);
        QCOMPARE(minute.allPaths().size(), 2);
        QCOMPARE(HistoryReader(dir.path()).firstTimeMs(), minute.startOf(monthAgo));

        now = t0() + 25 * kHour; // t0's hour ended 24 h ago; t0 + 3 h's did not
        HistoryWriter writer(dir.path(), HistoryLimits(), clock);
        QVERIFY(writer.open());
        QCOMPARE(raw.allPaths(), QStringList{raw.pathFor(t0() + 3 * kHour)});
        QCOMPARE(minute.allPaths(), QStringList{minute.pathFor(minute.startOf(t0()))});
        QVERIFY(HistoryAlertLog(dir.path()).segments().allPaths().isEmpty());
        QCOMPARE(HistoryReader(dir.path()).firstTimeMs(), minute.startOf(t0()));

        // Writing on past a new hour prunes without reopening.
        now = t0() + 28 * kHour;
        writer.addReadings(kServer, {reading(0, now, 1, 1, 1, 1)});
        writer.flush();
        QCOMPARE(raw.allPaths(), QStringList{raw.pathFor(now)});
    }

    void minuteAggregate_holdsMinMeanMaxAndWorstHealth()
    {
        QTemporaryDir dir;
        {
            HistoryWriter writer(dir.path());
            for (int i = 0; i < 60; ++i) {
                const NpuHealth health = i == 17 ? NpuHealth::Warning : NpuHealth::Ok;
                writer.addReadings(kServer, {reading(0, t0() + 500 + i * 1000, 100.0f + i, static_cast<float>(i),
                                                     i % 2 ? 50 : 40, 200, health)});
            }
            writer.addReadings(kServer, {reading(0, t0() + kMinute + 200, 7, 7, 7, 7)}); // next minute
            writer.flush();
            QCOMPARE(writer.stats().minuteRecords, 1);
            writer.addGap(kServer, t0() + kMinute + 30000);
            QCOMPARE(writer.stats().minuteRecords, 2);
        }
        HistoryQuery q = rawRange(t0(), t0() + 2 * kMinute);
        q.tier = HistoryTier::Minute;
        const QList<HistorySeries> series = HistoryReader(dir.path()).read(q);
        QCOMPARE(series.size(), 1);
        const QList<HistoryPoint> &points = series[0].points;
        QCOMPARE(points.size(), 3);
        const HistoryPoint &m = points[0];
        QCOMPARE(m.timeMs, t0() + 500);
        QCOMPARE(m.count, 60);
        QCOMPARE(minMeanMax(m, &NpuSample::aiCorePercent), (QList<float>{0, 29.5f, 59}));
        QCOMPARE(minMeanMax(m, &NpuSample::temperatureC), (QList<float>{40, 45, 50}));
        QCOMPARE(minMeanMax(m, &NpuSample::hbmUsedMb), (QList<float>{100, 129.5f, 159}));
        QCOMPARE(minMeanMax(m, &NpuSample::powerW), (QList<float>{200, 200, 200}));
        QCOMPARE(m.mean.health, NpuHealth::Warning);
        QCOMPARE(points[1].count, 1);
        QCOMPARE(points[1].mean.aiCorePercent, 7.0f);
        QVERIFY(points[2].isGap());
        QCOMPARE(points[2].timeMs, t0() + kMinute + 30000);
    }

    void automaticTier_usesMinutesBeyondTheRawWindow()
    {
        const qint64 now = t0();
        const HistoryReader reader(QStringLiteral("/nonexistent"), HistorySegments::kDayMs, [now] { return now; });
        HistoryQuery q;
        q.toMs = now;
        q.fromMs = now - 2 * kHour;
        QCOMPARE(reader.tierFor(q), HistoryTier::Raw);
        q.fromMs = now - 25 * kHour;
        QCOMPARE(reader.tierFor(q), HistoryTier::Minute);
        q.tier = HistoryTier::Raw;
        QCOMPARE(reader.tierFor(q), HistoryTier::Raw);
    }

    void downsample_boundsPointsAndKeepsPeaksAndGaps()
    {
        QList<HistoryPoint> points;
        for (int i = 0; i < 3600; ++i) {
            HistoryPoint p;
            p.timeMs = t0() + i * 1000;
            p.count = 1;
            p.min = p.mean = p.max = reading(0, p.timeMs, 1, i == 1234 ? 99.0f : 10.0f, 40, 90).sample;
            points << p;
        }
        points.insert(2000, HistoryPoint::gapAt(t0() + 1999500));
        const QList<HistoryPoint> out = HistoryReader::downsample(points, t0(), t0() + kHour - 1, 100);
        QVERIFY(out.size() <= 102); // 100 buckets, one split by the gap, plus the gap
        QVERIFY(out.size() >= 99);
        int gaps = 0;
        float peak = 0;
        int total = 0;
        for (const HistoryPoint &p : out) {
            gaps += p.isGap() ? 1 : 0;
            peak = qMax(peak, p.max.aiCorePercent);
            total += p.count;
        }
        QCOMPARE(gaps, 1);
        QCOMPARE(peak, 99.0f);
        QCOMPARE(total, 3600);
        QCOMPARE(out.first().count, 36);
        QCOMPARE(out.first().mean.aiCorePercent, 10.0f);
    }

    void csvExport_rawTier_isExact()
    {
        QTemporaryDir dir;
        {
            HistoryWriter writer(dir.path());
            writer.addReadings(QStringLiteral("lab,a"), {reading(0, t0(), 1234.5f, 37, 45, 93.4f)});
            writer.addReadings(QStringLiteral("lab,a"), {reading(0, t0() + 1000, 1300, 38, 46, 95, NpuHealth::Warning)});
            writer.addGap(QStringLiteral("lab,a"), t0() + 5000);
        }
        const QByteArray csv = HistoryReader(dir.path()).toCsv(rawRange(t0(), t0() + 10000));
        const QByteArray t = QByteArray::number(t0());
        const QByteArray t1 = QByteArray::number(t0() + 1000);
        const QByteArray t5 = QByteArray::number(t0() + 5000);
        const QByteArray utc = utcOf(t0()).left(17); // "yyyy-MM-ddTHH:mm:" (t0 is a whole hour)
        QCOMPARE(csv, "time_ms,time_utc,server,npu,chip,hbm_used_mb,hbm_total_mb,aicore_percent,temperature_c,power_w,health,gap\n"
                          + t + "," + utc + "00.000Z,\"lab,a\",0,0,1234.5,65536.0,37.0,45.0,93.4,OK,0\n"
                          + t1 + "," + utc + "01.000Z,\"lab,a\",0,0,1300.0,65536.0,38.0,46.0,95.0,Warning,0\n"
                          + t5 + "," + utc + "05.000Z,\"lab,a\",0,0,,,,,,,1\n");
    }

    void csvExport_minuteTier_isExact()
    {
        QTemporaryDir dir;
        {
            HistoryWriter writer(dir.path());
            writer.addReadings(kServer, {reading(3, t0(), 1000, 10, 40, 90)});
            writer.addReadings(kServer, {reading(3, t0() + 1000, 2000, 30, 50, 110)});
        } // closing writes the minute in progress
        HistoryQuery q = rawRange(t0(), t0() + kMinute);
        q.tier = HistoryTier::Minute;
        const QByteArray csv = HistoryReader(dir.path()).toCsv(q);
        QCOMPARE(csv, "time_ms,time_utc,server,npu,chip,samples,hbm_used_mb_min,hbm_used_mb_mean,hbm_used_mb_max,"
                      "hbm_total_mb_min,hbm_total_mb_mean,hbm_total_mb_max,aicore_percent_min,aicore_percent_mean,"
                      "aicore_percent_max,temperature_c_min,temperature_c_mean,temperature_c_max,power_w_min,"
                      "power_w_mean,power_w_max,health,gap\n"
                          + QByteArray::number(t0())
                          + "," + utcOf(t0()) + ",root@10.0.0.1:22,3,0,2,1000.0,1500.0,2000.0,65536.0,65536.0,"
                            "65536.0,10.0,20.0,30.0,40.0,45.0,50.0,90.0,100.0,110.0,OK,0\n");
    }

    void alerts_roundTripAndSurviveATornTail()
    {
        QTemporaryDir dir;
        HistoryAlert raised;
        raised.timeMs = t0() + 1500;
        raised.kind = Alert::Kind::MemoryHigh;
        raised.severity = Alert::Severity::Critical;
        raised.server = kServer;
        raised.npuId = 3;
        raised.chipId = 1;
        raised.message = QStringLiteral("NPU 3 的 HBM 已用 95%, on root@10.0.0.1");
        HistoryAlert cleared = raised;
        cleared.raised = false;
        cleared.timeMs = t0() + 60000;
        HistoryAlert service;
        service.timeMs = t0() + 2000;
        service.kind = Alert::Kind::ServiceDown;
        service.message = QStringLiteral("service down");
        {
            HistoryWriter writer(dir.path());
            QVERIFY(writer.addAlert(raised));
            QVERIFY(writer.addAlert(cleared));
            QVERIFY(writer.addAlert(service));
        }
        const QList<HistoryAlert> expected{raised, service, cleared};
        QCOMPARE(HistoryReader(dir.path()).readAlerts(t0(), t0() + kHour), expected);
        QCOMPARE(HistoryReader(dir.path()).readAlerts(t0() + 1600, t0() + kHour), (QList<HistoryAlert>{service, cleared}));

        const QString path = HistoryAlertLog(dir.path()).segments().allPaths().value(0);
        const qint64 whole = QFileInfo(path).size();
        appendBytes(path, HistoryAlertLog::encode(raised).left(20)); // killed mid-frame
        QCOMPARE(HistoryReader(dir.path()).readAlerts(t0(), t0() + kHour), expected);
        HistoryWriter writer(dir.path());
        QVERIFY(writer.open());
        QCOMPARE(QFileInfo(path).size(), whole);
        HistoryAlert later = service;
        later.timeMs = t0() + 90000;
        QVERIFY(writer.addAlert(later));
        QCOMPARE(HistoryReader(dir.path()).readAlerts(t0(), t0() + kHour), QList<HistoryAlert>(expected) << later);
    }

    void damagedAlertFrame_isSkipped()
    {
        HistoryAlert a;
        a.message = QStringLiteral("first");
        HistoryAlert b = a;
        b.message = QStringLiteral("second");
        QByteArray bytes = HistoryAlertLog::encode(a) + HistoryAlertLog::encode(b);
        bytes[14] = static_cast<char>(bytes[14] ^ 0x55); // inside the first payload
        const QList<HistoryAlert> alerts = HistoryAlertLog::decodeAll(bytes);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts[0].message, QStringLiteral("second"));
    }

    void projectKey_isStablePerPathAndDistinctAcrossFolders()
    {
        const QString a = HistoryLocation::projectKey(QStringLiteral("/home/lab/a/cluster.adproj"));
        QCOMPARE(a, HistoryLocation::projectKey(QStringLiteral("/home/lab/a/../a/cluster.adproj")));
        QVERIFY(a.startsWith(QStringLiteral("cluster-")));
        QVERIFY(a != HistoryLocation::projectKey(QStringLiteral("/home/lab/b/cluster.adproj")));
        QVERIFY(HistoryLocation::forProject(QStringLiteral("/x/y.adproj")).endsWith(QStringLiteral("/history/")
                                                                                    + HistoryLocation::projectKey(QStringLiteral("/x/y.adproj"))));
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
