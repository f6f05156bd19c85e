#include "HistoryWriter.h"

#include "history/HistoryCodec.h"
#include "history/HistoryLocation.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

#include <utility>

namespace AscendDeck {

namespace {
constexpr qint64 kMinuteMs = 60 * 1000;

bool validNpu(int id)
{
    return id >= 0 && id < HistoryCodec::kServerWide;
}
} // namespace

HistoryWriter::Server::Server(const QString &dir)
    : directory(dir)
    , raw(HistorySegments::forTier(dir, HistoryTier::Raw), HistoryTier::Raw)
    , minute(HistorySegments::forTier(dir, HistoryTier::Minute), HistoryTier::Minute)
{
}

HistoryWriter::HistoryWriter(const QString &root, const HistoryLimits &limits, Clock clock)
    : m_root(root)
    , m_limits(limits)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
    , m_alerts(root)
{
}

HistoryWriter::~HistoryWriter()
{
    close();
}

QStringList HistoryWriter::serverDirectories() const
{
    QStringList dirs;
    const QDir root(m_root);
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (QFile::exists(root.filePath(name) + QLatin1Char('/') + HistoryLocation::serverNameFile()))
            dirs << root.filePath(name);
    }
    return dirs;
}

bool HistoryWriter::open()
{
    if (!QDir().mkpath(m_root)) {
        m_error = tr("cannot create the history folder %1").arg(m_root);
        return false;
    }
    bool ok = true;
    // Only the newest segment of each tier was being written when a run ended.
    for (const QString &dir : serverDirectories()) {
        for (HistoryTier tier : {HistoryTier::Raw, HistoryTier::Minute}) {
            const QStringList paths = HistorySegments::forTier(dir, tier).allPaths();
            if (!paths.isEmpty() && !SegmentAppender::recover(paths.constLast(), tier, &m_error))
                ok = false;
        }
    }
    if (!m_alerts.recover()) {
        m_error = m_alerts.errorString();
        ok = false;
    }
    prune();
    return ok;
}

HistoryWriter::Server *HistoryWriter::serverFor(const QString &name)
{
    auto it = m_servers.find(name);
    if (it != m_servers.end())
        return it->get();
    const QString dir = m_root + QLatin1Char('/') + HistoryLocation::serverFolderName(name);
    QFile nameFile(dir + QLatin1Char('/') + HistoryLocation::serverNameFile());
    if (!nameFile.exists()) {
        if (!QDir().mkpath(dir) || !nameFile.open(QIODevice::WriteOnly) || nameFile.write(name.toUtf8()) < 0) {
            m_error = tr("cannot create the history folder %1").arg(dir);
            return nullptr;
        }
    }
    return m_servers.insert(name, std::make_shared<Server>(dir))->get();
}

HistoryWriter::Series &HistoryWriter::seriesFor(Server &server, int npuId, int chipId)
{
    for (Series &s : server.series) {
        if (s.npuId == npuId && s.chipId == chipId)
            return s;
    }
    server.series.push_back(Series{npuId, chipId, -1, SampleAggregate()});
    return server.series.back();
}

void HistoryWriter::addRecord(SegmentAppender &appender, qint64 segmentStartMs, const QByteArray &record)
{
    if (!appender.add(segmentStartMs, record))
        m_error = appender.errorString();
}

void HistoryWriter::addReadings(const QString &server, const QList<NpuReading> &readings)
{
    Server *s = serverFor(server);
    if (!s)
        return;
    const HistorySegments &rawSegments = s->raw.segments();
    for (const NpuReading &r : readings) {
        if (!validNpu(r.npuId) || !validNpu(r.chipId) || r.sample.gap)
            continue;
        const qint64 start = rawSegments.startOf(r.sample.timeMs);
        addRecord(s->raw, start, HistoryCodec::encodeRaw(start, r.npuId, r.chipId, r.sample));
        ++m_stats.rawRecords;
        Series &series = seriesFor(*s, r.npuId, r.chipId);
        const qint64 minute = r.sample.timeMs / kMinuteMs;
        if (!series.aggregate.isEmpty() && minute != series.minute)
            closeMinute(*s, series);
        series.minute = minute;
        series.aggregate.add(r.sample);
    }
}

void HistoryWriter::closeMinute(Server &server, Series &series)
{
    if (series.aggregate.isEmpty())
        return;
    const HistoryPoint point = series.aggregate.point();
    const qint64 start = server.minute.segments().startOf(point.timeMs);
    addRecord(server.minute, start, HistoryCodec::encodeMinute(start, series.npuId, series.chipId, point));
    ++m_stats.minuteRecords;
    series.aggregate.clear();
}

void HistoryWriter::addGap(const QString &server, qint64 timeMs)
{
    Server *s = serverFor(server);
    if (!s)
        return;
    for (Series &series : s->series)
        closeMinute(*s, series);
    for (SegmentAppender *appender : {&s->raw, &s->minute}) {
        const HistoryTier tier = appender == &s->raw ? HistoryTier::Raw : HistoryTier::Minute;
        const qint64 start = appender->segments().startOf(timeMs);
        addRecord(*appender, start, HistoryCodec::encodeGap(tier, start, timeMs));
    }
}

bool HistoryWriter::addAlert(const HistoryAlert &alert)
{
    if (m_alerts.append(alert))
        return true;
    m_error = m_alerts.errorString();
    return false;
}

bool HistoryWriter::flush()
{
    bool ok = true;
    bool newSegment = false;
    qint64 bytes = 0;
    for (const auto &server : std::as_const(m_servers)) {
        for (SegmentAppender *appender : {&server->raw, &server->minute}) {
            if (!appender->flush()) {
                m_error = appender->errorString();
                ok = false;
            }
            newSegment = appender->takeSegmentOpened() || newSegment;
            bytes += appender->bytesWritten();
        }
    }
    m_stats.bytes = bytes;
    if (newSegment)
        prune(); // a new hour began: the oldest hour may now be past the limit
    return ok;
}

void HistoryWriter::close()
{
    for (const auto &server : std::as_const(m_servers)) {
        for (Series &series : server->series)
            closeMinute(*server, series);
    }
    flush();
    for (const auto &server : std::as_const(m_servers)) {
        server->raw.close();
        server->minute.close();
    }
}

int HistoryWriter::prune()
{
    const qint64 now = m_clock();
    int removed = 0;
    for (const QString &dir : serverDirectories()) {
        removed += HistorySegments::forTier(dir, HistoryTier::Raw).removeEndedBefore(now - m_limits.rawKeepMs);
        removed += HistorySegments::forTier(dir, HistoryTier::Minute).removeEndedBefore(now - m_limits.minuteKeepMs);
    }
    removed += m_alerts.segments().removeEndedBefore(now - m_limits.alertKeepMs);
    return removed;
}

} // namespace AscendDeck
