#include "FanOut.h"

#include "SessionPool.h"

#include <QPointer>

#include <vector>


namespace AscendDeck {

FanOut::FanOut(SessionPool *pool, QObject *parent)
    : QObject(parent)
    , m_pool(pool)
{
    m_threads.setMaxThreadCount(64);
}

FanOut::~FanOut()
{
    m_cancel.cancel();
    m_threads.waitForDone();
}

void FanOut::setMaxParallel(int count)
{
    m_threads.setMaxThreadCount(qMax(1, count));
}

void FanOut::start(const QList<SshTarget> &targets, Operation operation)
{
    m_cancel.cancel(); // a previous run's late results are dropped by runId
    m_cancel = CancelToken();
    const quint64 runId = ++m_runId;
    m_targets = targets;
    m_results = QList<CommandResult>(targets.size());
    m_done = 0;
    m_running = !targets.isEmpty();
    emit progress(0, static_cast<int>(targets.size()));
    if (targets.isEmpty()) {
        emit finished();
        return;
    }
    QPointer<FanOut> self(this);
    const CancelToken cancelToken = m_cancel;
    SessionPool *pool = m_pool;
    for (int i = 0; i < targets.size(); ++i) {
        const SshTarget target = targets.at(i);
        m_threads.start([self, runId, i, target, operation, cancelToken, pool] {
            const CommandResult result = operation(*pool, target, cancelToken);
            QMetaObject::invokeMethod(
                self.data(), [self, runId, i, result] {
                    if (self)
                        self->deliver(runId, i, result);
                },
                Qt::QueuedConnection);
        });
    }
}

void FanOut::cancel()
{
    m_cancel.cancel();
}

void FanOut::deliver(quint64 runId, int index, const CommandResult &result)
{
    if (runId != m_runId)
        return;
    m_results[index] = result;
    ++m_done;
    emit hostFinished(index, result);
    emit progress(m_done, static_cast<int>(m_targets.size()));
    if (m_done == m_targets.size()) {
        m_running = false;
        emit finished();
    }
}

QList<CommandResult> FanOut::runAll(SessionPool *pool, const QList<SshTarget> &targets, const Operation &operation,
                                    const CancelToken &cancel, int maxParallel)
{
    QThreadPool threads;
    threads.setMaxThreadCount(qMax(1, maxParallel));
    // A std::vector: its elements can be written from several threads without any shared bookkeeping.
    std::vector<CommandResult> results(static_cast<size_t>(targets.size()));
    for (int i = 0; i < targets.size(); ++i)
        threads.start([&, i] { results[static_cast<size_t>(i)] = operation(*pool, targets.at(i), cancel); });
    threads.waitForDone();
    return QList<CommandResult>(results.begin(), results.end());
}

} // namespace AscendDeck
