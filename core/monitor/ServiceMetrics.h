#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace AscendDeck {

// One scrape of the inference service's /metrics, reduced to what the monitor shows. Rates come from
// the counters' change since the previous scrape, latency quantiles from the histogram's change over
// the last minute; each is empty when it cannot be known yet (first scrape, no request in the window).
struct ServiceMetrics
{
    enum class Flavor { Unknown, Vllm, MindIe };

    qint64 timeMs = 0;
    bool up = false;
    QString error; // why the scrape failed when !up
    Flavor flavor = Flavor::Unknown;
    std::optional<double> promptTokensPerSecond;
    std::optional<double> generationTokensPerSecond;
    std::optional<double> requestsRunning;
    std::optional<double> requestsWaiting;
    std::optional<double> ttftP50Seconds;
    std::optional<double> ttftP95Seconds;
    std::optional<double> kvCacheUsage; // 0..1
    std::optional<double> requestsSucceeded; // the counter itself, since the engine started
};

} // namespace AscendDeck
