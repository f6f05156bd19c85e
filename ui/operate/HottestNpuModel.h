#pragma once

#include "monitor/NpuSample.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace AscendDeck {

class ClusterSamples;

// The cluster's hottest and fullest NPUs: the latest reading of every NPU of every server, ranked by one
// figure (temperature, HBM use or AI Core use), the top N kept. What an administrator of 64 servers looks
// at first, since 512 tiles do not say which NPU is at its limit.
class HottestNpuModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ServerColumn, NpuColumn, TemperatureColumn, HbmColumn, AiCoreColumn, PowerColumn, ColumnCount };
    enum RankBy { ByTemperature, ByHbm, ByAiCore };

    explicit HottestNpuModel(const ClusterSamples *samples, QObject *parent = nullptr);

    void setSamples(const ClusterSamples *samples);
    void setRankBy(RankBy rankBy);
    RankBy rankBy() const { return m_rankBy; }
    void setLimit(int limit);
    // Re-reads the latest samples and re-ranks.
    void refresh();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString server;
        int npuId = -1;
        int chipId = 0;
        NpuSample sample;
    };
    double rankValue(const Row &row) const;
    QList<Row> ranked() const;

    const ClusterSamples *m_samples;
    RankBy m_rankBy = ByTemperature;
    int m_limit = 16;
    QList<Row> m_rows;
};

} // namespace AscendDeck
