#include "HistoryRecorder.h"

#include "monitor/ClusterMonitor.h"

#include <QDateTime>
#include <QMutexLocker>

#include <utility>

namespace AscendDeck {

HistoryRecorder::HistoryRecorder(const QString &root, QObject *parent)
    : HistoryRecorder(root, HistoryLimits(), HistoryWriter::Clock(), parent)
{
}

HistoryRecorder::HistoryRecorder(const QString &root, const HistoryLimits &limits,
                                 HistoryWriter::Clock clock, QObject *parent)
    : QObject(parent)
    , m_root(root)
    , m_clock(clock ? std::move(clock) : HistoryWriter::Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
    , m_rawKeepMs(limits.rawKeepMs)
    , m_writer(std::make_unique<HistoryWriter>(root, limits, m_clock))
{
    m_thread.setObjectName(QStringLiteral("history"));
    m_context.moveToThread(&m_thread);
    m_thread.start(QThread::LowPriority);
    // Opening recovers torn tails: file work, so on the worker too.
    QMetaObject::invokeMethod(&m_context, [this] { runBatch({[](HistoryWriter &w) { w.open(); }}); });
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &HistoryRecorder::flush);
    m_timer.start();
}

HistoryRecorder::~HistoryRecorder()
{
    detach();
    queue([](HistoryWriter &w) { w.close(); });
    sync(); // quit() would drop batches still posted
    m_thread.quit();
    m_thread.wait();
}

HistoryReader HistoryRecorder::reader() const
{
    return HistoryReader(m_root, m_rawKeepMs, m_clock);
}

QString HistoryRecorder::serverName(int server) const
{
    return m_monitor && server >= 0 ? m_monitor->samples().serverName(server) : QString();
}

void HistoryRecorder::attach(ClusterMonitor *monitor)
{
    detach();
    if (!monitor)
        return;
    m_monitor = monitor;
    const qint64 now = m_clock();
    for (int i = 0; i < monitor->serverCount(); ++i) {
        NpuSampler *sampler = &monitor->sampler(i);
        m_connections << connect(sampler, &NpuSampler::sampled, this,
                                 [this](int server, const QList<NpuReading> &readings) {
                                     recordReadings(serverName(server), readings);
                                 });
        m_connections << connect(sampler, &NpuSampler::gap, this,
                                 [this](int server, qint64 timeMs, const QString &) { recordGap(serverName(server), timeMs); });
        recordGap(serverName(i), now);
    }
    m_connections << connect(&monitor->alerts(), &AlertMonitor::alertRaised, this,
                             [this](const Alert &alert) { recordAlertChange(alert, true); });
    m_connections << connect(&monitor->alerts(), &AlertMonitor::alertCleared, this,
                             [this](const Alert &alert) { recordAlertChange(alert, false); });
}

void HistoryRecorder::detach()
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    if (m_monitor) {
        const qint64 now = m_clock();
        for (int i = 0; i < m_monitor->serverCount(); ++i)
            recordGap(serverName(i), now);
    }
    m_monitor = nullptr;
}

void HistoryRecorder::recordAlertChange(const Alert &alert, bool raised)
{
    HistoryAlert entry;
    entry.timeMs = raised ? alert.sinceMs : m_clock();
    entry.raised = raised;
    entry.kind = alert.kind;
    entry.severity = alert.severity;
    entry.server = serverName(alert.server);
    entry.npuId = alert.npuId;
    entry.chipId = alert.chipId;
    entry.message = alert.message;
    recordAlert(entry);
}

void HistoryRecorder::recordReadings(const QString &server, const QList<NpuReading> &readings)
{
    queue([server, readings](HistoryWriter &w) { w.addReadings(server, readings); });
}

void HistoryRecorder::recordGap(const QString &server, qint64 timeMs)
{
    queue([server, timeMs](HistoryWriter &w) { w.addGap(server, timeMs); });
}

void HistoryRecorder::recordAlert(const HistoryAlert &alert)
{
    queue([alert](HistoryWriter &w) { w.addAlert(alert); });
}

void HistoryRecorder::queue(Operation operation)
{
    m_pending.push_back(std::move(operation));
}

void HistoryRecorder::flush()
{
    if (m_pending.empty())
        return;
    QMetaObject::invokeMethod(&m_context, [this, batch = std::exchange(m_pending, {})] { runBatch(batch); });
}

void HistoryRecorder::sync()
{
    flush();
    // The worker runs posts in order: once this empty one ran, every batch before it is written.
    QMetaObject::invokeMethod(&m_context, [] {}, Qt::BlockingQueuedConnection);
}

void HistoryRecorder::runBatch(const std::vector<Operation> &batch)
{
    for (const Operation &operation : batch)
        operation(*m_writer);
    m_writer->flush();
    const QString error = m_writer->errorString();
    QMutexLocker lock(&m_mutex);
    m_stats = m_writer->stats();
    if (error != m_error) {
        m_error = error;
        QMetaObject::invokeMethod(this, [this, error] { emit writeFailed(error); }, Qt::QueuedConnection);
    }
}

HistoryWriter::Stats HistoryRecorder::stats() const
{
    QMutexLocker lock(&m_mutex);
    return m_stats;
}

QString HistoryRecorder::errorString() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

} // namespace AscendDeck
