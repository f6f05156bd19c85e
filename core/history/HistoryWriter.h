#pragma once

#include "history/HistoryAlertLog.h"
#include "history/HistoryLimits.h"
#include "history/SampleAggregate.h"
#include "history/SegmentAppender.h"
#include "monitor/NpuSample.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <functional>
#include <memory>
#include <vector>

namespace AscendDeck {

// Writes a project's history (see HistoryLocation for the layout, HistoryCodec for the records): every
// sample to the raw tier, one aggregate per NPU per minute to the minute tier, alerts to the alert log.
// Records are queued per server and tier and written by flush() (one write per segment), so a caller
// that flushes every second loses at most that second when killed. Not thread-safe: one thread owns it
// (HistoryRecorder's worker). Bounded: segments older than the limits are deleted whole.
class HistoryWriter
{
    Q_DECLARE_TR_FUNCTIONS(HistoryWriter)

public:
    struct Stats
    {
        qint64 rawRecords = 0;
        qint64 minuteRecords = 0;
        qint64 bytes = 0;
    };
    // Milliseconds since the epoch; the retention's idea of now (tests inject one).
    using Clock = std::function<qint64()>;

    explicit HistoryWriter(const QString &root, const HistoryLimits &limits = HistoryLimits(), Clock clock = Clock());
    ~HistoryWriter();
    HistoryWriter(const HistoryWriter &) = delete;
    HistoryWriter &operator=(const HistoryWriter &) = delete;

    QString root() const { return m_root; }
    // Recovers the tails the last run may have torn and drops what is past the limits.
    bool open();
    void addReadings(const QString &server, const QList<NpuReading> &readings);
    // The server stopped answering (or recording starts or stops): charts break the line here.
    void addGap(const QString &server, qint64 timeMs);
    bool addAlert(const HistoryAlert &alert);
    bool flush();
    // Writes the minutes in progress too, then flushes and closes the files.
    void close();
    // Deletes the segments past the limits; returns how many.
    int prune();

    const Stats &stats() const { return m_stats; }
    QString errorString() const { return m_error; }

private:
    struct Series
    {
        int npuId = 0;
        int chipId = 0;
        qint64 minute = -1;
        SampleAggregate aggregate;
    };
    struct Server
    {
        Server(const QString &directory);
        QString directory;
        SegmentAppender raw;
        SegmentAppender minute;
        std::vector<Series> series;
    };

    Server *serverFor(const QString &name);
    Series &seriesFor(Server &server, int npuId, int chipId);
    void closeMinute(Server &server, Series &series);
    void addRecord(SegmentAppender &appender, qint64 segmentStartMs, const QByteArray &record);
    QStringList serverDirectories() const;

    QString m_root;
    HistoryLimits m_limits;
    Clock m_clock;
    HistoryAlertLog m_alerts;
    QHash<QString, std::shared_ptr<Server>> m_servers;
    Stats m_stats;
    QString m_error;
};

} // namespace AscendDeck
