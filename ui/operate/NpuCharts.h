#pragma once

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
// dropped server shows as a hole, not as a straight line across it.
class NpuCharts : public QWidget
{
    Q_OBJECT
public:
    enum Metric { Hbm, AiCore, Temperature, Power, MetricCount };

    explicit NpuCharts(const ClusterSamples *samples, QWidget *parent = nullptr);

    void setServer(int server);
    int server() const { return m_server; }
    void setWindowSeconds(int seconds);
    // Points currently plotted in a metric's chart (all NPUs, all segments).
    int pointCount(Metric metric) const;
    QChartView *chartView(Metric metric) const { return m_charts.at(metric).view; }

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
    QLineSeries *segment(Chart &chart, int series, size_t index);
    static double value(const NpuSample &sample, Metric metric);
    void clearSeries();

    const ClusterSamples *m_samples;
    int m_server = -1;
    int m_windowSeconds = 300;
    QList<Chart> m_charts;
};

} // namespace AscendDeck
