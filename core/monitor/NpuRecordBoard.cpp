#include "NpuRecordBoard.h"

namespace AscendDeck {

void NpuRecordBoard::setRecords(int server, const QList<NpuRecord> &records)
{
    PrometheusExposition::Server &s = m_servers[server];
    s.up = true;
    s.records.clear();
    for (NpuRecord record : records) {
        record.server = s.server;
        record.host = s.host;
        m_known.insert({server, {record.npuId, record.chipId}}, record);
        s.records.append(record);
    }
}

QList<NpuRecord> NpuRecordBoard::setReadings(int server, const QList<NpuReading> &readings)
{
    QList<NpuRecord> records;
    for (const NpuReading &reading : readings) {
        NpuRecord record = m_known.value({server, {reading.npuId, reading.chipId}});
        record.npuId = reading.npuId;
        record.chipId = reading.chipId;
        record.sample = reading.sample;
        records.append(record);
    }
    setRecords(server, records);
    return m_servers.at(server).records;
}

void NpuRecordBoard::setDown(int server)
{
    m_servers[server].up = false;
}

} // namespace AscendDeck
