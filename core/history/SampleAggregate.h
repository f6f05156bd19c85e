#pragma once

#include "history/HistoryPoint.h"

#include <array>

namespace AscendDeck {

// Min, mean and max of each figure over a run of samples or points (a minute, a chart bucket), and the
// worst health. NaN figures (not reported) are left out of that figure's statistics only.
class SampleAggregate
{
public:
    static constexpr int kMetricCount = 5;
    // The figures an aggregate covers, in the order the minute records store them.
    static const std::array<float NpuSample::*, kMetricCount> &metrics();

    void add(const NpuSample &sample);
    // Adds an aggregate as count samples (a minute's mean weighs as much as its samples).
    void add(const HistoryPoint &point);
    bool isEmpty() const { return m_count == 0; }
    int count() const { return m_count; }
    qint64 firstMs() const { return m_firstMs; }
    HistoryPoint point() const;
    void clear() { *this = SampleAggregate(); }

private:
    struct Figure
    {
        float min = 0;
        float max = 0;
        double sum = 0;
        qint64 weight = 0;
    };
    void addFigure(Figure &figure, float min, float mean, float max, int weight);

    qint64 m_firstMs = 0;
    int m_count = 0;
    NpuHealth m_worst = NpuHealth::Unknown;
    std::array<Figure, kMetricCount> m_figures{};
};

} // namespace AscendDeck
