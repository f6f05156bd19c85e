#include "ServerJob.h"

#include "remote/SessionPool.h"

#include <QMutex>
#include <QMutexLocker>

#include <vector>

namespace AscendDeck {

ServerJob::ServerJob(SessionPool *pool, QObject *parent)
    : Job(parent)
    , m_pool(pool)
{
}

void ServerJob::start(const QList<SshTarget> &targets, Operation operation, const QString &text)
{
    const JobControl control = begin(text, int(targets.size()));
    m_targets = targets;
    m_results = QList<CommandResult>(targets.size());
    m_finished = 0;
    if (targets.isEmpty()) {
        finish(control.runId());
        return;
    }
    SessionPool *pool = m_pool;
    const quint64 run = control.runId();
    for (int i = 0; i < targets.size(); ++i) {
        startWorker([this, pool, run, i, target = targets.at(i), operation, cancel = control.cancelToken()] {
            const CommandResult result = operation(*pool, target, cancel);
            post(run, [this, i, result] { deliver(i, result); });
        });
    }
}

void ServerJob::deliver(int index, const CommandResult &result)
{
    m_results[index] = result;
    ++m_finished;
    emit serverFinished(index, result);
    setProgress(m_finished, int(m_targets.size()));
    if (m_finished == m_targets.size())
        finish(runId());
}

QList<CommandResult> ServerJob::runAll(SessionPool *pool, const QList<SshTarget> &targets, const Operation &operation,
                                       const CancelToken &cancel, int maxParallel, const EachDone &eachDone)
{
    QThreadPool threads;
    threads.setMaxThreadCount(qMax(1, maxParallel));
    // A std::vector: its elements can be written from several threads without any shared bookkeeping.
    std::vector<CommandResult> results(static_cast<size_t>(targets.size()));
    QMutex eachLock; // eachDone is called one server at a time
    for (int i = 0; i < targets.size(); ++i) {
        threads.start([&, i] {
            results[static_cast<size_t>(i)] = operation(*pool, targets.at(i), cancel);
            if (eachDone) {
                QMutexLocker locker(&eachLock);
                eachDone(i, results[static_cast<size_t>(i)]);
            }
        });
    }
    threads.waitForDone();
    return QList<CommandResult>(results.begin(), results.end());
}

} // namespace AscendDeck
