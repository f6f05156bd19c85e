#include "MonitorPage.h"
#include "ui_MonitorPage.h"

#include "AlertHistoryModel.h"
#include "AlertModel.h"
#include "HottestNpuModel.h"
#include "NpuCharts.h"
#include "NpuOverview.h"
#include "ServicePanel.h"

#include "deployment/Deployment.h"
#include "history/HistoryLocation.h"
#include "history/HistoryRecorder.h"
#include "jobs/Job.h"
#include "monitor/ClusterMonitor.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace AscendDeck {

MonitorPage::MonitorPage(Deployment *deployment, QWidget *parent)
    : QWidget(parent)
    , m_deployment(deployment)
    , m_historyJob(new Job(this))
    , m_seedJob(new Job(this))
    , m_alertJob(new Job(this))
    , m_ui(std::make_unique<Ui::MonitorPage>())
    , m_hottest(new HottestNpuModel(nullptr, this))
    , m_alertHistory(new AlertHistoryModel(this))
    , m_alertModel(new AlertModel(this))
{
    m_ui->setupUi(this);
    m_range = m_ui->rangeBox;
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
    connect(m_range, &QComboBox::currentIndexChanged, this, &MonitorPage::readRange);
    // Another project: another history (the window sets the path after it).
    connect(deployment, &Deployment::projectChanged, this, [this] {
        if (!isMonitoring())
            createMonitor();
    });
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
    // What the history readers still deliver would land on a page being destroyed.
    for (Job *job : {m_historyJob, m_seedJob, m_alertJob}) {
        job->cancel();
        job->wait(-1);
    }
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
    m_hottest->setSamples(&m_monitor->samples());
    showServer(m_deployment->serverCount() > 0 ? 0 : -1);
    seedFromHistory();
    readRange();
}

QWidget *MonitorPage::createBody(ClusterMonitor *monitor)
{
    auto *body = new QWidget(this);
    m_overview = new NpuOverview(&monitor->samples(), body);
    m_charts = new NpuCharts(&monitor->samples(), body);
    m_service = new ServicePanel(&monitor->service(), body);
    // A monitor-only project has no service: its panel appears with a metrics address.
    m_service->setVisible(!m_metricsUrl->text().isEmpty());
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

    m_chartTitle = new QLabel(body);
    auto *chartsBox = new QWidget(body);
    auto *cv = new QVBoxLayout(chartsBox);
    cv->setContentsMargins(0, 0, 0, 0);
    cv->addWidget(m_chartTitle);
    cv->addWidget(m_charts, 1);
    m_chartTabs = new QTabWidget(body);
    m_chartTabs->setObjectName(QStringLiteral("chartTabs"));
    m_chartTabs->addTab(createServerRows(monitor, body), tr("All servers"));
    m_chartTabs->addTab(chartsBox, tr("One server"));
    connect(m_chartTabs, &QTabWidget::currentChanged, this, &MonitorPage::refreshServerRows);

    auto *top = new QSplitter(Qt::Horizontal, body);
    top->addWidget(overviewBox);
    top->addWidget(createSideTabs(body));
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 3); // the hottest NPUs table needs its columns
    auto *bottom = new QSplitter(Qt::Horizontal, body);
    bottom->addWidget(m_chartTabs);
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

// The alerts now, the alert history and the hottest NPUs, as tabs beside the tiles.
QWidget *MonitorPage::createSideTabs(QWidget *parent)
{
    auto *tabs = new QTabWidget(parent);
    m_alerts = new QTreeView(tabs);
    m_alerts->setObjectName(QStringLiteral("alertList"));
    m_alerts->setModel(m_alertModel);
    m_alerts->setRootIsDecorated(false);
    m_alerts->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_alerts->header()->setStretchLastSection(true);

    auto *hottestBox = new QWidget(tabs);
    auto *hv = new QVBoxLayout(hottestBox);
    hv->setContentsMargins(0, 0, 0, 0);
    m_rankBy = new QComboBox(hottestBox);
    m_rankBy->setObjectName(QStringLiteral("rankBy"));
    m_rankBy->addItem(tr("Hottest (temperature)"), HottestNpuModel::ByTemperature);
    m_rankBy->addItem(tr("Fullest (HBM in use)"), HottestNpuModel::ByHbm);
    m_rankBy->addItem(tr("Busiest (AI Core)"), HottestNpuModel::ByAiCore);
    m_rankBy->setCurrentIndex(m_hottest->rankBy());
    connect(m_rankBy, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_hottest->setRankBy(HottestNpuModel::RankBy(m_rankBy->itemData(index).toInt())); });
    auto *hottest = new QTreeView(hottestBox);
    hottest->setObjectName(QStringLiteral("hottestNpus"));
    hottest->setModel(m_hottest);
    hottest->setRootIsDecorated(false);
    hottest->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    hv->addWidget(m_rankBy);
    hv->addWidget(hottest, 1);

    auto *history = new QTreeView(tabs);
    history->setObjectName(QStringLiteral("alertHistory"));
    history->setModel(m_alertHistory);
    history->setRootIsDecorated(false);
    history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    history->header()->setStretchLastSection(true);

    tabs->addTab(hottestBox, tr("Hottest NPUs"));
    tabs->addTab(m_alerts, tr("Alerts"));
    tabs->addTab(history, tr("Alert history"));
    return tabs;
}

