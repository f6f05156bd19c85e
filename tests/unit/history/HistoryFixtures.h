#pragma once

#include "history/HistoryLocation.h"
#include "history/HistorySegments.h"
#include "monitor/NpuSample.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace HistoryFixtures {

using namespace AscendDeck;

// 2026-12-03 10:00:00 UTC: an hour and a day boundary, so that segment names are predictable.
inline qint64 t0()
{
    return QDateTime::fromString(QStringLiteral("2026-12-03T10:00:00Z"), Qt::ISODate).toMSecsSinceEpoch();
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
