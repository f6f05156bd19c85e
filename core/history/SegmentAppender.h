#pragma once

#include "history/HistoryQuery.h"
#include "history/HistorySegments.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>

namespace AscendDeck {

// Appends fixed-size records to the segment files of one tier of one server. Records are queued and
// written with one write() per flush; the current segment stays open between flushes. A segment opened
// for appending is first recovered: a torn tail (the console was killed mid-write) is cut back to the
// last record whose checksum matches, so that new records land on a record boundary.
class SegmentAppender
{
    Q_DECLARE_TR_FUNCTIONS(SegmentAppender)

public:
    SegmentAppender(const HistorySegments &segments, HistoryTier tier);

    const HistorySegments &segments() const { return m_segments; }
    // Queues a record of the segment starting at segmentStartMs; records of another segment are written
    // first. False (see errorString) when that write failed.
    bool add(qint64 segmentStartMs, const QByteArray &record);
    bool flush();
    void close();
    qint64 bytesWritten() const { return m_bytesWritten; }
    // True once after each new segment file was opened: the caller's cue to drop old segments.
    bool takeSegmentOpened();
    QString errorString() const { return m_error; }

    // Cuts a torn or garbage tail off a segment (and moves aside a file whose header is not a segment's
    // header, to path.bad). False only when the file cannot be changed.
    static bool recover(const QString &path, HistoryTier tier, QString *error = nullptr);

private:
    bool openSegment(qint64 segmentStartMs);

    HistorySegments m_segments;
    HistoryTier m_tier;
    QFile m_file;
    qint64 m_fileStartMs = -1;
    qint64 m_pendingStartMs = -1;
    QByteArray m_pending;
    qint64 m_bytesWritten = 0;
    bool m_segmentOpened = false;
    QString m_error;
};

} // namespace AscendDeck
