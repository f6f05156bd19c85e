#include "HistoryReader.h"

#include "history/HistoryAlertLog.h"
#include "history/HistoryCodec.h"
#include "history/HistoryLocation.h"
#include "history/SampleAggregate.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace AscendDeck {

namespace {
bool matches(int wanted, int id)
{
    return wanted < 0 || wanted == id;
}

void appendGap(QList<HistoryPoint> *points, qint64 timeMs)
{
    if (!points->isEmpty() && !points->constLast().isGap())
        points->append(HistoryPoint::gapAt(timeMs));
}

// Builds one series as its points are read, merging them into buckets of bucketMs from fromMs (0: keeps
// every point), so that a day of raw samples never sits in memory as a whole.
class SeriesBuilder
{
public:
    SeriesBuilder(HistorySeries series, qint64 fromMs, qint64 bucketMs)
        : m_series(std::move(series))
        , m_fromMs(fromMs)
        , m_bucketMs(bucketMs)
    {
    }
    void add(const HistoryPoint &p)
    {
        if (p.isGap()) {
            closeBucket();
            appendGap(&m_series.points, p.timeMs);
            return;
        }
        if (m_bucketMs <= 0) {
            m_series.points.append(p);
            return;
        }
        const qint64 index = (p.timeMs - m_fromMs) / m_bucketMs;
        if (index != m_bucketIndex)
            closeBucket();
        m_bucketIndex = index;
        m_bucket.add(p);
    }
    HistorySeries finish()
    {
        closeBucket();
        const auto byTime = [](const HistoryPoint &a, const HistoryPoint &b) { return a.timeMs < b.timeMs; };
        // The console's clock may have stepped back: keep the series in time order for the charts.
        if (!std::is_sorted(m_series.points.begin(), m_series.points.end(), byTime))
            std::stable_sort(m_series.points.begin(), m_series.points.end(), byTime);
        return std::move(m_series);
    }

private:
    void closeBucket()
    {
        if (!m_bucket.isEmpty())
            m_series.points.append(m_bucket.point());
        m_bucket.clear();
        m_bucketIndex = -1;
    }

    HistorySeries m_series;
    qint64 m_fromMs;
    qint64 m_bucketMs;
    SampleAggregate m_bucket;
    qint64 m_bucketIndex = -1;
};

qint64 bucketFor(qint64 fromMs, qint64 toMs, int maxPoints)
{
    return maxPoints > 0 ? qMax<qint64>(1, (toMs - fromMs + maxPoints) / maxPoints) : 0;
}

QByteArray figure(float value)
{
    return std::isnan(value) ? QByteArray() : QByteArray::number(static_cast<double>(value), 'f', 1);
}

// RFC 4180: a field holding a separator, quote or line break is quoted, its quotes doubled.
QByteArray quoted(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    const bool plain = std::none_of(utf8.begin(), utf8.end(), [](char c) { return c == ',' || c == '"' || c == '\n'; });
    return plain ? utf8 : '"' + QByteArray(utf8).replace('"', "\"\"") + '"';
}

QByteArray csvHeader(HistoryTier tier)
{
    QByteArray header = "time_ms,time_utc,server,npu,chip,";
    const char *names[] = {"hbm_used_mb", "hbm_total_mb", "aicore_percent", "temperature_c", "power_w"};
    if (tier == HistoryTier::Minute) {
        header += "samples,";
        for (const char *name : names)
            header += QByteArray(name) + "_min," + name + "_mean," + name + "_max,";
    } else {
        for (const char *name : names)
            header += QByteArray(name) + ',';
    }
    return header + "health,gap\n";
}

QByteArray csvLine(HistoryTier tier, const HistorySeries &series, const HistoryPoint &p)
{
    QByteArray line = QByteArray::number(p.timeMs) + ','
                      + QDateTime::fromMSecsSinceEpoch(p.timeMs, Qt::UTC).toString(Qt::ISODateWithMs).toUtf8() + ','
                      + quoted(series.server) + ',' + QByteArray::number(series.npuId) + ','
                      + QByteArray::number(series.chipId) + ',';
    if (tier == HistoryTier::Minute)
        line += QByteArray::number(p.count) + ',';
    for (const auto metric : SampleAggregate::metrics()) {
        if (tier == HistoryTier::Minute)
            line += figure(p.min.*metric) + ',' + figure(p.mean.*metric) + ',' + figure(p.max.*metric) + ',';
        else
            line += figure(p.mean.*metric) + ',';
    }
    return line + (p.isGap() ? QByteArray() : NpuSample::healthName(p.mean.health).toUtf8()) + ','
           + (p.isGap() ? "1" : "0") + '\n';
}
} // namespace

HistoryReader::HistoryReader(const QString &root, qint64 rawKeepMs, Clock clock)
    : m_root(root)
    , m_rawKeepMs(rawKeepMs)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{
}

QList<HistoryReader::ServerFolder> HistoryReader::serverFolders() const
{
    QList<ServerFolder> folders;
    const QDir root(m_root);
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        QFile file(root.filePath(name) + QLatin1Char('/') + HistoryLocation::serverNameFile());
        if (file.open(QIODevice::ReadOnly))
            folders << ServerFolder{QString::fromUtf8(file.readAll()), root.filePath(name)};
    }
    std::sort(folders.begin(), folders.end(), [](const ServerFolder &a, const ServerFolder &b) { return a.name < b.name; });
    return folders;
}

