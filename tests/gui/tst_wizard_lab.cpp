// The wizard end to end, as a lab where nobody logs in as root: a non-root
// login whose sudo asks for a password, on servers reachable only through a bastion. Nothing may run as
// root except through sudo; the simulated sudo logs every command it ran, and the test reads that log.
#include "SimCluster.h"
#include "WizardDriver.h"

#include "Confirmation.h"
#include "MainWindow.h"
#include "ProjectDocument.h"
#include "ServerListModel.h"
#include "SudoPasswordPrompter.h"
#include "wizard/DeploymentWizard.h"
#include "wizard/RankTablePage.h"
#include "wizard/ServersPage.h"

#include "deployment/Deployment.h"

#include <QAbstractButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTest>

using namespace AscendDeck;

namespace {
const QString kLoginUser = QStringLiteral("labadmin");
const QString kSudoPassword = QStringLiteral("s3cret 'sudo' $(pw)");
constexpr int kTimeoutMs = 120000;
} // namespace

class TestWizardLab : public QObject
{
    Q_OBJECT

    SimCluster m_sim;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_sim.start(2, QStringLiteral("127.0.0.71"), 22, SimCluster::labAccessArgs(kLoginUser, kSudoPassword)),
                 qPrintable(m_sim.errorString()));
        Confirmation::setNextAnswer(true);
    }
    void cleanupTestCase()
    {
        Confirmation::setNextAnswer(std::nullopt);
        QVERIFY(m_sim.stop());
    }

    void nonRootBehindBastion_deploysThroughSudo()
    {
        SessionOptions options = m_sim.sessionOptions();
        options.knownHostsFile = m_sim.knownHostsWithBastion();
        Deployment deployment(options);
        MainWindow window(&deployment);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QByteArray before0 = m_sim.sudoLog(0);
        const QByteArray before1 = m_sim.sudoLog(1);

        // The Servers page: non-root logins, the bastion for all servers, sudo with a password on both.
        ServersPage *servers = window.serversPage();
        QVERIFY(servers->addServers(kLoginUser + QLatin1Char('@') + m_sim.servers().at(0).host + QLatin1Char(' ') + kLoginUser
                                    + QLatin1Char('@') + m_sim.servers().at(1).host).isEmpty());
        QVERIFY(servers->setJump(m_sim.bastionLogin()));
        QAbstractItemModel *model = servers->findChild<QTableView *>(QStringLiteral("serverTable"))->model();
        for (int row = 0; row < 2; ++row)
            QVERIFY(model->setData(model->index(row, ServerListModel::SudoColumn), QStringLiteral("password")));
        SudoPasswordPrompter::setNextAnswers({kSudoPassword, kSudoPassword});

        WizardDriver::throughReview(&window, {});
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(window.sudoPasswordPrompter()->promptCount(), 2); // once per server, for the whole run
        auto *rankTable = qobject_cast<RankTablePage *>(window.wizard()->page(DeploymentWizard::RankTablePageId));
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(m_sim.inspect(i, {QStringLiteral("stat"), QStringLiteral("-c"), QStringLiteral("%a %U"), rankTable->remotePath()}).trimmed(),
                     QByteArray("640 root"));
        }
        window.wizard()->button(QWizard::FinishButton)->click();

        // What ran as root ran through sudo, by the login user: the hccn_tool setters, the rank table's
        // install, npu-smi, on both servers; the password reached no log.
        for (const QByteArray &added : {m_sim.sudoLog(0).mid(before0.size()), m_sim.sudoLog(1).mid(before1.size())}) {
            QVERIFY2(added.contains("\thccn_tool\t-i\t0\t-ip\t-s\taddress\t") || added.contains("hccn_tool\t-i\t0\t-ip\t-s\taddress"),
                     added.left(2000).constData());
            QVERIFY2(added.contains("\tinstall\t") && added.contains("npu-smi"),
                     added.left(2000).constData());
            QVERIFY(!added.contains(kSudoPassword.toUtf8()));
            QVERIFY(!added.startsWith("0\t") && !added.contains("\n0\t")); // the commands came from the non-root login
        }
        ProjectDocument::setNextUnsavedChoice(ProjectDocument::UnsavedChoice::Discard); // not saved: no prompt
        window.close();
        ProjectDocument::setNextUnsavedChoice(std::nullopt);
    }
};

QTEST_MAIN(TestWizardLab)
#include "tst_wizard_lab.moc"
