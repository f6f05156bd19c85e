// The launch, monitor and load-test tabs of the real main window, on the offscreen platform, against two
// simulated servers over real SSH: MindIE and vLLM-Ascend launched and seen ready, the monitor's charts and
// tiles filling from the NPU sampler, the service's figures from its real /metrics, a streamed chat answer,
// a load test report, exports; then a wrong NIC name and an out-of-memory engine, each diagnosed beside the
// server that failed; everything stopped and the servers left clean.
#include "Screenshot.h"
#include "SimCluster.h"

#include "Confirmation.h"
#include "FindingModel.h"
#include "MainWindow.h"
#include "operate/ChatBox.h"
#include "operate/EngineLogView.h"
#include "operate/LaunchPage.h"
#include "operate/LoadTestPage.h"
#include "operate/MonitorPage.h"
#include "operate/NpuCharts.h"
#include "operate/NpuOverview.h"
#include "operate/ServicePanel.h"

#include "Translations.h"
#include "deployment/Deployment.h"
#include "monitor/ClusterMonitor.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QDateTime>
#include <QTest>

#include <memory>

using namespace AscendDeck;

namespace {
const int kLaunchTimeoutMs = 90000;
} // namespace

class TestOperate : public QObject
{
    Q_OBJECT

private:
    SimCluster m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<Deployment> m_deployment;
    std::unique_ptr<MainWindow> m_window;
    // ASCENDDECK_TEST_LANG=zh_CN runs the same steps in Chinese (how the zh_CN screenshots are made); the
    // checks of English wording are then left out, every other check stays.
    bool m_english = true;

    // What the wizard's engine step leaves in the deployment: the settings in the project, the servers as read.
    void configure(EngineSettings::Kind kind)
    {
        m_deployment->setEngineSettings(SimCluster::engineSettings(kind));
        m_deployment->setEngineCluster(m_sim.engineCluster());
    }

    LaunchPage *launchPage() const { return m_window->launchPage(); }

    void launch()
    {
        Confirmation::setNextAnswer(true);
        launchPage()->launch();
        // LAUNCH_TRACE=1 prints every server's state and log line: the first thing to read when this fails.
        if (qEnvironmentVariableIsSet("LAUNCH_TRACE")) {
            LaunchOperation *op = launchPage()->operation();
            connect(op, &LaunchOperation::serverStateChanged, this, [](int i, LaunchOperation::ServerState st, const QString &d) {
                qInfo("state %d %s %s", i, qPrintable(LaunchOperation::serverStateName(st)), qPrintable(d.left(120)));
            });
            connect(op, &LaunchOperation::logLine, this, [](int i, const QString &line) { qInfo("log %d %s", i, qPrintable(line.left(160))); });
        }
        QTRY_VERIFY_WITH_TIMEOUT(launchPage()->operation()->state() == LaunchOperation::State::Ready
                                     || launchPage()->operation()->state() == LaunchOperation::State::Failed,
                                 kLaunchTimeoutMs);
    }

    void stopAndVerifyClean()
    {
        LaunchOperation *op = launchPage()->operation();
        if (op->state() != LaunchOperation::State::Stopped) {
            Confirmation::setNextAnswer(true);
            launchPage()->stop();
            QTRY_VERIFY_WITH_TIMEOUT(op->state() == LaunchOperation::State::Stopped, kLaunchTimeoutMs);
        }
        QVERIFY2(containers(0).isEmpty() && containers(1).isEmpty(), qPrintable(launchPage()->stateText()));
    }

    QString containers(int server)
    {
        return QString::fromUtf8(m_sim.inspect(server, {QStringLiteral("docker"), QStringLiteral("ps"), QStringLiteral("-a"),
                                                        QStringLiteral("--format"), QStringLiteral("{{.Names}}")}))
            .trimmed();
    }

    void shot(const QString &name) { Screenshot::save(m_window.get(), name); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString language = qEnvironmentVariable("ASCENDDECK_TEST_LANG");
        if (!language.isEmpty()) {
            QVERIFY(Translations::install(qApp, QLocale(language)));
            m_english = language.startsWith(QLatin1String("en"));
        }
        QVERIFY2(m_sim.start(2, QStringLiteral("127.0.0.141"), 2222, {QStringLiteral("--preset-ips")}),
                 qPrintable(m_sim.errorString()));
        m_deployment = std::make_unique<Deployment>(m_sim.sessionOptions());
        m_deployment->setProject(m_sim.project());
        m_window = std::make_unique<MainWindow>(m_deployment.get());
        m_window->resize(1280, 820);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy connected(m_window.get(), &MainWindow::connectFinished);
        m_window->connectAll();
        QVERIFY(connected.wait(60000));
        QVERIFY2(m_deployment->allConnected(), qPrintable(m_deployment->statusDetail(0)));
        launchPage()->setTimings(200, 30000, 1000);
    }
    void cleanupTestCase()
    {
        m_window.reset();
        m_deployment.reset();
        QVERIFY(m_sim.stop());
    }
    void cleanup() { Confirmation::setNextAnswer(std::nullopt); }

