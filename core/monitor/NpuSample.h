#pragma once

#include <QString>
#include <QtGlobal>

#include <cmath>
#include <limits>

namespace AscendDeck {

enum class NpuHealth : quint8 { Unknown, Ok, Warning, Alarm, Critical };

// One reading of one NPU (one chip row pair of `npu-smi info`). Floats keep the sample at 32 bytes:
// 64 servers x 8 NPUs x 900 samples stay under 15 MB. A sample with gap set marks a period without
// readings (the server stopped answering); its figures are NaN so that charts break the line there.
struct NpuSample
{
    qint64 timeMs = 0; // console clock, ms since the epoch, when the block arrived
    float hbmUsedMb = std::numeric_limits<float>::quiet_NaN();
    float hbmTotalMb = std::numeric_limits<float>::quiet_NaN();
    float aiCorePercent = std::numeric_limits<float>::quiet_NaN();
    float temperatureC = std::numeric_limits<float>::quiet_NaN();
    float powerW = std::numeric_limits<float>::quiet_NaN();
    NpuHealth health = NpuHealth::Unknown;
    bool gap = false;

    // HBM used as a percentage of total, or NaN when either is unknown.
    float hbmPercent() const
    {
        return hbmTotalMb > 0 ? 100.0f * hbmUsedMb / hbmTotalMb : std::numeric_limits<float>::quiet_NaN();
    }
    bool isHealthy() const { return health == NpuHealth::Ok; }

    static NpuSample gapAt(qint64 timeMs)
    {
        NpuSample s;
        s.timeMs = timeMs;
        s.gap = true;
        return s;
    }
    static NpuHealth healthFromText(const QString &text);
    static QString healthName(NpuHealth health);
};

} // namespace AscendDeck

namespace AscendDeck {

// One NPU's reading as the sampler delivers it: which NPU/chip of the server, and the figures.
struct NpuReading
{
    int npuId = -1;
    int chipId = 0;
    NpuSample sample;
};

} // namespace AscendDeck
