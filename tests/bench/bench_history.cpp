// History benchmark: what the store costs beyond the live monitor's 1 Hz. Writes a synthetic day of one
// server (8 NPUs at 1 Hz, in 1 s batches as HistoryRecorder does) through HistoryWriter and 30 days of its
// minute records, then reads them back the way the charts do. Reports the writer's CPU per record, the
// size on disk per NPU-day of both tiers, and the read times (one server over 24 h raw and over 30 days
// of minutes, downsampled to 1000 points; CSV export of an hour). Figures, not pass/fail; the last line
// is the summary.
#include "history/HistoryCodec.h"
#include "history/HistoryLocation.h"
#include "history/HistoryReader.h"
#include "history/HistorySegments.h"
#include "history/HistoryWriter.h"
#include "history/SegmentAppender.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <time.h>

#include <cstdio>

using namespace AscendDeck;

namespace {
constexpr int kNpus = 8;
constexpr qint64 kDay = HistorySegments::kDayMs;
const QString kServer = QStringLiteral("root@10.0.0.1:22");

double threadCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

QList<NpuReading> secondOf(qint64 timeMs)
{
    QList<NpuReading> readings;
    for (int npu = 0; npu < kNpus; ++npu) {
        NpuReading r;
        r.npuId = npu;
        r.sample.timeMs = timeMs;
        r.sample.hbmUsedMb = static_cast<float>(30000 + (timeMs / 1000 + npu) % 30000);
        r.sample.hbmTotalMb = 65536;
        r.sample.aiCorePercent = static_cast<float>((timeMs / 1000) % 101);
        r.sample.temperatureC = 40 + static_cast<float>(npu);
        r.sample.powerW = 90.5f + static_cast<float>(npu);
        r.sample.health = NpuHealth::Ok;
        readings << r;
    }
    return readings;
}

// 30 days of minute records of one server, written straight to its minute segments.
void writeMinutes(const QString &root, qint64 fromMs, qint64 toMs)
{
    const HistorySegments segments = HistorySegments::forTier(
        root + QLatin1Char('/') + HistoryLocation::serverFolderName(kServer), HistoryTier::Minute);
    SegmentAppender appender(segments, HistoryTier::Minute);
    for (qint64 t = fromMs; t < toMs; t += 60000) {
        for (const NpuReading &r : secondOf(t)) {
            HistoryPoint p;
            p.timeMs = t;
            p.count = 60;
            p.min = p.mean = p.max = r.sample;
            appender.add(segments.startOf(t), HistoryCodec::encodeMinute(segments.startOf(t), r.npuId, 0, p));
        }
    }
    appender.flush();
}

double millisecondsToRead(const HistoryReader &reader, qint64 fromMs, qint64 toMs, int *points)
{
    HistoryQuery query;
    query.fromMs = fromMs;
    query.toMs = toMs;
    query.server = kServer;
    query.maxPoints = 1000;
    QElapsedTimer timer;
    timer.start();
    *points = 0;
    for (const HistorySeries &series : reader.read(query))
        *points += static_cast<int>(series.points.size());
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const qint64 end = (QDateTime::currentMSecsSinceEpoch() / kDay) * kDay;
    const qint64 start = end - kDay;
    HistoryWriter writer(dir.path(), HistoryLimits(), [end] { return end; });
    writer.open();
    const double cpu0 = threadCpuSeconds();
    for (qint64 t = start; t < end; t += 1000) {
        writer.addReadings(kServer, secondOf(t));
        writer.flush(); // one batch a second, as the recorder does
    }
    writer.close();
    const double writeCpu = threadCpuSeconds() - cpu0;
    const qint64 records = writer.stats().rawRecords;
    const qint64 rawDisk = HistoryReader(dir.path()).diskBytes(HistoryTier::Raw);
    const qint64 dayMinuteDisk = HistoryReader(dir.path()).diskBytes(HistoryTier::Minute);
    writeMinutes(dir.path(), end - 30 * kDay, start);

    const HistoryReader reader(dir.path(), kDay, [end] { return end; });
    int rawPoints = 0;
    int minutePoints = 0;
    const double rawMs = millisecondsToRead(reader, start, end - 1, &rawPoints);
    const double minuteMs = millisecondsToRead(reader, end - 30 * kDay, end - 1, &minutePoints);
    QByteArray csv;
    QBuffer buffer(&csv);
    buffer.open(QIODevice::WriteOnly);
    HistoryQuery hour;
    hour.fromMs = end - 3600 * 1000;
    hour.toMs = end - 1;
    QElapsedTimer csvTimer;
    csvTimer.start();
    reader.exportCsv(&buffer, hour);
    const double csvMs = static_cast<double>(csvTimer.nsecsElapsed()) / 1e6;

    printf("wrote %lld raw records (1 server x %d NPUs x 24 h at 1 Hz, flushed every second) in %.2f s of CPU: "
           "%.2f us per record, %.3f%% of one core at 1 Hz for 256 NPUs\n",
           static_cast<long long>(records), kNpus, writeCpu, 1e6 * writeCpu / static_cast<double>(records),
           100.0 * writeCpu / static_cast<double>(records) * 256);
    printf("history: per NPU-day on disk raw %.2f MB, minute %.1f KB (30 days of minutes %.2f MB per NPU); "
           "read 24 h raw of one server %.0f ms (%d points), 30 days of minutes %.0f ms (%d points), "
           "CSV of one hour (%lld bytes) %.0f ms\n",
           static_cast<double>(rawDisk) / kNpus / 1e6, static_cast<double>(dayMinuteDisk) / kNpus / 1e3,
           30.0 * static_cast<double>(dayMinuteDisk) / kNpus / 1e6, rawMs, rawPoints, minuteMs, minutePoints,
           static_cast<long long>(csv.size()), csvMs);
    return 0;
}
