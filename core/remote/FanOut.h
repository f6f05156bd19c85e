#pragma once

#include "CancelToken.h"
#include "CommandResult.h"
#include "SshTarget.h"

#include <QList>
#include <QObject>
#include <QThreadPool>

#include <functional>

namespace AscendDeck {

class SessionPool;

// Runs one operation on N servers at once, off the calling thread, and reports each server's result as
// it arrives. Results are delivered on the thread that owns the FanOut (the GUI thread in the UI); results of
// a run that was cancelled or superseded by a newer start() are dropped.
class FanOut : public QObject
{
    Q_OBJECT
public:
    using Operation = std::function<CommandResult(SessionPool &, const SshTarget &, const CancelToken &)>;

    explicit FanOut(SessionPool *pool, QObject *parent = nullptr);
    ~FanOut() override;

    void setMaxParallel(int count);
    void start(const QList<SshTarget> &targets, Operation operation);
    void cancel();
    bool isRunning() const { return m_running; }
    const QList<SshTarget> &targets() const { return m_targets; }
    const QList<CommandResult> &results() const { return m_results; }

    // For the CLI and tests: runs and waits, with the same concurrency.
    static QList<CommandResult> runAll(SessionPool *pool, const QList<SshTarget> &targets, const Operation &operation,
                                       const CancelToken &cancel = {}, int maxParallel = 64);

signals:
    void hostFinished(int index, const AscendDeck::CommandResult &result);
    void progress(int done, int total);
    void finished();

private:
    void deliver(quint64 runId, int index, const CommandResult &result);

    SessionPool *m_pool;
    QThreadPool m_threads;
    CancelToken m_cancel;
    QList<SshTarget> m_targets;
    QList<CommandResult> m_results;
    quint64 m_runId = 0;
    int m_done = 0;
    bool m_running = false;
};

} // namespace AscendDeck
