#pragma once

#include "history/HistoryAlert.h"
#include "history/HistoryReader.h"
#include "history/HistoryWriter.h"
#include "monitor/NpuSample.h"

#include <QList>
#include <QMetaObject>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

namespace AscendDeck {

class ClusterMonitor;

// Records what a ClusterMonitor sees into a project's history. Lives on the GUI thread, where it only
// queues what arrives (a few hundred bytes a second); every flush interval (1 s) the queue goes to a
// worker thread that owns the HistoryWriter and writes it with one append per segment. A killed console
// loses at most the queue and the minutes in progress (the raw tier still holds those seconds).
class HistoryRecorder : public QObject
{
    Q_OBJECT
public:
    explicit HistoryRecorder(const QString &root, QObject *parent = nullptr);
    HistoryRecorder(const QString &root, const HistoryLimits &limits, HistoryWriter::Clock clock,
                    QObject *parent = nullptr);
    ~HistoryRecorder() override;

    QString root() const { return m_root; }
    // A reader over the same folder and raw window (usable from any thread).
    HistoryReader reader() const;

    // Records every sample, outage and alert of the monitor until detach() or the monitor's end. Marks a
    // gap at each server now: the history before is from another run.
    void attach(ClusterMonitor *monitor);
    void detach();
    void setFlushInterval(int ms) { m_timer.setInterval(ms); }

    void recordReadings(const QString &server, const QList<NpuReading> &readings);
    void recordGap(const QString &server, qint64 timeMs);
    void recordAlert(const HistoryAlert &alert);
    // Hands the queue to the worker now.
    void flush();
    // Flushes and waits until the worker wrote everything handed to it.
    void sync();

    // What the worker wrote so far.
    HistoryWriter::Stats stats() const;
    QString errorString() const;

signals:
    // A write failed (disk full, folder removed): the history misses records from here on.
    void writeFailed(const QString &error);

private:
    using Operation = std::function<void(HistoryWriter &)>;
    void queue(Operation operation);
    void runBatch(const std::vector<Operation> &batch);
    void recordAlertChange(const Alert &alert, bool raised);
    QString serverName(int server) const;

    QString m_root;
    HistoryWriter::Clock m_clock;
    qint64 m_rawKeepMs;
    QThread m_thread;
    QObject m_context; // lives on m_thread: what the batches are posted to
    std::unique_ptr<HistoryWriter> m_writer;
    std::vector<Operation> m_pending;
    QTimer m_timer;
    QPointer<ClusterMonitor> m_monitor;
    QList<QMetaObject::Connection> m_connections;
    mutable QMutex m_mutex; // guards m_stats and m_error, written by the worker
    HistoryWriter::Stats m_stats;
    QString m_error;
};

} // namespace AscendDeck
