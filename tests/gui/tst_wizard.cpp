// The real deployment wizard, driven end to end on the offscreen platform against simulated servers:
// two servers back to back, and four on a switch. Nothing is mocked: real sshd, real hccn_tool state.
#include "Screenshot.h"
#include "SimCluster.h"

#include "Confirmation.h"
#include "HostKeyPrompter.h"
#include "JobProgress.h"
#include "MainWindow.h"
#include "operate/LaunchPage.h"
#include "wizard/DeploymentWizard.h"
#include "wizard/EnginePage.h"
#include "wizard/NetworkPage.h"
#include "wizard/PreflightPage.h"
#include "wizard/RankTablePage.h"
#include "FindingModel.h"
#include "FindingView.h"
#include "wizard/ReviewPage.h"
#include "wizard/ServersPage.h"

#include "Translations.h"
#include "deployment/Deployment.h"
#include "network/HccnCommandRenderer.h"
#include "ops/LaunchOperation.h"
#include "project/ProjectExport.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QTabWidget>
#include <QFile>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>

#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QHeaderView>

using namespace AscendDeck;

class TestWizard : public QObject
{
    Q_OBJECT

private:
    void runWizard(int servers, const QString &firstIp, bool onSwitch);
    static void typeIntoEngineForm(EnginePage *engine);
    static void typeIntoEngineJson(EnginePage *engine);
    static void chooseVllmLayout(QWizard *wizard, EnginePage *engine);

    template<typename Page>
    Page *page(DeploymentWizard *wizard, int id)
    {
        return qobject_cast<Page *>(wizard->page(id));
    }

    // With ASCENDDECK_SCREENSHOT_DIR set, every step is saved as a PNG (how docs/screenshots are made).
    static void shot(QWidget *window, const QString &name) { Screenshot::save(window, name); }

    // No cell of these columns is cut (a finding's message may wrap into its tooltip; its server may not).
    static void verifyColumnsFit(QTreeView *view, const QList<int> &columns)
    {
        const QAbstractItemView *cells = view; // sizeHintForColumn is public here, protected in QTreeView
        for (int column : columns)
            QVERIFY2(view->header()->sectionSize(column) >= cells->sizeHintForColumn(column),
                     qPrintable(QStringLiteral("%1: column %2 is %3 px, its text needs %4")
                                    .arg(view->objectName()).arg(column).arg(view->header()->sectionSize(column))
                                    .arg(cells->sizeHintForColumn(column))));
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
    // Cancel: a verify cancelled before any server answered ends there, with the page usable again; what
    // it still delivers is dropped (the last verify's matrix stays), and the next verify completes.
    auto *jobProgress = network->findChild<JobProgress *>(QStringLiteral("networkJobProgress"));
    QVERIFY(jobProgress);
    QPushButton *cancel = jobProgress->cancelButton();
    QProgressBar *progress = jobProgress->bar();
    QVERIFY(!cancel->isVisible() && !progress->isVisible());
    network->verify();
    QVERIFY(network->isBusy() && cancel->isVisible() && cancel->isEnabled() && progress->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!network->isBusy() && !cancel->isVisible() && !progress->isVisible());
    QCOMPARE(jobProgress->text(), JobProgress::tr("Cancelled."));
    QCOMPARE(network->findChild<QLabel *>(QStringLiteral("networkMessage"))->text(), NetworkPage::tr("Cancelled."));
    QCOMPARE(network->verifyMatrix().size(), servers * 8);
    QVERIFY(network->isComplete());
    network->verify();
    QTRY_VERIFY_WITH_TIMEOUT(!network->isBusy(), 120000);
    QVERIFY(network->isComplete());
    QCOMPARE(network->verifyMatrix().size(), servers * 8);
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
    verifyColumnsFit(rankTable->findChild<QTreeView *>(QStringLiteral("rankTableTree")), {0, 1});
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
    // The rule is broken the same way on every server: one row in the list, naming them all.
    auto *engineFindings = engine->findChild<FindingView *>(QStringLiteral("engineFindings"));
    QCOMPARE(engineFindings->findingModel()->rowCount(), 1);
    const QString brokenOn = engineFindings->findingModel()->index(0, FindingModel::ServerColumn).data().toString();
    for (const ClusterNode &node : engine->cluster().nodes)
        QVERIFY2(brokenOn.contains(node.serverAddress), qPrintable(brokenOn));
    verifyColumnsFit(engineFindings, {FindingModel::ServerColumn});
    shot(&window, QStringLiteral("wizard-5-engine-rule-%1").arg(servers));
    QVERIFY(!engine->fieldMessage(QStringLiteral("maxPrefillTokens")).isEmpty());
    prefill->setValue(goodPrefill);
    QVERIFY(engine->isComplete());
    QVERIFY(engine->fieldMessage(QStringLiteral("maxPrefillTokens")).isEmpty());
    if (servers == 2) {
        typeIntoEngineForm(engine);
        if (QTest::currentTestFailed())
            return;
        typeIntoEngineJson(engine);
        if (QTest::currentTestFailed())
            return;
        chooseVllmLayout(wizard, engine);
        if (QTest::currentTestFailed())
            return;
        // Back and on again: the page is read anew and Next comes back once it is complete.
        wizard->back();
        wizard->next();
        QCOMPARE(wizard->currentPage(), engine);
        QTRY_VERIFY_WITH_TIMEOUT(!engine->isReading(), 60000);
        QVERIFY(engine->isComplete());
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    }
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
    // Finish moves on to the Launch tab; the Deploy tab keeps the wizard (not a blank page).
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    QVERIFY(tabs);
    wizard->button(QWizard::FinishButton)->click();
    QCOMPARE(tabs->currentIndex(), int(MainWindow::LaunchTab));
    tabs->setCurrentIndex(int(MainWindow::DeployTab));
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->currentPage(), review);
    QCOMPARE(ProjectExport::build(deployment.project()).files.value(QStringLiteral("ranktable/") + table), readFile(out + QStringLiteral("/ranktable/") + table));

