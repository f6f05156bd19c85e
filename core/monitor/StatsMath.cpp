#include "StatsMath.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace AscendDeck::StatsMath {

double percentile(QList<double> values, double percent)
{
    if (values.isEmpty())
        return std::numeric_limits<double>::quiet_NaN();
    std::sort(values.begin(), values.end());
    const double rank = std::clamp(percent, 0.0, 100.0) / 100.0 * static_cast<double>(values.size() - 1);
    const auto lower = static_cast<qsizetype>(std::floor(rank));
    const auto upper = static_cast<qsizetype>(std::ceil(rank));
    const double fraction = rank - static_cast<double>(lower);
    return values.at(lower) + (values.at(upper) - values.at(lower)) * fraction;
}

double mean(const QList<double> &values)
{
    if (values.isEmpty())
        return std::numeric_limits<double>::quiet_NaN();
    return std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size());
}

double median(const QList<double> &values)
{
    return percentile(values, 50);
}

double stddev(const QList<double> &values)
{
    if (values.isEmpty())
        return std::numeric_limits<double>::quiet_NaN();
    const double m = mean(values);
    double sum = 0;
    for (double v : values)
        sum += (v - m) * (v - m);
    return std::sqrt(sum / static_cast<double>(values.size()));
}

std::optional<double> counterRate(double previous, double current, double seconds)
{
    if (!(seconds > 0) || !std::isfinite(previous) || !std::isfinite(current))
        return std::nullopt;
    const double increase = current >= previous ? current - previous : current;
    return increase / seconds;
}

std::optional<double> histogramQuantile(const QList<QPair<double, double>> &buckets, double quantile)
{
    if (buckets.isEmpty())
        return std::nullopt;
    const double total = buckets.last().second;
    if (!(total > 0))
        return std::nullopt;
    const double rank = std::clamp(quantile, 0.0, 1.0) * total;
    double lowerBound = 0;
    double lowerCount = 0;
    for (const auto &[bound, count] : buckets) {
        if (count >= rank) {
            if (std::isinf(bound))
                return lowerBound; // the highest finite bound: all we know
            const double inBucket = count - lowerCount;
            if (inBucket <= 0)
                return bound;
            return lowerBound + (bound - lowerBound) * (rank - lowerCount) / inBucket;
        }
        lowerBound = bound;
        lowerCount = count;
    }
    return lowerBound;
}

QList<QPair<double, double>> bucketDelta(const QList<QPair<double, double>> &previous,
                                         const QList<QPair<double, double>> &current)
{
    if (previous.size() != current.size())
        return current;
    QList<QPair<double, double>> delta;
    delta.reserve(current.size());
    for (qsizetype i = 0; i < current.size(); ++i) {
        if (previous.at(i).first != current.at(i).first || current.at(i).second < previous.at(i).second)
            return current;
        delta.append({current.at(i).first, current.at(i).second - previous.at(i).second});
    }
    return delta;
}

} // namespace AscendDeck::StatsMath
