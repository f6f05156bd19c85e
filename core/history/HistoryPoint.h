#pragma once

#include "monitor/NpuSample.h"

#include <QList>
#include <QString>

namespace AscendDeck {

// One point of a history chart: a raw sample (count 1, min = mean = max) or the aggregate of a minute or
// of a downsampling bucket. A gap point (count 0, figures NaN) marks where readings stopped, so that a
// chart breaks the line there. The health of mean is the worst health seen in the point.
struct HistoryPoint
{
    qint64 timeMs = 0; // the first sample's time
    int count = 0;     // samples aggregated
    NpuSample min;
    NpuSample mean;
    NpuSample max;

    bool isGap() const { return mean.gap; }
    static HistoryPoint gapAt(qint64 timeMs)
    {
        HistoryPoint p;
        p.timeMs = timeMs;
        p.min = p.mean = p.max = NpuSample::gapAt(timeMs);
        return p;
    }
};

// The points of one NPU chip of one server, oldest first.
struct HistorySeries
{
    QString server;
    int npuId = -1;
    int chipId = 0;
    QList<HistoryPoint> points;
};

} // namespace AscendDeck
