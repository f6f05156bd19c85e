#pragma once

#include <QList>
#include <QPair>

#include <optional>

namespace AscendDeck {

// The arithmetic behind the monitor's and the load test's figures, kept pure for the unit tests.
namespace StatsMath {

// Linear interpolation between closest ranks, as numpy.percentile (what vLLM's benchmark uses), so
// that our p99 is comparable with theirs. percent in [0, 100]; NaN for an empty list.
double percentile(QList<double> values, double percent);
double mean(const QList<double> &values);
double median(const QList<double> &values);
double stddev(const QList<double> &values); // population, as numpy.std

// Per-second rate of a Prometheus counter between two scrapes. A smaller current value means the engine
// restarted (counters start again at 0): the rate is then taken from zero, as Prometheus' rate() does.
std::optional<double> counterRate(double previous, double current, double seconds);

// Prometheus' histogram_quantile(): buckets are (upper bound, cumulative count), ascending, the last one
// +Inf. Linear within the bucket; a quantile in the +Inf bucket answers the highest finite bound. Empty
// optional when the histogram holds no observation.
std::optional<double> histogramQuantile(const QList<QPair<double, double>> &buckets, double quantile);

// current - previous, bucket by bucket (both cumulative, same bounds): the observations in between.
// When the bounds differ or a count went down (engine restart) the current histogram is returned.
QList<QPair<double, double>> bucketDelta(const QList<QPair<double, double>> &previous,
                                         const QList<QPair<double, double>> &current);

} // namespace StatsMath

} // namespace AscendDeck
