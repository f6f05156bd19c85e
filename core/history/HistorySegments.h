#pragma once

#include "history/HistoryQuery.h"

#include <QString>
#include <QStringList>

namespace AscendDeck {

// The segment files of one kind in one folder: each covers a fixed stretch of time (an hour of raw samples,
// a day of minutes or of alerts) and is named after its start in UTC, yyyyMMdd-HH plus the kind's suffix.
// Bounding the history is deleting whole files whose stretch has ended before the cutoff.
class HistorySegments
{
public:
    static constexpr qint64 kHourMs = 3600LL * 1000;
    static constexpr qint64 kDayMs = 24 * kHourMs;

    HistorySegments(const QString &directory, qint64 lengthMs, const QString &suffix);
    // serverDirectory/raw (an hour per file) or serverDirectory/minute (a day per file).
    static HistorySegments forTier(const QString &serverDirectory, HistoryTier tier);

    QString directory() const { return m_directory; }
    qint64 lengthMs() const { return m_lengthMs; }
    qint64 startOf(qint64 timeMs) const;
    QString pathFor(qint64 startMs) const;
    // Start of the segment a path names, or -1 when it is not one of these segments.
    qint64 startOfPath(const QString &path) const;
    // The segments holding any time in [fromMs, toMs], oldest first.
    QStringList pathsOverlapping(qint64 fromMs, qint64 toMs) const;
    QStringList allPaths() const;
    // Removes every segment that ended at or before cutoffMs; returns how many.
    int removeEndedBefore(qint64 cutoffMs) const;

private:
    qint64 startFromName(const QString &name) const;

    QString m_directory;
    qint64 m_lengthMs;
    QString m_suffix;
};

} // namespace AscendDeck
