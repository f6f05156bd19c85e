#pragma once

#include "monitor/NpuSample.h"

#include <QByteArray>
#include <QList>

namespace AscendDeck {

struct NpuSmiInfo;

// Cuts the endless output of the sampling loop (`npu-smi info` blocks, each followed by a marker line)
// into blocks, and turns a parsed block into per-NPU samples. Chunks arrive split anywhere, so partial
// blocks wait in the buffer for the rest.
class NpuStreamDecoder
{
public:
    static QByteArray marker() { return QByteArrayLiteral("@@END@@"); }

    // Appends a chunk and returns every block it completed (without the marker line).
    QList<QByteArray> feed(const QByteArray &chunk);
    void reset() { m_buffer.clear(); }

    // One reading per chip of the table; time is the console's clock at arrival.
    static QList<NpuReading> readings(const NpuSmiInfo &info, qint64 timeMs);

private:
    QByteArray m_buffer;
};

} // namespace AscendDeck
