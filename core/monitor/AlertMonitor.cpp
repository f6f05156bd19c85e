#include "AlertMonitor.h"

namespace AscendDeck {

AlertMonitor::AlertMonitor(QObject *parent)
    : QObject(parent)
{
}

QString AlertMonitor::serverName(int server) const
{
    return server >= 0 && server < m_names.size() ? m_names.at(server) : tr("server %1").arg(server + 1);
}

Alert AlertMonitor::make(Alert::Kind kind, int server, int npuId, int chipId, qint64 timeMs)
{
    Alert alert;
    alert.kind = kind;
    alert.server = server;
    alert.npuId = npuId;
    alert.chipId = chipId;
    alert.sinceMs = timeMs;
    return alert;
}

bool AlertMonitor::isActive(Alert::Kind kind, int server, int npuId, int chipId) const
{
    return m_active.contains(make(kind, server, npuId, chipId, 0).key());
}

void AlertMonitor::raise(Alert alert)
{
    const QString key = alert.key();
    if (m_active.contains(key))
        return;
    m_active.insert(key, alert);
    emit alertRaised(alert);
}

void AlertMonitor::clear(Alert::Kind kind, int server, int npuId, int chipId)
{
    const Alert cleared = m_active.take(make(kind, server, npuId, chipId, 0).key());
    if (!cleared.message.isEmpty())
        emit alertCleared(cleared);
}

void AlertMonitor::observeReadings(int server, const QList<NpuReading> &readings)
{
    clear(Alert::Kind::ServerSilent, server);
    for (const NpuReading &reading : readings)
        observeNpu(server, reading);
}

void AlertMonitor::observeNpu(int server, const NpuReading &reading)
{
    const NpuSample &s = reading.sample;
    if (s.isHealthy()) {
        clear(Alert::Kind::NpuUnhealthy, server, reading.npuId, reading.chipId);
    } else {
        Alert alert = make(Alert::Kind::NpuUnhealthy, server, reading.npuId, reading.chipId, s.timeMs);
        alert.severity = s.health == NpuHealth::Warning ? Alert::Severity::Warning : Alert::Severity::Critical;
        alert.message = tr("%1 NPU %2: health is %3").arg(serverName(server)).arg(reading.npuId).arg(NpuSample::healthName(s.health));
        raise(alert);
    }
    const float percent = s.hbmPercent();
    if (percent > m_rules.hbmPercent) {
        Alert alert = make(Alert::Kind::MemoryHigh, server, reading.npuId, reading.chipId, s.timeMs);
        alert.message = tr("%1 NPU %2: HBM %3% used (%4 of %5 MB), above %6%")
                            .arg(serverName(server))
                            .arg(reading.npuId)
                            .arg(static_cast<double>(percent), 0, 'f', 1)
                            .arg(static_cast<double>(s.hbmUsedMb), 0, 'f', 0)
                            .arg(static_cast<double>(s.hbmTotalMb), 0, 'f', 0)
                            .arg(m_rules.hbmPercent);
        raise(alert);
    } else if (percent < m_rules.hbmPercent - m_rules.hbmHysteresis) {
        clear(Alert::Kind::MemoryHigh, server, reading.npuId, reading.chipId);
    }
}

void AlertMonitor::observeGap(int server, qint64 timeMs, const QString &reason)
{
    Alert alert = make(Alert::Kind::ServerSilent, server, -1, 0, timeMs);
    alert.severity = Alert::Severity::Critical;
    alert.message = tr("%1 stopped answering: %2").arg(serverName(server), reason);
    raise(alert);
}

void AlertMonitor::observeService(const ServiceMetrics &metrics)
{
    if (metrics.up) {
        clear(Alert::Kind::ServiceDown, -1);
        return;
    }
    Alert alert = make(Alert::Kind::ServiceDown, -1, -1, 0, metrics.timeMs);
    alert.severity = Alert::Severity::Critical;
    alert.message = tr("the inference service is down: %1").arg(metrics.error);
    raise(alert);
}

} // namespace AscendDeck
