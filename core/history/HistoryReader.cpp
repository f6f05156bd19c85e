#include "HistoryReader.h"

#include "history/HistoryAlertLog.h"
#include "history/HistoryCodec.h"
#include "history/HistoryLocation.h"
#include "history/SampleAggregate.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>

#include <algorithm>
#include <cmath>

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
    if (query.maxPoints > 0) {
        for (HistorySeries &series : all)
            series.points = downsample(series.points, query.fromMs, query.toMs, query.maxPoints);
    }
    return all;
}

QList<HistorySeries> HistoryReader::readServer(const ServerFolder &server, HistoryTier tier, const HistoryQuery &query) const
{
    QList<HistorySeries> series;
    QHash<int, qsizetype> indexOf; // npu << 8 | chip
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
                for (HistorySeries &s : series)
                    appendGap(&s.points, t);
                continue;
            }
            if (!matches(query.npuId, record.npuId) || !matches(query.chipId, record.chipId))
                continue;
            const int key = record.npuId << 8 | record.chipId;
            auto it = indexOf.find(key);
            if (it == indexOf.end()) {
                it = indexOf.insert(key, series.size());
                series.append(HistorySeries{server.name, record.npuId, record.chipId, {}});
            }
            series[*it].points.append(record.point);
        }
    }
    const auto byTime = [](const HistoryPoint &a, const HistoryPoint &b) { return a.timeMs < b.timeMs; };
    for (HistorySeries &s : series) {
        // The console's clock may have stepped back: keep each series in time order for the charts.
        if (!std::is_sorted(s.points.begin(), s.points.end(), byTime))
            std::stable_sort(s.points.begin(), s.points.end(), byTime);
    }
    std::sort(series.begin(), series.end(), [](const HistorySeries &a, const HistorySeries &b) {
        return std::make_pair(a.npuId, a.chipId) < std::make_pair(b.npuId, b.chipId);
    });
    return series;
}

QList<HistoryPoint> HistoryReader::downsample(const QList<HistoryPoint> &points, qint64 fromMs, qint64 toMs, int maxPoints)
{
    if (maxPoints <= 0 || points.size() <= maxPoints)
        return points;
    const qint64 bucketMs = qMax<qint64>(1, (toMs - fromMs + maxPoints) / maxPoints);
    QList<HistoryPoint> out;
    out.reserve(maxPoints + 8);
    SampleAggregate bucket;
    qint64 bucketIndex = -1;
    for (const HistoryPoint &p : points) {
        const qint64 index = (p.timeMs - fromMs) / bucketMs;
        if (!bucket.isEmpty() && (p.isGap() || index != bucketIndex)) {
            out.append(bucket.point());
            bucket.clear();
        }
        if (p.isGap()) {
            appendGap(&out, p.timeMs);
            continue;
        }
        bucketIndex = index;
        bucket.add(p);
    }
    if (!bucket.isEmpty())
        out.append(bucket.point());
    return out;
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
