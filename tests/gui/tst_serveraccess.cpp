// Lab access from the console: the Servers page's "via" and "sudo" cells and its jump hosts for all servers,
// kept in the project file and honoured by every operation; the sudo password asked once per server (again
// after a wrong one); remembered secrets in memory when no keyring runs. Against two simulated servers with
// a non-root login whose sudo asks for a password, reachable only through a bastion.
#include "SimCluster.h"

#include "MainWindow.h"
#include "ServerListModel.h"
#include "SudoPasswordPrompter.h"
#include "wizard/EnginePage.h"
#include "wizard/ServersPage.h"

#include "deployment/Deployment.h"
#include "jobs/ServerJob.h"
#include "ops/ProjectTargets.h"
#include "project/ProjectFile.h"
#include "remote/SecretStore.h"
#include "remote/SessionPool.h"

#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace AscendDeck;

namespace {
const QString kSudoPassword = QStringLiteral("gui pw $(x) `y`; 'q' \u5bc6");
const QString kLoginUser = QStringLiteral("simadmin");
} // namespace

class TestServerAccess : public QObject
{
    Q_OBJECT

private:
    SimCluster m_sim;
    QString m_bastion;
    QString m_knownHosts;

    SessionOptions options() const
    {
        SessionOptions o = m_sim.sessionOptions();
        o.knownHostsFile = m_knownHosts;
        return o;
    }

    QByteArray sudoLog(int index) const { return m_sim.sudoLog(index); }

    QString serverList() const
    {
        return kLoginUser + QLatin1Char('@') + m_sim.servers().at(0).host + QLatin1Char(' ') + kLoginUser
            + QLatin1Char('@') + m_sim.servers().at(1).host;
    }

