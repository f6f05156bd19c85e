#pragma once

#include "history/HistoryLocation.h"
#include "history/HistorySegments.h"
#include "monitor/NpuSample.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace HistoryFixtures {

using namespace AscendDeck;

// An hour boundary a few hours ago (UTC), so that segment names are predictable, the raw tier (24 h) still
// covers it when the tests read it back, and nothing a test writes (t0 - 1 h to t0 + 3 h) crosses midnight.
// Computed once per run: a fixed date would fall out of the raw tier a day later.
inline qint64 t0()
{
    static const qint64 value = [] {
        constexpr qint64 hour = 3600 * 1000;
        constexpr qint64 day = 24 * hour;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        qint64 t = now / hour * hour - 4 * hour;
        if ((t - hour) / day != (t + 4 * hour) / day)
            t = (t + 4 * hour) / day * day - 5 * hour;
        return t;
    }();
    return value;
}

inline NpuReading reading(int npu, qint64 timeMs, float used, float aiCore, float temp, float power,
                          NpuHealth health = NpuHealth::Ok)
{
    NpuReading r;
    r.npuId = npu;
    r.chipId = 0;
    r.sample.timeMs = timeMs;
    r.sample.hbmUsedMb = used;
    r.sample.hbmTotalMb = 65536;
    r.sample.aiCorePercent = aiCore;
    r.sample.temperatureC = temp;
    r.sample.powerW = power;
    r.sample.health = health;
    return r;
}

inline QString rawPath(const QString &root, const QString &server, qint64 timeMs)
{
    const HistorySegments segments = HistorySegments::forTier(
        root + QLatin1Char('/') + HistoryLocation::serverFolderName(server), HistoryTier::Raw);
    return segments.pathFor(segments.startOf(timeMs));
}

} // namespace HistoryFixtures
