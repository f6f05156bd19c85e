#include "LoadSweepJob.h"

#include "loadtest/CapacitySearch.h"
#include "loadtest/LoadTestRunner.h"

namespace AscendDeck {

namespace {
// The steps a run takes at most: the list's, or the search's bound.
int stepBound(const LoadSweepConfig &config)
{
    return config.isSearch() ? CapacitySearch::maxSteps(config.searchSteps()) : static_cast<int>(config.loads.size());
}
} // namespace

LoadSweepJob::LoadSweepJob(QObject *parent)
    : Job(parent)
{
    setMaxThreads(1);
}

void LoadSweepJob::stop()
{
    m_stop->store(true);
}

void LoadSweepJob::start(const LoadSweepConfig &config)
{
    m_stop->store(true); // a run still going ends (its results are dropped by begin())
    m_stop = std::make_shared<std::atomic_bool>(false);
    m_error.clear();
    const int total = stepBound(config);
    const JobControl control = begin(tr("Measuring up to %n load(s)...", nullptr, total), total);
    const quint64 id = control.runId();
    const std::shared_ptr<std::atomic_bool> stopFlag = m_stop;
    startWorker([this, id, control, config, total, stopFlag] {
        // One set of prompts for all steps (they differ only in their load), as many as the largest step sends.
        LoadTestConfig first = config.stepConfig(config.isSearch() ? config.searchLoad(1) : config.loads.value(0));
        first.warmupRequests = config.base.warmupRequests;
        first.requests = config.maxStepRequests();
        QList<LoadTestPrompt> warmup;
        QList<LoadTestPrompt> prompts;
        QString error;
        if (!LoadTestRunner::buildPrompts(first, &warmup, &prompts, &error)) {
            post(id, [this, id, error] {
                m_error = error;
                emit startFailed(error);
                finish(id);
            });
            return;
        }
        LoadSweepReport report;
        report.config = config;
        const auto shouldStop = [&] { return control.isCancelled() || stopFlag->load(); };
        // One step; no value when it was stopped (its partial figures are not kept).
        const auto measure = [&](double load) -> std::optional<LoadSweepStep> {
            const int index = static_cast<int>(report.steps.size());
            control.progress(index, total, tr("Step %1: %2 = %3").arg(index + 1).arg(config.axisName()).arg(load));
            bool stopped = false;
            const LoadTestConfig stepConfig = config.stepConfig(load);
            const LoadTestReport result = LoadTestRunner::run(
                stepConfig, index == 0 ? warmup : QList<LoadTestPrompt>(), prompts.mid(0, stepConfig.requests), shouldStop,
                [&](int done, int requests, int failed, double tokensPerSecond) {
                    post(id, [this, load, done, requests, failed, tokensPerSecond] {
                        emit measured(load, done, requests, failed, tokensPerSecond);
                    });
                },
                &stopped);
            if (index == 0) {
                report.warmupCompleted = result.warmupCompleted;
                report.warmupFailed = result.warmupFailed;
            }
            if (stopped)
                return std::nullopt;
            const LoadSweepStep step = LoadSweepStep::judge(load, result, config.targets);
            report.steps.append(step);
            post(id, [this, step] { emit stepMeasured(step); });
            return step;
        };
        if (config.isSearch()) {
            const CapacitySearch::Result found = CapacitySearch::run(config.searchSteps(), [&](int k) -> std::optional<bool> {
                const std::optional<LoadSweepStep> step = measure(config.searchLoad(k));
                return step ? std::optional<bool>(step->meetsTargets) : std::nullopt;
            });
            if (found.capacity > 0)
                report.capacity = config.searchLoad(found.capacity);
            report.capacityIsSearchMax = found.capacity == config.searchSteps();
            report.stopped = found.stopped;
        } else {
            for (double load : config.loads) {
                if (!measure(load)) {
                    report.stopped = true;
                    break;
                }
            }
            if (!config.targets.isEmpty())
                report.capacity = LoadSweepReport::listCapacity(report.steps);
        }
        post(id, [this, id, report] {
            m_report = report;
            emit reportReady(m_report);
            finish(id);
        });
    });
}

} // namespace AscendDeck
