#include "LoadTestJob.h"

#include "loadtest/LoadTestRunner.h"

namespace AscendDeck {

LoadTestJob::LoadTestJob(QObject *parent)
    : Job(parent)
{
    setMaxThreads(1);
}

void LoadTestJob::start(const LoadTestConfig &config)
{
    run(config, {}, true);
}

void LoadTestJob::start(const LoadTestConfig &config, const QList<LoadTestPrompt> &prompts)
{
    run(config, prompts, false);
}

void LoadTestJob::stop()
{
    m_stop->store(true);
}

void LoadTestJob::run(const LoadTestConfig &config, const QList<LoadTestPrompt> &prompts, bool buildPrompts)
{
    m_stop->store(true); // a run still going ends (its results are dropped by begin())
    m_stop = std::make_shared<std::atomic_bool>(false);
    m_error.clear();
    const JobControl control = begin(tr("Sending %1 requests, %2 at a time...").arg(config.requests).arg(config.concurrency),
                                     config.requests);
    const quint64 id = control.runId();
    const std::shared_ptr<std::atomic_bool> stopFlag = m_stop;
    startWorker([this, id, control, config, prompts, buildPrompts, stopFlag] {
        QList<LoadTestPrompt> warmup;
        QList<LoadTestPrompt> toMeasure = prompts;
        QString error;
        if (buildPrompts && !LoadTestRunner::buildPrompts(config, &warmup, &toMeasure, &error)) {
            post(id, [this, id, error] {
                m_error = error;
                emit startFailed(error);
                finish(id);
            });
            return;
        }
        if (!buildPrompts) // the caller's prompts: the warm-up repeats the first of them
            warmup = prompts.mid(0, config.warmupRequests);
        bool stopped = false;
        const LoadTestReport report = LoadTestRunner::run(
            config, warmup, toMeasure, [&] { return control.isCancelled() || stopFlag->load(); },
            [&](int done, int total, int failed, double tokensPerSecond) {
                control.progress(done, total, tr("%1 of %2 done, %3 failed, %4 output tokens/s")
                                                  .arg(done).arg(total).arg(failed).arg(tokensPerSecond, 0, 'f', 1));
                post(id, [this, done, total, failed, tokensPerSecond] { emit measured(done, total, failed, tokensPerSecond); });
            },
            &stopped);
        post(id, [this, id, report] {
            m_report = report;
            emit reportReady(m_report);
            finish(id);
        });
    });
}

} // namespace AscendDeck
