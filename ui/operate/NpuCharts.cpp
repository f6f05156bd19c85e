#include "NpuCharts.h"

#include "history/HistoryPoint.h"
#include "monitor/ClusterSamples.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QGridLayout>
#include <QWheelEvent>
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

NpuCharts::NpuCharts(const ClusterSamples *samples, QWidget *parent, Layout layout)
    : QWidget(parent)
    , m_samples(samples)
    , m_layout(layout)
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
    for (int m = 0; m < MetricCount; ++m) {
        if (m_layout == Row)
            grid->addWidget(m_charts.at(m).view, 0, m);
        else
            grid->addWidget(m_charts.at(m).view, m / 2, m % 2);
    }
}

void NpuCharts::createChart(Metric metric, const QString &title, const QString &unit)
{
    Chart &c = m_charts[metric];
    c.chart = new QChart;
    c.chart->setTitle(title);
    c.chart->setMargins(QMargins(2, 2, 2, 2));
    c.chart->legend()->setAlignment(Qt::AlignRight);
    c.chart->legend()->setFont(font());
    c.chart->legend()->setVisible(m_layout == Grid);
    c.x = new QValueAxis(c.chart);
    c.x->setTitleText(tr("seconds ago"));
    c.x->setLabelFormat(QStringLiteral("%d"));
    c.y = new QValueAxis(c.chart);
    c.y->setTitleText(unit);
    c.y->setLabelFormat(QStringLiteral("%.0f"));
    if (m_layout == Row)
        c.y->setTickCount(3); // more labels than fit a small chart's height show as "..."
    c.chart->addAxis(c.x, Qt::AlignBottom);
    c.chart->addAxis(c.y, Qt::AlignLeft);
    c.view = new QChartView(c.chart, this);
    c.view->setObjectName(QStringLiteral("npuChart%1").arg(metric));
    c.view->setRenderHint(QPainter::Antialiasing, false); // 32 lines redrawn every second: plain lines keep the GUI thread free
    c.view->setMinimumSize(m_layout == Row ? 200 : 260, m_layout == Row ? 150 : 170);
    c.view->viewport()->installEventFilter(this); // the wheel zooms a history range
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

QString NpuCharts::seriesName(int npuId, int chipId) const
{
    return tr("NPU %1").arg(npuId) + (chipId ? QStringLiteral("/%1").arg(chipId) : QString());
}

QLineSeries *NpuCharts::segment(Chart &chart, int series, size_t index, const QString &name)
{
    if (chart.segments.size() <= size_t(series))
        chart.segments.resize(size_t(series) + 1);
    std::vector<QLineSeries *> &list = chart.segments[size_t(series)];
    while (list.size() <= index) {
        auto *line = new QLineSeries;
        line->setName(name);
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
        setStretches(chart, series, seriesName(m_samples->npuId(m_server, series), m_samples->chipId(m_server, series)), stretches);
    }
    setYRange(chart, metric == AiCore ? 100 : std::ceil(top * 1.1));
}

void NpuCharts::setYRange(Chart &chart, double top)
{
    // A row's chart has three ticks: a top in tens keeps their labels whole numbers.
    chart.y->setRange(0, m_layout == Row ? std::ceil(top / 10) * 10 : top);
    if (m_layout == Grid)
        chart.y->applyNiceNumbers(); // which would also change the few ticks of a row's chart
}

void NpuCharts::setStretches(Chart &chart, int series, const QString &name, const std::vector<QList<QPointF>> &stretches)
{
    size_t used = 0;
    for (const QList<QPointF> &points : stretches) {
        if (!points.isEmpty())
            segment(chart, series, used++, name)->replace(points);
    }
    // Segments left over from an earlier gap that has scrolled out of the window.
    if (size_t(series) < chart.segments.size()) {
        for (size_t k = used; k < chart.segments[size_t(series)].size(); ++k)
            chart.segments[size_t(series)][k]->clear();
    }
}

namespace {
// The x axis unit of a history range: minutes up to two hours, hours up to two days, days beyond.
qint64 unitMs(qint64 spanMs)
{
    if (spanMs <= 2 * 3600 * 1000LL)
        return 60 * 1000LL;
    if (spanMs <= 48 * 3600 * 1000LL)
        return 3600 * 1000LL;
    return 24 * 3600 * 1000LL;
}
} // namespace

void NpuCharts::setHistory(const QList<HistorySeries> &series, qint64 fromMs, qint64 toMs)
{
    clearSeries();
    m_live = false;
    m_history = series;
    m_historyFromMs = fromMs;
    m_historyToMs = qMax(toMs, fromMs + 1);
    const qint64 unit = unitMs(m_historyToMs - m_historyFromMs);
    const QString title = unit == 60000 ? tr("minutes ago") : unit == 3600000 ? tr("hours ago") : tr("days ago");
    for (int m = 0; m < MetricCount; ++m) {
        Chart &c = m_charts[m];
        c.chart->zoomReset();
        c.x->setTitleText(title);
        c.x->setLabelFormat(QStringLiteral("%.1f"));
        c.x->setRange(double(m_historyFromMs - m_historyToMs) / unit, 0);
        c.view->setRubberBand(QChartView::HorizontalRubberBand);
        plotHistory(c, Metric(m));
    }
}

void NpuCharts::setLive()
{
    if (m_live)
        return;
    clearSeries();
    m_live = true;
    m_history.clear();
    for (Chart &c : m_charts) {
        c.chart->zoomReset();
        c.x->setTitleText(tr("seconds ago"));
        c.x->setLabelFormat(QStringLiteral("%d"));
        c.view->setRubberBand(QChartView::NoRubberBand);
    }
    refresh();
}

void NpuCharts::plotHistory(Chart &chart, Metric metric)
{
    const qint64 unit = unitMs(m_historyToMs - m_historyFromMs);
    double top = metric == AiCore ? 100 : 1;
    for (int series = 0; series < m_history.size(); ++series) {
        const HistorySeries &history = m_history.at(series);
        std::vector<QList<QPointF>> stretches(1);
        for (const HistoryPoint &p : history.points) {
            const double y = value(p.mean, metric);
            if (p.isGap() || std::isnan(y)) {
                if (!stretches.back().isEmpty())
                    stretches.emplace_back();
                continue;
            }
            stretches.back().append(QPointF(double(p.timeMs - m_historyToMs) / unit, y));
            if (metric == Hbm && !std::isnan(p.max.hbmTotalMb))
                top = qMax(top, p.max.hbmTotalMb / 1024.0);
            top = qMax(top, double(value(p.max, metric)));
        }
        setStretches(chart, series, seriesName(history.npuId, history.chipId), stretches);
    }
    setYRange(chart, metric == AiCore ? 100 : std::ceil(top * 1.1));
}

bool NpuCharts::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel && !m_live) {
        for (Chart &c : m_charts) {
            if (c.view->viewport() != watched)
                continue;
            const auto *wheel = static_cast<QWheelEvent *>(event);
            const double factor = wheel->angleDelta().y() > 0 ? 0.8 : 1.25;
            // Zoom the time axis only, about the point under the mouse.
            const QRectF area = c.chart->plotArea();
            const double at = c.chart->mapToValue(c.view->mapToScene(wheel->position().toPoint())).x();
            const double from = at - (at - c.x->min()) * factor;
            const double to = at + (c.x->max() - at) * factor;
            if (area.width() > 0)
                c.x->setRange(from, to);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void NpuCharts::refresh()
{
    if (!m_live || m_server < 0 || m_server >= m_samples->serverCount())
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