    // `id -u` as root on every server of the deployment, as an operation of the console runs it.
    static QList<CommandResult> idAsRoot(Deployment *deployment)
    {
        ServerJob job(deployment->pool());
        QSignalSpy finished(&job, &ServerJob::finished);
        job.start(deployment->targets(), [](SessionPool &pool, const SshTarget &target, const CancelToken &cancel) {
            return pool.run(target, RemoteCommand::fromArgv({QStringLiteral("id"), QStringLiteral("-u")}).asRoot(), cancel);
        });
        if (!finished.wait(60000))
            return {};
        return job.results();
    }

private slots:
    void initTestCase()
    {
        // No keyring here, whatever the machine runs: the memory fallback is what this test exercises.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        QVERIFY2(m_sim.start(2, QStringLiteral("127.0.0.221"), 22, SimCluster::labAccessArgs(kLoginUser, kSudoPassword)),
                 qPrintable(m_sim.errorString()));
        m_bastion = m_sim.bastionLogin();
        m_knownHosts = m_sim.knownHostsWithBastion();
        QVERIFY(!m_bastion.isEmpty() && !m_knownHosts.isEmpty());
    }
    void cleanupTestCase() { QVERIFY(m_sim.stop()); }

    void serversPage_refusesABadViaOrSudo_namingTheServerAndTheField()
    {
        Deployment deployment(options());
        ServersPage page(&deployment);
        QVERIFY(page.addServers(serverList()).isEmpty());
        auto *table = page.findChild<QTableView *>(QStringLiteral("serverTable"));
        QAbstractItemModel *model = table->model();
        const QModelIndex via = model->index(1, ServerListModel::ViaColumn);
        const QModelIndex sudo = model->index(0, ServerListModel::SudoColumn);
        QVERIFY(model->flags(via) & Qt::ItemIsEditable);
        QVERIFY(!model->setData(via, QStringLiteral("admin@bastion:99999")));
        QVERIFY2(page.message().contains(m_sim.servers().at(1).host + QStringLiteral(", via:")), qPrintable(page.message()));
        QVERIFY(page.message().contains(QStringLiteral("99999")));
        QVERIFY(!model->setData(sudo, QStringLiteral("sometimes")));
        QVERIFY2(page.message().contains(m_sim.servers().at(0).host + QStringLiteral(", sudo:")), qPrintable(page.message()));
        QVERIFY(!page.setJump(QStringLiteral("@bastion")));
        QVERIFY2(page.message().startsWith(QStringLiteral("Jump hosts for all servers:")), qPrintable(page.message()));
        QVERIFY(deployment.project().jump.isEmpty());
        // Hostile values: refused, naming the field, before anything reaches a server.
        QVERIFY(!model->setData(via, QStringLiteral("bastion;touch /tmp/x")));
        QVERIFY2(page.message().contains(QStringLiteral(", via:")) && page.message().contains(QStringLiteral("host name")),
                 qPrintable(page.message()));
        QVERIFY(!model->setData(via, QStringLiteral("$(id)@bastion")));
        QVERIFY2(page.message().contains(QStringLiteral("user name")), qPrintable(page.message()));
        for (const QString &entry : {QStringLiteral("we'ird@10.0.0.9"), QStringLiteral("`id`@10.0.0.9"), QStringLiteral("x;y@10.0.0.9"),
                                     QStringLiteral("root@10.0.0.9$(id)")}) {
            const QString error = page.addServers(entry);
            QVERIFY2(error.contains(QStringLiteral("user name")) || error.contains(QStringLiteral("host name")), qPrintable(error));
        }
        QCOMPARE(deployment.serverCount(), 2);
        QVERIFY(deployment.project().servers.at(1).via.isEmpty());
        QVERIFY(!deployment.project().servers.at(0).sudo);
    }

    void serversPage_viaAndSudo_reachTheProjectFileAndEveryOperation()
    {
        Deployment deployment(options());
        ServersPage page(&deployment);
        QVERIFY(page.addServers(serverList()).isEmpty());
        QAbstractItemModel *model = page.findChild<QTableView *>(QStringLiteral("serverTable"))->model();
        // Direct: the servers sit behind the bastion, so the connection test fails.
        QSignalSpy tested(&page, &ServersPage::testsFinished);
        page.testConnections();
        QVERIFY(tested.wait(60000));
        QCOMPARE(deployment.status(0), Deployment::ServerStatus::Failed);
        // The bastion for all servers, one of them naming it in its own cell; sudo with a password on both.
        QVERIFY(page.setJump(m_bastion));
        QVERIFY(model->setData(model->index(1, ServerListModel::ViaColumn), m_bastion));
        QVERIFY(model->setData(model->index(0, ServerListModel::SudoColumn), QStringLiteral("password")));
        QVERIFY(model->setData(model->index(1, ServerListModel::SudoColumn), QStringLiteral("Password")));
        QCOMPARE(model->index(1, ServerListModel::SudoColumn).data().toString(), QStringLiteral("password"));
        QCOMPARE(model->index(0, ServerListModel::ViaColumn).data().toString(), m_bastion + QStringLiteral(" (all servers)"));
        QCOMPARE(deployment.target(0).jumpText(), m_bastion);
        QCOMPARE(deployment.target(1).sudo, std::optional<SudoMode>(SudoMode::Password));
        // The probe reads root-only facts: through sudo, with the password the prompt gives.
        SudoPasswordPrompter prompter(&page, &deployment);
        deployment.pool()->setSudoPasswordHandler(prompter.handler());
        SudoPasswordPrompter::setNextAnswers({kSudoPassword, kSudoPassword});
        page.testConnections();
        QVERIFY(tested.wait(60000));
        QVERIFY2(deployment.status(0) == Deployment::ServerStatus::Connected, qPrintable(deployment.statusDetail(0)));
        QVERIFY2(deployment.status(1) == Deployment::ServerStatus::Connected, qPrintable(deployment.statusDetail(1)));
        QCOMPARE(prompter.promptCount(), 2);

        // Saved and read back: the same targets, and no secret in the file.
        const QByteArray file = ProjectFile::serialize(deployment.project());
        QVERIFY(file.contains(QByteArray(QByteArray("\"jump\": \"") + m_bastion.toUtf8() + '"')));
        QVERIFY(file.contains("\"sudo\": \"password\""));
        QVERIFY(!file.contains(kSudoPassword.toUtf8()));
        Project loaded;
        QString error;
        QVERIFY2(ProjectFile::deserialize(file, &loaded, &error), qPrintable(error));
        QCOMPARE(loaded, deployment.project());
        QCOMPARE(ProjectTargets::of(loaded), deployment.targets());
    }

    void sudoPassword_askedOncePerServer_andAgainAfterAWrongOne()
    {
        Deployment deployment(options());
        deployment.setSecretStore(SecretStore::open());
        QVERIFY(!deployment.secrets()->persistent());
        QVERIFY2(deployment.secrets()->description().contains(QStringLiteral("memory only")),
                 qPrintable(deployment.secrets()->description()));
        MainWindow window(&deployment);
        Project project;
        project.jump = m_bastion;
        for (int i = 0; i < 2; ++i) {
            ProjectServer server;
            server.host = m_sim.servers().at(i).host;
            server.user = kLoginUser;
            server.sudo = SudoMode::Password;
            server.master = i == 0;
            project.servers << server;
        }
        deployment.setProject(project);
        const QByteArray before0 = sudoLog(0);
        const QByteArray before1 = sudoLog(1);
        // Whichever server asks first gets the wrong one, is refused, and asks again.
        SudoPasswordPrompter::setNextAnswers({QStringLiteral("wrong"), kSudoPassword, kSudoPassword}, true);
        QList<CommandResult> results = idAsRoot(&deployment);
        QCOMPARE(results.size(), 2);
        for (const CommandResult &result : results) {
            QVERIFY2(result.ok(), qPrintable(result.errorString));
            QCOMPARE(result.out, QByteArray("0\n"));
        }
        QCOMPARE(window.sudoPasswordPrompter()->promptCount(), 3);
        // Asked once per server: new sessions (the pool dropped) get the password given before.
        deployment.pool()->closeAll();
        results = idAsRoot(&deployment);
        QVERIFY(results.size() == 2 && results.at(0).ok() && results.at(1).ok());
        QCOMPARE(window.sudoPasswordPrompter()->promptCount(), 3);
        for (const QByteArray &added : {sudoLog(0).mid(before0.size()), sudoLog(1).mid(before1.size())}) {
            QVERIFY2(added.contains("\tRAN\tid\t-u\n"), added.constData());
            QVERIFY(!added.contains(kSudoPassword.toUtf8()));
        }
        QVERIFY(sudoLog(0).mid(before0.size()).contains("\tREFUSED\twrong password\n")
                || sudoLog(1).mid(before1.size()).contains("\tREFUSED\twrong password\n"));

        // "Remember" kept it in memory (no keyring here); Forget on the Servers page drops it.
        QCOMPARE(deployment.secrets()->read(SecretStore::Kind::SudoPassword, deployment.target(1)), std::optional<QString>(kSudoPassword));
        ServersPage *page = window.serversPage();
        page->findChild<QTableView *>(QStringLiteral("serverTable"))->setCurrentIndex(QModelIndex());
        page->forgetSecrets();
        QVERIFY(!deployment.secrets()->read(SecretStore::Kind::SudoPassword, deployment.target(0)));
        QVERIFY(!deployment.secrets()->read(SecretStore::Kind::SudoPassword, deployment.target(1)));
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("keyringLabel"))->text().contains(QStringLiteral("memory only")));
    }

    // A hostile model folder typed in the engine settings reaches the server byte for byte: the Engine page
    // reads the weights' index there through sudo, and the simulated sudo logged exactly that path.
    void enginePage_hostileModelFolder_reachesTheServerByteForByte()
    {
        // The marker is a name nothing else uses: the simulated servers share the host's /tmp.
        const QString marker = QStringLiteral("/tmp/ascenddeck-hostile-%1").arg(QCoreApplication::applicationPid());
        QFile::remove(marker);
        const QString folder = QStringLiteral("/data/models/m y'q\"$(touch %1)`id`;\n\u6a21\u578b \\ $HOME").arg(marker);
        int status = -1;
        m_sim.inspect(0, {QStringLiteral("sh"), QStringLiteral("-c"),
                          QStringLiteral("mkdir -p \"$1\" && printf '%s' '{\"metadata\": {\"total_size\": 1342177280000}}' "
                                         "> \"$1/model.safetensors.index.json\""),
                          QStringLiteral("sh"), folder}, &status);
        QCOMPARE(status, 0);
        Deployment deployment(options());
        SshCredentials credentials = deployment.options().credentials;
        credentials.sudo = SudoMode::Password;
        credentials.sudoPassword = kSudoPassword;
        deployment.setCredentials(credentials);
        Project project;
        ProjectServer server;
        server.host = m_sim.servers().at(0).host;
        server.user = kLoginUser;
        server.via = m_bastion;
        server.master = true;
        project.servers << server;
        EngineSettings settings = SimCluster::engineSettings(EngineSettings::Kind::MindIE);
        settings.modelPath = folder;
        project.engine = settings;
        deployment.setProject(project);
        const QByteArray before = sudoLog(0);
        EnginePage page(&deployment);
        QSignalSpy read(&page, &EnginePage::clusterRead);
        page.initializePage();
        QVERIFY(read.wait(60000));
        const QByteArray added = sudoLog(0).mid(before.size());
        QVERIFY2(added.contains(QByteArray(QByteArray("\tRAN\tcat\t") + folder.toUtf8() + "/model.safetensors.index.json\n")),
                 added.constData());
        const QString capacity = page.findChild<QLabel *>(QStringLiteral("capacityLabel"))->text();
        QVERIFY2(!capacity.contains(QStringLiteral("not found")), qPrintable(capacity));
        QCOMPARE(page.settings().modelPath, folder);
        int exists = -1;
        m_sim.inspect(0, {QStringLiteral("test"), QStringLiteral("-e"), marker}, &exists);
        QCOMPARE(exists, 1);
    }

    void sudoPassword_declined_isASudoFailureNotAHang()
    {
        Deployment deployment(options());
        MainWindow window(&deployment);
        Project project;
        ProjectServer server;
        server.host = m_sim.servers().at(0).host;
        server.user = kLoginUser;
        server.via = m_bastion;
        server.sudo = SudoMode::Password;
        project.servers << server;
        deployment.setProject(project);
        SudoPasswordPrompter::setNextAnswers({QString()});
        const QList<CommandResult> results = idAsRoot(&deployment);
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.at(0).error, RemoteError::SudoFailed);
        QVERIFY2(results.at(0).errorString.contains(QStringLiteral("no sudo password was given")), qPrintable(results.at(0).errorString));
    }
};

QTEST_MAIN(TestServerAccess)
#include "tst_serveraccess.moc"
