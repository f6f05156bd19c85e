#pragma once

#include "monitor/NpuSample.h"
#include "monitor/SampleRing.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>
#include <vector>

class QIODevice;

namespace AscendDeck {

// Every server's NPU samples in bounded rings (one per NPU chip), owned by the GUI thread: the samplers
// deliver queued, so no lock is needed and a chart reads without copying. Sized for the cluster
// overview: 64 servers x 8 NPUs x 900 samples (15 min at 1 Hz) is ~15 MB, allocated when an NPU first
// reports and never after.
class ClusterSamples : public QObject
{
    Q_OBJECT
public:
    explicit ClusterSamples(int capacity = 900, QObject *parent = nullptr);

    void setServers(const QStringList &names);
    int capacity() const { return m_capacity; }
    int serverCount() const { return static_cast<int>(m_servers.size()); }
    QString serverName(int server) const;

    // NPU series of a server, in the order npu-smi lists them.
    int seriesCount(int server) const;
    int npuId(int server, int series) const;
    int chipId(int server, int series) const;
    const SampleRing<NpuSample> &ring(int server, int series) const;
    std::optional<NpuSample> latest(int server, int series) const;
    // Console time of the last real (non-gap) reading of the server; 0 if none yet.
    qint64 lastSampleMs(int server) const;
    // False after a gap until the next reading.
    bool isAnswering(int server) const;
    // Total samples kept over all rings.
    qint64 sampleCount() const;

    // One line per sample: time, server, NPU, chip, figures, health, gap. Oldest first within a series.
    bool exportCsv(QIODevice *device, QString *error = nullptr) const;
    QByteArray toCsv() const;

public slots:
    void addReadings(int server, const QList<AscendDeck::NpuReading> &readings);
    void addGap(int server, qint64 timeMs);

signals:
    void updated(int server);

private:
    struct Series
    {
        int npuId = -1;
        int chipId = 0;
        SampleRing<NpuSample> ring;
    };
    struct Server
    {
        QString name;
        std::vector<Series> series;
        qint64 lastSampleMs = 0;
        bool answering = false;
    };

    Series &seriesFor(Server &server, int npuId, int chipId);
    bool validServer(int server) const { return server >= 0 && server < serverCount(); }
    void writeSeries(QIODevice *device, const Server &server, const Series &series) const;

    int m_capacity;
    std::vector<Server> m_servers;
};

} // namespace AscendDeck
