#pragma once

#include <QWidget>

namespace AscendDeck {

class ClusterSamples;

// The cluster at a glance: one small tile per NPU, a row of tiles per server, rows flowing into as many
// columns as the width allows (64 servers x 8 NPUs fit one screen). A tile's colour is the NPU's health
// (grey: no reading, or the server stopped answering) and its fill is the share of HBM in use. Painted from
// the samples on refresh(), never per sample, so that the cost does not grow with the sampling rate.
class NpuOverview : public QWidget
{
    Q_OBJECT
public:
    explicit NpuOverview(const ClusterSamples *samples, QWidget *parent = nullptr);

    void setSelectedServer(int server);
    int selectedServer() const { return m_selected; }
    // Describes the tile under a point (the tooltip's text), empty if none.
    QString describeAt(const QPoint &pos) const;
    QRect tileRect(int server, int series) const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    void refresh();

signals:
    void serverClicked(int server);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    void measure();
    int columnsFor(int width) const;
    int rowWidth() const;
    int tilesPerRow() const;
    QRect rowRect(int server) const;
    int serverAt(const QPoint &pos, int *series) const;
    QColor tileColor(int server, int series) const;

    const ClusterSamples *m_samples;
    int m_selected = -1;
    int m_tilesPerRow = 8;
    int m_rowWidth = 0;
    int m_measuredSeries = -1;
    int m_measuredServers = -1;
};

} // namespace AscendDeck
