// Real lab access through `ascenddeck-cli exec`: a non-root login whose sudo asks for a password, on servers
// reachable only through a bastion (tests/sim: --login-user, --sudo-password, --bastion).
#include "SimCluster.h"

#include "ops/HccnBatch.h"
#include "remote/SessionPool.h"
#include "remote/SshSession.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kSudoPassword = QStringLiteral("s3cret pw $(x) 'q'");
const QString kLoginUser = QStringLiteral("simadmin");
} // namespace

class TestCliAccess : public QObject
{
    Q_OBJECT

private:
    SimCluster m_sim;
    QTemporaryDir m_files;
    QString m_bastion;       // root@10.231.N.2
    QString m_knownHosts;    // the servers' and the bastion's keys

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run cli(const QStringList &args, const QString &sudoPassword = QString())
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ASCENDDECK_TEST_SUDO_PW"), sudoPassword);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ASCENDDECK_CLI_PATH), args);
        process.closeWriteChannel();
        process.waitForFinished(60000);
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    QString serverArg(int index) const
    {
        return kLoginUser + QLatin1Char('@') + m_sim.servers().at(index).host;
    }

    QStringList execArgs(const QString &knownHosts, const QString &sshConfig = QStringLiteral("/dev/null")) const
    {
        return {QStringLiteral("exec"), QStringLiteral("--identity"), m_sim.identityFile(), QStringLiteral("--known-hosts"),
                knownHosts, QStringLiteral("--ssh-config"), sshConfig};
    }

