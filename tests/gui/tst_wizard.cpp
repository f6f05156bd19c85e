// The real deployment wizard, driven end to end on the offscreen platform against simulated servers:
// two servers back to back, and four on a switch. Nothing is mocked: real sshd, real hccn_tool state.
#include "SimCluster.h"

#include "Confirmation.h"
#include "HostKeyPrompter.h"
#include "MainWindow.h"
#include "wizard/DeploymentWizard.h"
#include "wizard/EnginePage.h"
#include "wizard/NetworkPage.h"
#include "wizard/PreflightPage.h"
#include "wizard/RankTablePage.h"
#include "wizard/ReviewPage.h"
#include "wizard/ServersPage.h"

#include "deployment/Deployment.h"
#include "network/HccnCommandRenderer.h"
#include "Translations.h"
#include "project/ProjectExport.h"

#include <QDir>
#include <QFile>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace AscendDeck;

class TestWizard : public QObject
{
    Q_OBJECT

private:
    void runWizard(int servers, const QString &firstIp, bool onSwitch);

    template<typename Page>
    Page *page(DeploymentWizard *wizard, int id)
    {
        return qobject_cast<Page *>(wizard->page(id));
    }

    // With ASCENDDECK_SCREENSHOT_DIR set, every step is saved as a PNG (how docs/screenshots are made).
    static void shot(QWidget *window, const QString &name)
    {
        const QString dir = qEnvironmentVariable("ASCENDDECK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QCoreApplication::processEvents();
        window->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString language = qEnvironmentVariable("ASCENDDECK_TEST_LANG");
        if (!language.isEmpty())
            QVERIFY(Translations::install(qApp, QLocale(language)));
    }
    void cleanup()
    {
        HostKeyPrompter::setNextAnswer(std::nullopt);
        Confirmation::setNextAnswer(std::nullopt);
    }
    void twoServers_backToBack() { runWizard(2, QStringLiteral("127.0.0.161"), false); }
    void fourServers_onASwitch() { runWizard(4, QStringLiteral("127.0.0.171"), true); }
};

void TestWizard::runWizard(int servers, const QString &firstIp, bool onSwitch)
{
    SimCluster sim;
    QVERIFY2(sim.start(servers, firstIp, 2222), qPrintable(sim.errorString()));
    QTemporaryDir dir;
    SessionOptions options = sim.sessionOptions();
    options.knownHostsFile = dir.filePath(QStringLiteral("known_hosts")); // first contact: keys must be accepted
    Deployment deployment(options);
    MainWindow window(&deployment);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DeploymentWizard *wizard = window.wizard();

    // 1. Servers: typed, host keys accepted on first contact, tested in parallel.
    QStringList list;
    for (const auto &t : sim.targets())
        list << t.displayName();
    auto *serversPage = page<ServersPage>(wizard, DeploymentWizard::ServersPageId);
    QVERIFY(serversPage->addServers(list.join(QLatin1Char(' '))).isEmpty());
    HostKeyPrompter::setNextAnswer(true);
    serversPage->testConnections();
    QTRY_VERIFY_WITH_TIMEOUT(serversPage->isComplete(), 60000);
    QCOMPARE(window.hostKeyPrompter()->promptCount(), servers);
    shot(&window, QStringLiteral("wizard-1-servers-%1").arg(servers));
    wizard->next();

    // 2. Preflight: green; then a fault shows as a failure with its fix, and clears again.
    auto *preflight = page<PreflightPage>(wizard, DeploymentWizard::PreflightPageId);
    QCOMPARE(wizard->currentPage(), preflight);
    QTRY_VERIFY_WITH_TIMEOUT(!preflight->isRunning() && !preflight->findings().isEmpty(), 60000);
    QVERIFY2(preflight->isComplete(), qPrintable(preflight->details()));
    QVERIFY(sim.fault(1, QStringLiteral("firewalld_active")));
    QSignalSpy preflightDone(preflight, &PreflightPage::finished);
    preflight->runAll();
    QTRY_COMPARE_WITH_TIMEOUT(preflightDone.size(), 1, 60000);
    QVERIFY(!preflight->isComplete());
    QVERIFY2(preflight->details().contains(sim.servers().at(1).host) && preflight->details().contains(QStringLiteral("firewalld")),
             qPrintable(preflight->details()));
    QVERIFY2(preflight->details().contains(QStringLiteral("Fix:")) || !qEnvironmentVariable("ASCENDDECK_TEST_LANG").isEmpty(),
             qPrintable(preflight->details()));
    shot(&window, QStringLiteral("wizard-2-preflight-fault-%1").arg(servers));
    QVERIFY(sim.fault(1, QStringLiteral("firewalld_active"), true));
    preflight->runAll();
    QTRY_COMPARE_WITH_TIMEOUT(preflightDone.size(), 2, 60000);
    QVERIFY(preflight->isComplete());
    wizard->next();

    // 3. NPU network: suggested, applied after confirmation, verified.
    auto *network = page<NetworkPage>(wizard, DeploymentWizard::NetworkPageId);
    QCOMPARE(wizard->currentPage(), network);
    if (onSwitch) {
        network->findChild<QRadioButton *>(QStringLiteral("switchRadio"))->setChecked(true);
        network->suggest();
    }
    QCOMPARE(network->plan().servers.size(), servers);
    Confirmation::setNextAnswer(true);
    network->apply();
    QTRY_VERIFY_WITH_TIMEOUT(!network->isBusy(), 120000);
    QVERIFY(Confirmation::lastDetails().contains(QStringLiteral("hccn_tool -i 0 -ip -s address")));
    QVERIFY(!network->backupPath().isEmpty());
    network->verify();
    QTRY_VERIFY_WITH_TIMEOUT(!network->isBusy(), 120000);
    QVERIFY(network->isComplete());
    QCOMPARE(network->verifyMatrix().size(), servers * 8);
    shot(&window, QStringLiteral("wizard-3-network-%1").arg(servers));
    // What the servers now have is exactly what the plan says (read inside the server, not over SSH).
    for (int i = 0; i < servers; ++i) {
        const QByteArray conf = sim.inspect(i, {QStringLiteral("cat"), QStringLiteral("/etc/hccn.conf")});
        const HccnServerPlan &planned = network->plan().servers.at(i);
        for (const HccnNpuPlan &npu : planned.npus) {
            QVERIFY(conf.contains(QStringLiteral("address_%1=%2\n").arg(npu.npu).arg(npu.address).toUtf8()));
            if (!npu.netdetect.isEmpty())
                QVERIFY(conf.contains(QStringLiteral("netdetect_%1=%2\n").arg(npu.npu).arg(npu.netdetect).toUtf8()));
        }
    }
    wizard->next();

    // 4. Rank table: generated from the servers' hccn.conf, valid, copied with mode 0640.
    auto *rankTable = page<RankTablePage>(wizard, DeploymentWizard::RankTablePageId);
    QTRY_VERIFY_WITH_TIMEOUT(!rankTable->result().json.isEmpty(), 60000);
    QVERIFY2(!rankTable->result().hasErrors(), qPrintable(rankTable->result().error));
    QSignalSpy distributed(rankTable, &RankTablePage::distributed);
    rankTable->distribute();
    QTRY_COMPARE_WITH_TIMEOUT(distributed.size(), 1, 60000);
    QVERIFY(distributed.first().first().toBool());
    for (int i = 0; i < servers; ++i) {
        QCOMPARE(sim.inspect(i, {QStringLiteral("stat"), QStringLiteral("-c"), QStringLiteral("%a"), rankTable->remotePath()}).trimmed(), QByteArray("640"));
        QCOMPARE(sim.inspect(i, {QStringLiteral("cat"), rankTable->remotePath()}), rankTable->result().json);
    }
    QVERIFY(wizard->currentPage()->isComplete());
    shot(&window, QStringLiteral("wizard-4-ranktable-%1").arg(servers));
    wizard->next();

    // 5. Engine: MindIE, NICs read from each server, no rule broken; a bad value is shown at its field.
    auto *engine = page<EnginePage>(wizard, DeploymentWizard::EnginePageId);
    QTRY_VERIFY_WITH_TIMEOUT(!engine->isReading(), 60000);
    QCOMPARE(engine->cluster().size(), servers);
    for (const ClusterNode &node : engine->cluster().nodes)
        QCOMPARE(node.nicName, QStringLiteral("enp189s0f0"));
    QVERIFY2(engine->isComplete(), engine->findings().isEmpty() ? "" : qPrintable(engine->findings().first().message));
    auto *prefill = engine->findChild<QSpinBox *>(QStringLiteral("maxPrefillTokensSpin"));
    const int goodPrefill = prefill->value();
    prefill->setValue(1024); // below maxSeqLen: MindIE refuses it
    QVERIFY(!engine->isComplete());
    shot(&window, QStringLiteral("wizard-5-engine-rule-%1").arg(servers));
    QVERIFY(!engine->fieldMessage(QStringLiteral("maxPrefillTokens")).isEmpty());
    prefill->setValue(goodPrefill);
    QVERIFY(engine->isComplete());
    QVERIFY(engine->fieldMessage(QStringLiteral("maxPrefillTokens")).isEmpty());
    wizard->next();

    // 6. Review: export, and compare the files with what the servers really hold.
    auto *review = page<ReviewPage>(wizard, DeploymentWizard::ReviewPageId);
    QCOMPARE(wizard->currentPage(), review);
    shot(&window, QStringLiteral("wizard-6-review-%1").arg(servers));
    const QString out = dir.filePath(QStringLiteral("export"));
    QCOMPARE(review->exportTo(out), QString());
    QCOMPARE(review->saveProject(dir.filePath(QStringLiteral("p.ascenddeck.json"))), QString());
    const QString table = QDir(out + QStringLiteral("/ranktable")).entryList(QDir::Files).value(0);
    QCOMPARE(table, QStringLiteral("hccl_%1s_%2p.json").arg(servers).arg(servers * 8));
    QCOMPARE(readFile(out + QStringLiteral("/ranktable/") + table), rankTable->result().json);
    for (int i = 0; i < servers; ++i) {
        const QString host = sim.servers().at(i).host;
        // The exported hccn.conf preview is what hccn_tool really wrote on the server.
        const QByteArray exported = readFile(out + QStringLiteral("/network/%1/hccn.conf").arg(host));
        const QByteArray real = sim.inspect(i, {QStringLiteral("cat"), QStringLiteral("/etc/hccn.conf")});
        for (const QByteArray &line : exported.split('\n')) {
            if (line.startsWith("address_") || line.startsWith("netmask_") || line.startsWith("netdetect_") || line.startsWith("gateway_"))
                QVERIFY2(real.contains(QByteArray(line + "\n")), line.constData());
        }
        QVERIFY(readFile(out + QStringLiteral("/engine/%1/config.json").arg(host)).contains("\"multiNodesInferEnabled\" : true"));
        QVERIFY(QFile::exists(out + QStringLiteral("/engine/%1/launch.sh").arg(host)));
    }
    // A second export of the same project gives the same bytes.
    QCOMPARE(ProjectExport::build(deployment.project()).files.value(QStringLiteral("ranktable/") + table), readFile(out + QStringLiteral("/ranktable/") + table));
    QVERIFY(sim.stop());
}

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
