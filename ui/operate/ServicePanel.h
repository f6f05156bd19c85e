#pragma once

#include <QMap>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace AscendDeck {

class ServiceMetricsPoller;

// The service as its Prometheus /metrics reports it: generation and prompt tokens/s, running and waiting
// requests, time to first token (p50/p95) and KV-cache use, as figures and as charts over the last minutes.
class ServicePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ServicePanel(const ServiceMetricsPoller *poller, QWidget *parent = nullptr);

    // The figure shown for a key ("state", "generation", "prompt", "running", "waiting", "ttft50", "ttft95", "kv").
    QString figureText(const QString &key) const;
    int pointCount() const;
    QChartView *tokensChart() const { return m_tokensView; }

public slots:
    void refresh();

private:
    void addFigure(const QString &key, const QString &label, int row, int column);
    QChartView *createChart(const QString &title, QLineSeries *a, QLineSeries *b, QValueAxis **x, QValueAxis **y);

    const ServiceMetricsPoller *m_poller;
    QMap<QString, QLabel *> m_figures;
    QLineSeries *m_generation = nullptr;
    QLineSeries *m_prompt = nullptr;
    QLineSeries *m_running = nullptr;
    QLineSeries *m_waiting = nullptr;
    QValueAxis *m_tokensX = nullptr;
    QValueAxis *m_tokensY = nullptr;
    QValueAxis *m_requestsX = nullptr;
    QValueAxis *m_requestsY = nullptr;
    QChartView *m_tokensView = nullptr;
    QChartView *m_requestsView = nullptr;
    int m_windowSeconds = 300;
};

} // namespace AscendDeck
