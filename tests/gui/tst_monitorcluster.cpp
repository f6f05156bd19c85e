// A monitor-only project over four simulated servers: servers and nothing deployed (no rank table, no
// engine, no service), every server's charts at once, the hottest NPUs, the history on disk, and a page
// made again over the same project showing that history before any new sample.
#include "Screenshot.h"
#include "SimCluster.h"

#include "deployment/Deployment.h"
#include "history/HistoryLocation.h"
#include "history/HistoryReader.h"
#include "history/HistoryRecorder.h"
#include "monitor/ClusterMonitor.h"
#include "operate/HottestNpuModel.h"
#include "operate/MonitorPage.h"
#include "operate/NpuCharts.h"
#include "Translations.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace AscendDeck;

namespace {
const int kServers = 4;
const int kSampleTimeoutMs = 60000;
} // namespace

class TestMonitorCluster : public QObject
{
    Q_OBJECT

private:
    SimCluster m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<Deployment> m_deployment;

    QString projectPath() const { return m_dir.filePath(QStringLiteral("lab-monitor.ascenddeck")); }

    std::unique_ptr<MonitorPage> makePage()
    {
        auto page = std::make_unique<MonitorPage>(m_deployment.get());
        page->setProjectPath(projectPath());
        page->resize(1400, 1000);
        page->show();
        return page;
    }

    static bool allServersCharted(const MonitorPage &page)
    {
        if (page.serverChartsCount() != kServers)
            return false;
        for (int s = 0; s < kServers; ++s) {
            for (int m = 0; m < NpuCharts::MetricCount; ++m) {
                if (page.serverCharts(s)->pointCount(NpuCharts::Metric(m)) == 0)
                    return false;
            }
        }
        return true;
    }

    // Points per series of the last minute in the history, the fewest over every NPU of every server.
    static int fewestHistoryPoints(const HistoryReader &reader)
    {
        HistoryQuery query;
        query.toMs = QDateTime::currentMSecsSinceEpoch();
        query.fromMs = query.toMs - 60000;
        const QList<HistorySeries> series = reader.read(query);
        if (series.size() < kServers * 8)
            return 0;
        int fewest = INT_MAX;
        for (const HistorySeries &s : series) {
            int points = 0;
            for (const HistoryPoint &p : s.points)
                points += !p.isGap();
            fewest = qMin(fewest, points);
        }
        return fewest;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString language = qEnvironmentVariable("ASCENDDECK_TEST_LANG");
        if (!language.isEmpty())
            QVERIFY(Translations::install(qApp, QLocale(language)));
        QVERIFY(m_dir.isValid());
        // A history left by an earlier run of this test would show before the first sample.
        QDir(HistoryLocation::forProject(projectPath())).removeRecursively();
        QVERIFY2(m_sim.start(kServers, QStringLiteral("127.0.0.201"), 2222), qPrintable(m_sim.errorString()));
        m_deployment = std::make_unique<Deployment>(m_sim.sessionOptions());
        Project project = m_sim.project();
        project.name = QStringLiteral("lab-monitor");
        m_deployment->setProject(project);
    }
    void cleanupTestCase()
    {
        m_deployment.reset();
        QVERIFY(m_sim.stop());
    }

    void monitorOnly_everyServerCharted_historyShownWhenReopened()
    {
        QVERIFY(!m_deployment->project().engine.has_value());
        QVERIFY(m_deployment->engineCluster().nodes.isEmpty());
        std::unique_ptr<MonitorPage> page = makePage();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        QAbstractItemModelTester tester(page->hottestModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page->historyRoot(), HistoryLocation::forProject(projectPath()));
        page->startMonitoring();
        QVERIFY(page->isMonitoring());

        QTRY_VERIFY_WITH_TIMEOUT(allServersCharted(*page), kSampleTimeoutMs);
        for (int s = 0; s < kServers; ++s)
            QCOMPARE(page->serverCharts(s)->server(), s);

        // The hottest NPUs of the whole cluster, hottest first.
        HottestNpuModel *hottest = page->hottestModel();
        QTRY_VERIFY(hottest->rowCount() > 0);
        QStringList servers;
        double previous = INFINITY;
        for (int row = 0; row < hottest->rowCount(); ++row) {
            const double t = hottest->index(row, HottestNpuModel::TemperatureColumn).data().toDouble();
            QVERIFY2(t <= previous, qPrintable(QStringLiteral("row %1: %2 after %3").arg(row).arg(t).arg(previous)));
            previous = t;
            servers << hottest->index(row, HottestNpuModel::ServerColumn).data().toString();
        }
        servers.removeDuplicates();
        QVERIFY2(servers.size() > 1, qPrintable(servers.join(QLatin1Char(','))));

        // The history folder fills: every NPU of the four servers, several seconds.
        const HistoryReader reader = page->recorder()->reader();
        // A screenshot shows half a minute of lines rather than their first seconds.
        const int seconds = qEnvironmentVariableIsSet("ASCENDDECK_SCREENSHOT_DIR") ? 30 : 5;
        QTRY_VERIFY_WITH_TIMEOUT((page->recorder()->sync(), fewestHistoryPoints(reader) >= seconds), kSampleTimeoutMs);
        QCOMPARE(reader.servers().size(), kServers);
        page->refresh();
        Screenshot::save(page.get(), QStringLiteral("monitor-cluster"));

        // The last hour from the history, and its export.
        page->setRange(MonitorPage::LastHour);
        QTRY_VERIFY_WITH_TIMEOUT(!page->serverCharts(kServers - 1)->isLive()
                                     && page->serverCharts(kServers - 1)->pointCount(NpuCharts::Temperature) > 0,
                                 20000);
        const QString csvPath = m_dir.filePath(QStringLiteral("hour.csv"));
        QString error;
        QVERIFY2(page->exportCsv(csvPath, &error), qPrintable(error));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray text = csv.readAll();
        for (const SimCluster::Server &server : m_sim.servers())
            QVERIFY2(text.contains(server.host.toUtf8()), qPrintable(server.host));
        page->setRange(MonitorPage::Live);
        QVERIFY(page->serverCharts(0)->isLive());

        page->stopMonitoring();
        page.reset();

        // The console opened again: the past is on the charts before any new sample (not monitoring).
        std::unique_ptr<MonitorPage> again = makePage();
        QVERIFY(!again->isMonitoring());
        QTRY_VERIFY_WITH_TIMEOUT(allServersCharted(*again), 20000);
        QVERIFY(again->charts()->pointCount(NpuCharts::Hbm) > 0);
        QVERIFY(!again->isMonitoring());
    }

    void unsavedProject_historyKeptUnderItsName()
    {
        MonitorPage page(m_deployment.get());
        const QString unsaved = page.historyRoot();
        QVERIFY2(QFileInfo(unsaved).fileName().startsWith(QStringLiteral("lab-monitor-")), qPrintable(unsaved));
        QVERIFY(unsaved != HistoryLocation::forProject(projectPath()));
        MonitorPage other(m_deployment.get());
        QCOMPARE(other.historyRoot(), unsaved);
    }
};

QTEST_MAIN(TestMonitorCluster)
#include "tst_monitorcluster.moc"
