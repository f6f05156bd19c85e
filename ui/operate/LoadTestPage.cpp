#include "LoadTestPage.h"
#include "ui_LoadTestPage.h"

#include "ChatBox.h"
#include "LoadSweepPanel.h"

#include "loadtest/LoadTestJob.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSaveFile>
#include <QScatterSeries>
#include <QSpinBox>
#include <QTableWidget>
#include <QValueAxis>

#include <cmath>

namespace AscendDeck {

namespace {
QChartView *chartView(QWidget *parent, QChart *chart)
{
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(200);
    return view;
}
} // namespace

LoadTestPage::LoadTestPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LoadTestPage>())
    , m_job(new LoadTestJob(this))
{
    m_ui->setupUi(this);
    connect(m_job, &LoadTestJob::measured, this,
            [this](int, int, int, double tokensPerSecond) { onProgress(tokensPerSecond); });
    connect(m_job, &LoadTestJob::reportReady, this, &LoadTestPage::onFinished);
    connect(m_job, &LoadTestJob::startFailed, this, &LoadTestPage::onEnded);
    connect(m_job, &Job::cancelled, this, [this] { onEnded(tr("Cancelled: no report.")); });
    // Cancel stops sending and still reports the requests sent.
    m_ui->loadJobProgress->bind(m_job, [this] { cancel(); });

    m_chat = m_ui->chatBox;
    m_ui->loadTestSplitter->setStretchFactor(0, 1);
    m_ui->loadTestSplitter->setStretchFactor(1, 3);
    m_ui->loadTestSplitter->setStretchFactor(2, 3);
    m_ui->sweepPanel->setBaseConfigSource([this](QString *error) { return formConfig(error); });
    connectForm();
    createCharts();
}

LoadTestPage::~LoadTestPage() = default;

bool LoadTestPage::isRunning() const
{
    return m_job->isRunning();
}

// The form holds the layout; here its widgets are bound and connected.
void LoadTestPage::connectForm()
{
    m_url = m_ui->loadUrl;
    m_model = m_ui->loadModel;
    m_concurrency = m_ui->loadConcurrency;
    m_requests = m_ui->loadRequests;
    m_inputLen = m_ui->loadInputLen;
    m_outputLen = m_ui->loadOutputLen;
    m_dataset = m_ui->loadDataset;
    m_ignoreEos = m_ui->ignoreEosCheck;
    m_start = m_ui->loadStart;
    m_save = m_ui->saveReportButton;
    m_status = m_ui->loadStatus;
    QPushButton *browse = m_ui->browseDatasetButton;
    connect(browse, &QPushButton::clicked, this, &LoadTestPage::chooseDataset);
    connect(m_start, &QPushButton::clicked, this, &LoadTestPage::start);
    connect(m_save, &QPushButton::clicked, this, &LoadTestPage::chooseSave);
}

// The charts' series and axes are built here and put in the form's chart row.
void LoadTestPage::createCharts()
{
    QWidget *box = m_ui->loadResultsBox;
    m_summary = m_ui->loadSummary;
    m_table = m_ui->loadResults;
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    auto *live = new QChart;
    live->setTitle(tr("Output tokens/s while running"));
    m_throughput = new QLineSeries;
    m_throughput->setName(tr("output tokens/s"));
    m_liveX = new QValueAxis(live);
    m_liveX->setTitleText(tr("seconds"));
    m_liveX->setLabelFormat(QStringLiteral("%d"));
    m_liveY = new QValueAxis(live);
    m_liveY->setLabelFormat(QStringLiteral("%.0f"));
    live->addAxis(m_liveX, Qt::AlignBottom);
    live->addAxis(m_liveY, Qt::AlignLeft);
    live->addSeries(m_throughput);
    m_throughput->attachAxis(m_liveX);
    m_throughput->attachAxis(m_liveY);

    auto *latency = new QChart;
    latency->setTitle(tr("Latency per request"));
    m_ttft = new QScatterSeries;
    m_ttft->setName(tr("TTFT (ms)"));
    m_ttft->setMarkerSize(6);
    m_e2el = new QScatterSeries;
    m_e2el->setName(tr("E2E latency (ms)"));
    m_e2el->setMarkerSize(6);
    m_latencyX = new QValueAxis(latency);
    m_latencyX->setTitleText(tr("sent at (s)"));
    m_latencyX->setLabelFormat(QStringLiteral("%.0f"));
    m_latencyY = new QValueAxis(latency);
    m_latencyY->setLabelFormat(QStringLiteral("%.0f"));
    latency->addAxis(m_latencyX, Qt::AlignBottom);
    latency->addAxis(m_latencyY, Qt::AlignLeft);
    for (QScatterSeries *series : {m_ttft, m_e2el}) {
        latency->addSeries(series);
        series->attachAxis(m_latencyX);
        series->attachAxis(m_latencyY);
    }
    m_ui->chartsRow->addWidget(chartView(box, live));
    m_ui->chartsRow->addWidget(chartView(box, latency));
}

void LoadTestPage::setService(const QString &apiUrl, const QString &model)
{
    m_url->setText(apiUrl);
    m_model->setText(model);
    m_chat->setService(apiUrl, model);
}

