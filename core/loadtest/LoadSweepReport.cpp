#include "LoadSweepReport.h"

#include "loadtest/CapacitySearch.h"

#include <algorithm>

namespace AscendDeck {

namespace {
const char *const kMetrics[] = {"ttft", "tpot", "itl", "e2el"};
const char *const kStatistics[] = {"mean", "median", "p90", "p95", "p99"};

QString number(double value)
{
    return QString::number(value, 'g', 10);
}

const LatencyStats &statsOf(const LoadTestReport &r, int metric)
{
    const LatencyStats *all[] = {&r.ttft, &r.tpot, &r.itl, &r.e2el};
    return *all[metric];
}

double statistic(const LatencyStats &s, int index)
{
    const double all[] = {s.mean, s.median, s.p90, s.p95, s.p99};
    return all[index];
}
} // namespace

LoadSweepStep LoadSweepStep::judge(double load, const LoadTestReport &report, const QList<SloTarget> &targets)
{
    LoadSweepStep step{load, report, true, {}};
    if (report.failed > 0 || report.completed == 0)
        step.missed << QStringLiteral("failed_requests");
    for (const SloTarget &target : targets) {
        if (!target.metBy(report))
            step.missed << target.key;
    }
    step.meetsTargets = step.missed.isEmpty();
    return step;
}

std::optional<double> LoadSweepReport::listCapacity(const QList<LoadSweepStep> &steps)
{
    QList<LoadSweepStep> sorted = steps;
    std::sort(sorted.begin(), sorted.end(), [](const LoadSweepStep &a, const LoadSweepStep &b) { return a.load < b.load; });
    std::optional<double> capacity;
    for (const LoadSweepStep &step : sorted) {
        if (!step.meetsTargets)
            break;
        capacity = step.load;
    }
    return capacity;
}

nlohmann::json LoadSweepReport::toJson() const
{
    nlohmann::json targets = nlohmann::json::object();
    for (const SloTarget &t : config.targets)
        targets[t.key.toStdString()] = t.limitMs;
    nlohmann::json stepList = nlohmann::json::array();
    for (const LoadSweepStep &step : steps) {
        nlohmann::json json = step.report.toJson();
        json["load"] = step.load;
        json["meets_targets"] = step.meetsTargets;
        nlohmann::json missed = nlohmann::json::array();
        for (const QString &key : step.missed)
            missed.push_back(key.toStdString());
        json["missed_targets"] = missed;
        stepList.push_back(json);
    }
    nlohmann::json json{{"axis", config.axisName().toStdString()},
                        {"search", config.isSearch()},
                        {"targets", targets},
                        {"steps", stepList},
                        {"stopped", stopped},
                        {"warmup_completed", warmupCompleted},
                        {"warmup_failed", warmupFailed},
                        {"capacity", capacity ? nlohmann::json(*capacity) : nlohmann::json()}};
    if (config.isSearch()) {
        json["search_max"] = config.searchMax;
        json["max_search_steps"] = CapacitySearch::maxSteps(config.searchSteps());
        json["capacity_is_search_max"] = capacityIsSearchMax;
        if (config.axis == LoadSweepConfig::Axis::Rate)
            json["rate_step"] = config.rateStep;
    }
    return json;
}

QByteArray LoadSweepReport::toJsonText() const
{
    return QByteArray::fromStdString(toJson().dump(4, ' ', false, nlohmann::json::error_handler_t::replace)) + '\n';
}

QByteArray LoadSweepReport::toCsv() const
{
    QStringList header{config.axisName(), QStringLiteral("completed"), QStringLiteral("failed"),
                       QStringLiteral("duration"), QStringLiteral("request_throughput"),
                       QStringLiteral("output_throughput"), QStringLiteral("total_token_throughput")};
    for (const char *metric : kMetrics) {
        for (const char *stat : kStatistics)
            header << QStringLiteral("%1_%2_ms").arg(QLatin1String(stat), QLatin1String(metric));
    }
    header << QStringLiteral("meets_targets");
    QByteArray csv = header.join(QLatin1Char(',')).toUtf8() + '\n';
    for (const LoadSweepStep &step : steps) {
        const LoadTestReport &r = step.report;
        QStringList row{number(step.load), QString::number(r.completed), QString::number(r.failed), number(r.duration),
                        number(r.requestThroughput), number(r.outputThroughput), number(r.totalTokenThroughput)};
        for (int m = 0; m < 4; ++m) {
            for (int s = 0; s < 5; ++s)
                row << number(statistic(statsOf(r, m), s));
        }
        row << (step.meetsTargets ? QStringLiteral("true") : QStringLiteral("false"));
        csv += row.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    return csv;
}

QString LoadSweepReport::toText() const
{
    const auto cell = [](const QString &text, int width) -> QString { return text.rightJustified(width) + QLatin1Char(' '); };
    QString text = cell(config.axis == LoadSweepConfig::Axis::Rate ? tr("req/s") : tr("conc."), 8)
                   + cell(tr("done"), 6) + cell(tr("failed"), 6) + cell(tr("out tok/s"), 10)
                   + cell(tr("TTFT p50"), 9) + cell(tr("TTFT p95"), 9) + cell(tr("TPOT p50"), 9)
                   + cell(tr("TPOT p95"), 9) + cell(tr("E2EL p95"), 9) + tr("targets") + QLatin1Char('\n');
    for (const LoadSweepStep &step : steps) {
        const LoadTestReport &r = step.report;
        const auto ms = [](double value) -> QString { return QString::number(value, 'f', 1); };
        const QString verdict = config.targets.isEmpty() ? QStringLiteral("-")
                                : step.meetsTargets      ? tr("met")
                                                         : tr("missed %1").arg(step.missed.join(QLatin1Char(',')));
        text += cell(number(step.load), 8) + cell(QString::number(r.completed), 6) + cell(QString::number(r.failed), 6)
                + cell(QString::number(r.outputThroughput, 'f', 1), 10) + cell(ms(r.ttft.median), 9)
                + cell(ms(r.ttft.p95), 9) + cell(ms(r.tpot.median), 9) + cell(ms(r.tpot.p95), 9)
                + cell(ms(r.e2el.p95), 9) + verdict + QLatin1Char('\n');
    }
    return text;
}

QString LoadSweepReport::capacityLine() const
{
    // Not translated: scripts read this line, as they read the JSON's keys.
    if (!capacity)
        return QStringLiteral("capacity: none");
    return QStringLiteral("capacity: %1=%2").arg(config.axisName(), number(*capacity));
}

} // namespace AscendDeck
