#include "LoadSweepPanel.h"
#include "ui_LoadSweepPanel.h"

#include "loadtest/LoadSweepJob.h"

#include <QChart>
#include <QChartView>
#include <QFileDialog>
#include <QLineSeries>
#include <QSaveFile>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace AscendDeck {

namespace {
bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) < 0 || !file.commit()) {
        if (error)
            *error = LoadSweepPanel::tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

// A line series on the chart's load axis and the given value axis.
QLineSeries *addLine(QChart *chart, const QString &name, QValueAxis *x, QValueAxis *y)
{
    auto *series = new QLineSeries;
    series->setName(name);
    series->setPointsVisible(true);
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
    return series;
}
} // namespace

LoadSweepPanel::LoadSweepPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LoadSweepPanel>())
    , m_job(new LoadSweepJob(this))
{
    m_ui->setupUi(this);
    connect(m_job, &LoadSweepJob::stepMeasured, this, &LoadSweepPanel::onStep);
    connect(m_job, &LoadSweepJob::reportReady, this, &LoadSweepPanel::onFinished);
    connect(m_job, &LoadSweepJob::startFailed, this, [this](const QString &error) {
        m_ui->sweepStart->setEnabled(true);
        m_ui->sweepStatus->setText(error);
    });
    connect(m_job, &Job::cancelled, this, [this] {
        m_ui->sweepStart->setEnabled(true);
        m_ui->sweepStatus->setText(tr("Cancelled: no report."));
    });
    // Cancel ends the sweep and still reports the steps that finished.
    m_ui->sweepJobProgress->bind(m_job, [this] { stop(); });
    connect(m_ui->sweepStart, &QPushButton::clicked, this, &LoadSweepPanel::start);
    connect(m_ui->sweepSaveJson, &QPushButton::clicked, this, [this] { chooseSave(false); });
    connect(m_ui->sweepSaveCsv, &QPushButton::clicked, this, [this] { chooseSave(true); });
    createChart();
}

LoadSweepPanel::~LoadSweepPanel() = default;

void LoadSweepPanel::createChart()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Throughput and latency against load"));
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_loadAxis = new QValueAxis(chart);
    m_loadAxis->setTitleText(tr("load"));
    m_loadAxis->setLabelFormat(QStringLiteral("%g"));
    m_throughputAxis = new QValueAxis(chart);
    m_throughputAxis->setTitleText(tr("output tokens/s"));
    m_throughputAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_latencyAxis = new QValueAxis(chart);
    m_latencyAxis->setTitleText(tr("ms"));
    m_latencyAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(m_loadAxis, Qt::AlignBottom);
    chart->addAxis(m_throughputAxis, Qt::AlignLeft);
    chart->addAxis(m_latencyAxis, Qt::AlignRight);
    m_throughput = addLine(chart, tr("output tokens/s"), m_loadAxis, m_throughputAxis);
    m_ttftP95 = addLine(chart, tr("TTFT p95 (ms)"), m_loadAxis, m_latencyAxis);
    m_tpotP95 = addLine(chart, tr("TPOT p95 (ms)"), m_loadAxis, m_latencyAxis);
    auto *view = new QChartView(chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    m_ui->sweepChartRow->addWidget(view);
}

void LoadSweepPanel::setSweep(const QString &loads, const QString &targets, const QString &searchMax, int warmup)
{
    m_ui->sweepLoads->setText(loads);
    m_ui->sweepTargets->setText(targets);
    m_ui->sweepSearchMax->setText(searchMax);
    m_ui->sweepWarmup->setValue(warmup);
}

std::optional<LoadSweepConfig> LoadSweepPanel::readForm(QString *error) const
{
    LoadSweepConfig config;
    const std::optional<LoadTestConfig> base = m_baseConfig ? m_baseConfig(error) : std::nullopt;
    if (!base)
        return std::nullopt;
    config.base = *base;
    config.base.warmupRequests = m_ui->sweepWarmup->value();
    const QString loads = m_ui->sweepLoads->text().trimmed();
    const QString targets = m_ui->sweepTargets->text().trimmed();
    QString problem;
    if (!loads.isEmpty() && !LoadSweepConfig::parseLoads(loads, &config.axis, &config.loads, &problem)) {
        *error = tr("Loads: %1").arg(problem);
        return std::nullopt;
    }
    if (!targets.isEmpty() && !SloTarget::parseList(targets, &config.targets, &problem)) {
        *error = tr("Targets: %1").arg(problem);
        return std::nullopt;
    }
    if (loads.isEmpty() && targets.isEmpty()) {
        *error = tr("Enter loads to measure, or targets to search the capacity.");
        return std::nullopt;
    }
    if (config.isSearch()
        && !LoadSweepConfig::parseSearchMax(m_ui->sweepSearchMax->text().trimmed(), &config.axis, &config.searchMax, &problem)) {
        *error = tr("Search up to: %1").arg(problem);
        return std::nullopt;
    }
    // At a rate the page's concurrency does not cap the requests in flight: the arrivals set the load.
    if (config.axis == LoadSweepConfig::Axis::Rate)
        config.base.concurrency = 0;
    return config;
}

