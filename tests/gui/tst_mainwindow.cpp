// The real main window on the offscreen platform against two simulated servers.
#include "SimCluster.h"

#include "HostKeyPrompter.h"
#include "MainWindow.h"
#include "ServerListModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace AscendDeck;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    SimCluster m_sim;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_sim.start(2, QStringLiteral("127.0.0.41"), 2222), qPrintable(m_sim.errorString()));
    }
    void cleanupTestCase() { QVERIFY(m_sim.stop()); }
    void cleanup() { HostKeyPrompter::setNextAnswer(std::nullopt); }

    void connect_asksForEachNewHostKey_thenShowsEachServer()
    {
        QTemporaryDir dir;
        SessionOptions options = m_sim.sessionOptions();
        options.knownHostsFile = dir.filePath(QStringLiteral("known_hosts"));
        MainWindow window(options);
        QAbstractItemModelTester tester(window.serverModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.setServers(m_sim.targets());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        HostKeyPrompter::setNextAnswer(true);

        QSignalSpy finished(&window, &MainWindow::connectFinished);
        auto *connectAction = window.findChild<QAction *>(QStringLiteral("connectAction"));
        QVERIFY(connectAction);
        connectAction->trigger();
        QVERIFY(!connectAction->isEnabled()); // the GUI thread is free while servers are probed
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);

        QCOMPARE(window.hostKeyPrompter()->promptCount(), 2);
        const ServerListModel *model = window.serverModel();
        for (int i = 0; i < 2; ++i) {
            const auto &row = model->row(i);
            QCOMPARE(row.state, ServerListModel::State::Connected);
            QCOMPARE(row.hostname, m_sim.servers().at(i).name);
            QCOMPARE(model->index(i, ServerListModel::NpuColumn).data().toString(), QStringLiteral("8 × 910B3"));
            QCOMPARE(row.driverVersion, QStringLiteral("24.1.rc2.2"));
        }
        QVERIFY(QFile(options.knownHostsFile).size() > 0);
        QVERIFY(connectAction->isEnabled());
    }

    void connect_refusedHostKey_marksTheServerFailed()
    {
        QTemporaryDir dir;
        SessionOptions options = m_sim.sessionOptions();
        options.knownHostsFile = dir.filePath(QStringLiteral("known_hosts"));
        MainWindow window(options);
        window.setServers(m_sim.targets());
        HostKeyPrompter::setNextAnswer(false);
        QSignalSpy finished(&window, &MainWindow::connectFinished);
        window.connectAll();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(window.serverModel()->row(i).state, ServerListModel::State::Failed);
            QVERIFY(window.serverModel()->row(i).detail.contains(m_sim.servers().at(i).fingerprint));
        }
    }

    void connect_driverTooOldFault_isVisible()
    {
        QVERIFY(m_sim.fault(1, QStringLiteral("driver_version=23.0.7")));
        MainWindow window(m_sim.sessionOptions());
        window.setServers(m_sim.targets());
        QSignalSpy finished(&window, &MainWindow::connectFinished);
        window.connectAll();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(window.serverModel()->row(0).driverVersion, QStringLiteral("24.1.rc2.2"));
        QCOMPARE(window.serverModel()->row(1).driverVersion, QStringLiteral("23.0.7"));
        QVERIFY(m_sim.fault(1, QStringLiteral("driver_version"), true));
    }

    void cancel_stopsAConnectInProgress()
    {
        QVERIFY(m_sim.fault(0, QStringLiteral("slow=20")));
        MainWindow window(m_sim.sessionOptions());
        window.setServers(m_sim.targets());
        QSignalSpy finished(&window, &MainWindow::connectFinished);
        window.connectAll();
        // Server 1 answers; server 0 is stuck in its slow npu-smi until cancelled.
        QTRY_COMPARE_WITH_TIMEOUT(window.serverModel()->row(1).state, ServerListModel::State::Connected, 30000);
        QCOMPARE(window.serverModel()->row(0).state, ServerListModel::State::Connecting);
        window.findChild<QAction *>(QStringLiteral("cancelAction"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(window.serverModel()->row(0).state, ServerListModel::State::Failed);
        QVERIFY(window.serverModel()->row(0).detail.contains(QStringLiteral("cancelled")));
        QVERIFY(m_sim.fault(0, QStringLiteral("slow"), true));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