    QByteArray sudoLog(int index) const
    {
        QFile log(m_sim.stateDir() + QStringLiteral("/srv%1/etc-upper/ascend-sim/sudo.log").arg(index));
        return log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
    }

    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static bool writeFile(const QString &path, const QByteArray &data)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(2, QStringLiteral("127.0.0.41"), 22,
                             {QStringLiteral("--login-user"), kLoginUser, QStringLiteral("--sudo-password"), kSudoPassword,
                              QStringLiteral("--bastion")}),
                 qPrintable(m_sim.errorString()));
        const QJsonObject cluster =
            QJsonDocument::fromJson(readFile(m_sim.stateDir() + QStringLiteral("/cluster.json"))).object();
        const QJsonObject bastion = cluster.value(QStringLiteral("bastion")).toObject();
        QVERIFY(!bastion.isEmpty());
        m_bastion = QStringLiteral("root@") + bastion.value(QStringLiteral("host")).toString();
        m_knownHosts = m_files.filePath(QStringLiteral("known_hosts"));
        QVERIFY(writeFile(m_knownHosts, readFile(m_sim.knownHostsFile())
                                            + readFile(bastion.value(QStringLiteral("known_hosts")).toString())));
    }
    void cleanupTestCase() { QVERIFY(m_sim.stop()); }

    void direct_connectionToAServerBehindTheBastionFails()
    {
        const Run r = cli(execArgs(m_knownHosts) << serverArg(0) << QStringLiteral("--") << QStringLiteral("true"));
        QCOMPARE(r.exitCode, 255);
        QVERIFY2(r.err.contains("cannot connect"), r.err.constData());
    }

    void jump_throughTheBastion_runsAsTheLoginUser()
    {
        const Run r = cli(execArgs(m_knownHosts) << QStringLiteral("--jump") << m_bastion
                                                 << serverArg(0) + QLatin1Char(',') + serverArg(1) << QStringLiteral("--")
                                                 << QStringLiteral("id") << QStringLiteral("-un"));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray(serverArg(0).toUtf8() + ": simadmin\n" + serverArg(1).toUtf8() + ": simadmin\n"));
    }

    void jump_twoHops_andProxyJumpFromSshConfig()
    {
        // The bastion reaches itself on its own address: a chain of two hops.
        Run r = cli(execArgs(m_knownHosts) << QStringLiteral("--jump") << m_bastion + QLatin1Char(',') + m_bastion
                                           << serverArg(0) << QStringLiteral("--") << QStringLiteral("hostname"));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("sim-a2-01\n"));
        const QString config = m_files.filePath(QStringLiteral("ssh_config"));
        QVERIFY(writeFile(config, QStringLiteral("Host 127.0.0.42\n    ProxyJump %1\n").arg(m_bastion).toUtf8()));
        r = cli(execArgs(m_knownHosts, config) << serverArg(1) << QStringLiteral("--") << QStringLiteral("hostname"));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("sim-a2-02\n"));
    }

    void sudo_rightPassword_runsAsRootThroughSudo()
    {
        const QByteArray before = sudoLog(0);
        const Run r = cli(execArgs(m_knownHosts) << QStringLiteral("--jump") << m_bastion << QStringLiteral("--sudo")
                                                 << QStringLiteral("--sudo-password-env") << QStringLiteral("ASCENDDECK_TEST_SUDO_PW")
                                                 << serverArg(0) << QStringLiteral("--") << QStringLiteral("id") << QStringLiteral("-u"),
                          kSudoPassword);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("0\n"));
        const QByteArray added = sudoLog(0).mid(before.size());
        QVERIFY2(added.contains("\tRAN\tid\t-u\n"), added.constData());
        QVERIFY(!added.contains(kSudoPassword.toUtf8()));
        QVERIFY(!r.err.contains(kSudoPassword.toUtf8()));
    }

    void sudo_wrongPassword_exitsOneWithAClearMessage()
    {
        const QByteArray before = sudoLog(1);
        const Run r = cli(execArgs(m_knownHosts) << QStringLiteral("--jump") << m_bastion << QStringLiteral("--sudo-password-env")
                                                 << QStringLiteral("ASCENDDECK_TEST_SUDO_PW") << serverArg(1) << QStringLiteral("--")
                                                 << QStringLiteral("id") << QStringLiteral("-u"),
                          QStringLiteral("not the password"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("the sudo password for 'simadmin' is wrong"), r.err.constData());
        const QByteArray added = sudoLog(1).mid(before.size());
        QVERIFY2(added.contains("\tREFUSED\twrong password\n"), added.constData());
        QVERIFY2(!added.contains("\tRAN\tid"), added.constData());
    }

    void sudo_withoutPassword_whenSudoAsksForOne_isASudoFailure()
    {
        const Run r = cli(execArgs(m_knownHosts) << QStringLiteral("--jump") << m_bastion << QStringLiteral("--sudo")
                                                 << serverArg(0) << QStringLiteral("--") << QStringLiteral("id") << QStringLiteral("-u"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("no sudo password was given"), r.err.constData());
    }

    void uploadAsRoot_throughSudo_installsARootOwnedFileAndLeavesNoTemporary()
    {
        using namespace AscendDeck;
        SessionOptions options = m_sim.sessionOptions();
        options.knownHostsFile = m_knownHosts;
        options.sshConfigFile = QStringLiteral("/dev/null");
        options.credentials.sudo = SudoMode::Password;
        options.credentials.sudoPassword = kSudoPassword;
        SshTarget bastion;
        QString error;
        QVERIFY(SshTarget::parse(m_bastion, &bastion, &error));
        options.jumpHosts = {bastion};
        SessionPool pool(options);
        const SshTarget target(m_sim.servers().at(0).host, kLoginUser, 0);
        const QByteArray data("{\"rank\": \"table\"}\n");
        const CommandResult result = pool.uploadAsRoot(target, data, QStringLiteral("/etc/ascend-sim/uploaded.json"), 0640);
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(m_sim.inspect(0, {QStringLiteral("stat"), QStringLiteral("-c"), QStringLiteral("%U %G %a"),
                                   QStringLiteral("/etc/ascend-sim/uploaded.json")}),
                 QByteArray("root root 640\n"));
        QCOMPARE(m_sim.inspect(0, {QStringLiteral("cat"), QStringLiteral("/etc/ascend-sim/uploaded.json")}), data);
        const QList<QByteArray> lines = sudoLog(0).split('\n');
        QByteArray install;
        for (const QByteArray &line : lines) {
            if (line.contains("\tRAN\tinstall\t"))
                install = line;
        }
        QVERIFY2(install.contains("\tinstall\t-m\t640\t-o\troot\t-g\troot\t/tmp/ascenddeck-upload."), install.constData());
        const QByteArray temporary = install.split('\t').value(install.split('\t').size() - 2);
        int exists = -1;
        m_sim.inspect(0, {QStringLiteral("test"), QStringLiteral("-e"), QString::fromUtf8(temporary)}, &exists);
        QCOMPARE(exists, 1);
        // The servers behind the bastion share its connection: one pooled session for it.
        QVERIFY(pool.run(SshTarget(m_sim.servers().at(1).host, kLoginUser, 0), RemoteCommand::fromArgv({QStringLiteral("true")})).ok());
        QCOMPARE(pool.sessionCount(), 3);
        QVERIFY(pool.session(target)->runsThroughSudo(HccnBatch::command({})));
    }

    void jump_unknownBastionKey_isRefused()
    {
        const Run r = cli(execArgs(m_sim.knownHostsFile()) << QStringLiteral("--jump") << m_bastion << serverArg(0)
                                                           << QStringLiteral("--") << QStringLiteral("true"));
        QCOMPARE(r.exitCode, 255);
        QVERIFY2(r.err.contains("refused (pass --accept-new-host-key"), r.err.constData());
        QVERIFY2(r.err.contains(m_bastion.mid(5).toUtf8()), r.err.constData());
        QVERIFY2(r.err.contains("unknown host key"), r.err.constData());
    }

    void jump_changedBastionKey_isRefusedEvenWithAcceptNew()
    {
        // The bastion's address recorded with another key (a server's): a changed key.
        const QByteArray servers = readFile(m_sim.knownHostsFile());
        const QByteArray firstLine = servers.left(servers.indexOf('\n'));
        const QByteArray serverKey = firstLine.mid(firstLine.indexOf(' ') + 1);
        const QString knownHosts = m_files.filePath(QStringLiteral("changed_known_hosts"));
        QVERIFY(writeFile(knownHosts, servers + m_bastion.mid(5).toUtf8() + ' ' + serverKey + '\n'));
        const Run r = cli(execArgs(knownHosts) << QStringLiteral("--accept-new-host-key") << QStringLiteral("--jump")
                                               << m_bastion << serverArg(0) << QStringLiteral("--") << QStringLiteral("true"));
        QCOMPARE(r.exitCode, 255);
        QVERIFY2(r.err.contains("the host key has changed"), r.err.constData());
        QVERIFY2(r.err.contains(m_bastion.toUtf8()), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliAccess)
#include "tst_cli_access.moc"
