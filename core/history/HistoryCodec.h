#pragma once

#include "history/HistoryPoint.h"
#include "history/HistoryQuery.h"

#include <QByteArray>

namespace AscendDeck {

// The on-disk form of the history: each segment file starts with a 16-byte header (magic "ADH", the tier
// letter, format version, record size, the segment's start time) followed by fixed-size little-endian
// records, each ending in a CRC-32 of its bytes. Fixed sizes keep every record on a known boundary, so a
// torn tail is cut at the last whole record and a damaged record is skipped without losing its neighbours.
//   raw record (31 bytes):    u32 ms since segment start, u8 npu, u8 chip, u8 flags, 5 x f32, u32 crc
//   minute record (73 bytes): u32 ms since segment start, u8 npu, u8 chip, u8 flags, u16 samples,
//                             5 x (f32 min, f32 mean, f32 max), u32 crc
// flags: health in bits 0-2 (worst health for a minute), bit 7 a gap. A gap record has npu 255: the whole
// server stopped answering (or the console stopped recording) at that time.
class HistoryCodec
{
public:
    static constexpr int kHeaderSize = 16;
    static constexpr int kRawRecordSize = 31;
    static constexpr int kMinuteRecordSize = 73;
    static constexpr int kServerWide = 255;

    // A decoded record: the NPU it belongs to (kServerWide for a gap of the whole server) and its point.
    struct Record
    {
        int npuId = -1;
        int chipId = 0;
        HistoryPoint point;
    };

    static int recordSize(HistoryTier tier);
    static quint32 crc32(const char *data, qsizetype size);

    static QByteArray header(HistoryTier tier, qint64 segmentStartMs);
    // The segment start the header holds, or -1 when it is not a header of that tier and version.
    static qint64 readHeader(const QByteArray &bytes, HistoryTier tier);

    static QByteArray encodeRaw(qint64 segmentStartMs, int npuId, int chipId, const NpuSample &sample);
    static QByteArray encodeMinute(qint64 segmentStartMs, int npuId, int chipId, const HistoryPoint &point);
    static QByteArray encodeGap(HistoryTier tier, qint64 segmentStartMs, qint64 timeMs);
    // False when the checksum does not match (the record is damaged or not a record at all).
    static bool decode(HistoryTier tier, const char *data, qint64 segmentStartMs, Record *out);
    static bool checksumMatches(const char *data, int size);
};

} // namespace AscendDeck
