#include "NpuCharts.h"

#include "monitor/ClusterSamples.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QGridLayout>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

namespace AscendDeck {

namespace {
// Eight colours that stay apart on a white background, one per NPU of a server.
const QColor kNpuColors[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
                             QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                             QColor(0xe3, 0x77, 0xc2), QColor(0x17, 0xbe, 0xcf)};
} // namespace

NpuCharts::NpuCharts(const ClusterSamples *samples, QWidget *parent)
    : QWidget(parent)
    , m_samples(samples)
{
    setObjectName(QStringLiteral("npuCharts"));
    m_charts.resize(MetricCount);
    createChart(Hbm, tr("HBM used"), tr("GB"));
    createChart(AiCore, tr("AI Core use"), tr("%"));
    createChart(Temperature, tr("Temperature"), tr("°C"));
    createChart(Power, tr("Power"), tr("W"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(2);
    for (int m = 0; m < MetricCount; ++m)
        grid->addWidget(m_charts.at(m).view, m / 2, m % 2);
}

void NpuCharts::createChart(Metric metric, const QString &title, const QString &unit)
{
    Chart &c = m_charts[metric];
    c.chart = new QChart;
    c.chart->setTitle(title);
    c.chart->setMargins(QMargins(2, 2, 2, 2));
    c.chart->legend()->setAlignment(Qt::AlignRight);
    c.chart->legend()->setFont(font());
    c.x = new QValueAxis(c.chart);
    c.x->setTitleText(tr("seconds ago"));
    c.x->setLabelFormat(QStringLiteral("%d"));
    c.y = new QValueAxis(c.chart);
    c.y->setTitleText(unit);
    c.y->setLabelFormat(QStringLiteral("%.0f"));
    c.chart->addAxis(c.x, Qt::AlignBottom);
    c.chart->addAxis(c.y, Qt::AlignLeft);
    c.view = new QChartView(c.chart, this);
    c.view->setObjectName(QStringLiteral("npuChart%1").arg(metric));
    c.view->setRenderHint(QPainter::Antialiasing, false); // 32 lines redrawn every second: plain lines keep the GUI thread free
    c.view->setMinimumSize(260, 170);
    setWindowSeconds(m_windowSeconds);
}

void NpuCharts::setWindowSeconds(int seconds)
{
    m_windowSeconds = qMax(10, seconds);
    for (Chart &c : m_charts) {
        if (c.x)
            c.x->setRange(-m_windowSeconds, 0);
    }
}

void NpuCharts::setServer(int server)
{
    if (server == m_server)
        return;
    clearSeries();
    m_server = server;
    refresh();
}

void NpuCharts::clearSeries()
{
    for (Chart &c : m_charts) {
        c.chart->removeAllSeries(); // deletes them
        c.segments.clear();
    }
}

QLineSeries *NpuCharts::segment(Chart &chart, int series, size_t index)
{
    if (chart.segments.size() <= size_t(series))
        chart.segments.resize(size_t(series) + 1);
    std::vector<QLineSeries *> &list = chart.segments[size_t(series)];
    while (list.size() <= index) {
        auto *line = new QLineSeries;
        line->setName(tr("NPU %1").arg(m_samples->npuId(m_server, series))
                      + (m_samples->chipId(m_server, series) ? QStringLiteral("/%1").arg(m_samples->chipId(m_server, series)) : QString()));
        QPen pen(kNpuColors[series % 8]);
        pen.setWidthF(1.5);
        line->setPen(pen);
        chart.chart->addSeries(line);
        line->attachAxis(chart.x);
        line->attachAxis(chart.y);
        // One legend entry per NPU, however many segments gaps cut its line into.
        if (!list.empty()) {
            const QList<QLegendMarker *> markers = chart.chart->legend()->markers(line);
            for (QLegendMarker *marker : markers)
                marker->setVisible(false);
        }
        list.push_back(line);
    }
    return list[index];
}

double NpuCharts::value(const NpuSample &sample, Metric metric)
{
    switch (metric) {
    case Hbm:
        return sample.hbmUsedMb / 1024.0;
    case AiCore:
        return sample.aiCorePercent;
    case Temperature:
        return sample.temperatureC;
    case Power:
        return sample.powerW;
    case MetricCount:
        break;
    }
    return std::nan("");
}

void NpuCharts::plot(Chart &chart, Metric metric, qint64 nowMs)
{
    double top = metric == AiCore ? 100 : 1;
    for (int series = 0; series < m_samples->seriesCount(m_server); ++series) {
        const SampleRing<NpuSample> &ring = m_samples->ring(m_server, series);
        std::vector<QList<QPointF>> stretches(1);
        for (int i = 0; i < ring.size(); ++i) {
            const NpuSample &s = ring.at(i);
            const double x = (s.timeMs - nowMs) / 1000.0;
            if (x < -m_windowSeconds)
                continue;
            const double y = value(s, metric);
            if (s.gap || std::isnan(y)) {
                if (!stretches.back().isEmpty())
                    stretches.emplace_back();
                continue;
            }
            stretches.back().append(QPointF(x, y));
            if (metric == Hbm && !std::isnan(s.hbmTotalMb))
                top = qMax(top, s.hbmTotalMb / 1024.0);
            top = qMax(top, y);
        }
        size_t used = 0;
        for (const QList<QPointF> &points : stretches) {
            if (!points.isEmpty())
                segment(chart, series, used++)->replace(points);
        }
        // Segments left over from an earlier gap that has scrolled out of the window.
        if (size_t(series) < chart.segments.size()) {
            for (size_t k = used; k < chart.segments[size_t(series)].size(); ++k)
                chart.segments[size_t(series)][k]->clear();
        }
    }
    chart.y->setRange(0, metric == AiCore ? 100 : std::ceil(top * 1.1));
    chart.y->applyNiceNumbers();
}

void NpuCharts::refresh()
{
    if (m_server < 0 || m_server >= m_samples->serverCount())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // The x axis grows with the history, from one minute up to the window, so a fresh monitor is readable.
    qint64 oldest = now;
    for (int series = 0; series < m_samples->seriesCount(m_server); ++series) {
        if (!m_samples->ring(m_server, series).isEmpty())
            oldest = qMin(oldest, m_samples->ring(m_server, series).at(0).timeMs);
    }
    const int span = int(qBound<qint64>(60, (now - oldest) / 1000 + 1, qint64(m_windowSeconds)));
    for (int m = 0; m < MetricCount; ++m) {
        m_charts[m].x->setRange(-span, 0);
        plot(m_charts[m], Metric(m), now);
    }
}

int NpuCharts::pointCount(Metric metric) const
{
    int points = 0;
    for (const auto &list : m_charts.at(metric).segments) {
        for (const QLineSeries *line : list)
            points += line->count();
    }
    return points;
}

} // namespace AscendDeck