// One compact row of charts per server, all servers at once (small multiples), in a scroll area.
QWidget *MonitorPage::createServerRows(ClusterMonitor *monitor, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *rows = new QWidget(scroll);
    auto *layout = new QVBoxLayout(rows);
    layout->setContentsMargins(0, 0, 0, 0);
    m_serverCharts.clear();
    for (int server = 0; server < monitor->serverCount(); ++server) {
        auto *name = new QLabel(QStringLiteral("<b>%1</b>").arg(monitor->samples().serverName(server).toHtmlEscaped()), rows);
        auto *charts = new NpuCharts(&monitor->samples(), rows, NpuCharts::Row);
        charts->setObjectName(QStringLiteral("serverCharts%1").arg(server));
        charts->setServer(server);
        layout->addWidget(name);
        layout->addWidget(charts);
        m_serverCharts << charts;
    }
    layout->addStretch(1);
    scroll->setWidget(rows);
    connect(scroll->verticalScrollBar(), &QScrollBar::valueChanged, this, &MonitorPage::refreshServerRows);
    return scroll;
}

void MonitorPage::setProjectPath(const QString &path)
{
    if (path == m_projectPath)
        return;
    m_projectPath = path;
    if (isMonitoring() && m_recordsHistory) {
        useRecorder(); // the rest of this run goes to the project's new place
        m_recorder->attach(m_monitor.get());
    } else {
        m_recorder.reset();
        createMonitor(); // the charts start from the history found there
    }
}

QString MonitorPage::historyRoot() const
{
    return HistoryLocation::forProject(m_projectPath, m_deployment->project().name);
}

// A recorder over the current project's history folder (a new one if the folder changed).
void MonitorPage::useRecorder()
{
    const QString root = historyRoot();
    if (m_recorder && m_recorder->root() == root)
        return;
    m_recorder = std::make_unique<HistoryRecorder>(root);
    connect(m_recorder.get(), &HistoryRecorder::writeFailed, this,
            [this](const QString &error) { m_status->setText(tr("History not kept: %1").arg(error)); });
}

qint64 MonitorPage::rangeMs(Range range)
{
    const qint64 hour = 3600 * 1000LL;
    switch (range) {
    case Live: return 0;
    case LastHour: return hour;
    case Last6Hours: return 6 * hour;
    case Last24Hours: return 24 * hour;
    case Last7Days: return 7 * 24 * hour;
    case Last30Days: return 30 * 24 * hour;
    case RangeCount: break;
    }
    return 0;
}

void MonitorPage::setRange(Range range)
{
    m_range->setCurrentIndex(int(range)); // readRange() follows
}

MonitorPage::Range MonitorPage::range() const
{
    return Range(qBound(0, m_range->currentIndex(), int(RangeCount) - 1));
}

// Live: the rings. Otherwise every server's series of the range, read in the background (a day of one
// server's raw samples is ~22 MB to scan).
void MonitorPage::readRange()
{
    updateChartTitle();
    reloadAlertHistory();
    if (range() == Live) {
        m_historyJob->cancel();
        m_charts->setLive();
        for (NpuCharts *charts : std::as_const(m_serverCharts))
            charts->setLive();
        return;
    }
    const qint64 to = QDateTime::currentMSecsSinceEpoch();
    const qint64 from = to - rangeMs(range());
    const HistoryReader reader(historyRoot());
    m_historyJob->run(tr("Reading history"), [reader, from, to](const JobControl &) {
        HistoryQuery query;
        query.fromMs = from;
        query.toMs = to;
        query.maxPoints = 600;
        return reader.read(query);
    }, [this, from, to](const QList<HistorySeries> &series) { showHistory(series, from, to); });
}

void MonitorPage::showHistory(const QList<HistorySeries> &series, qint64 fromMs, qint64 toMs)
{
    m_rangeFromMs = fromMs;
    m_rangeToMs = toMs;
    const ClusterSamples &samples = m_monitor->samples();
    for (int server = 0; server < samples.serverCount(); ++server) {
        QList<HistorySeries> own;
        for (const HistorySeries &s : series) {
            if (s.server == samples.serverName(server))
                own << s;
        }
        if (server < m_serverCharts.size())
            m_serverCharts.at(server)->setHistory(own, fromMs, toMs);
        if (server == m_charts->server())
            m_charts->setHistory(own, fromMs, toMs);
    }
}

