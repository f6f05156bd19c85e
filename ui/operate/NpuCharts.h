#pragma once

#include "history/HistoryPoint.h"

#include <QList>
#include <QWidget>

#include <vector>

class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;

namespace AscendDeck {

class ClusterSamples;
struct NpuSample;

// Live charts of one server's NPUs: HBM used, AI Core use, temperature and power, one line per NPU over the
// last few minutes. A period without readings breaks the lines (a new segment starts after the gap), so a
// dropped server shows as a hole, not as a straight line across it. Or, instead of the live rings, a range
// read from the project's history, which can be zoomed (drag a rectangle, mouse wheel; right click zooms out).
class NpuCharts : public QWidget
{
    Q_OBJECT
public:
    enum Metric { Hbm, AiCore, Temperature, Power, MetricCount };
    // Grid: 2 x 2 charts with legends (one server in detail). Row: 4 small charts in a row, no legend
    // (one row per server when every server is shown at once).
    enum Layout { Grid, Row };

    explicit NpuCharts(const ClusterSamples *samples, QWidget *parent = nullptr, Layout layout = Grid);

    void setServer(int server);
    int server() const { return m_server; }
    void setWindowSeconds(int seconds);
    // Points currently plotted in a metric's chart (all NPUs, all segments).
    int pointCount(Metric metric) const;
    QChartView *chartView(Metric metric) const { return m_charts.at(metric).view; }

    // Shows this server's series of a history range instead of the live rings, until setLive().
    void setHistory(const QList<HistorySeries> &series, qint64 fromMs, qint64 toMs);
    void setLive();
    bool isLive() const { return m_live; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

public slots:
    void refresh();

private:
    struct Chart
    {
        QChartView *view = nullptr;
        QChart *chart = nullptr;
        QValueAxis *x = nullptr;
        QValueAxis *y = nullptr;
        std::vector<std::vector<QLineSeries *>> segments; // per NPU series, per unbroken stretch
    };

    void createChart(Metric metric, const QString &title, const QString &unit);
    void plot(Chart &chart, Metric metric, qint64 nowMs);
    void plotHistory(Chart &chart, Metric metric);
    void setYRange(Chart &chart, double top);
    void setStretches(Chart &chart, int series, const QString &name, const std::vector<QList<QPointF>> &stretches);
    QLineSeries *segment(Chart &chart, int series, size_t index, const QString &name);
    QString seriesName(int npuId, int chipId) const;
    static double value(const NpuSample &sample, Metric metric);
    void clearSeries();

    const ClusterSamples *m_samples;
    int m_server = -1;
    int m_windowSeconds = 300;
    Layout m_layout;
    bool m_live = true;
    QList<HistorySeries> m_history;
    qint64 m_historyFromMs = 0;
    qint64 m_historyToMs = 0;
    QList<Chart> m_charts;
};

} // namespace AscendDeck
