#pragma once

#include "monitor/NpuSample.h"
#include "remote/CancelToken.h"
#include "remote/RemoteCommand.h"
#include "remote/SshTarget.h"

#include <QMutex>
#include <QObject>
#include <QTimer>
#include <QWaitCondition>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace AscendDeck {

class SessionPool;

// Samples one server's NPUs over ONE long-lived SSH channel running a shell loop of `npu-smi info`,
// instead of a new exec per sample (an exec costs a channel open, a shell and a log line each second).
// The channel is read on a worker thread, which also parses each block; readings are delivered queued
// on the sampler's thread. When the channel breaks or falls silent, the sampler reports a gap and
// reconnects by itself with exponential backoff until stop().
class NpuSampler : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int intervalSeconds = 1;
        int stallTimeoutMs = 5000;    // no block for this long: the channel is dead even if TCP says not
        int backoffInitialMs = 500;
        int backoffMaxMs = 15000;
        QString npuSmi = QStringLiteral("npu-smi");
    };

    NpuSampler(SessionPool *pool, SshTarget target, int serverIndex, QObject *parent = nullptr);
    ~NpuSampler() override;

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }
    int serverIndex() const { return m_server; }
    const SshTarget &target() const { return m_target; }

    void start();
    void stop(); // cancels the channel and waits for the worker
    bool isRunning() const { return m_thread != nullptr; }
    // How many times the long-lived channel was opened: 1 for a healthy run, +1 per reconnect.
    int channelOpens() const { return m_channelOpens.load(); }
    qint64 blocksReceived() const { return m_blocks.load(); }

    // The remote command: `sh -c 'while :; do sleep N & npu-smi info; echo @@END@@; wait; done'` as argv, so
    // that RemoteCommand does the quoting.
    static RemoteCommand streamCommand(const Options &options);

signals:
    void sampled(int server, const QList<AscendDeck::NpuReading> &readings);
    void gap(int server, qint64 timeMs, const QString &reason);
    void connected(int server);

private:
    void run(quint64 runId);
    bool streamOnce(quint64 runId, QString *reason);
    void handleBlock(quint64 runId, const QByteArray &block, bool *firstOfChannel);
    void post(quint64 runId, std::function<void()> call);
    bool waitBackoff(int ms);
    void checkStall();

    SessionPool *m_pool;
    SshTarget m_target;
    int m_server;
    Options m_options;
    QThread *m_thread = nullptr;
    QTimer m_watchdog;
    quint64 m_runId = 0;

    QMutex m_mutex;              // guards m_attempt, m_stopping and the backoff wait
    QWaitCondition m_wake;
    CancelToken m_attempt;       // the current channel: cancelled on stop() or on a stall
    bool m_stopping = false;
    std::atomic<qint64> m_lastDataMs{0};
    std::atomic_bool m_stalled{false};
    std::atomic_int m_channelOpens{0};
    std::atomic<qint64> m_blocks{0};
};

} // namespace AscendDeck
