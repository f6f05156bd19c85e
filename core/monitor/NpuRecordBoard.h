#pragma once

#include "monitor/NpuRecord.h"
#include "monitor/PrometheusExposition.h"

#include <QHash>
#include <QList>
#include <QPair>

namespace AscendDeck {

// The latest sample of every NPU of every server, for `monitor --listen`: fed by the first blocking sample
// (NpuSnapshot, which knows each chip's model and memory kind) and then by NpuSampler's readings, which carry
// the figures only: a reading takes the model and memory kind its chip had in an earlier record.
class NpuRecordBoard
{
public:
    // index-aligned with the servers' indexes the samplers use.
    void setServers(const QList<PrometheusExposition::Server> &servers) { m_servers = servers; }
    int serverCount() const { return static_cast<int>(m_servers.size()); }
    const PrometheusExposition::Server &server(int index) const { return m_servers.at(index); }

    void setRecords(int server, const QList<NpuRecord> &records);
    // The records these readings make (also stored as the server's latest sample).
    QList<NpuRecord> setReadings(int server, const QList<NpuReading> &readings);
    void setDown(int server);

    QByteArray exposition() const { return PrometheusExposition::text(m_servers); }

private:
    QList<PrometheusExposition::Server> m_servers;
    QHash<QPair<int, QPair<int, int>>, NpuRecord> m_known; // (server, (npu, chip)) -> static facts of the chip
};

} // namespace AscendDeck