    // The demo path: Launch with what the wizard made. The generated config.json is at a host path that is
    // not the image's own conf/config.json, so the engine is ready only if the mount puts it over the image's.
    QVERIFY(!engine->settings().mindieConfigHostPath.startsWith(QStringLiteral("/usr/local/Ascend/mindie")));
    tabs->setCurrentIndex(int(MainWindow::LaunchTab));
    LaunchPage *launch = window.launchPage();
    Confirmation::setNextAnswer(true);
    QTest::mouseClick(launch->findChild<QPushButton *>(QStringLiteral("launchButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(launch->operation()
                                 && (launch->operation()->state() == LaunchOperation::State::Ready
                                     || launch->operation()->state() == LaunchOperation::State::Failed),
                             120000);
    QVERIFY2(launch->operation()->state() == LaunchOperation::State::Ready, qPrintable(launch->stateText()));
    shot(&window, QStringLiteral("wizard-7-launched-%1").arg(servers));
    launch->stop();
    QTRY_VERIFY_WITH_TIMEOUT(launch->operation()->state() == LaunchOperation::State::Stopped, 120000);
    Confirmation::setNextAnswer(std::nullopt);
    QVERIFY(sim.stop());
}

// As a person does it: click into the field, select what is there, type the new value key by key into
// whatever has the focus. Every field must read back exactly what was typed, and no field may move while
// rule messages come and go (the next click must land where the user aims).
void TestWizard::typeIntoEngineForm(EnginePage *engine)
{
    const QList<QPair<QString, QString>> typed{{QStringLiteral("maxPrefillTokens"), QStringLiteral("1024")},
                                               {QStringLiteral("maxBatchSize"), QStringLiteral("150")},
                                               {QStringLiteral("maxSeqLen"), QStringLiteral("4096")},
                                               {QStringLiteral("maxInputTokenLen"), QStringLiteral("2048")},
                                               {QStringLiteral("maxPrefillTokens"), QStringLiteral("8192")},
                                               {QStringLiteral("maxPrefillBatchSize"), QStringLiteral("12")},
                                               {QStringLiteral("port"), QStringLiteral("1025")}};
    QMap<QString, QPoint> positions;
    for (QSpinBox *spin : engine->findChildren<QSpinBox *>())
        positions.insert(spin->objectName(), spin->mapTo(engine, QPoint(0, 0)));
    for (const auto &[key, text] : typed) {
        auto *spin = engine->findChild<QSpinBox *>(key + QStringLiteral("Spin"));
        QVERIFY2(spin, qPrintable(key));
        QWidget *edit = spin->findChild<QLineEdit *>();
        QTest::mouseClick(edit, Qt::LeftButton, {}, edit->rect().center());
        QTRY_VERIFY(spin->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        for (const QChar c : text)
            QTest::keyClicks(QApplication::focusWidget(), QString(c));
        QCOMPARE(spin->text(), text);
        QCOMPARE(spin->value(), text.toInt());
        QVERIFY2(spin->hasFocus(), qPrintable(key));
        for (QSpinBox *other : engine->findChildren<QSpinBox *>())
            QCOMPARE(other->mapTo(engine, QPoint(0, 0)), positions.value(other->objectName()));
    }
    // What was typed is what the settings (and the project) now hold.
    QCOMPARE(engine->settings().maxPrefillTokens, 8192);
    QCOMPARE(engine->settings().maxBatchSize, 150);
    QCOMPARE(engine->settings().maxSeqLen, 4096);
    QVERIFY2(engine->isComplete(), engine->findings().isEmpty() ? "" : qPrintable(engine->findings().first().message));
    auto *name = engine->findChild<QLineEdit *>(QStringLiteral("modelNameEdit"));
    QTest::mouseClick(name, Qt::LeftButton);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_End);
    for (const QChar c : QStringLiteral("-test"))
        QTest::keyClicks(QApplication::focusWidget(), QString(c));
    QVERIFY(name->text().endsWith(QStringLiteral("-test")));
    QCOMPARE(engine->settings().modelName, name->text());
}

// One layout model: MindIE's fields show what the rank table makes of the cluster; vLLM starts from the
// layout that fits, a layout that does not fit is an error that keeps Next off, and the fitting one is a click.
void TestWizard::chooseVllmLayout(QWizard *wizard, EnginePage *engine)
{
    auto *tp = engine->findChild<QSpinBox *>(QStringLiteral("tensorParallelSpin"));
    auto *dp = engine->findChild<QSpinBox *>(QStringLiteral("dataParallelSpin"));
    auto *ep = engine->findChild<QCheckBox *>(QStringLiteral("expertParallelCheck"));
    auto *suggest = engine->findChild<QPushButton *>(QStringLiteral("suggestLayoutButton"));
    QVERIFY(tp && dp && ep && suggest);
    QPushButton *next = qobject_cast<QPushButton *>(wizard->button(QWizard::NextButton));
    QCOMPARE(tp->value(), 16); // 2 servers x 8 NPUs in one rank table
    QVERIFY(!tp->isEnabled());
    QVERIFY(!dp->isEnabled());

    QTest::mouseClick(engine->findChild<QRadioButton *>(QStringLiteral("vllmRadio")), Qt::LeftButton);
    QCOMPARE(engine->settings().kind, EngineSettings::Kind::VllmAscend);
    QVERIFY(tp->isEnabled());
    QCOMPARE(engine->settings().tensorParallel, 8);
    QCOMPARE(engine->settings().dataParallel, 2);
    QCOMPARE(engine->settings().expertParallel, 16);
    QVERIFY(ep->isChecked());
    QVERIFY2(engine->isComplete(), engine->findings().isEmpty() ? "" : qPrintable(engine->findings().first().message));
    QVERIFY(!suggest->isVisible());

    // Without expert parallelism every server holds a whole copy: 678 GB over 8 NPUs does not fit.
    QTest::mouseClick(ep, Qt::LeftButton, {}, QPoint(4, ep->height() / 2));
    QVERIFY(!ep->isChecked());
    QCOMPARE(engine->settings().expertParallel, 1);
    QVERIFY(!engine->isComplete());
    QVERIFY(!next->isEnabled());
    QVERIFY(std::any_of(engine->findings().cbegin(), engine->findings().cend(),
                        [](const Finding &f) { return f.code == QLatin1String("capacity-exceeded"); }));
    QVERIFY(!engine->fieldMessage(QStringLiteral("tensorParallel")).isEmpty());
    QVERIFY(suggest->isVisible());
    QTest::mouseClick(suggest, Qt::LeftButton);
    QVERIFY(ep->isChecked());
    QVERIFY(engine->isComplete());
    QVERIFY(next->isEnabled());

    // TP 16 typed: one server has 8 NPUs; the suggestion is again one click away.
    QTest::mouseClick(tp->findChild<QLineEdit *>(), Qt::LeftButton);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("1"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("6"));
    QCOMPARE(engine->settings().tensorParallel, 16);
    QVERIFY(tp->hasFocus());
    QVERIFY(!engine->isComplete());
    QVERIFY(suggest->isVisible());
    QTest::mouseClick(suggest, Qt::LeftButton);
    QCOMPARE(engine->settings().tensorParallel, 8);
    QVERIFY(engine->isComplete());

    // Back to MindIE for the launch: its layout follows from the cluster again.
    auto *mindieRadio = engine->findChild<QRadioButton *>(QStringLiteral("mindieRadio"));
    QTest::mouseClick(mindieRadio, Qt::LeftButton, {}, QPoint(4, mindieRadio->height() / 2));
    QVERIFY(mindieRadio->isChecked());
    QCOMPARE(engine->settings().kind, EngineSettings::Kind::MindIE);
    QCOMPARE(tp->value(), 16);
    QVERIFY(!tp->isEnabled());
    QVERIFY2(engine->isComplete(), engine->findings().isEmpty() ? "" : qPrintable(engine->findings().first().message));
}

// The raw JSON: the cursor stays where the user types, and the text is what was typed.
void TestWizard::typeIntoEngineJson(EnginePage *engine)
{
    auto *json = engine->findChild<QPlainTextEdit *>(QStringLiteral("settingsJson"));
    QVERIFY(json);
    auto *tabs = qobject_cast<QTabWidget *>(json->parentWidget()->parentWidget()->parentWidget());
    if (tabs)
        tabs->setCurrentWidget(json->parentWidget());
    QTRY_VERIFY(json->isVisible());
    const QString before = json->toPlainText();
    const QString key = QStringLiteral("\"maxBatchSize\": ");
    const int at = before.indexOf(key);
    QVERIFY2(at >= 0, qPrintable(before));
    QTest::mouseClick(json->viewport(), Qt::LeftButton, {}, QPoint(5, 5));
    QTRY_VERIFY(json->hasFocus());
    QTextCursor cursor = json->textCursor();
    cursor.setPosition(at + key.size());
    cursor.movePosition(QTextCursor::EndOfWord, QTextCursor::KeepAnchor);
    json->setTextCursor(cursor); // the user selected the number (a double click)
    for (const QChar c : QStringLiteral("64"))
        QTest::keyClicks(QApplication::focusWidget(), QString(c));
    QCOMPARE(json->textCursor().position(), at + key.size() + 2);
    QVERIFY2(json->toPlainText().contains(key + QStringLiteral("64,")), qPrintable(json->toPlainText()));
    QCOMPARE(engine->settings().maxBatchSize, 64);
    QCOMPARE(engine->findChild<QSpinBox *>(QStringLiteral("maxBatchSizeSpin"))->value(), 64);
    // A half-typed value is shown as an error and nothing is lost; typing on completes it.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
    QVERIFY(!engine->findChild<QLabel *>(QStringLiteral("settingsJsonError"))->text().isEmpty());
    for (const QChar c : QStringLiteral("150"))
        QTest::keyClicks(QApplication::focusWidget(), QString(c));
    QVERIFY(json->toPlainText().contains(key + QStringLiteral("150,")));
    QCOMPARE(engine->settings().maxBatchSize, 150);
    QVERIFY(engine->findChild<QLabel *>(QStringLiteral("settingsJsonError"))->text().isEmpty());
}

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
