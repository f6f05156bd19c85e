// The real main window and the wizard's servers page on the offscreen platform, against two simulated servers.
#include "SimCluster.h"

#include "HostKeyPrompter.h"
#include "MainWindow.h"
#include "ServerListModel.h"
#include "wizard/ServersPage.h"

#include "deployment/Deployment.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
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

    QString serverList() const
    {
        QStringList list;
        for (const auto &t : m_sim.targets())
            list << t.displayName();
        return list.join(QStringLiteral(", "));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_sim.start(2, QStringLiteral("127.0.0.41"), 2222), qPrintable(m_sim.errorString()));
    }
    void cleanupTestCase() { QVERIFY(m_sim.stop()); }
    void cleanup() { HostKeyPrompter::setNextAnswer(std::nullopt); }

    void serverModel_passesTheModelTester()
    {
        Deployment deployment(m_sim.sessionOptions());
        ServerListModel model(&deployment);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Project p;
        p.servers = {ProjectServer{QStringLiteral("a"), 22, QStringLiteral("root"), QString(), true, QString(), std::nullopt}};
        deployment.setProject(p);
        QCOMPARE(model.rowCount(), 1);
        deployment.setStatus(0, Deployment::ServerStatus::Failed, QStringLiteral("a: cannot connect"));
        QCOMPARE(model.index(0, ServerListModel::DetailColumn).data().toString(), QStringLiteral("a: cannot connect"));
        QCOMPARE(model.index(0, ServerListModel::NameColumn).data().toString(), QStringLiteral("a (master)"));
    }

    void serversPage_typedList_asksForEachHostKey_thenShowsEachServer()
    {
        QTemporaryDir dir;
        SessionOptions options = m_sim.sessionOptions();
        options.knownHostsFile = dir.filePath(QStringLiteral("known_hosts"));
        Deployment deployment(options);
        MainWindow window(&deployment);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ServersPage *page = window.serversPage();
        QVERIFY(!page->isComplete());

        // Type the servers as a user would, and press Enter.
        auto *edit = page->findChild<QLineEdit *>(QStringLiteral("addServerEdit"));
        QTest::keyClicks(edit, serverList());
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(deployment.serverCount(), 2);
        QCOMPARE(deployment.project().masterIndex(), 0);

        HostKeyPrompter::setNextAnswer(true);
        QSignalSpy finished(&window, &MainWindow::connectFinished);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("testConnectionsButton")), Qt::LeftButton);
        QVERIFY(page->isTesting()); // the GUI thread is free while the servers are probed
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);

        QCOMPARE(window.hostKeyPrompter()->promptCount(), 2);
        auto *table = page->findChild<QTableView *>(QStringLiteral("serverTable"));
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(deployment.status(i), Deployment::ServerStatus::Connected);
            QCOMPARE(deployment.facts(i).hostname, m_sim.servers().at(i).name);
            QCOMPARE(table->model()->index(i, ServerListModel::NpuColumn).data().toString(), QStringLiteral("8 × 910B3"));
            QCOMPARE(deployment.facts(i).driverVersion, QStringLiteral("24.1.rc2.2"));
        }
        QVERIFY(QFile(options.knownHostsFile).size() > 0);
        QVERIFY(page->isComplete());
    }

    void serversPage_badAddress_isNamed()
    {
        Deployment deployment(m_sim.sessionOptions());
        ServersPage page(&deployment);
        const QString error = page.addServers(QStringLiteral("root@10.0.0.1 root@10.0.0.2:70000"));
        QVERIFY2(error.contains(QStringLiteral("70000")), qPrintable(error));
        QCOMPARE(deployment.serverCount(), 0); // nothing half-added
        QVERIFY(page.addServers(QStringLiteral("10.0.0.1")).isEmpty());
        QVERIFY(page.addServers(QStringLiteral("root@10.0.0.1:22")).contains(QStringLiteral("already")));
    }

    void refusedHostKey_marksTheServerFailed()
    {
        QTemporaryDir dir;
        SessionOptions options = m_sim.sessionOptions();
        options.knownHostsFile = dir.filePath(QStringLiteral("known_hosts"));
        Deployment deployment(options);
        MainWindow window(&deployment);
        window.serversPage()->addServers(serverList());
        HostKeyPrompter::setNextAnswer(false);
        QSignalSpy finished(&window, &MainWindow::connectFinished);
        window.connectAll();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(deployment.status(i), Deployment::ServerStatus::Failed);
            QVERIFY(deployment.statusDetail(i).contains(m_sim.servers().at(i).fingerprint));
        }
        QVERIFY(!window.serversPage()->isComplete());
    }

    void driverTooOldFault_isVisible()
    {
        QVERIFY(m_sim.fault(1, QStringLiteral("driver_version=23.0.7")));
        Deployment deployment(m_sim.sessionOptions());
        MainWindow window(&deployment);
        window.serversPage()->addServers(serverList());
        QSignalSpy finished(&window, &MainWindow::connectFinished);
        window.connectAll();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(deployment.facts(0).driverVersion, QStringLiteral("24.1.rc2.2"));
        QCOMPARE(deployment.facts(1).driverVersion, QStringLiteral("23.0.7"));
        QVERIFY(m_sim.fault(1, QStringLiteral("driver_version"), true));
    }

    void cancel_stopsATestInProgress()
    {
        QVERIFY(m_sim.fault(0, QStringLiteral("slow=20")));
        Deployment deployment(m_sim.sessionOptions());
        MainWindow window(&deployment);
        window.serversPage()->addServers(serverList());
        QSignalSpy finished(&window, &MainWindow::connectFinished);
        window.connectAll();
        // Server 1 answers; server 0 is stuck in its slow npu-smi until cancelled.
        QTRY_COMPARE_WITH_TIMEOUT(deployment.status(1), Deployment::ServerStatus::Connected, 30000);
        QCOMPARE(deployment.status(0), Deployment::ServerStatus::Connecting);
        window.findChild<QAction *>(QStringLiteral("cancelAction"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(deployment.status(0), Deployment::ServerStatus::Failed);
        QVERIFY(deployment.statusDetail(0).contains(QStringLiteral("cancelled")));
        QVERIFY(m_sim.fault(0, QStringLiteral("slow"), true));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
