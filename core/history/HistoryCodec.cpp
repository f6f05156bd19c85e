#include "HistoryCodec.h"

#include "history/SampleAggregate.h"

#include <QtEndian>

#include <array>
#include <cstring>

namespace AscendDeck {

namespace {
constexpr quint16 kVersion = 1;
constexpr quint8 kGapFlag = 0x80;
constexpr quint8 kHealthMask = 0x07;

std::array<quint32, 256> crcTable()
{
    std::array<quint32, 256> table{};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    return table;
}

// Appends little-endian fields to a record being built.
class RecordWriter
{
public:
    explicit RecordWriter(int size) { m_bytes.reserve(size); }
    void u8(int v) { m_bytes.append(static_cast<char>(static_cast<quint8>(v))); }
    void u16(quint16 v) { raw(qToLittleEndian(v)); }
    void u32(quint32 v) { raw(qToLittleEndian(v)); }
    void f32(float v)
    {
        quint32 bits = 0;
        std::memcpy(&bits, &v, sizeof bits);
        u32(bits);
    }
    QByteArray finish()
    {
        u32(HistoryCodec::crc32(m_bytes.constData(), m_bytes.size()));
        return m_bytes;
    }

private:
    template<typename T> void raw(T v) { m_bytes.append(reinterpret_cast<const char *>(&v), sizeof v); }
    QByteArray m_bytes;
};

quint32 u32At(const char *p)
{
    return qFromLittleEndian<quint32>(p);
}

float f32At(const char *p)
{
    const quint32 bits = u32At(p);
    float v = 0;
    std::memcpy(&v, &bits, sizeof v);
    return v;
}

quint8 flagsOf(const NpuSample &s)
{
    return static_cast<quint8>((static_cast<quint8>(s.health) & kHealthMask) | (s.gap ? kGapFlag : 0));
}

void applyFlags(quint8 flags, NpuSample *s)
{
    s->health = static_cast<NpuHealth>(qMin<int>(flags & kHealthMask, static_cast<int>(NpuHealth::Critical)));
    s->gap = (flags & kGapFlag) != 0;
}

quint32 offsetOf(qint64 segmentStartMs, qint64 timeMs)
{
    return static_cast<quint32>(qMax<qint64>(0, timeMs - segmentStartMs));
}
} // namespace

int HistoryCodec::recordSize(HistoryTier tier)
{
    return tier == HistoryTier::Minute ? kMinuteRecordSize : kRawRecordSize;
}

quint32 HistoryCodec::crc32(const char *data, qsizetype size)
{
    static const std::array<quint32, 256> table = crcTable();
    quint32 c = 0xFFFFFFFFu;
    for (qsizetype i = 0; i < size; ++i)
        c = table[(c ^ static_cast<quint8>(data[i])) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

QByteArray HistoryCodec::header(HistoryTier tier, qint64 segmentStartMs)
{
    QByteArray bytes("ADH");
    bytes.append(tier == HistoryTier::Minute ? 'M' : 'R');
    const quint16 version = qToLittleEndian(kVersion);
    const quint16 size = qToLittleEndian(static_cast<quint16>(recordSize(tier)));
    const qint64 start = qToLittleEndian(segmentStartMs);
    bytes.append(reinterpret_cast<const char *>(&version), 2);
    bytes.append(reinterpret_cast<const char *>(&size), 2);
    bytes.append(reinterpret_cast<const char *>(&start), 8);
    return bytes;
}

qint64 HistoryCodec::readHeader(const QByteArray &bytes, HistoryTier tier)
{
    if (bytes.size() < kHeaderSize || !bytes.startsWith(header(tier, 0).left(8)))
        return -1;
    return qFromLittleEndian<qint64>(bytes.constData() + 8);
}

QByteArray HistoryCodec::encodeRaw(qint64 segmentStartMs, int npuId, int chipId, const NpuSample &sample)
{
    RecordWriter w(kRawRecordSize);
    w.u32(offsetOf(segmentStartMs, sample.timeMs));
    w.u8(npuId);
    w.u8(chipId);
    w.u8(flagsOf(sample));
    for (const auto metric : SampleAggregate::metrics())
        w.f32(sample.*metric);
    return w.finish();
}

QByteArray HistoryCodec::encodeMinute(qint64 segmentStartMs, int npuId, int chipId, const HistoryPoint &point)
{
    RecordWriter w(kMinuteRecordSize);
    w.u32(offsetOf(segmentStartMs, point.timeMs));
    w.u8(npuId);
    w.u8(chipId);
    w.u8(flagsOf(point.mean));
    w.u16(static_cast<quint16>(qBound(0, point.count, 0xFFFF)));
    for (const auto metric : SampleAggregate::metrics()) {
        w.f32(point.min.*metric);
        w.f32(point.mean.*metric);
        w.f32(point.max.*metric);
    }
    return w.finish();
}

QByteArray HistoryCodec::encodeGap(HistoryTier tier, qint64 segmentStartMs, qint64 timeMs)
{
    if (tier == HistoryTier::Minute)
        return encodeMinute(segmentStartMs, kServerWide, 0, HistoryPoint::gapAt(timeMs));
    return encodeRaw(segmentStartMs, kServerWide, 0, NpuSample::gapAt(timeMs));
}

bool HistoryCodec::checksumMatches(const char *data, int size)
{
    return crc32(data, size - 4) == u32At(data + size - 4);
}

bool HistoryCodec::decode(HistoryTier tier, const char *data, qint64 segmentStartMs, Record *out)
{
    const int size = recordSize(tier);
    if (!checksumMatches(data, size))
        return false;
    const qint64 timeMs = segmentStartMs + u32At(data);
    out->npuId = static_cast<quint8>(data[4]);
    out->chipId = static_cast<quint8>(data[5]);
    HistoryPoint &p = out->point;
    p = HistoryPoint();
    p.timeMs = timeMs;
    NpuSample *samples[] = {&p.min, &p.mean, &p.max};
    for (NpuSample *s : samples) {
        s->timeMs = timeMs;
        applyFlags(static_cast<quint8>(data[6]), s);
    }
    const bool minute = tier == HistoryTier::Minute;
    p.count = p.mean.gap ? 0 : minute ? qFromLittleEndian<quint16>(data + 7) : 1;
    const char *figures = data + (minute ? 9 : 7);
    for (const auto metric : SampleAggregate::metrics()) {
        if (minute) {
            p.min.*metric = f32At(figures);
            p.mean.*metric = f32At(figures + 4);
            p.max.*metric = f32At(figures + 8);
            figures += 12;
        } else {
            p.min.*metric = p.mean.*metric = p.max.*metric = f32At(figures);
            figures += 4;
        }
    }
    return true;
}

} // namespace AscendDeck
