#include "SampleAggregate.h"

#include <cmath>
#include <limits>

namespace AscendDeck {

const std::array<float NpuSample::*, SampleAggregate::kMetricCount> &SampleAggregate::metrics()
{
    static const std::array<float NpuSample::*, kMetricCount> list = {
        &NpuSample::hbmUsedMb, &NpuSample::hbmTotalMb, &NpuSample::aiCorePercent, &NpuSample::temperatureC,
        &NpuSample::powerW};
    return list;
}

void SampleAggregate::add(const NpuSample &sample)
{
    HistoryPoint point;
    point.timeMs = sample.timeMs;
    point.count = 1;
    point.min = point.mean = point.max = sample;
    add(point);
}

void SampleAggregate::add(const HistoryPoint &point)
{
    if (point.isGap() || point.count <= 0)
        return;
    if (m_count == 0)
        m_firstMs = point.timeMs;
    m_count += point.count;
    // Unknown sorts below OK: a bucket with any real reading shows that reading's health.
    m_worst = qMax(m_worst, point.mean.health);
    for (int i = 0; i < kMetricCount; ++i) {
        const auto metric = metrics()[static_cast<size_t>(i)];
        addFigure(m_figures[static_cast<size_t>(i)], point.min.*metric, point.mean.*metric, point.max.*metric,
                  point.count);
    }
}

void SampleAggregate::addFigure(Figure &figure, float min, float mean, float max, int weight)
{
    if (std::isnan(mean))
        return;
    if (figure.weight == 0) {
        figure.min = min;
        figure.max = max;
    } else {
        figure.min = qMin(figure.min, min);
        figure.max = qMax(figure.max, max);
    }
    figure.sum += static_cast<double>(mean) * weight;
    figure.weight += weight;
}

HistoryPoint SampleAggregate::point() const
{
    HistoryPoint p;
    p.timeMs = m_firstMs;
    p.count = m_count;
    for (NpuSample *s : {&p.min, &p.mean, &p.max}) {
        s->timeMs = m_firstMs;
        s->health = m_worst;
    }
    for (int i = 0; i < kMetricCount; ++i) {
        const Figure &f = m_figures[static_cast<size_t>(i)];
        if (f.weight == 0)
            continue; // stays NaN
        const auto metric = metrics()[static_cast<size_t>(i)];
        p.min.*metric = f.min;
        p.mean.*metric = static_cast<float>(f.sum / static_cast<double>(f.weight));
        p.max.*metric = f.max;
    }
    return p;
}

} // namespace AscendDeck
