#include "ServicePanel.h"

#include "monitor/ServiceMetricsPoller.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>
#include <optional>

namespace AscendDeck {

namespace {
QString number(const std::optional<double> &value, const char *format, double scale = 1)
{
    return value ? QString::asprintf(format, *value * scale) : QStringLiteral("-");
}
} // namespace

ServicePanel::ServicePanel(const ServiceMetricsPoller *poller, QWidget *parent)
    : QWidget(parent)
    , m_poller(poller)
{
    setObjectName(QStringLiteral("servicePanel"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    addFigure(QStringLiteral("state"), tr("Service"), 0, 0);
    addFigure(QStringLiteral("generation"), tr("Generation tokens/s"), 0, 1);
    addFigure(QStringLiteral("prompt"), tr("Prompt tokens/s"), 0, 2);
    addFigure(QStringLiteral("running"), tr("Running requests"), 0, 3);
    addFigure(QStringLiteral("waiting"), tr("Waiting requests"), 1, 0);
    addFigure(QStringLiteral("ttft50"), tr("TTFT p50"), 1, 1);
    addFigure(QStringLiteral("ttft95"), tr("TTFT p95"), 1, 2);
    addFigure(QStringLiteral("kv"), tr("KV cache used"), 1, 3);

    m_generation = new QLineSeries;
    m_generation->setName(tr("generation"));
    m_prompt = new QLineSeries;
    m_prompt->setName(tr("prompt"));
    m_running = new QLineSeries;
    m_running->setName(tr("running"));
    m_waiting = new QLineSeries;
    m_waiting->setName(tr("waiting"));
    m_tokensView = createChart(tr("Tokens/s"), m_generation, m_prompt, &m_tokensX, &m_tokensY);
    m_tokensView->setObjectName(QStringLiteral("serviceTokensChart"));
    m_requestsView = createChart(tr("Requests"), m_running, m_waiting, &m_requestsX, &m_requestsY);
    m_requestsView->setObjectName(QStringLiteral("serviceRequestsChart"));
    layout->addWidget(m_tokensView, 2, 0, 1, 4);
    layout->addWidget(m_requestsView, 3, 0, 1, 4);
}

void ServicePanel::addFigure(const QString &key, const QString &label, int row, int column)
{
    auto *box = new QLabel(this);
    box->setObjectName(QStringLiteral("figure_") + key);
    box->setTextFormat(Qt::PlainText);
    box->setAlignment(Qt::AlignCenter);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    box->setFont(big);
    box->setText(QStringLiteral("-"));
    auto *caption = new QLabel(label, this);
    caption->setAlignment(Qt::AlignCenter);
    auto *cell = new QWidget(this);
    auto *v = new QVBoxLayout(cell);
    v->setContentsMargins(4, 2, 4, 2);
    v->setSpacing(0);
    v->addWidget(box);
    v->addWidget(caption);
    static_cast<QGridLayout *>(layout())->addWidget(cell, row, column);
    m_figures.insert(key, box);
}

QChartView *ServicePanel::createChart(const QString &title, QLineSeries *a, QLineSeries *b, QValueAxis **x, QValueAxis **y)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->legend()->setAlignment(Qt::AlignRight);
    *x = new QValueAxis(chart);
    (*x)->setRange(-m_windowSeconds, 0);
    (*x)->setLabelFormat(QStringLiteral("%d"));
    (*x)->setTitleText(tr("seconds ago"));
    *y = new QValueAxis(chart);
    (*y)->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(*x, Qt::AlignBottom);
    chart->addAxis(*y, Qt::AlignLeft);
    for (QLineSeries *series : {a, b}) {
        chart->addSeries(series);
        series->attachAxis(*x);
        series->attachAxis(*y);
    }
    auto *view = new QChartView(chart, this);
    view->setRenderHint(QPainter::Antialiasing, false);
    view->setMinimumHeight(150);
    return view;
}

void ServicePanel::refresh()
{
    const SampleRing<ServiceMetrics> &history = m_poller->history();
    if (history.isEmpty())
        return;
    const ServiceMetrics &m = history.latest();
    m_figures.value(QStringLiteral("state"))->setText(m.up ? tr("up") : tr("down"));
    m_figures.value(QStringLiteral("state"))->setToolTip(m.error);
    m_figures.value(QStringLiteral("state"))->setStyleSheet(m.up ? QStringLiteral("color: #2e7d32") : QStringLiteral("color: #c62828"));
    m_figures.value(QStringLiteral("generation"))->setText(number(m.generationTokensPerSecond, "%.1f"));
    m_figures.value(QStringLiteral("prompt"))->setText(number(m.promptTokensPerSecond, "%.1f"));
    m_figures.value(QStringLiteral("running"))->setText(number(m.requestsRunning, "%.0f"));
    m_figures.value(QStringLiteral("waiting"))->setText(number(m.requestsWaiting, "%.0f"));
    m_figures.value(QStringLiteral("ttft50"))->setText(number(m.ttftP50Seconds, "%.0f ms", 1000));
    m_figures.value(QStringLiteral("ttft95"))->setText(number(m.ttftP95Seconds, "%.0f ms", 1000));
    m_figures.value(QStringLiteral("kv"))->setText(number(m.kvCacheUsage, "%.0f %%", 100));

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<QPointF> generation, prompt, running, waiting;
    double tokensTop = 10;
    double requestsTop = 4;
    for (int i = 0; i < history.size(); ++i) {
        const ServiceMetrics &s = history.at(i);
        const double x = (s.timeMs - now) / 1000.0;
        if (x < -m_windowSeconds || !s.up)
            continue;
        auto add = [x](QList<QPointF> &points, const std::optional<double> &v, double &top) {
            if (v) {
                points.append(QPointF(x, *v));
                top = std::max(top, *v);
            }
        };
        add(generation, s.generationTokensPerSecond, tokensTop);
        add(prompt, s.promptTokensPerSecond, tokensTop);
        add(running, s.requestsRunning, requestsTop);
        add(waiting, s.requestsWaiting, requestsTop);
    }
    m_generation->replace(generation);
    m_prompt->replace(prompt);
    m_running->replace(running);
    m_waiting->replace(waiting);
    const int span = int(qBound<qint64>(60, (now - history.at(0).timeMs) / 1000 + 1, qint64(m_windowSeconds)));
    for (QValueAxis *x : {m_tokensX, m_requestsX})
        x->setRange(-span, 0);
    m_tokensY->setRange(0, std::ceil(tokensTop * 1.1));
    m_tokensY->applyNiceNumbers();
    m_requestsY->setRange(0, std::ceil(requestsTop * 1.1));
    m_requestsY->applyNiceNumbers();
}

QString ServicePanel::figureText(const QString &key) const
{
    const QLabel *label = m_figures.value(key);
    return label ? label->text() : QString();
}

int ServicePanel::pointCount() const
{
    return int(m_generation->count() + m_prompt->count() + m_running->count() + m_waiting->count());
}

} // namespace AscendDeck