void LoadTestPage::setParameters(int concurrency, int requests, int inputLen, int outputLen)
{
    m_concurrency->setValue(concurrency);
    m_requests->setValue(requests);
    m_inputLen->setValue(inputLen);
    m_outputLen->setValue(outputLen);
}

LoadSweepPanel *LoadTestPage::sweepPanel() const
{
    return m_ui->sweepPanel;
}

std::optional<LoadTestConfig> LoadTestPage::formConfig(QString *error) const
{
    LoadTestConfig config;
    config.url = QUrl::fromUserInput(m_url->text().trimmed());
    if (m_url->text().trimmed().isEmpty() || !config.url.isValid()) {
        *error = tr("Enter the service address first, e.g. http://10.0.0.1:1025.");
        return std::nullopt;
    }
    config.model = m_model->text().trimmed();
    config.concurrency = m_concurrency->value();
    config.requests = m_requests->value();
    config.inputLen = m_inputLen->value();
    config.outputLen = m_outputLen->value();
    config.datasetPath = m_dataset->text().trimmed();
    config.ignoreEos = m_ignoreEos->isChecked();
    return config;
}

void LoadTestPage::start()
{
    if (m_job->isRunning())
        return;
    QString error;
    const std::optional<LoadTestConfig> config = formConfig(&error);
    if (!config) {
        m_status->setText(error);
        return;
    }
    m_throughput->clear();
    m_ttft->clear();
    m_e2el->clear();
    m_liveX->setRange(0, 2);
    m_liveY->setRange(0, 10);
    m_start->setEnabled(false);
    m_save->setEnabled(false);
    m_status->clear();
    m_clock.start();
    m_job->start(*config); // the prompts are built (a dataset read) on the job's thread, not the GUI's
}

void LoadTestPage::cancel()
{
    m_job->stop();
}

void LoadTestPage::onEnded(const QString &status)
{
    m_start->setEnabled(true);
    m_status->setText(status);
}

void LoadTestPage::onProgress(double tokensPerSecond)
{
    const double t = m_clock.elapsed() / 1000.0;
    m_throughput->append(t, tokensPerSecond);
    m_liveX->setRange(0, std::max(2.0, std::ceil(t * 1.05)));
    m_liveY->setRange(0, std::max(m_liveY->max(), std::ceil(tokensPerSecond * 1.1)));
    m_liveY->applyNiceNumbers();
}

void LoadTestPage::onFinished(const LoadTestReport &report)
{
    m_report = report;
    m_start->setEnabled(true);
    m_save->setEnabled(true);
    showReport();
    emit finished(report);
}

void LoadTestPage::showReport()
{
    const LoadTestReport &r = m_report;
    m_summary->setText(tr("%1 completed, %2 failed in %3 s; %4 requests/s; %5 output tokens/s; %6 tokens/s in total; peak concurrency %7")
                           .arg(r.completed)
                           .arg(r.failed)
                           .arg(r.duration, 0, 'f', 2)
                           .arg(r.requestThroughput, 0, 'f', 2)
                           .arg(r.outputThroughput, 0, 'f', 1)
                           .arg(r.totalTokenThroughput, 0, 'f', 1)
                           .arg(r.peakConcurrency));
    const LatencyStats *rows[] = {&r.ttft, &r.tpot, &r.itl, &r.e2el};
    for (int row = 0; row < 4; ++row) {
        const double values[] = {rows[row]->mean, rows[row]->median, rows[row]->p99};
        for (int c = 0; c < 3; ++c)
            m_table->setItem(row, c, new QTableWidgetItem(QString::number(values[c], 'f', 2)));
    }
    m_status->setText(r.errors.isEmpty() ? tr("Finished.") : tr("Finished with errors: %1").arg(r.errors.join(QStringLiteral("; "))));
    double top = 1;
    double last = 1;
    for (const RequestTiming &t : r.requests) {
        if (!t.success)
            continue;
        m_ttft->append(t.startOffset, t.ttft * 1000);
        m_e2el->append(t.startOffset, t.e2el * 1000);
        top = std::max(top, t.e2el * 1000);
        last = std::max(last, t.startOffset);
    }
    m_latencyX->setRange(0, std::ceil(last * 1.05));
    m_latencyY->setRange(0, std::ceil(top * 1.1));
    m_latencyY->applyNiceNumbers();
}

bool LoadTestPage::saveReport(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_report.toJsonText()) < 0 || !file.commit()) {
        if (error)
            *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void LoadTestPage::chooseDataset()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("ShareGPT dataset"), QString(), tr("JSON files (*.json)"));
    if (!path.isEmpty())
        m_dataset->setText(path);
}

void LoadTestPage::chooseSave()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save report"), QStringLiteral("loadtest.json"), tr("JSON files (*.json)"));
    QString error;
    if (!path.isEmpty() && !saveReport(path, &error))
        m_status->setText(tr("Save failed: %1").arg(error));
}

QString LoadTestPage::resultText(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text() : QString();
}

int LoadTestPage::livePointCount() const
{
    return int(m_throughput->count());
}

QString LoadTestPage::statusText() const
{
    return m_status->text();
}

} // namespace AscendDeck