void LoadSweepPanel::start()
{
    if (m_job->isRunning())
        return;
    QString error;
    const std::optional<LoadSweepConfig> config = readForm(&error);
    if (!config) {
        m_ui->sweepStatus->setText(error);
        return;
    }
    m_steps.clear();
    m_loadAxis->setTitleText(config->axis == LoadSweepConfig::Axis::Rate ? tr("requests/s") : tr("concurrency"));
    redrawCurve();
    m_ui->sweepStart->setEnabled(false);
    m_ui->sweepSaveJson->setEnabled(false);
    m_ui->sweepSaveCsv->setEnabled(false);
    m_ui->sweepStatus->clear();
    m_job->start(*config);
}

void LoadSweepPanel::stop()
{
    m_job->stop();
}

bool LoadSweepPanel::isRunning() const
{
    return m_job->isRunning();
}

void LoadSweepPanel::onStep(const LoadSweepStep &step)
{
    m_steps.append(step);
    redrawCurve();
}

void LoadSweepPanel::redrawCurve()
{
    // A search measures loads out of order: the curve joins them by load.
    QList<LoadSweepStep> sorted = m_steps;
    std::sort(sorted.begin(), sorted.end(), [](const LoadSweepStep &a, const LoadSweepStep &b) { return a.load < b.load; });
    QList<QPointF> throughput, ttft, tpot;
    double maxLoad = 1, maxThroughput = 1, maxLatency = 1;
    for (const LoadSweepStep &step : sorted) {
        const LoadTestReport &r = step.report;
        throughput << QPointF(step.load, r.outputThroughput);
        ttft << QPointF(step.load, r.ttft.p95);
        tpot << QPointF(step.load, r.tpot.p95);
        maxLoad = std::max(maxLoad, step.load);
        maxThroughput = std::max(maxThroughput, r.outputThroughput);
        maxLatency = std::max({maxLatency, r.ttft.p95, r.tpot.p95});
    }
    m_throughput->replace(throughput);
    m_ttftP95->replace(ttft);
    m_tpotP95->replace(tpot);
    m_loadAxis->setRange(0, std::ceil(maxLoad * 1.05));
    m_loadAxis->applyNiceNumbers();
    m_throughputAxis->setRange(0, std::ceil(maxThroughput * 1.1));
    m_throughputAxis->applyNiceNumbers();
    m_latencyAxis->setRange(0, std::ceil(maxLatency * 1.1));
    m_latencyAxis->applyNiceNumbers();
}

void LoadSweepPanel::onFinished(const LoadSweepReport &report)
{
    m_report = report;
    m_steps = report.steps;
    redrawCurve();
    m_ui->sweepStart->setEnabled(true);
    m_ui->sweepSaveJson->setEnabled(true);
    m_ui->sweepSaveCsv->setEnabled(true);
    QString status = report.stopped ? tr("Stopped after %n step(s).", nullptr, int(report.steps.size()))
                                    : tr("Finished: %n step(s).", nullptr, int(report.steps.size()));
    if (!report.config.targets.isEmpty()) {
        status += QLatin1Char(' ')
                  + (report.capacity ? tr("Capacity: %1 = %2%3.")
                                           .arg(report.config.axisName())
                                           .arg(*report.capacity)
                                           .arg(report.capacityIsSearchMax ? tr(" (the search's highest load)") : QString())
                                     : tr("No load met the targets."));
    }
    m_ui->sweepStatus->setText(status);
    emit finished(report);
}

bool LoadSweepPanel::saveJson(const QString &path, QString *error) const
{
    return writeFile(path, m_report.toJsonText(), error);
}

bool LoadSweepPanel::saveCsv(const QString &path, QString *error) const
{
    return writeFile(path, m_report.toCsv(), error);
}

void LoadSweepPanel::chooseSave(bool csv)
{
    const QString path = csv ? QFileDialog::getSaveFileName(this, tr("Save sweep"), QStringLiteral("sweep.csv"), tr("CSV files (*.csv)"))
                             : QFileDialog::getSaveFileName(this, tr("Save sweep"), QStringLiteral("sweep.json"), tr("JSON files (*.json)"));
    QString error;
    if (!path.isEmpty() && !(csv ? saveCsv(path, &error) : saveJson(path, &error)))
        m_ui->sweepStatus->setText(tr("Save failed: %1").arg(error));
}

int LoadSweepPanel::curvePointCount() const
{
    return int(m_throughput->count());
}

QString LoadSweepPanel::statusText() const
{
    return m_ui->sweepStatus->text();
}

} // namespace AscendDeck
