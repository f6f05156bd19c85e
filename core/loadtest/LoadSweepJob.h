#pragma once

#include "jobs/Job.h"
#include "loadtest/LoadSweepConfig.h"
#include "loadtest/LoadSweepReport.h"

#include <atomic>
#include <memory>

namespace AscendDeck {

// A sweep or capacity search as a Job: its steps run one after the other on the job's worker thread, each
// a load test in an event loop of its own (LoadTestRunner), so that the timings wait for no busy owner
// thread. The job's progress counts steps (of the list, or of the search's bound on steps); measured()
// follows the requests of the current step. stop() aborts the current step and ends the sweep with a
// report of the steps that finished; cancel() (the job's) aborts it and reports nothing.
class LoadSweepJob : public Job
{
    Q_OBJECT
public:
    explicit LoadSweepJob(QObject *parent = nullptr);

    void start(const LoadSweepConfig &config);
    void stop();

    const LoadSweepReport &report() const { return m_report; }
    // Why the last run did not start (no prompts could be built), empty otherwise.
    QString error() const { return m_error; }

signals:
    void measured(double load, int done, int total, int failed, double outputTokensPerSecond);
    void stepMeasured(const AscendDeck::LoadSweepStep &step);
    void reportReady(const AscendDeck::LoadSweepReport &report);
    void startFailed(const QString &error);

private:
    LoadSweepReport m_report;
    QString m_error;
    std::shared_ptr<std::atomic_bool> m_stop = std::make_shared<std::atomic_bool>(false);
};

} // namespace AscendDeck
