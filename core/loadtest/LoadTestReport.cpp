#include "LoadTestReport.h"

#include "monitor/StatsMath.h"

#include <QDateTime>

#include <cmath>

namespace AscendDeck {

namespace {
double finiteOrZero(double value)
{
    return std::isfinite(value) ? value : 0;
}

void putStats(nlohmann::json *json, const std::string &name, const LatencyStats &s)
{
    (*json)["mean_" + name + "_ms"] = s.mean;
    (*json)["median_" + name + "_ms"] = s.median;
    (*json)["std_" + name + "_ms"] = s.stddev;
    (*json)["p75_" + name + "_ms"] = s.p75;
    (*json)["p90_" + name + "_ms"] = s.p90;
    (*json)["p95_" + name + "_ms"] = s.p95;
    (*json)["p99_" + name + "_ms"] = s.p99;
}

} // namespace

LatencyStats LatencyStats::of(const QList<double> &seconds)
{
    QList<double> ms;
    ms.reserve(seconds.size());
    for (double s : seconds)
        ms.append(s * 1000.0);
    LatencyStats stats;
    stats.mean = finiteOrZero(StatsMath::mean(ms));
    stats.median = finiteOrZero(StatsMath::median(ms));
    stats.stddev = finiteOrZero(StatsMath::stddev(ms));
    stats.p75 = finiteOrZero(StatsMath::percentile(ms, 75));
    stats.p90 = finiteOrZero(StatsMath::percentile(ms, 90));
    stats.p95 = finiteOrZero(StatsMath::percentile(ms, 95));
    stats.p99 = finiteOrZero(StatsMath::percentile(ms, 99));
    return stats;
}

LoadTestReport LoadTestReport::compute(const LoadTestConfig &config, const QList<RequestTiming> &timings,
                                       double duration, int peakConcurrency)
{
    LoadTestReport r;
    r.config = config;
    r.duration = duration;
    r.peakConcurrency = peakConcurrency;
    r.requests = timings;
    QList<double> ttfts, tpots, itls, e2els;
    for (const RequestTiming &t : timings) {
        if (!t.success) {
            ++r.failed;
            if (!r.errors.contains(t.error))
                r.errors << t.error;
            continue;
        }
        ++r.completed;
        r.totalInputTokens += t.promptTokens;
        r.totalOutputTokens += t.outputTokens;
        ttfts << t.ttft;
        e2els << t.e2el;
        itls += t.itl;
        if (t.outputTokens > 1)
            tpots << (t.e2el - t.ttft) / (t.outputTokens - 1);
    }
    if (duration > 0) {
        r.requestThroughput = r.completed / duration;
        r.outputThroughput = static_cast<double>(r.totalOutputTokens) / duration;
        r.totalTokenThroughput = static_cast<double>(r.totalInputTokens + r.totalOutputTokens) / duration;
    }
    r.ttft = LatencyStats::of(ttfts);
    r.tpot = LatencyStats::of(tpots);
    r.itl = LatencyStats::of(itls);
    r.e2el = LatencyStats::of(e2els);
    return r;
}

nlohmann::json LoadTestReport::toJson() const
{
    nlohmann::json json{{"date", QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString()},
                        {"backend", "openai-chat"},
                        {"url", config.endpoint().toString().toStdString()},
                        {"model_id", config.model.toStdString()},
                        {"num_prompts", config.requests},
                        {"max_concurrency", config.concurrency > 0 ? nlohmann::json(config.concurrency) : nlohmann::json()},
                        // vLLM writes "inf" for its default rate: all requests at once.
                        {"request_rate", config.requestRate > 0 ? nlohmann::json(config.requestRate) : nlohmann::json("inf")},
                        {"warmup_completed", warmupCompleted},
                        {"warmup_failed", warmupFailed},
                        {"input_len", config.datasetPath.isEmpty() ? nlohmann::json(config.inputLen) : nlohmann::json()},
                        {"input_len_max", config.inputLenMax > 0 ? nlohmann::json(config.inputLenMax) : nlohmann::json()},
                        {"output_len_max", config.outputLenMax > 0 ? nlohmann::json(config.outputLenMax) : nlohmann::json()},
                        {"output_len", config.outputLen},
                        {"dataset_path", config.datasetPath.toStdString()},
                        {"duration", duration},
                        {"completed", completed},
                        {"failed", failed},
                        {"total_input_tokens", totalInputTokens},
                        {"total_output_tokens", totalOutputTokens},
                        {"request_throughput", requestThroughput},
                        {"output_throughput", outputThroughput},
                        {"total_token_throughput", totalTokenThroughput},
                        {"peak_concurrent_requests", peakConcurrency}};
    putStats(&json, "ttft", ttft);
    putStats(&json, "tpot", tpot);
    putStats(&json, "itl", itl);
    putStats(&json, "e2el", e2el);
    nlohmann::json inputLens = nlohmann::json::array(), outputLens = nlohmann::json::array(),
                   ttfts = nlohmann::json::array(), e2els = nlohmann::json::array(), errorList = nlohmann::json::array();
    for (const RequestTiming &t : requests) {
        inputLens.push_back(t.promptTokens);
        outputLens.push_back(t.outputTokens);
        ttfts.push_back(t.ttft);
        e2els.push_back(t.e2el);
        errorList.push_back(t.error.toStdString());
    }
    json["input_lens"] = inputLens;
    json["output_lens"] = outputLens;
    json["ttfts"] = ttfts;
    json["e2els"] = e2els;
    json["errors"] = errorList;
    return json;
}

QByteArray LoadTestReport::toJsonText() const
{
    // Replace rather than throw on text that is not UTF-8 (an error message from the server, say).
    return QByteArray::fromStdString(toJson().dump(4, ' ', false, nlohmann::json::error_handler_t::replace)) + '\n';
}

QString LoadTestReport::toText() const
{
    QString text = tr("============ Serving Benchmark Result ============\n");
    const auto row = [&text](const QString &label, const QString &value) {
        text += label.leftJustified(40) + value + QLatin1Char('\n');
    };
    row(tr("Successful requests:"), QString::number(completed));
    row(tr("Failed requests:"), QString::number(failed));
    row(tr("Maximum request concurrency:"), QString::number(config.concurrency));
    row(tr("Benchmark duration (s):"), QString::number(duration, 'f', 2));
    row(tr("Total input tokens:"), QString::number(totalInputTokens));
    row(tr("Total generated tokens:"), QString::number(totalOutputTokens));
    row(tr("Request throughput (req/s):"), QString::number(requestThroughput, 'f', 2));
    row(tr("Output token throughput (tok/s):"), QString::number(outputThroughput, 'f', 2));
    row(tr("Total token throughput (tok/s):"), QString::number(totalTokenThroughput, 'f', 2));
    row(tr("Peak concurrent requests:"), QString::number(peakConcurrency));
    const QList<QPair<QString, const LatencyStats *>> sections{{tr("Time to First Token"), &ttft},
                                                               {tr("Time per Output Token (excl. 1st token)"), &tpot},
                                                               {tr("Inter-token Latency"), &itl},
                                                               {tr("End-to-end Latency"), &e2el}};
    const QStringList names{QStringLiteral("TTFT"), QStringLiteral("TPOT"), QStringLiteral("ITL"), QStringLiteral("E2EL")};
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const LatencyStats &s = *sections.at(i).second;
        text += QStringLiteral("%1\n").arg(sections.at(i).first.leftJustified(50, QLatin1Char('-')));
        const QList<QPair<QString, double>> values{{tr("Mean"), s.mean}, {tr("Median"), s.median}, {tr("P75"), s.p75},
                                                   {tr("P90"), s.p90},   {tr("P99"), s.p99}};
        for (const auto &[label, value] : values)
            row(QStringLiteral("%1 %2 (ms):").arg(label, names.at(i)), QString::number(value, 'f', 2));
    }
    text += QStringLiteral("==================================================\n");
    return text;
}

} // namespace AscendDeck
