#include "MonitorPage.h"
#include "ui_MonitorPage.h"

#include "AlertModel.h"
#include "NpuCharts.h"
#include "NpuOverview.h"
#include "ServicePanel.h"

#include "deployment/Deployment.h"
#include "monitor/ClusterMonitor.h"

#include <QDateTime>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace AscendDeck {

MonitorPage::MonitorPage(Deployment *deployment, QWidget *parent)
    : QWidget(parent)
    , m_deployment(deployment)
    , m_ui(std::make_unique<Ui::MonitorPage>())
    , m_alertModel(new AlertModel(this))
{
    m_ui->setupUi(this);
    m_startStop = m_ui->monitorButton;
    m_metricsUrl = m_ui->metricsUrl;
    m_status = m_ui->monitorStatus;
    QPushButton *csv = m_ui->exportCsvButton;
    QPushButton *png = m_ui->exportPngButton;
    // The form's empty body is replaced by the first monitor's widgets (createMonitor deletes it).
    m_body = m_ui->monitorBodyPlaceholder;
    createMonitor();

    connect(m_startStop, &QPushButton::clicked, this, [this] { isMonitoring() ? stopMonitoring() : startMonitoring(); });
    connect(m_metricsUrl, &QLineEdit::editingFinished, this, [this] { setMetricsUrl(m_metricsUrl->text()); });
    connect(csv, &QPushButton::clicked, this, &MonitorPage::chooseCsv);
    connect(png, &QPushButton::clicked, this, &MonitorPage::choosePng);
    // Servers added in the wizard need a new monitor; only while not monitoring, so that no chart is lost.
    connect(deployment, &Deployment::serversChanged, this, [this] {
        if (!isMonitoring() && m_monitor->serverCount() != m_deployment->serverCount())
            createMonitor();
    });
    m_refresh.setInterval(1000);
    connect(&m_refresh, &QTimer::timeout, this, &MonitorPage::refresh);
    refresh();
}

MonitorPage::~MonitorPage()
{
    // The widgets read the monitor's rings: they go first.
    delete m_body;
    m_body = nullptr;
}

// A monitor for the deployment's current servers, and the widgets over its rings, made together.
void MonitorPage::createMonitor()
{
    const QString metricsUrl = m_metricsUrl->text();
    auto monitor = std::make_unique<ClusterMonitor>(m_deployment->pool(), m_deployment->targets());
    monitor->setParent(this); // owned by m_monitor, but found by the window's Job::cancelAll on quit
    connect(&monitor->alerts(), &AlertMonitor::alertRaised, m_alertModel, &AlertModel::raise);
    connect(&monitor->alerts(), &AlertMonitor::alertCleared, m_alertModel,
            [this](const Alert &alert) { m_alertModel->clear(alert, QDateTime::currentMSecsSinceEpoch()); });
    QStringList names;
    for (const SshTarget &target : m_deployment->targets())
        names << target.host;
    m_alertModel->setServerNames(names);
    if (!metricsUrl.isEmpty())
        monitor->setMetricsUrl(QUrl(metricsUrl));
    QWidget *body = createBody(monitor.get());
    delete layout()->replaceWidget(m_body, body); // the old layout item is ours to delete
    delete m_body;
    m_body = body;
    m_monitor = std::move(monitor);
    showServer(m_deployment->serverCount() > 0 ? 0 : -1);
}

