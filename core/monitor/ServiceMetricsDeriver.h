#pragma once

#include "engine/PrometheusMetrics.h"
#include "monitor/ServiceMetrics.h"

#include <QList>
#include <QPair>

#include <deque>

namespace AscendDeck {

// Turns successive /metrics scrapes into ServiceMetrics. Knows both vLLM's names (prefix "vllm:",
// kv_cache_usage_perc or the older gpu_cache_usage_perc) and MindIE's (no prefix, npu_cache_usage_perc).
// Series that differ only by label (finished_reason, one per data-parallel engine) are summed;
// the KV-cache use is their mean.
class ServiceMetricsDeriver
{
public:
    explicit ServiceMetricsDeriver(int latencyWindowSeconds = 60) : m_windowMs(latencyWindowSeconds * 1000LL) {}

    ServiceMetrics update(const PrometheusMetrics &metrics, qint64 timeMs);
    void reset() { m_history.clear(); }

    static ServiceMetrics::Flavor flavorOf(const PrometheusMetrics &metrics);
    // Sum over every sample named exactly name; empty when there is none.
    static std::optional<double> sum(const PrometheusMetrics &metrics, const QString &name);
    static std::optional<double> average(const PrometheusMetrics &metrics, const QString &name);
    // The named histogram with all its label sets merged, as (bound, cumulative count).
    static QList<QPair<double, double>> mergedBuckets(const PrometheusMetrics &metrics, const QString &name);

private:
    struct Snapshot
    {
        qint64 timeMs = 0;
        std::optional<double> prompt;
        std::optional<double> generation;
        QList<QPair<double, double>> ttft;
    };

    void deriveRates(const Snapshot &now, ServiceMetrics *out) const;
    void deriveLatency(const Snapshot &now, ServiceMetrics *out) const;

    qint64 m_windowMs;
    std::deque<Snapshot> m_history; // oldest first, spanning the latency window
};

} // namespace AscendDeck
