#include "NpuStreamDecoder.h"

#include "ascend/NpuSmiInfo.h"

namespace AscendDeck {

namespace {
// A block of 16 NPUs with processes is ~6 KB; a buffer this large means the marker never comes (the
// loop is not ours, or the tool hangs printing): drop it rather than grow without bound.
constexpr qsizetype kMaxBuffer = 1 << 20;

float toFloat(const std::optional<double> &value)
{
    return value ? static_cast<float>(*value) : std::numeric_limits<float>::quiet_NaN();
}

float toFloat(const std::optional<qint64> &value)
{
    return value ? static_cast<float>(*value) : std::numeric_limits<float>::quiet_NaN();
}
} // namespace

QList<QByteArray> NpuStreamDecoder::feed(const QByteArray &chunk)
{
    m_buffer += chunk;
    QList<QByteArray> blocks;
    const QByteArray line = marker() + '\n';
    qsizetype at = 0;
    while ((at = m_buffer.indexOf(line)) >= 0) {
        blocks.append(m_buffer.left(at));
        m_buffer.remove(0, at + line.size());
    }
    if (m_buffer.size() > kMaxBuffer)
        m_buffer.clear();
    return blocks;
}

QList<NpuReading> NpuStreamDecoder::readings(const NpuSmiInfo &info, qint64 timeMs)
{
    QList<NpuReading> result;
    result.reserve(info.chips.size());
    for (const NpuChip &chip : info.chips) {
        NpuReading reading;
        reading.npuId = chip.npuId;
        reading.chipId = qMax(0, chip.chipId);
        NpuSample &s = reading.sample;
        s.timeMs = timeMs;
        // 310P has no HBM column: its DDR ("Memory-Usage") is the device memory then.
        s.hbmUsedMb = toFloat(chip.hbmUsedMb ? chip.hbmUsedMb : chip.memoryUsedMb);
        s.hbmTotalMb = toFloat(chip.hbmTotalMb ? chip.hbmTotalMb : chip.memoryTotalMb);
        s.aiCorePercent = toFloat(chip.aiCorePercent);
        s.temperatureC = toFloat(chip.temperatureC);
        s.powerW = toFloat(chip.powerW);
        s.health = NpuSample::healthFromText(chip.health);
        result.append(reading);
    }
    return result;
}

} // namespace AscendDeck
