#include "LoadTestReport.h"

#include "monitor/StatsMath.h"

#include <QDateTime>
#include <QJsonArray>

#include <cmath>

namespace AscendDeck {

namespace {
double finiteOrZero(double value)
{
    return std::isfinite(value) ? value : 0;
}

void putStats(QJsonObject *json, const QString &name, const LatencyStats &s)
{
    json->insert(QStringLiteral("mean_%1_ms").arg(name), s.mean);
    json->insert(QStringLiteral("median_%1_ms").arg(name), s.median);
    json->insert(QStringLiteral("std_%1_ms").arg(name), s.stddev);
    json->insert(QStringLiteral("p75_%1_ms").arg(name), s.p75);
    json->insert(QStringLiteral("p90_%1_ms").arg(name), s.p90);
    json->insert(QStringLiteral("p99_%1_ms").arg(name), s.p99);
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

QJsonObject LoadTestReport::toJson() const
{
    QJsonObject json{{QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                     {QStringLiteral("backend"), QStringLiteral("openai-chat")},
                     {QStringLiteral("url"), config.endpoint().toString()},
                     {QStringLiteral("model_id"), config.model},
                     {QStringLiteral("num_prompts"), config.requests},
                     {QStringLiteral("max_concurrency"), config.concurrency},
                     {QStringLiteral("input_len"), config.datasetPath.isEmpty() ? QJsonValue(config.inputLen) : QJsonValue()},
                     {QStringLiteral("output_len"), config.outputLen},
                     {QStringLiteral("dataset_path"), config.datasetPath},
                     {QStringLiteral("duration"), duration},
                     {QStringLiteral("completed"), completed},
                     {QStringLiteral("failed"), failed},
                     {QStringLiteral("total_input_tokens"), totalInputTokens},
                     {QStringLiteral("total_output_tokens"), totalOutputTokens},
                     {QStringLiteral("request_throughput"), requestThroughput},
                     {QStringLiteral("output_throughput"), outputThroughput},
                     {QStringLiteral("total_token_throughput"), totalTokenThroughput},
                     {QStringLiteral("peak_concurrent_requests"), peakConcurrency}};
    putStats(&json, QStringLiteral("ttft"), ttft);
    putStats(&json, QStringLiteral("tpot"), tpot);
    putStats(&json, QStringLiteral("itl"), itl);
    putStats(&json, QStringLiteral("e2el"), e2el);
    QJsonArray inputLens, outputLens, ttfts, e2els, errorList;
    for (const RequestTiming &t : requests) {
        inputLens.append(t.promptTokens);
        outputLens.append(t.outputTokens);
        ttfts.append(t.ttft);
        e2els.append(t.e2el);
        errorList.append(t.error);
    }
    json.insert(QStringLiteral("input_lens"), inputLens);
    json.insert(QStringLiteral("output_lens"), outputLens);
    json.insert(QStringLiteral("ttfts"), ttfts);
    json.insert(QStringLiteral("e2els"), e2els);
    json.insert(QStringLiteral("errors"), errorList);
    return json;
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
