#pragma once

#include "history/HistoryAlert.h"
#include "history/HistoryPoint.h"
#include "history/HistoryQuery.h"
#include "history/HistorySegments.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

class QIODevice;

namespace AscendDeck {

// Reads a project's history: the series of a time range for charts (raw samples within the raw tier's
// window, minute aggregates beyond it, downsampled to a bounded number of points), CSV export, the alert
// history. Stateless over the files, so it may run on any thread while a HistoryWriter appends: a record
// still being written fails its checksum and is skipped. A day of raw samples of one server (8 NPUs) is
// ~22 MB to scan: charts over long ranges should read off the GUI thread.
class HistoryReader
{
    Q_DECLARE_TR_FUNCTIONS(HistoryReader)

public:
    using Clock = std::function<qint64()>;

    explicit HistoryReader(const QString &root, qint64 rawKeepMs = HistorySegments::kDayMs, Clock clock = Clock());

    QString root() const { return m_root; }
    // Names of the servers with any history, sorted.
    QStringList servers() const;
    // The tier a query reads: raw when the whole range lies within the raw tier's window, else minutes.
    HistoryTier tierFor(const HistoryQuery &query) const;
    QList<HistorySeries> read(const HistoryQuery &query) const;
    // Where the stored history begins (the start of its oldest segment of either tier), or -1 when empty:
    // how far back a chart can scroll.
    qint64 firstTimeMs() const;
    // Bytes on disk of one tier's segments over every server (for a "history uses N MB" line).
    qint64 diskBytes(HistoryTier tier) const;
    QList<HistoryAlert> readAlerts(qint64 fromMs, qint64 toMs) const;

    // Every stored point of the range (maxPoints is ignored), one line each. Raw tier: the columns of the
    // live monitor's export; minute tier: the number of samples and min/mean/max of each figure.
    bool exportCsv(QIODevice *device, const HistoryQuery &query, QString *error = nullptr) const;
    QByteArray toCsv(const HistoryQuery &query) const;

    // Merges points into at most about maxPoints buckets over [fromMs, toMs]; a gap stays a gap.
    static QList<HistoryPoint> downsample(const QList<HistoryPoint> &points, qint64 fromMs, qint64 toMs, int maxPoints);

private:
    struct ServerFolder
    {
        QString name;
        QString path;
    };
    QList<ServerFolder> serverFolders() const;
    QList<HistorySeries> readServer(const ServerFolder &server, HistoryTier tier, const HistoryQuery &query) const;

    QString m_root;
    qint64 m_rawKeepMs;
    Clock m_clock;
};

} // namespace AscendDeck
