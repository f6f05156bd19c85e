#include "ClusterSamples.h"

#include <QBuffer>
#include <QDateTime>
#include <QIODevice>

#include <cmath>

namespace AscendDeck {

namespace {
const SampleRing<NpuSample> kEmptyRing(1);

QByteArray number(float value)
{
    return std::isnan(value) ? QByteArray() : QByteArray::number(static_cast<double>(value), 'f', 1);
}

// Server names come from the user: quote them as RFC 4180 says when they hold a comma or quote.
QByteArray csvField(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n'))
        return utf8;
    return '"' + utf8.replace('"', "\"\"") + '"';
}
} // namespace

ClusterSamples::ClusterSamples(int capacity, QObject *parent)
    : QObject(parent)
    , m_capacity(qMax(2, capacity))
{
}

void ClusterSamples::setServers(const QStringList &names)
{
    m_servers.clear();
    m_servers.resize(static_cast<size_t>(names.size()));
    for (qsizetype i = 0; i < names.size(); ++i)
        m_servers[static_cast<size_t>(i)].name = names.at(i);
}

QString ClusterSamples::serverName(int server) const
{
    return validServer(server) ? m_servers[static_cast<size_t>(server)].name : QString();
}

int ClusterSamples::seriesCount(int server) const
{
    return validServer(server) ? static_cast<int>(m_servers[static_cast<size_t>(server)].series.size()) : 0;
}

int ClusterSamples::npuId(int server, int series) const
{
    return series < seriesCount(server) ? m_servers[static_cast<size_t>(server)].series[static_cast<size_t>(series)].npuId : -1;
}

int ClusterSamples::chipId(int server, int series) const
{
    return series < seriesCount(server) ? m_servers[static_cast<size_t>(server)].series[static_cast<size_t>(series)].chipId : -1;
}

const SampleRing<NpuSample> &ClusterSamples::ring(int server, int series) const
{
    if (series < 0 || series >= seriesCount(server))
        return kEmptyRing;
    return m_servers[static_cast<size_t>(server)].series[static_cast<size_t>(series)].ring;
}

std::optional<NpuSample> ClusterSamples::latest(int server, int series) const
{
    const SampleRing<NpuSample> &r = ring(server, series);
    if (r.isEmpty())
        return std::nullopt;
    return r.latest();
}

qint64 ClusterSamples::lastSampleMs(int server) const
{
    return validServer(server) ? m_servers[static_cast<size_t>(server)].lastSampleMs : 0;
}

bool ClusterSamples::isAnswering(int server) const
{
    return validServer(server) && m_servers[static_cast<size_t>(server)].answering;
}

qint64 ClusterSamples::sampleCount() const
{
    qint64 count = 0;
    for (const Server &s : m_servers) {
        for (const Series &series : s.series)
            count += series.ring.size();
    }
    return count;
}

ClusterSamples::Series &ClusterSamples::seriesFor(Server &server, int npuId, int chipId)
{
    for (Series &s : server.series) {
        if (s.npuId == npuId && s.chipId == chipId)
            return s;
    }
    server.series.push_back(Series{npuId, chipId, SampleRing<NpuSample>(m_capacity)});
    return server.series.back();
}

void ClusterSamples::addReadings(int server, const QList<NpuReading> &readings)
{
    if (!validServer(server) || readings.isEmpty())
        return;
    Server &s = m_servers[static_cast<size_t>(server)];
    for (const NpuReading &r : readings)
        seriesFor(s, r.npuId, r.chipId).ring.push(r.sample);
    s.lastSampleMs = readings.constFirst().sample.timeMs;
    s.answering = true;
    emit updated(server);
}

void ClusterSamples::addGap(int server, qint64 timeMs)
{
    if (!validServer(server))
        return;
    Server &s = m_servers[static_cast<size_t>(server)];
    s.answering = false;
    // One marker per outage, however many reconnect attempts fail meanwhile.
    for (Series &series : s.series) {
        if (series.ring.isEmpty() || !series.ring.latest().gap)
            series.ring.push(NpuSample::gapAt(timeMs));
    }
    emit updated(server);
}

void ClusterSamples::writeSeries(QIODevice *device, const Server &server, const Series &series) const
{
    const QByteArray prefix = csvField(server.name) + ',' + QByteArray::number(series.npuId) + ','
                              + QByteArray::number(series.chipId) + ',';
    for (int i = 0; i < series.ring.size(); ++i) {
        const NpuSample &s = series.ring.at(i);
        const QByteArray iso = QDateTime::fromMSecsSinceEpoch(s.timeMs, Qt::UTC).toString(Qt::ISODateWithMs).toUtf8();
        device->write(QByteArray::number(s.timeMs) + ',' + iso + ',' + prefix + number(s.hbmUsedMb) + ','
                      + number(s.hbmTotalMb) + ',' + number(s.aiCorePercent) + ',' + number(s.temperatureC) + ','
                      + number(s.powerW) + ',' + (s.gap ? QByteArray() : NpuSample::healthName(s.health).toUtf8())
                      + ',' + (s.gap ? "1" : "0") + '\n');
    }
}

bool ClusterSamples::exportCsv(QIODevice *device, QString *error) const
{
    if (!device || !device->isWritable()) {
        if (error)
            *error = tr("the CSV destination is not writable");
        return false;
    }
    device->write("time_ms,time_utc,server,npu,chip,hbm_used_mb,hbm_total_mb,aicore_percent,temperature_c,power_w,"
                  "health,gap\n");
    for (const Server &server : m_servers) {
        for (const Series &series : server.series)
            writeSeries(device, server, series);
    }
    return true;
}

QByteArray ClusterSamples::toCsv() const
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    exportCsv(&buffer);
    return out;
}

} // namespace AscendDeck
