#include "SegmentAppender.h"

#include "history/HistoryCodec.h"

#include <QDir>

#include <utility>

namespace AscendDeck {

namespace {
// Number of whole records from the end of the file backwards whose checksums fail: the torn or foreign tail.
qint64 lastGoodRecordCount(QFile &file, HistoryTier tier, qint64 records)
{
    const int size = HistoryCodec::recordSize(tier);
    QByteArray record(size, Qt::Uninitialized);
    while (records > 0) {
        if (!file.seek(HistoryCodec::kHeaderSize + (records - 1) * size)
            || file.read(record.data(), size) != size)
            return records - 1;
        if (HistoryCodec::checksumMatches(record.constData(), size))
            break;
        --records;
    }
    return records;
}
} // namespace

SegmentAppender::SegmentAppender(const HistorySegments &segments, HistoryTier tier)
    : m_segments(segments)
    , m_tier(tier)
{
}

bool SegmentAppender::add(qint64 segmentStartMs, const QByteArray &record)
{
    bool ok = true;
    if (segmentStartMs != m_pendingStartMs && !m_pending.isEmpty())
        ok = flush();
    m_pendingStartMs = segmentStartMs;
    m_pending += record;
    return ok;
}

bool SegmentAppender::flush()
{
    if (m_pending.isEmpty())
        return true;
    const QByteArray bytes = std::exchange(m_pending, QByteArray());
    if (!openSegment(m_pendingStartMs))
        return false;
    if (m_file.write(bytes) != bytes.size() || !m_file.flush()) {
        m_error = tr("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString());
        // A partial write leaves a torn tail: recover it at the next open instead of appending after it.
        close();
        return false;
    }
    m_bytesWritten += bytes.size();
    return true;
}

void SegmentAppender::close()
{
    m_file.close();
    m_fileStartMs = -1;
}

bool SegmentAppender::takeSegmentOpened()
{
    return std::exchange(m_segmentOpened, false);
}

bool SegmentAppender::openSegment(qint64 segmentStartMs)
{
    if (m_file.isOpen() && m_fileStartMs == segmentStartMs)
        return true;
    close();
    const QString path = m_segments.pathFor(segmentStartMs);
    if (!QDir().mkpath(m_segments.directory()) || !recover(path, m_tier, &m_error))
        return false;
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        m_error = tr("cannot open %1: %2").arg(path, m_file.errorString());
        return false;
    }
    if (m_file.size() == 0) {
        const QByteArray header = HistoryCodec::header(m_tier, segmentStartMs);
        if (m_file.write(header) != header.size()) {
            m_error = tr("cannot write %1: %2").arg(path, m_file.errorString());
            close();
            return false;
        }
    }
    m_fileStartMs = segmentStartMs;
    m_segmentOpened = true;
    return true;
}

bool SegmentAppender::recover(const QString &path, HistoryTier tier, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadWrite)) {
        if (error)
            *error = tr("cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    const qint64 size = file.size();
    if (size < HistoryCodec::kHeaderSize)
        return file.resize(0); // killed while writing the header: nothing of value yet
    if (HistoryCodec::readHeader(file.read(HistoryCodec::kHeaderSize), tier) < 0) {
        file.close();
        QFile::remove(path + QStringLiteral(".bad"));
        return QFile::rename(path, path + QStringLiteral(".bad"));
    }
    const int recordSize = HistoryCodec::recordSize(tier);
    const qint64 records = lastGoodRecordCount(file, tier, (size - HistoryCodec::kHeaderSize) / recordSize);
    const qint64 end = HistoryCodec::kHeaderSize + records * recordSize;
    if (end != size && !file.resize(end)) {
        if (error)
            *error = tr("cannot truncate %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace AscendDeck
