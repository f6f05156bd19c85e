#pragma once

#include "Job.h"
#include "remote/CommandResult.h"
#include "remote/SshTarget.h"

#include <QList>

#include <functional>

namespace AscendDeck {

class SessionPool;

// One operation on N servers at once (probe, preflight, rank table reads and uploads, exec): each server's
// result is delivered on the job's thread as it arrives, with progress; results() is index-aligned with
// targets(). pool must outlive the job.
class ServerJob : public Job
{
    Q_OBJECT
public:
    using Operation = std::function<CommandResult(SessionPool &, const SshTarget &, const CancelToken &)>;
    // Called on worker threads after each server (done servers so far).
    using EachDone = std::function<void(int index, const CommandResult &result)>;

    explicit ServerJob(SessionPool *pool, QObject *parent = nullptr);

    void start(const QList<SshTarget> &targets, Operation operation, const QString &text = QString());
    const QList<SshTarget> &targets() const { return m_targets; }
    const QList<CommandResult> &results() const { return m_results; }

    // The blocking form, for work that is itself already off the GUI thread (inside a job, the CLI): the same
    // concurrency, results index-aligned with targets. eachDone, if set, runs on the worker threads.
    static QList<CommandResult> runAll(SessionPool *pool, const QList<SshTarget> &targets, const Operation &operation,
                                       const CancelToken &cancel = {}, int maxParallel = 64,
                                       const EachDone &eachDone = {});

signals:
    void serverFinished(int index, const AscendDeck::CommandResult &result);

private:
    void deliver(int index, const CommandResult &result);

    SessionPool *m_pool;
    QList<SshTarget> m_targets;
    QList<CommandResult> m_results;
    int m_finished = 0;
};

} // namespace AscendDeck
