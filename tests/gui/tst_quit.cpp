// Quitting the console while it works: the main window is closed and destroyed, as the application does on
// quit, while the NPU network is being applied, while it is verified, during a launch and during a load test,
// against simulated servers. Destruction must return (every job cancelled and waited for, nothing touching
// a freed page or pool: the asan build runs this too) and the servers must be left with nothing half done
// that can be checked: no tool still running, a launch taken back, an apply that can be rolled back.
#include "SimCluster.h"
#include "../unit/monitor/SimEngineProcess.h"

#include "Confirmation.h"
#include "JobProgress.h"
#include "MainWindow.h"
#include "ProjectDocument.h"
#include "operate/LaunchPage.h"
#include "operate/LoadTestPage.h"
#include "wizard/DeploymentWizard.h"
#include "wizard/NetworkPage.h"

#include "deployment/Deployment.h"
#include "jobs/Job.h"
#include "loadtest/LoadTestJob.h"
#include "network/HccnPlan.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace AscendDeck;

namespace {
const int kLaunchTimeoutMs = 90000;
// Only a guard against a hang: how fast quitting is belongs in a benchmark.
const int kQuitBoundMs = 10000;
} // namespace

class TestQuit : public QObject
{
    Q_OBJECT

private:
    SimCluster m_sim;
    SimEngineProcess m_engine;
    std::unique_ptr<Deployment> m_deployment;
    std::unique_ptr<MainWindow> m_window;

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(m_deployment.get());
        m_window->resize(1280, 820);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    // What the application does on quit: the window closes, then goes (main.cpp: before the deployment).
    qint64 quitWindow()
    {
        QElapsedTimer clock;
        clock.start();
        // The project was edited by the test: quitting asks about it, and the user discards.
        ProjectDocument::setNextUnsavedChoice(ProjectDocument::UnsavedChoice::Discard);
        const bool closed = m_window->close();
        ProjectDocument::setNextUnsavedChoice(std::nullopt);
        [closed] { QVERIFY2(closed, "the window refused to close"); }();
        m_window.reset();
        return clock.elapsed();
    }

    NetworkPage *networkPage() const
    {
        return qobject_cast<NetworkPage *>(m_window->wizard()->page(DeploymentWizard::NetworkPageId));
    }

    // A plan that differs from every NPU's preset address, so that an apply has commands to run.
    NetworkPage *suggestNewPlan()
    {
        NetworkPage *network = networkPage();
        network->findChild<QLineEdit *>(QStringLiteral("subnetEdit"))->setText(QStringLiteral("192.168.150.0/24"));
        network->suggest();
        return network;
    }

    // The simulated servers share the host's processes (each has only its own mount namespace): one look
    // sees every server's. "[h]ccn_tool" matches the tool, not the command line of this very look.
    // hccn_tool processes of the simulated servers only: their mount namespaces, not the host's (other
    // tests running at the same time run hccn_tool too, and the servers share the host's PID namespace).
    QString hccnToolsRunning()
    {
        QString running;
        for (int server = 0; server < 2; ++server)
            running += QString::fromUtf8(m_sim.inspect(server, {QStringLiteral("sh"), QStringLiteral("-c"),
                                                                QStringLiteral("pgrep --ns $$ --nslist mnt -af '[h]ccn_tool'")}))
                           .trimmed();
        return running;
    }

    QString containers(int server)
    {
        return QString::fromUtf8(m_sim.inspect(server, {QStringLiteral("docker"), QStringLiteral("ps"), QStringLiteral("-a"),
                                                        QStringLiteral("--format"), QStringLiteral("{{.Names}}")}))
            .trimmed();
    }

    QByteArray hccnConf(int server) { return m_sim.inspect(server, {QStringLiteral("cat"), QStringLiteral("/etc/hccn.conf")}); }

    void setSlow(bool slow)
    {
        for (int i = 0; i < 2; ++i)
            QVERIFY(m_sim.fault(i, slow ? QStringLiteral("slow=0.2") : QStringLiteral("slow"), !slow));
    }

