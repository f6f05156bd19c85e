#pragma once

#include "jobs/JobControl.h"
#include "monitor/NpuSample.h"
#include "remote/CancelToken.h"
#include "remote/RemoteCommand.h"
#include "remote/SshTarget.h"

#include <QMutex>
#include <QObject>
#include <QTimer>
#include <QWaitCondition>

#include <atomic>

namespace AscendDeck {

class Job;
class SessionPool;

// Samples one server's NPUs over ONE long-lived SSH channel running a shell loop of `npu-smi info`,
// instead of a new exec per sample (an exec costs a channel open, a shell and a log line each second).
// The channel is read on the worker of the sampler's Job (a stream: one run from start() to stop()), which
// also parses each block; readings are delivered queued on the sampler's thread and dropped once stopped. When the channel breaks or falls silent, the sampler reports a gap and
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
    bool isRunning() const;
    // The stream's job: a window cancels it on quit with Job::cancelAll.
    Job *job() const { return m_job; }
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
    void run(const JobControl &control);
    bool streamOnce(const JobControl &control, QString *reason);
    void handleBlock(quint64 runId, const QByteArray &block, bool *firstOfChannel);
    bool waitBackoff(const JobControl &control, int ms);
    void checkStall();
    void wakeWorker();

    SessionPool *m_pool;
    SshTarget m_target;
    int m_server;
    Options m_options;
    Job *m_job;
    QTimer m_watchdog;

    QMutex m_mutex;              // guards m_attempt and the backoff wait
    QWaitCondition m_wake;
    CancelToken m_attempt;       // the current channel: cancelled on stop(), on a stall or with the job
    std::atomic<qint64> m_lastDataMs{0};
    std::atomic_bool m_stalled{false};
    std::atomic_int m_channelOpens{0};
    std::atomic<qint64> m_blocks{0};
};

} // namespace AscendDeck
