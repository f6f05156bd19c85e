#pragma once

#include "loadtest/LoadTestConfig.h"
#include "loadtest/RequestTiming.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

namespace AscendDeck {

// Mean, median, spread and tail of one latency, in milliseconds.
struct LatencyStats
{
    double mean = 0;
    double median = 0;
    double stddev = 0;
    double p75 = 0;
    double p90 = 0;
    double p95 = 0; // not in vLLM's default report, but what latency targets (SLOs) are usually set on
    double p99 = 0;

    static LatencyStats of(const QList<double> &seconds);
};

// The figures of vLLM's `bench serve` (and its JSON key names, so existing scripts read ours), from the
// per-request timings. TPOT per request = (E2EL - TTFT) / (output tokens - 1), over requests with more
// than one output token; ITL pools every gap between chunks of every request.
struct LoadTestReport
{
    Q_DECLARE_TR_FUNCTIONS(LoadTestReport)

public:
    LoadTestConfig config;
    int completed = 0;
    int failed = 0;
    double duration = 0; // seconds, first request sent to last one finished
    qint64 totalInputTokens = 0;
    qint64 totalOutputTokens = 0;
    double requestThroughput = 0; // completed requests per second
    double outputThroughput = 0;  // output tokens per second
    double totalTokenThroughput = 0;
    int peakConcurrency = 0;
    int warmupCompleted = 0; // the warm-up's requests, not in any other figure
    int warmupFailed = 0;
    LatencyStats ttft;
    LatencyStats tpot;
    LatencyStats itl;
    LatencyStats e2el;
    QList<RequestTiming> requests;
    QStringList errors; // distinct failure messages

    static LoadTestReport compute(const LoadTestConfig &config, const QList<RequestTiming> &timings, double duration,
                                  int peakConcurrency);
    // The benchmark's result keys, sorted (as earlier releases wrote them).
    nlohmann::json toJson() const;
    // toJson() as the report file holds it: indented by four spaces, ending in a newline.
    QByteArray toJsonText() const;
    // The human table, like the benchmark's "Serving Benchmark Result".
    QString toText() const;
};

} // namespace AscendDeck
