#pragma once

#include "jobs/Job.h"
#include "loadtest/LoadTestConfig.h"
#include "loadtest/LoadTestPrompt.h"
#include "loadtest/LoadTestReport.h"

#include <QList>

#include <atomic>
#include <memory>

namespace AscendDeck {

// A load test as a Job: the LoadTest runs on the job's worker thread in an event loop of its own, so that its
// client-side timings do not wait for the owner's (busy GUI) thread. Progress is the job's (requests done of
// requests); measured() adds the live throughput. stop() ends it early with a report of the requests sent;
// cancel() (the job's, e.g. Job::cancelAll on quit) aborts it and reports nothing.
class LoadTestJob : public Job
{
    Q_OBJECT
public:
    explicit LoadTestJob(QObject *parent = nullptr);

    // Builds the prompts (fixed lengths or the config's dataset) on the worker and runs them.
    void start(const LoadTestConfig &config);
    // Runs the given prompts instead (tests, the GUI's own datasets).
    void start(const LoadTestConfig &config, const QList<LoadTestPrompt> &prompts);
    // Sends nothing more and aborts the requests in flight; the report covers the requests sent.
    void stop();

    const LoadTestReport &report() const { return m_report; }
    // Why the last run did not start (no prompts could be built), empty otherwise.
    QString error() const { return m_error; }

signals:
    // After every finished request, like LoadTest::progress.
    void measured(int done, int total, int failed, double outputTokensPerSecond);
    void reportReady(const AscendDeck::LoadTestReport &report);
    void startFailed(const QString &error);

private:
    void run(const LoadTestConfig &config, const QList<LoadTestPrompt> &prompts, bool buildPrompts);

    LoadTestReport m_report;
    QString m_error;
    std::shared_ptr<std::atomic_bool> m_stop = std::make_shared<std::atomic_bool>(false);
};

} // namespace AscendDeck
