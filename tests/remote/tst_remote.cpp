// The remote layer against simulated Ascend servers: real sshd, real libssh, nothing mocked.
#include "SimCluster.h"

#include "jobs/ServerJob.h"
#include "log/Log.h"
#include "log/LogBuffer.h"
#include "remote/SessionPool.h"
#include "remote/SshSession.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace AscendDeck;

class TestRemote : public QObject
{
    Q_OBJECT

private:
    SimCluster m_sim;
    RemoteCommand command(const QStringList &argv, int timeoutMs = 30000)
    {
        RemoteCommand c;
        c.argv = argv;
        c.timeoutMs = timeoutMs;
        return c;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(2, QStringLiteral("127.0.0.21"), 2222), qPrintable(m_sim.errorString()));
    }
    void cleanupTestCase() { QVERIFY2(m_sim.stop(), qPrintable(m_sim.errorString())); }

    void run_keepsStdoutStderrAndExitStatusApart()
    {
        SessionPool pool(m_sim.sessionOptions());
        const CommandResult r = pool.run(m_sim.target(0), command({QStringLiteral("sh"), QStringLiteral("-c"),
                                                                  QStringLiteral("echo out; echo err >&2; exit 7")}));
        QVERIFY2(r.ran(), qPrintable(r.errorString));
        QCOMPARE(r.exitStatus, 7);
        QCOMPARE(r.out, QByteArray("out\n"));
        QCOMPARE(r.err, QByteArray("err\n"));
    }

    void run_reachesTheSimulatedServersOwnTools()
    {
        SessionPool pool(m_sim.sessionOptions());
        const CommandResult a = pool.run(m_sim.target(0), command({QStringLiteral("cat"), QStringLiteral("/etc/ascend-sim/state.json")}));
        const CommandResult b = pool.run(m_sim.target(1), command({QStringLiteral("cat"), QStringLiteral("/etc/ascend-sim/state.json")}));
        QVERIFY2(a.ok() && b.ok(), qPrintable(a.errorString + b.errorString));
        QCOMPARE(QJsonDocument::fromJson(a.out).object().value(QStringLiteral("host")).toString(), m_sim.servers().at(0).host);
        QCOMPARE(QJsonDocument::fromJson(b.out).object().value(QStringLiteral("host")).toString(), m_sim.servers().at(1).host);
        const CommandResult smi = pool.run(m_sim.target(0), command({QStringLiteral("npu-smi"), QStringLiteral("info")}));
        QVERIFY2(smi.ok(), qPrintable(smi.errorString + QString::fromUtf8(smi.err)));
        QVERIFY(smi.out.contains("910B"));
    }

    void hostileArguments_arriveUnchanged_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::newRow("command substitution") << QStringLiteral("$(reboot)");
        QTest::newRow("backticks") << QStringLiteral("`touch /tmp/pwned`");
        QTest::newRow("semicolon") << QStringLiteral("; rm -rf /");
        QTest::newRow("single quote") << QStringLiteral("it's");
        QTest::newRow("double quotes") << QStringLiteral("say \"hi\" $HOME");
        QTest::newRow("spaces") << QStringLiteral("  two  spaces  ");
        QTest::newRow("newline") << QStringLiteral("line1\nline2");
        QTest::newRow("non-ascii") << QStringLiteral("模型路径 ü");
        QTest::newRow("empty") << QString();
        QTest::newRow("glob and redirect") << QStringLiteral("* > /etc/passwd &");
        QTest::newRow("backslashes") << QStringLiteral("a\\b\\\\c\\'");
    }
    void hostileArguments_arriveUnchanged()
    {
        QFETCH(QString, argument);
        SessionPool pool(m_sim.sessionOptions());
        const QStringList args{argument, QStringLiteral("second"), argument};
        const CommandResult r = pool.run(m_sim.target(0), command(QStringList{QStringLiteral("sim-argv")} + args));
        QVERIFY2(r.ok(), qPrintable(r.errorString + QString::fromUtf8(r.err)));
        // What the program on the server received, as it recorded it there (not what we sent).
        const QByteArray log = m_sim.inspect(0, {QStringLiteral("tail"), QStringLiteral("-n1"), QStringLiteral("/etc/ascend-sim/argv.log")});
        const QJsonArray received = QJsonDocument::fromJson(log).array();
        QCOMPARE(received.size(), args.size());
        for (int i = 0; i < args.size(); ++i)
            QCOMPARE(received.at(i).toString(), args.at(i));
    }

    void unknownHostKey_isRefusedWithoutConsent()
    {
        QTemporaryDir dir;
        SessionOptions options = m_sim.sessionOptions();
        options.knownHostsFile = dir.filePath(QStringLiteral("known_hosts"));
        SessionPool pool(options);
        const CommandResult r = pool.run(m_sim.target(0), command({QStringLiteral("true")}));
        QCOMPARE(r.error, RemoteError::HostKeyUnknown);
        QVERIFY(r.errorString.contains(m_sim.servers().at(0).fingerprint));
    }

    void unknownHostKey_acceptedOnce_isRemembered()
    {
        QTemporaryDir dir;
        SessionOptions options = m_sim.sessionOptions();
        options.knownHostsFile = dir.filePath(QStringLiteral("known_hosts"));
        QList<HostKeyInfo> asked;
        options.unknownHostKey = [&asked](const HostKeyInfo &info) {
            asked << info;
            return true;
        };
        {
            SessionPool pool(options);
            const CommandResult r = pool.run(m_sim.target(0), command({QStringLiteral("true")}));
            QVERIFY2(r.ok(), qPrintable(r.errorString));
        }
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().fingerprint, m_sim.servers().at(0).fingerprint);
        QCOMPARE(asked.first().keyType, QStringLiteral("ssh-ed25519"));
        // A new pool (a new run of the console) trusts the recorded key without asking.
        SessionPool again(options);
        QVERIFY(again.run(m_sim.target(0), command({QStringLiteral("true")})).ok());
        QCOMPARE(asked.size(), 1);
    }

    void keyAuth_withPassphrase()
    {
        SessionOptions options = m_sim.sessionOptions();
        options.credentials.identityFile = m_sim.passphraseIdentityFile();
        options.credentials.passphrase = m_sim.passphrase();
        SessionPool pool(options);
        QVERIFY(pool.run(m_sim.target(1), command({QStringLiteral("true")})).ok());

        options.credentials.passphrase = QStringLiteral("wrong");
        SessionPool wrong(options);
        const CommandResult r = wrong.run(m_sim.target(1), command({QStringLiteral("true")}));
        QCOMPARE(r.error, RemoteError::AuthFailed);
        QVERIFY(r.errorString.contains(m_sim.servers().at(1).host));
    }

    void passwordAuth_andThePasswordNeverReachesTheLog()
    {
        Log::init();
        SessionOptions options = m_sim.sessionOptions();
        options.credentials = SshCredentials();
        options.credentials.useAgent = false;
        options.credentials.password = m_sim.servers().at(1).password;
        SessionPool pool(options);
        const CommandResult r = pool.run(m_sim.target(1), command({QStringLiteral("id"), QStringLiteral("-un")}));
        QVERIFY2(r.ok(), qPrintable(r.errorString));
        QCOMPARE(r.out.trimmed(), QByteArray("root"));

        options.credentials.password = QStringLiteral("not-the-password");
        SessionPool wrong(options);
        const CommandResult bad = wrong.run(m_sim.target(1), command({QStringLiteral("true")}));
        QCOMPARE(bad.error, RemoteError::AuthFailed);
        QCOMPARE(bad.processExitCode(), 255);

        const QString logged = Log::buffer()->lines().join(QLatin1Char('\n'));
        QVERIFY(logged.contains(QStringLiteral("argv=id -un")));
        QVERIFY(!logged.contains(m_sim.servers().at(1).password));
        QVERIFY(!logged.contains(QStringLiteral("not-the-password")));
        if (!Log::filePath().isEmpty()) {
            QFile file(Log::filePath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray onDisk = file.readAll();
            QVERIFY(onDisk.contains("exec host="));
            QVERIFY(!onDisk.contains(m_sim.servers().at(1).password.toUtf8()));
        }
    }

    void pool_reusesOneSessionPerHost()
    {
        SessionPool pool(m_sim.sessionOptions());
        const CommandResult first = pool.run(m_sim.target(0), command({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo $PPID")}));
        QVERIFY(first.ok());
        std::shared_ptr<SshSession> session = pool.session(m_sim.target(0));
        for (int i = 0; i < 5; ++i)
            QVERIFY(pool.run(m_sim.target(0), command({QStringLiteral("true")})).ok());
        QCOMPARE(pool.session(m_sim.target(0)).get(), session.get());
        QCOMPARE(pool.sessionCount(), 1);
        QVERIFY(session->isConnected());
        // One TCP connection carried all six commands: the server logged a single accepted login for us.
    }

    void timeout_stopsALongCommand()
    {
        SessionPool pool(m_sim.sessionOptions());
        const CommandResult r = pool.run(m_sim.target(0), command({QStringLiteral("sleep"), QStringLiteral("30")}, 500));
        QCOMPARE(r.error, RemoteError::Timeout);
        QVERIFY2(r.durationMs < 10000, qPrintable(QString::number(r.durationMs)));
        QVERIFY(r.errorString.contains(QStringLiteral("sleep 30")));
        // The session is still usable afterwards.
        QVERIFY(pool.run(m_sim.target(0), command({QStringLiteral("true")})).ok());
    }

    void cancel_stopsARunningCommand()
    {
        SessionPool pool(m_sim.sessionOptions());
        CancelToken cancel;
        QByteArray seen;
        const CommandResult r = pool.session(m_sim.target(1))->stream(
            command({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo started; exec sleep 30")}),
            [&](const QByteArray &chunk) {
                seen += chunk;
                if (seen.contains("started"))
                    cancel.cancel(); // cancel only once the command is known to be running
            },
            {}, cancel);
        QCOMPARE(r.error, RemoteError::Cancelled);
        QVERIFY(seen.contains("started"));
        QVERIFY(pool.run(m_sim.target(1), command({QStringLiteral("true")})).ok());
    }

    void droppedConnection_isReestablished()
    {
        SessionPool pool(m_sim.sessionOptions());
        QVERIFY(pool.run(m_sim.target(1), command({QStringLiteral("true")})).ok());
        QVERIFY2(m_sim.drop(1), qPrintable(m_sim.errorString()));
        const CommandResult r = pool.run(m_sim.target(1), command({QStringLiteral("hostname")}));
        QVERIFY2(r.ok(), qPrintable(r.errorString));
    }

    void restartedServer_isReconnected()
    {
        SessionPool pool(m_sim.sessionOptions());
        QVERIFY(pool.run(m_sim.target(0), command({QStringLiteral("true")})).ok());
        QVERIFY2(m_sim.restart(0), qPrintable(m_sim.errorString()));
        const CommandResult r = pool.run(m_sim.target(0), command({QStringLiteral("cat"), QStringLiteral("/etc/ascend-sim/state.json")}));
        QVERIFY2(r.ok(), qPrintable(r.errorString));
        QCOMPARE(pool.sessionCount(), 1);
    }

    void upload_setsMode0640AndContent()
    {
        SessionPool pool(m_sim.sessionOptions());
        const QByteArray content = "{\n    \"version\": \"1.0\"\n}\n";
        const QString path = QStringLiteral("/etc/ascend-sim/ranktable-test.json");
        const CommandResult r = pool.upload(m_sim.target(0), content, path, 0640);
        QVERIFY2(r.ok(), qPrintable(r.errorString));
        QCOMPARE(m_sim.inspect(0, {QStringLiteral("stat"), QStringLiteral("-c"), QStringLiteral("%a"), path}).trimmed(), QByteArray("640"));
        QCOMPARE(m_sim.inspect(0, {QStringLiteral("cat"), path}), content);
        // Replacing an existing file works and keeps the mode exact.
        QVERIFY(pool.upload(m_sim.target(0), "second\n", path, 0600).ok());
        QCOMPARE(m_sim.inspect(0, {QStringLiteral("stat"), QStringLiteral("-c"), QStringLiteral("%a"), path}).trimmed(), QByteArray("600"));
        // The file only exists on that server: each server has its own /etc.
        int exitCode = 0;
        m_sim.inspect(1, {QStringLiteral("test"), QStringLiteral("-e"), path}, &exitCode);
        QCOMPARE(exitCode, 1);
        const CommandResult bad = pool.upload(m_sim.target(0), content, QStringLiteral("/no/such/dir/x.json"), 0640);
        QCOMPARE(bad.error, RemoteError::TransferFailed);
        QVERIFY(bad.errorString.contains(QStringLiteral("/no/such/dir/x.json")));
    }

    void serverJob_reportsEachHostAndProgress()
    {
        SessionPool pool(m_sim.sessionOptions());
        ServerJob job(&pool);
        QSignalSpy hostSpy(&job, &ServerJob::serverFinished);
        QSignalSpy progressSpy(&job, &ServerJob::progressChanged);
        QSignalSpy finishedSpy(&job, &ServerJob::finished);
        SshTarget unreachable;
        unreachable.host = QStringLiteral("127.0.0.29"); // nothing listens there
        unreachable.port = 2222;
        unreachable.user = QStringLiteral("root");
        const QList<SshTarget> targets = m_sim.targets() << unreachable;
        job.start(targets, [](SessionPool &p, const SshTarget &t, const CancelToken &c) {
            RemoteCommand cmd;
            cmd.argv = QStringList{QStringLiteral("cat"), QStringLiteral("/etc/ascend-sim/state.json")};
            return p.run(t, cmd, c);
        });
        QVERIFY(job.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finishedSpy.size(), 1, 30000);
        QCOMPARE(hostSpy.size(), 3);
        QCOMPARE(progressSpy.last().at(0).toInt(), 3);
        QCOMPARE(progressSpy.last().at(1).toInt(), 3);
        QVERIFY(job.results().at(0).ok());
        QVERIFY(job.results().at(1).ok());
        QCOMPARE(job.results().at(2).error, RemoteError::ConnectFailed);
        QVERIFY(job.results().at(2).errorString.contains(QStringLiteral("127.0.0.29")));
        QVERIFY(job.results().at(0).out.contains(m_sim.servers().at(0).host.toUtf8()));
        QVERIFY(job.results().at(1).out.contains(m_sim.servers().at(1).host.toUtf8()));
    }

    void serverJob_cancelStopsEveryHostAndDropsItsResults()
    {
        SessionPool pool(m_sim.sessionOptions());
        ServerJob job(&pool);
        QSignalSpy hostSpy(&job, &ServerJob::serverFinished);
        QSignalSpy finishedSpy(&job, &ServerJob::finished);
        QSignalSpy cancelledSpy(&job, &ServerJob::cancelled);
        job.start(m_sim.targets(), [](SessionPool &p, const SshTarget &t, const CancelToken &c) {
            RemoteCommand cmd;
            cmd.argv = QStringList{QStringLiteral("sleep"), QStringLiteral("30")};
            return p.run(t, cmd, c);
        });
        job.cancel();
        QCOMPARE(cancelledSpy.size(), 1);
        QVERIFY(!job.isRunning());
        // The workers stop at the token, long before the 30 s sleeps would end.
        QVERIFY(job.wait(20000));
        QCoreApplication::processEvents();
        QCOMPARE(hostSpy.size(), 0);
        QCOMPARE(finishedSpy.size(), 0);
    }

    void sshConfigAlias_isHonoured()
    {
        QTemporaryDir dir;
        QFile config(dir.filePath(QStringLiteral("config")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral("Host npu-node-b\n    HostName %1\n    Port %2\n    User root\n    IdentityFile %3\n")
                         .arg(m_sim.servers().at(1).host)
                         .arg(m_sim.servers().at(1).port)
                         .arg(m_sim.identityFile())
                         .toUtf8());
        config.close();
        SessionOptions options = m_sim.sessionOptions();
        options.sshConfigFile = config.fileName();
        options.credentials = SshCredentials(); // the key comes from IdentityFile in the config
        options.credentials.useAgent = true;
        SessionPool pool(options);
        SshTarget alias;
        alias.host = QStringLiteral("npu-node-b");
        const CommandResult r = pool.run(alias, command({QStringLiteral("cat"), QStringLiteral("/etc/ascend-sim/state.json")}));
        QVERIFY2(r.ok(), qPrintable(r.errorString));
        QVERIFY(r.out.contains(m_sim.servers().at(1).host.toUtf8()));
    }

    // Last: it changes server 1's host key for good.
    void changedHostKey_isRefusedWithoutAsking()
    {
        // Our own copy of known_hosts, holding the key from before the change.
        QTemporaryDir dir;
        const QString knownHosts = dir.filePath(QStringLiteral("known_hosts"));
        QVERIFY(QFile::copy(m_sim.knownHostsFile(), knownHosts));
        SessionOptions options = m_sim.sessionOptions();
        options.knownHostsFile = knownHosts;
        int asked = 0;
        options.unknownHostKey = [&asked](const HostKeyInfo &) {
            ++asked;
            return true;
        };
        QVERIFY2(m_sim.restart(1, true), qPrintable(m_sim.errorString()));
        SessionPool pool(options);
        const CommandResult r = pool.run(m_sim.target(1), command({QStringLiteral("true")}));
        QCOMPARE(r.error, RemoteError::HostKeyChanged);
        QCOMPARE(asked, 0);
        QVERIFY(r.errorString.contains(QStringLiteral("WARNING")));
        QVERIFY(r.errorString.contains(m_sim.servers().at(1).host));
    }
};

QTEST_GUILESS_MAIN(TestRemote)
#include "tst_remote.moc"
