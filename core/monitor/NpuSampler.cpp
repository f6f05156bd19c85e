#include "NpuSampler.h"

#include "ascend/NpuSmiInfoParser.h"
#include "jobs/Job.h"
#include "log/Log.h"
#include "monitor/NpuStreamDecoder.h"
#include "remote/SessionPool.h"
#include "remote/SshSession.h"

#include <QDateTime>
#include <QMutexLocker>

#include <utility>

namespace AscendDeck {

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

NpuSampler::NpuSampler(SessionPool *pool, SshTarget target, int serverIndex, QObject *parent)
    : QObject(parent)
    , m_pool(pool)
    , m_target(std::move(target))
    , m_server(serverIndex)
    , m_job(new Job(this))
{
    m_job->setMaxThreads(1);
    // Cancelled from outside too (Job::cancelAll on quit): the worker must notice at once.
    connect(m_job, &Job::cancelled, this, &NpuSampler::wakeWorker);
    m_watchdog.setInterval(1000);
    connect(&m_watchdog, &QTimer::timeout, this, &NpuSampler::checkStall);
}

NpuSampler::~NpuSampler()
{
    stop();
}

RemoteCommand NpuSampler::streamCommand(const Options &options)
{
    // The sleep runs beside npu-smi, so that a slow npu-smi (~0.5 s on a loaded server) does not stretch
    // the period: one block every max(interval, npu-smi time).
    const QString loop = QStringLiteral("while :; do sleep %3 & %1 info; echo %2; wait; done")
                             .arg(options.npuSmi, QString::fromLatin1(NpuStreamDecoder::marker()))
                             .arg(qMax(1, options.intervalSeconds));
    RemoteCommand command;
    command.argv = QStringList{QStringLiteral("sh"), QStringLiteral("-c"), loop};
    command.timeoutMs = 0; // lives until cancelled
    // npu-smi reads the driver's devices, root's on a stock install: through sudo on a non-root login.
    return command.asRoot();
}

bool NpuSampler::isRunning() const
{
    return m_job->isRunning();
}

void NpuSampler::start()
{
    if (m_job->isRunning())
        return;
    m_lastDataMs = nowMs();
    const JobControl control = m_job->begin(tr("Sampling the NPUs of %1").arg(m_target.displayName()));
    // One worker: a run cancelled without waiting (Job::cancelAll) ends before the next one begins.
    m_job->startWorker([this, control] { run(control); });
    m_watchdog.start();
}

void NpuSampler::stop()
{
    m_watchdog.stop();
    m_job->cancel(); // readings still queued from that run are dropped
    wakeWorker();
    m_job->wait();
}

// The worker is blocked in the channel read or in the backoff wait: both watch m_attempt, not the run's token.
void NpuSampler::wakeWorker()
{
    QMutexLocker lock(&m_mutex);
    m_attempt.cancel();
    m_wake.wakeAll();
}

void NpuSampler::checkStall()
{
    // The worker is blocked in the channel read and cannot notice silence itself: a server that lost
    // power leaves the TCP connection open for minutes.
    QMutexLocker lock(&m_mutex);
    if (nowMs() - m_lastDataMs.load() <= m_options.stallTimeoutMs)
        return;
    m_stalled = true;
    m_attempt.cancel();
}

void NpuSampler::run(const JobControl &control)
{
    int backoff = m_options.backoffInitialMs;
    for (;;) {
        QString reason;
        const bool gotData = streamOnce(control, &reason);
        if (control.isCancelled())
            return;
        const qint64 at = nowMs();
        m_job->post(control.runId(), [this, at, reason] { emit gap(m_server, at, reason); });
        Log::remote()->warn("npu sampler {}: {}; reconnecting", m_target.displayName().toStdString(),
                            reason.toStdString());
        backoff = gotData ? m_options.backoffInitialMs : qMin(backoff * 2, m_options.backoffMaxMs);
        if (!waitBackoff(control, backoff))
            return;
    }
}

bool NpuSampler::streamOnce(const JobControl &control, QString *reason)
{
    const quint64 runId = control.runId();
    CancelToken token;
    {
        QMutexLocker lock(&m_mutex);
        if (control.isCancelled())
            return false;
        m_attempt = token;
        m_stalled = false;
        m_lastDataMs = nowMs();
    }
    const qint64 blocksBefore = m_blocks.load();
    // A connection of its own: dropping it when it stalls must not cut off a launch or a stop under way.
    std::shared_ptr<SshSession> session = m_pool->session(m_target, QStringLiteral("monitor"));
    NpuStreamDecoder decoder;
    bool first = true;
    ++m_channelOpens;
    const CommandResult result = session->stream(
        streamCommand(m_options),
        [&](const QByteArray &chunk) {
            m_lastDataMs = nowMs();
            const QList<QByteArray> blocks = decoder.feed(chunk);
            for (const QByteArray &block : blocks)
                handleBlock(runId, block, &first);
        },
        {}, token);
    if (m_stalled) {
        // The connection is half-dead: drop it so that the next attempt reconnects from scratch.
        session->disconnect();
        *reason = tr("no answer for %1 s").arg(m_options.stallTimeoutMs / 1000.0);
    } else if (!result.ran()) {
        *reason = result.errorString;
    } else {
        *reason = tr("the sampling loop ended (exit status %1)").arg(result.exitStatus);
    }
    return m_blocks.load() > blocksBefore;
}

void NpuSampler::handleBlock(quint64 runId, const QByteArray &block, bool *firstOfChannel)
{
    const qint64 at = nowMs();
    ParseError error;
    const NpuSmiInfo info = NpuSmiInfoParser::parse(block, &error);
    if (error.isError() || info.chips.isEmpty())
        return; // npu-smi failed this once (driver busy); the next second tries again
    ++m_blocks;
    const bool first = std::exchange(*firstOfChannel, false);
    QList<NpuReading> readings = NpuStreamDecoder::readings(info, at);
    m_job->post(runId, [this, first, readings = std::move(readings)] {
        if (first)
            emit connected(m_server);
        emit sampled(m_server, readings);
    });
}

bool NpuSampler::waitBackoff(const JobControl &control, int ms)
{
    QMutexLocker lock(&m_mutex);
    if (!control.isCancelled())
        m_wake.wait(&m_mutex, QDeadlineTimer(ms));
    return !control.isCancelled();
}

} // namespace AscendDeck