    void launchWithoutEngineStep_saysWhatIsMissing()
    {
        launchPage()->launch();
        QVERIFY2(!m_english || launchPage()->stateText().contains(QStringLiteral("Engine step")), qPrintable(launchPage()->stateText()));
        QVERIFY(!launchPage()->operation());
    }

    void mindie_launchMonitorChatLoadTestStop()
    {
        configure(EngineSettings::Kind::MindIE);
        m_window->showTab(MainWindow::LaunchTab);
        launch();
        LaunchOperation *op = launchPage()->operation();
        QVERIFY2(op->state() == LaunchOperation::State::Ready, qPrintable(launchPage()->stateText()));
        QVERIFY(Confirmation::lastDetails().contains(QStringLiteral("docker run")));
        QCOMPARE(launchPage()->serverStateText(0), LaunchOperation::serverStateName(LaunchOperation::ServerState::Ready));
        QCOMPARE(launchPage()->serverStateText(1), LaunchOperation::serverStateName(LaunchOperation::ServerState::Ready));

        // One log view, every server's lines; the filter shows one server's only.
        EngineLogView *log = launchPage()->logView();
        const QString first = m_sim.servers().at(0).host;
        const QString second = m_sim.servers().at(1).host;
        QStringList all = log->visibleLines();
        QVERIFY(std::any_of(all.cbegin(), all.cend(), [&](const QString &l) { return l.contains(first + QLatin1Char(')')); }));
        QVERIFY(std::any_of(all.cbegin(), all.cend(), [&](const QString &l) { return l.contains(second + QLatin1Char(')')); }));
        log->setServerFilter(1);
        const QStringList onlySecond = log->visibleLines();
        QStringList expected; // the second server's lines of the combined view, without their prefix
        for (const QString &l : std::as_const(all)) {
            if (l.section(QStringLiteral(" | "), 0, 0).contains(second + QLatin1Char(')')))
                expected << l.section(QStringLiteral(" | "), 1);
        }
        QVERIFY(!expected.isEmpty());
        QVERIFY(expected.size() < all.size());
        QCOMPARE(onlySecond.mid(0, expected.size()), expected);
        log->setServerFilter(-1);
        shot(QStringLiteral("launch"));

        // The monitor started with the service: tiles, charts and the service's figures fill.
        MonitorPage *monitor = m_window->monitorPage();
        QVERIFY(monitor->isMonitoring());
        QVERIFY(monitor->monitor()->service().url().toString().endsWith(QStringLiteral(":1027/metrics")));
        QTRY_VERIFY_WITH_TIMEOUT(monitor->charts()->pointCount(NpuCharts::Hbm) >= 3 * 8, 30000);
        monitor->refresh();
        QVERIFY(monitor->charts()->pointCount(NpuCharts::AiCore) >= 3 * 8);
        QVERIFY(monitor->charts()->pointCount(NpuCharts::Power) >= 3 * 8);
        // The engine holds its weights in HBM. The charts may start with the history of an earlier run (that
        // is what history is for), so the figure is the newest live sample's, taken after the launch.
        const qint64 launchedMs = QDateTime::currentMSecsSinceEpoch();
        auto liveHbm = [&] {
            const std::optional<NpuSample> s = monitor->monitor()->samples().latest(0, 0);
            return s && !s->gap && s->timeMs >= launchedMs ? s->hbmUsedMb : -1.0f;
        };
        QTRY_VERIFY_WITH_TIMEOUT(liveHbm() >= 0, 30000);
        QVERIFY2(liveHbm() > 10000, qPrintable(QString::number(liveHbm())));
        const QString tile = monitor->overview()->describeAt(monitor->overview()->tileRect(1, 7).center());
        QVERIFY2(tile.contains(QStringLiteral("NPU 7")) && tile.contains(QStringLiteral("HBM")), qPrintable(tile));
        QTRY_COMPARE_WITH_TIMEOUT(monitor->servicePanel()->figureText(QStringLiteral("state")), ServicePanel::tr("up"), 20000);

        // Smoke test: one streamed answer with its timing.
        m_window->showTab(MainWindow::LoadTestTab);
        LoadTestPage *load = m_window->loadTestPage();
        ChatBox *chat = load->chatBox();
        chat->send();
        QVERIFY(chat->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!chat->isBusy(), 60000);
        QVERIFY2(!chat->answer().isEmpty(), qPrintable(chat->timingText()));
        QVERIFY2(!m_english || chat->timingText().contains(QStringLiteral("First token")), qPrintable(chat->timingText()));

        // Load test: the report the page shows is the one it saves.
        load->setParameters(4, 24, 64, 24);
        load->start();
        QTRY_VERIFY_WITH_TIMEOUT(!load->isRunning(), 120000);
        QCOMPARE(load->report().completed, 24);
        QCOMPARE(load->report().failed, 0);
        QCOMPARE(load->livePointCount(), 24);
        QCOMPARE(load->resultText(0, 0), QString::number(load->report().ttft.mean, 'f', 2));
        QVERIFY(load->report().ttft.mean > 0);
        const QString reportPath = m_dir.filePath(QStringLiteral("loadtest.json"));
        QVERIFY(load->saveReport(reportPath));
        QFile reportFile(reportPath);
        QVERIFY(reportFile.open(QIODevice::ReadOnly));
        const QJsonObject saved = QJsonDocument::fromJson(reportFile.readAll()).object();
        QCOMPARE(saved.value(QStringLiteral("completed")).toInt(), 24);
        shot(QStringLiteral("loadtest"));

        // The service's rates come from its counters: after the load they are known.
        QTRY_VERIFY_WITH_TIMEOUT(monitor->servicePanel()->figureText(QStringLiteral("generation")) != QStringLiteral("-"), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(monitor->servicePanel()->pointCount() > 4, 20000);
        m_window->showTab(MainWindow::MonitorTab);
        monitor->refresh();
        shot(QStringLiteral("monitor"));

        // Exports: every sample as CSV, the window as PNG.
        const QString csvPath = m_dir.filePath(QStringLiteral("samples.csv"));
        QString error;
        QVERIFY2(monitor->exportCsv(csvPath, &error), qPrintable(error));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = csv.readAll().split('\n');
        QVERIFY(rows.size() > 2 * 8 * 3);
        QVERIFY(rows.first().contains("hbm"));
        const QString pngPath = m_dir.filePath(QStringLiteral("monitor.png"));
        QVERIFY(monitor->exportPng(pngPath));
        QVERIFY(QImage(pngPath).width() > 400);

        // Stop: every container gone, and the monitor says the service went down.
        m_window->showTab(MainWindow::LaunchTab);
        stopAndVerifyClean();
        QTRY_VERIFY_WITH_TIMEOUT(monitor->alertTexts().join(QLatin1Char('\n')).contains(AlertMonitor::tr("the inference service is down: %1").section(QStringLiteral("%1"), 0, 0).trimmed()), 20000);
        if (qEnvironmentVariableIsSet("LAUNCH_TRACE"))
            qInfo("alerts:\n%s", qPrintable(monitor->alertTexts().join(QLatin1Char('\n'))));
        monitor->stopMonitoring();
    }

    void vllm_launchReadyThenStop()
    {
        configure(EngineSettings::Kind::VllmAscend);
        launch();
        QVERIFY2(launchPage()->operation()->state() == LaunchOperation::State::Ready, qPrintable(launchPage()->stateText()));
        QVERIFY(launchPage()->stateText().contains(QStringLiteral(":8000")));
        QCOMPARE(launchPage()->serverStateText(1), LaunchOperation::serverStateName(LaunchOperation::ServerState::Ready));
        QVERIFY(m_window->monitorPage()->monitor()->service().url().toString().endsWith(QStringLiteral(":8000/metrics")));
        stopAndVerifyClean();
        m_window->monitorPage()->stopMonitoring();
    }

    void vllm_wrongNic_diagnosedOnThatServer()
    {
        configure(EngineSettings::Kind::VllmAscend);
        QVERIFY(m_sim.fault(1, QStringLiteral("wrong_nic")));
        launch();
        QVERIFY(m_sim.fault(1, QStringLiteral("wrong_nic"), true));
        QCOMPARE(launchPage()->operation()->state(), LaunchOperation::State::Failed);
        const QString state = launchPage()->stateText();
        QVERIFY2(state.contains(m_sim.servers().at(1).host) && (!m_english || state.contains(QStringLiteral("failed first"))), qPrintable(state));
        QCOMPARE(launchPage()->serverStateText(1), LaunchOperation::serverStateName(LaunchOperation::ServerState::Failed));
        QTRY_VERIFY2_WITH_TIMEOUT(launchPage()->diagnosisText().contains(QStringLiteral("socket-ifname")),
                                  qPrintable(launchPage()->diagnosisText()), 5000);
        QVERIFY(launchPage()->diagnosisText().contains(FindingModel::tr("Fix: %1").arg(QString())));
        // Each finding names the server it was found on.
        QVERIFY2(launchPage()->diagnosisText().contains(m_sim.servers().at(1).host), qPrintable(launchPage()->diagnosisText()));
        QCOMPARE(launchPage()->logView()->serverFilter(), 1);
        shot(QStringLiteral("launch-failure"));
        stopAndVerifyClean();
    }

    void mindie_outOfMemory_diagnosedOnThatServer()
    {
        configure(EngineSettings::Kind::MindIE);
        QVERIFY(m_sim.fault(1, QStringLiteral("engine_oom")));
        launch();
        QVERIFY(m_sim.fault(1, QStringLiteral("engine_oom"), true));
        QCOMPARE(launchPage()->operation()->state(), LaunchOperation::State::Failed);
        QVERIFY2(launchPage()->stateText().contains(m_sim.servers().at(1).host), qPrintable(launchPage()->stateText()));
        QTRY_VERIFY2_WITH_TIMEOUT(launchPage()->diagnosisText().contains(QStringLiteral("npu-oom")),
                                  qPrintable(launchPage()->diagnosisText()), 5000);
        stopAndVerifyClean();
    }
};

QTEST_MAIN(TestOperate)
#include "tst_operate.moc"