// The minutes before this page was made, from the history into the rings, so that a console opened again
// shows the past at once. A gap after them keeps the line from joining the new samples across the pause.
void MonitorPage::seedFromHistory()
{
    const qint64 to = QDateTime::currentMSecsSinceEpoch();
    const qint64 from = to - qint64(m_monitor->samples().capacity()) * 1000;
    const HistoryReader reader(historyRoot());
    m_seedJob->run(tr("Reading history"), [reader, from, to](const JobControl &) {
        HistoryQuery query;
        query.fromMs = from;
        query.toMs = to;
        query.tier = HistoryTier::Raw;
        return reader.read(query);
    }, [this](const QList<HistorySeries> &series) { applySeed(series); });
}

void MonitorPage::applySeed(const QList<HistorySeries> &series)
{
    ClusterSamples &samples = m_monitor->samples();
    if (isMonitoring() || samples.sampleCount() > 0)
        return; // new samples came first: old ones after them would break the rings' order
    for (int server = 0; server < samples.serverCount(); ++server) {
        qint64 last = 0;
        for (const HistorySeries &s : series) {
            if (s.server != samples.serverName(server))
                continue;
            QList<NpuReading> readings;
            for (const HistoryPoint &p : s.points) {
                if (p.isGap())
                    continue;
                readings << NpuReading{s.npuId, s.chipId, p.mean};
                last = qMax(last, p.timeMs);
            }
            samples.addReadings(server, readings);
        }
        if (last > 0)
            samples.addGap(server, last + 1);
    }
    refresh();
}

void MonitorPage::reloadAlertHistory()
{
    const qint64 to = QDateTime::currentMSecsSinceEpoch();
    const qint64 from = to - (range() == Live ? rangeMs(Last24Hours) : rangeMs(range()));
    const HistoryReader reader(historyRoot());
    m_alertJob->run(tr("Reading alert history"), [reader, from, to](const JobControl &) { return reader.readAlerts(from, to); },
                    [this](const QList<HistoryAlert> &alerts) { m_alertHistory->setAlerts(alerts); });
}

void MonitorPage::updateChartTitle()
{
    const int server = m_charts ? m_charts->server() : -1;
    if (server < 0) {
        m_chartTitle->clear();
        return;
    }
    const QString name = m_monitor->samples().serverName(server).toHtmlEscaped();
    m_chartTitle->setText(range() == Live ? tr("<b>%1</b>: every NPU, last 5 minutes").arg(name)
                                          : tr("<b>%1</b>: every NPU, %2").arg(name, m_range->currentText().toHtmlEscaped()));
}

void MonitorPage::startMonitoring()
{
    if (isMonitoring())
        return;
    if (m_monitor->serverCount() != m_deployment->serverCount())
        createMonitor();
    if (m_recordsHistory) {
        useRecorder();
        m_recorder->attach(m_monitor.get());
    }
    m_monitor->start();
    m_refresh.start();
    m_startStop->setText(tr("S&top monitoring"));
    refresh();
}

void MonitorPage::stopMonitoring()
{
    m_monitor->stop();
    if (m_recorder)
        m_recorder->detach();
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
    m_service->setVisible(!url.isEmpty());
    if (isMonitoring() && QUrl(url).isValid() && !url.isEmpty())
        m_monitor->service().start();
}

void MonitorPage::showServer(int server)
{
    m_overview->setSelectedServer(server);
    m_charts->setServer(server);
    updateChartTitle();
    if (server >= 0 && range() != Live)
        readRange();
}

// Only the rows on screen: 32 servers' rows redrawn every second would cost more than all the sampling. The
// others catch up when they come into view (tab change, scrolling).
void MonitorPage::refreshServerRows()
{
    for (NpuCharts *charts : std::as_const(m_serverCharts)) {
        if (!charts->visibleRegion().isEmpty())
            charts->refresh();
    }
}

void MonitorPage::refresh()
{
    m_overview->refresh();
    m_charts->refresh();
    refreshServerRows();
    m_hottest->refresh();
    m_service->refresh();
    if (isMonitoring() && ++m_ticks % 10 == 0)
        reloadAlertHistory();
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
    HistoryQuery visible;
    visible.fromMs = m_rangeFromMs;
    visible.toMs = m_rangeToMs;
    const bool written = range() == Live ? m_monitor->samples().exportCsv(&file, error)
                                         : HistoryReader(historyRoot()).exportCsv(&file, visible, error);
    if (!written) {
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
