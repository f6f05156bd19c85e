#include "ServiceMetricsDeriver.h"

#include "engine/PrometheusTextParser.h"
#include "monitor/StatsMath.h"

#include <QMap>

#include <cmath>

namespace AscendDeck {

namespace {
QString prefixed(ServiceMetrics::Flavor flavor, const char *name)
{
    return (flavor == ServiceMetrics::Flavor::Vllm ? QStringLiteral("vllm:") : QString()) + QLatin1String(name);
}

template<typename T>
std::optional<T> firstOf(std::optional<T> a, std::optional<T> b)
{
    return a ? a : b;
}
} // namespace

ServiceMetrics::Flavor ServiceMetricsDeriver::flavorOf(const PrometheusMetrics &metrics)
{
    bool mindie = false;
    for (const PrometheusSample &s : metrics.samples) {
        if (s.name.startsWith(QLatin1String("vllm:")))
            return ServiceMetrics::Flavor::Vllm;
        mindie = mindie || s.name == QLatin1String("generation_tokens_total")
                 || s.name == QLatin1String("num_requests_running");
    }
    return mindie ? ServiceMetrics::Flavor::MindIe : ServiceMetrics::Flavor::Unknown;
}

std::optional<double> ServiceMetricsDeriver::sum(const PrometheusMetrics &metrics, const QString &name)
{
    std::optional<double> total;
    for (const PrometheusSample &s : metrics.samples) {
        if (s.name == name && std::isfinite(s.value))
            total = total.value_or(0) + s.value;
    }
    return total;
}

std::optional<double> ServiceMetricsDeriver::average(const PrometheusMetrics &metrics, const QString &name)
{
    double total = 0;
    int count = 0;
    for (const PrometheusSample &s : metrics.samples) {
        if (s.name == name && std::isfinite(s.value)) {
            total += s.value;
            ++count;
        }
    }
    return count > 0 ? std::optional<double>(total / count) : std::nullopt;
}

QList<QPair<double, double>> ServiceMetricsDeriver::mergedBuckets(const PrometheusMetrics &metrics, const QString &name)
{
    QMap<double, double> merged; // ordered by bound; +Inf sorts last
    const QList<PrometheusHistogram> histograms = PrometheusTextParser::histograms(metrics);
    for (const PrometheusHistogram &h : histograms) {
        if (h.name != name)
            continue;
        for (const auto &[bound, count] : h.buckets)
            merged[bound] += count;
    }
    QList<QPair<double, double>> buckets;
    for (auto it = merged.cbegin(); it != merged.cend(); ++it)
        buckets.append({it.key(), it.value()});
    return buckets;
}

ServiceMetrics ServiceMetricsDeriver::update(const PrometheusMetrics &metrics, qint64 timeMs)
{
    ServiceMetrics out;
    out.timeMs = timeMs;
    out.up = true;
    out.flavor = flavorOf(metrics);
    const auto f = out.flavor;
    out.requestsRunning = sum(metrics, prefixed(f, "num_requests_running"));
    out.requestsWaiting = sum(metrics, prefixed(f, "num_requests_waiting"));
    out.requestsSucceeded = sum(metrics, prefixed(f, "request_success_total"));
    out.kvCacheUsage = f == ServiceMetrics::Flavor::Vllm
                           ? firstOf(average(metrics, QStringLiteral("vllm:kv_cache_usage_perc")),
                                     average(metrics, QStringLiteral("vllm:gpu_cache_usage_perc")))
                           : average(metrics, QStringLiteral("npu_cache_usage_perc"));

    Snapshot now;
    now.timeMs = timeMs;
    now.prompt = sum(metrics, prefixed(f, "prompt_tokens_total"));
    now.generation = sum(metrics, prefixed(f, "generation_tokens_total"));
    now.ttft = mergedBuckets(metrics, prefixed(f, "time_to_first_token_seconds"));
    deriveRates(now, &out);
    deriveLatency(now, &out);

    m_history.push_back(now);
    while (m_history.size() > 1 && m_history.front().timeMs < timeMs - m_windowMs)
        m_history.pop_front();
    return out;
}

void ServiceMetricsDeriver::deriveRates(const Snapshot &now, ServiceMetrics *out) const
{
    if (m_history.empty())
        return;
    const Snapshot &previous = m_history.back();
    const double seconds = static_cast<double>(now.timeMs - previous.timeMs) / 1000.0;
    if (previous.prompt && now.prompt)
        out->promptTokensPerSecond = StatsMath::counterRate(*previous.prompt, *now.prompt, seconds);
    if (previous.generation && now.generation)
        out->generationTokensPerSecond = StatsMath::counterRate(*previous.generation, *now.generation, seconds);
}

void ServiceMetricsDeriver::deriveLatency(const Snapshot &now, ServiceMetrics *out) const
{
    // Over the window, not since the engine started: a latency regression must show within a minute.
    // The first scrape has no window yet and shows the cumulative figure.
    const QList<QPair<double, double>> buckets =
        m_history.empty() ? now.ttft : StatsMath::bucketDelta(m_history.front().ttft, now.ttft);
    out->ttftP50Seconds = StatsMath::histogramQuantile(buckets, 0.50);
    out->ttftP95Seconds = StatsMath::histogramQuantile(buckets, 0.95);
}

} // namespace AscendDeck