QStringList HistoryReader::servers() const
{
    QStringList names;
    for (const ServerFolder &folder : serverFolders())
        names << folder.name;
    return names;
}

HistoryTier HistoryReader::tierFor(const HistoryQuery &query) const
{
    if (query.tier != HistoryTier::Automatic)
        return query.tier;
    return query.fromMs >= m_clock() - m_rawKeepMs ? HistoryTier::Raw : HistoryTier::Minute;
}

QList<HistorySeries> HistoryReader::read(const HistoryQuery &query) const
{
    const HistoryTier tier = tierFor(query);
    QList<HistorySeries> all;
    for (const ServerFolder &folder : serverFolders()) {
        if (query.server.isEmpty() || query.server == folder.name)
            all += readServer(folder, tier, query);
    }
    return all;
}

qint64 HistoryReader::firstTimeMs() const
{
    qint64 first = -1;
    for (const ServerFolder &folder : serverFolders()) {
        for (HistoryTier tier : {HistoryTier::Raw, HistoryTier::Minute}) {
            const HistorySegments segments = HistorySegments::forTier(folder.path, tier);
            const QStringList paths = segments.allPaths();
            if (!paths.isEmpty()) {
                const qint64 start = segments.startOfPath(paths.constFirst());
                first = first < 0 ? start : qMin(first, start);
            }
        }
    }
    return first;
}

qint64 HistoryReader::diskBytes(HistoryTier tier) const
{
    qint64 bytes = 0;
    for (const ServerFolder &folder : serverFolders()) {
        for (const QString &path : HistorySegments::forTier(folder.path, tier).allPaths())
            bytes += QFileInfo(path).size();
    }
    return bytes;
}

QList<HistorySeries> HistoryReader::readServer(const ServerFolder &server, HistoryTier tier, const HistoryQuery &query) const
{
    std::vector<SeriesBuilder> builders;
    QHash<int, size_t> indexOf; // npu << 8 | chip
    const qint64 bucketMs = bucketFor(query.fromMs, query.toMs, query.maxPoints);
    const int size = HistoryCodec::recordSize(tier);
    const HistorySegments segments = HistorySegments::forTier(server.path, tier);
    for (const QString &path : segments.pathsOverlapping(query.fromMs, query.toMs)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue; // removed by the writer's retention meanwhile
        const QByteArray bytes = file.readAll();
        const qint64 start = HistoryCodec::readHeader(bytes, tier);
        if (start < 0)
            continue;
        for (qsizetype pos = HistoryCodec::kHeaderSize; pos + size <= bytes.size(); pos += size) {
            HistoryCodec::Record record;
            if (!HistoryCodec::decode(tier, bytes.constData() + pos, start, &record)) // damaged: skip it
                continue;
            const qint64 t = record.point.timeMs;
            if (t < query.fromMs || t > query.toMs)
                continue;
            if (record.npuId == HistoryCodec::kServerWide) {
                for (SeriesBuilder &builder : builders)
                    builder.add(record.point);
                continue;
            }
            if (!matches(query.npuId, record.npuId) || !matches(query.chipId, record.chipId))
                continue;
            const int key = record.npuId << 8 | record.chipId;
            auto it = indexOf.find(key);
            if (it == indexOf.end()) {
                it = indexOf.insert(key, builders.size());
                builders.emplace_back(HistorySeries{server.name, record.npuId, record.chipId, {}}, query.fromMs, bucketMs);
            }
            builders[*it].add(record.point);
        }
    }
    QList<HistorySeries> series;
    for (SeriesBuilder &builder : builders)
        series.append(builder.finish());
    std::sort(series.begin(), series.end(), [](const HistorySeries &a, const HistorySeries &b) {
        return std::make_pair(a.npuId, a.chipId) < std::make_pair(b.npuId, b.chipId);
    });
    return series;
}

QList<HistoryPoint> HistoryReader::downsample(const QList<HistoryPoint> &points, qint64 fromMs, qint64 toMs, int maxPoints)
{
    if (maxPoints <= 0 || points.size() <= maxPoints)
        return points;
    SeriesBuilder builder(HistorySeries(), fromMs, bucketFor(fromMs, toMs, maxPoints));
    for (const HistoryPoint &p : points)
        builder.add(p);
    return builder.finish().points;
}

QList<HistoryAlert> HistoryReader::readAlerts(qint64 fromMs, qint64 toMs) const
{
    return HistoryAlertLog(m_root).read(fromMs, toMs);
}

bool HistoryReader::exportCsv(QIODevice *device, const HistoryQuery &query, QString *error) const
{
    if (!device || !device->isWritable()) {
        if (error)
            *error = tr("the CSV destination is not writable");
        return false;
    }
    HistoryQuery all = query;
    all.maxPoints = 0;
    all.tier = tierFor(query);
    device->write(csvHeader(all.tier));
    for (const HistorySeries &series : read(all)) {
        for (const HistoryPoint &p : series.points)
            device->write(csvLine(all.tier, series, p));
    }
    return true;
}

QByteArray HistoryReader::toCsv(const HistoryQuery &query) const
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    exportCsv(&buffer, query);
    return out;
}

} // namespace AscendDeck