    // Waits for a progress report of job with at least done steps: the job is then in the middle of its work.
    static bool waitForProgress(Job *job, int done, int timeoutMs)
    {
        return QTest::qWaitFor([job, done] { return job->isRunning() && job->done() >= done; }, timeoutMs);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_sim.start(2, QStringLiteral("127.0.0.191"), 2222, {QStringLiteral("--preset-ips")}),
                 qPrintable(m_sim.errorString()));
        QVERIFY2(m_engine.start(QStringLiteral("127.0.0.195"), 8000), m_engine.output().constData());
        m_deployment = std::make_unique<Deployment>(m_sim.sessionOptions());
        m_deployment->setProject(m_sim.project());
    }
    void init() { openWindow(); }
    void cleanup()
    {
        Confirmation::setNextAnswer(std::nullopt);
        m_window.reset();
    }
    void cleanupTestCase()
    {
        m_window.reset();
        m_deployment.reset();
        m_engine.stop();
        QVERIFY(m_sim.stop());
    }

    // A launch still starting is taken back on quit: no server keeps half a cluster.
    void quitDuringLaunch_removesWhatItStarted()
    {
        m_deployment->setEngineSettings(SimCluster::engineSettings(EngineSettings::Kind::MindIE));
        m_deployment->setEngineCluster(m_sim.engineCluster());
        m_window->showTab(MainWindow::LaunchTab);
        LaunchPage *launch = m_window->launchPage();
        Confirmation::setNextAnswer(true);
        launch->launch();
        QVERIFY(launch->operation());
        LaunchOperation *op = launch->operation();
        QSignalSpy serverStates(op, &LaunchOperation::serverStateChanged);
        // The first engine container started: the launch is half-way, the others still to come or starting.
        QVERIFY(QTest::qWaitFor(
            [op] {
                return op->state() != LaunchOperation::State::Preparing && op->state() != LaunchOperation::State::Idle
                       && (op->serverState(0) == LaunchOperation::ServerState::Starting
                           || op->serverState(1) == LaunchOperation::ServerState::Starting);
            },
            kLaunchTimeoutMs));
        QCOMPARE(op->state(), LaunchOperation::State::Starting);
        QVERIFY(m_window->findChild<JobProgress *>(QStringLiteral("launchJobProgress"))->isVisible());
        const qint64 ms = quitWindow();
        QVERIFY2(ms < kQuitBoundMs, qPrintable(QString::number(ms)));
        QVERIFY2(containers(0).isEmpty(), qPrintable(containers(0)));
        QVERIFY2(containers(1).isEmpty(), qPrintable(containers(1)));
    }

    void quitDuringLoadTest_returns()
    {
        m_window->showTab(MainWindow::LoadTestTab);
        LoadTestPage *load = m_window->loadTestPage();
        load->setService(QStringLiteral("http://127.0.0.195:8000"), QStringLiteral("qwen3"));
        load->setParameters(2, 400, 64, 100);
        QSignalSpy measured(load->job(), &LoadTestJob::measured);
        load->start();
        QVERIFY(load->isRunning());
        QVERIFY(measured.wait(60000)); // requests are in flight: one finished, the next already sent
        QVERIFY(load->isRunning());
        QVERIFY(m_window->findChild<JobProgress *>(QStringLiteral("loadJobProgress"))->isVisible());
        const qint64 ms = quitWindow();
        QVERIFY2(ms < kQuitBoundMs, qPrintable(QString::number(ms)));
        QVERIFY(measured.size() < 400); // cancelled, not run to the end
    }

    // An apply stops between two commands: each NPU has its old address or the planned one, never anything
    // else, and the backup written before the first command holds every server, so a rollback can undo it.
    void quitWhileApplyingTheNetwork_leavesItRecoverable()
    {
        NetworkPage *network = suggestNewPlan();
        const HccnPlan plan = network->plan();
        QCOMPARE(plan.servers.size(), 2);
        const QByteArray before[2] = {hccnConf(0), hccnConf(1)};
        setSlow(true);
        Job *job = m_window->findChild<JobProgress *>(QStringLiteral("networkJobProgress"))->job();
        QVERIFY(job);
        Confirmation::setNextAnswer(true);
        network->apply();
        QVERIFY2(waitForProgress(job, 1, 120000), qPrintable(job->progressText())); // the first setter ran
        const QString backup = network->backupPath();
        QVERIFY(!backup.isEmpty());
        const qint64 ms = quitWindow();
        setSlow(false);
        QVERIFY2(ms < kQuitBoundMs, qPrintable(QString::number(ms)));
        QTRY_VERIFY_WITH_TIMEOUT(hccnToolsRunning().isEmpty(), 60000); // the setter already running ends at its own pace (slower under ASan)
        for (int i = 0; i < 2; ++i) {
            const QByteArray conf = hccnConf(i);
            for (const HccnNpuPlan &npu : plan.servers.at(i).npus) {
                const QByteArray key = QStringLiteral("address_%1=").arg(npu.npu).toUtf8();
                const QByteArray planned = key + npu.address.toUtf8() + '\n';
                const qsizetype at = before[i].indexOf(key);
                const QByteArray old = at < 0 ? QByteArray() : before[i].mid(at, before[i].indexOf('\n', at) - at + 1);
                QVERIFY2(conf.contains(planned) || (!old.isEmpty() && conf.contains(old)), conf.constData());
            }
        }
        QFile file(backup);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(backup));
        const QByteArray saved = file.readAll();
        for (const SimCluster::Server &server : m_sim.servers())
            QVERIFY2(saved.contains(server.host.toUtf8()), saved.constData());
    }

    // A verify changes nothing: quitting in the middle leaves the servers as they were.
    void quitWhileVerifyingTheNetwork_changesNothing()
    {
        NetworkPage *network = suggestNewPlan();
        const QByteArray before[2] = {hccnConf(0), hccnConf(1)};
        setSlow(true);
        Job *job = m_window->findChild<JobProgress *>(QStringLiteral("networkJobProgress"))->job();
        QSignalSpy started(job, &Job::started);
        network->verify();
        QCOMPARE(started.size(), 1);
        QVERIFY(network->isBusy());
        // Some hccn_tool read is under way on a server.
        QTRY_VERIFY_WITH_TIMEOUT(!hccnToolsRunning().isEmpty(), 30000);
        QVERIFY(job->isRunning());
        const qint64 ms = quitWindow();
        setSlow(false);
        QVERIFY2(ms < kQuitBoundMs, qPrintable(QString::number(ms)));
        QTRY_VERIFY_WITH_TIMEOUT(hccnToolsRunning().isEmpty(), 60000); // the setter already running ends at its own pace (slower under ASan)
        QCOMPARE(hccnConf(0), before[0]);
        QCOMPARE(hccnConf(1), before[1]);
    }
};

QTEST_MAIN(TestQuit)
#include "tst_quit.moc"