QWidget *MonitorPage::createBody(ClusterMonitor *monitor)
{
    auto *body = new QWidget(this);
    m_overview = new NpuOverview(&monitor->samples(), body);
    m_charts = new NpuCharts(&monitor->samples(), body);
    m_service = new ServicePanel(&monitor->service(), body);
    connect(m_overview, &NpuOverview::serverClicked, this, &MonitorPage::showServer);

    auto *overviewScroll = new QScrollArea(body);
    overviewScroll->setWidgetResizable(true);
    overviewScroll->setWidget(m_overview);
    overviewScroll->setFrameShape(QFrame::NoFrame);
    auto *legend = new QLabel(tr("Tile colour: green healthy, amber warning, red alarm, grey no reading. Fill: HBM in use. "
                                 "Click a server to chart it."), body);
    legend->setWordWrap(true);
    auto *overviewBox = new QWidget(body);
    auto *ov = new QVBoxLayout(overviewBox);
    ov->setContentsMargins(0, 0, 0, 0);
    ov->addWidget(overviewScroll, 1);
    ov->addWidget(legend);

    m_alerts = new QTreeView(body);
    m_alerts->setObjectName(QStringLiteral("alertList"));
    m_alerts->setModel(m_alertModel);
    m_alerts->setRootIsDecorated(false);
    m_alerts->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_alerts->header()->setStretchLastSection(true);

    m_chartTitle = new QLabel(body);
    auto *chartsBox = new QWidget(body);
    auto *cv = new QVBoxLayout(chartsBox);
    cv->setContentsMargins(0, 0, 0, 0);
    cv->addWidget(m_chartTitle);
    cv->addWidget(m_charts, 1);

    auto *top = new QSplitter(Qt::Horizontal, body);
    top->addWidget(overviewBox);
    top->addWidget(m_alerts);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    auto *bottom = new QSplitter(Qt::Horizontal, body);
    bottom->addWidget(chartsBox);
    bottom->addWidget(m_service);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Vertical, body);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    return body;
}

void MonitorPage::startMonitoring()
{
    if (isMonitoring())
        return;
    if (m_monitor->serverCount() != m_deployment->serverCount())
        createMonitor();
    m_monitor->start();
    m_refresh.start();
    m_startStop->setText(tr("S&top monitoring"));
    refresh();
}

void MonitorPage::stopMonitoring()
{
    m_monitor->stop();
    m_refresh.stop();
    m_startStop->setText(tr("&Start monitoring"));
    refresh();
}

bool MonitorPage::isMonitoring() const
{
    return m_refresh.isActive();
}

void MonitorPage::setMetricsUrl(const QString &url)
{
    if (m_metricsUrl->text() != url)
        m_metricsUrl->setText(url);
    m_monitor->service().stop();
    m_monitor->setMetricsUrl(QUrl(url));
    if (isMonitoring() && QUrl(url).isValid() && !url.isEmpty())
        m_monitor->service().start();
}

void MonitorPage::showServer(int server)
{
    m_overview->setSelectedServer(server);
    m_charts->setServer(server);
    m_chartTitle->setText(server >= 0 ? tr("<b>%1</b>: every NPU, last 5 minutes").arg(m_monitor->samples().serverName(server).toHtmlEscaped())
                                      : QString());
}

void MonitorPage::refresh()
{
    m_overview->refresh();
    m_charts->refresh();
    m_service->refresh();
    const ClusterSamples &samples = m_monitor->samples();
    int npus = 0;
    int answering = 0;
    for (int s = 0; s < samples.serverCount(); ++s) {
        npus += samples.seriesCount(s);
        answering += samples.isAnswering(s);
    }
    m_status->setText(isMonitoring() ? tr("%1 of %2 servers answering, %3 NPUs, %4 samples kept")
                                           .arg(answering)
                                           .arg(samples.serverCount())
                                           .arg(npus)
                                           .arg(samples.sampleCount())
                                     : tr("Not monitoring."));
}

QStringList MonitorPage::alertTexts() const
{
    return m_alertModel->texts();
}

bool MonitorPage::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    if (!m_monitor->samples().exportCsv(&file, error)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool MonitorPage::exportPng(const QString &path)
{
    return grab().save(path, "PNG");
}

void MonitorPage::chooseCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export samples"), QStringLiteral("npu-samples.csv"), tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportCsv(path, &error))
        m_status->setText(tr("Export failed: %1").arg(error));
}

void MonitorPage::choosePng()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export charts"), QStringLiteral("monitor.png"), tr("PNG images (*.png)"));
    if (!path.isEmpty() && !exportPng(path))
        m_status->setText(tr("Export failed: %1").arg(path));
}

} // namespace AscendDeck
