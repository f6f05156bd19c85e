#pragma once

#include "WeightsSyncResult.h"

#include "jobs/Job.h"

#include <functional>

namespace AscendDeck {

class SessionPool;

// `weights sync` as a Job: reads the folder everywhere, refuses up front what cannot work (an unreadable
// server, a target without the disk for what is still to copy), then copies from server to server as a tree:
// the reference serves the first target, and as soon as a copy's bytes are there its source takes the next
// target, as does the target once verified; the servers holding the folder double at each step, so N targets
// take about log2(N)+1 levels ("rounds"). Each copy is a WeightsPairCopy (rsync on the source, a temporary key
// restricted to that rsync); each target is then verified file by file (size and sha256) against the
// reference before it serves another. Cancel stops the running rsyncs (their partial files wait for the next
// run) and still removes every temporary key.
class WeightsSyncJob : public Job
{
    Q_OBJECT
public:
    using ProgressHandler = std::function<void(const WeightsTargetProgress &progress)>;

    explicit WeightsSyncJob(SessionPool *pool, QObject *parent = nullptr);

    void start(const WeightsSyncOptions &options);
    const WeightsSyncResult &result() const { return m_result; }

    // The blocking form (the CLI, tests): progress runs on the copying threads.
    static WeightsSyncResult run(SessionPool *pool, const WeightsSyncOptions &options, const CancelToken &cancel = {},
                                 const ProgressHandler &progress = {});

signals:
    void targetProgress(const AscendDeck::WeightsTargetProgress &progress);
    void resultReady(const AscendDeck::WeightsSyncResult &result);

private:
    SessionPool *m_pool;
    WeightsSyncResult m_result;
};

} // namespace AscendDeck
