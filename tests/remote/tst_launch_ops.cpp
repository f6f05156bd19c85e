// Launching the engine end to end against two simulated servers: MindIE with its rank table, vLLM-Ascend
// head and worker, live logs, readiness, a real chat completion, stop and restart, and the failures that must
// stop the other server and name the one that failed first. The engines are told to load in one second.
#include "SimCluster.h"

#include "ascend/NpuSmiInfoParser.h"
#include "jobs/Job.h"
#include "ops/LaunchOperation.h"
#include "remote/SessionPool.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace AscendDeck;

namespace {
const int kLaunchTimeoutMs = 60000;
} // namespace

class TestLaunchOps : public QObject
{
    Q_OBJECT

private:
    SimCluster m_sim;
    std::unique_ptr<SessionPool> m_pool;
    QTemporaryDir m_dir;
    QElapsedTimer m_clock;

    EngineCluster cluster() const { return m_sim.engineCluster(); }

    static EngineSettings mindie() { return SimCluster::engineSettings(EngineSettings::Kind::MindIE); }
    static EngineSettings vllm() { return SimCluster::engineSettings(EngineSettings::Kind::VllmAscend); }

    std::unique_ptr<LaunchOperation> operation(const EngineSettings &settings)
    {
        auto op = std::make_unique<LaunchOperation>(m_pool.get(), m_sim.targets(), settings, cluster());
        op->setTimings(200, 30000, 1000);
        // LAUNCH_TRACE=1 prints every state change with its time: the first thing to read when a launch test fails.
        if (qEnvironmentVariableIsSet("LAUNCH_TRACE")) {
            connect(op.get(), &LaunchOperation::stateChanged, this, [this](LaunchOperation::State st) {
                qInfo("  %.1f s: %s", m_clock.elapsed() / 1000.0, qPrintable(LaunchOperation::stateName(st)));
            });
            connect(op.get(), &LaunchOperation::serverStateChanged, this, [this](int i, LaunchOperation::ServerState st, const QString &d) {
                qInfo("  %.1f s: %d %s %s", m_clock.elapsed() / 1000.0, i, qPrintable(LaunchOperation::serverStateName(st)), qPrintable(d.left(80)));
            });
        }
        return op;
    }

    QString containers(int server)
    {
        return QString::fromUtf8(m_sim.inspect(server, {QStringLiteral("docker"), QStringLiteral("ps"), QStringLiteral("-a"),
                                                        QStringLiteral("--format"), QStringLiteral("{{.Names}}")}))
            .trimmed();
    }

    qint64 hbmUsedMb(int server)
    {
        const RemoteCommand command = RemoteCommand::fromArgv({QStringLiteral("npu-smi"), QStringLiteral("info")}).asRoot();
        const CommandResult result = m_pool->run(m_sim.target(server), command);
        const NpuSmiInfo info = NpuSmiInfoParser::parse(result.out);
        qint64 sum = 0;
        for (const NpuChip &chip : info.chips)
            sum += chip.hbmUsedMb.value_or(0);
        return sum;
    }

    static QStringList linesOf(const QSignalSpy &spy, int server)
    {
        QStringList lines;
        for (const QList<QVariant> &args : spy) {
            if (args.at(0).toInt() == server)
                lines << args.at(1).toString();
        }
        return lines;
    }

    static QStringList findingIds(const QSignalSpy &spy, int server)
    {
        QStringList ids;
        for (const QList<QVariant> &args : spy) {
            if (args.at(0).toInt() == server)
                ids << args.at(1).value<Finding>().code;
        }
        return ids;
    }

    void stopAndVerifyClean(LaunchOperation *op)
    {
        QSignalSpy stopped(op, &LaunchOperation::stopped);
        op->stop();
        QVERIFY(stopped.wait(kLaunchTimeoutMs));
        QCOMPARE(containers(0), QString());
        QCOMPARE(containers(1), QString());
    }

    // The CLI is built beside the tests (build/app); registering the test stays one line.
    static QString cliPath()
    {
        return QCoreApplication::applicationDirPath() + QStringLiteral("/../app/ascenddeck-cli");
    }

    QStringList cliArgs(const QString &command, const EngineSettings &settings)
    {
        const QString settingsPath = m_dir.filePath(QStringLiteral("settings.json"));
        const QString clusterPath = m_dir.filePath(QStringLiteral("cluster.json"));
        QFile s(settingsPath);
        QFile c(clusterPath);
        if (!s.open(QIODevice::WriteOnly) || !c.open(QIODevice::WriteOnly))
            return {};
        s.write(QByteArray::fromStdString(settings.toJson().dump()));
        c.write(QByteArray::fromStdString(cluster().toJson().dump()));
        return {command, QStringLiteral("--settings"), settingsPath, QStringLiteral("--cluster"), clusterPath,
                QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("--ssh-port"), QString::number(m_sim.servers().at(0).port), QStringLiteral("--identity"),
                m_sim.identityFile(), QStringLiteral("--known-hosts"), m_sim.knownHostsFile()};
    }

    int runCli(const QStringList &args, QByteArray *out, QByteArray *err)
    {
        QProcess cli;
        cli.start(cliPath(), args);
        if (!cli.waitForFinished(kLaunchTimeoutMs))
            return -1;
        *out = cli.readAllStandardOutput();
        *err = cli.readAllStandardError();
        return cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
    }

    void timing(const char *what)
    {
        qInfo("%s: %.1f s", what, m_clock.restart() / 1000.0);
    }

private slots:
    void initTestCase()
    {
        m_clock.start();
#ifdef ASCENDDECK_SIM_SUDO_LOGIN
        // The same launches for a non-root login whose sudo asks for a password (tst_launch_ops_sudo).
        QVERIFY2(m_sim.start(2, QStringLiteral("127.0.0.131"), 2222,
                             {QStringLiteral("--preset-ips"), QStringLiteral("--login-user"), QStringLiteral("simadmin"),
                              QStringLiteral("--sudo-password"), QStringLiteral("launch pw")}),
                 qPrintable(m_sim.errorString()));
        SessionOptions options = m_sim.sessionOptions();
        options.credentials.sudo = SudoMode::Password;
        options.credentials.sudoPassword = QStringLiteral("launch pw");
        m_pool = std::make_unique<SessionPool>(options);
#else
        QVERIFY2(m_sim.start(2, QStringLiteral("127.0.0.111"), 2222, {QStringLiteral("--preset-ips")}),
                 qPrintable(m_sim.errorString()));
        m_pool = std::make_unique<SessionPool>(m_sim.sessionOptions());
#endif
        timing("simulator start");
    }
    void cleanupTestCase()
    {
        m_pool.reset();
        QVERIFY2(m_sim.stop(), qPrintable(m_sim.errorString()));
    }

    void preview_mindie_listsEveryCommandAndStartsNothing()
    {
        auto op = operation(mindie());
        QSignalSpy planned(op.get(), &LaunchOperation::planReady);
        op->preview();
        QTRY_VERIFY_WITH_TIMEOUT(op->state() != LaunchOperation::State::Preparing, kLaunchTimeoutMs);
        QVERIFY2(op->state() == LaunchOperation::State::Idle, qPrintable(op->failureReason()));
        QCOMPARE(planned.count(), 1);
        const LaunchPlan plan = op->plan();
        QVERIFY2(plan.canLaunch(), qPrintable(plan.errors.join(QLatin1Char('\n'))));
        QCOMPARE(plan.nodes.size(), 2);
        for (const LaunchNodePlan &node : plan.nodes) {
            QCOMPARE(node.files.size(), 2);
            for (const LaunchFile &file : node.files) {
                QCOMPARE(file.mode, 0640);
                QVERIFY(!file.data.isEmpty());
            }
        }
        QVERIFY(plan.nodes.at(1).files.at(1).data.contains("192.168.100.20")); // server 1's NPU 0, from hccn.conf
        const QString preview = plan.preview();
        QCOMPARE(preview.count(QStringLiteral("docker run -d")), 2);
#ifdef ASCENDDECK_SIM_SUDO_LOGIN
        // The preview marks what runs through sudo on this login: docker (not in the docker group) and uploads.
        const QString sudo = QStringLiteral("sudo ");
        QCOMPARE(preview.count(QStringLiteral("(through sudo install)")), 4);
#else
        const QString sudo;
        QVERIFY(!preview.contains(QStringLiteral("(through sudo install)")));
        QVERIFY(!preview.contains(QStringLiteral("\nsudo ")));
#endif
        QCOMPARE(preview.count(QStringLiteral("\n") + sudo + QStringLiteral("docker rm -f ascenddeck-engine\n")), 2);
        QCOMPARE(preview.count(QStringLiteral("\n") + sudo + QStringLiteral("docker run -d")), 2);
        QVERIFY(preview.contains(QStringLiteral("/v2/health/ready")));
        QCOMPARE(containers(0), QString());
        QCOMPARE(containers(1), QString());
        timing("preview");
    }

    // The admin's Cancel during a launch: what was started is stopped and removed, the operation ends in
    // Cancelled (not Failed), and its job reports the cancel with progress up to there.
    void cancel_duringLaunch_removesTheStartedContainers()
    {
        auto op = operation(mindie());
        QSignalSpy cancelled(op.get(), &LaunchOperation::cancelled);
        QSignalSpy failed(op.get(), &LaunchOperation::failed);
        QSignalSpy progress(op->job(), &Job::progressChanged);
        op->start();
        LaunchOperation *raw = op.get();
        QTRY_VERIFY_WITH_TIMEOUT(raw->serverState(0) == LaunchOperation::ServerState::Starting
                                     || raw->serverState(1) == LaunchOperation::ServerState::Starting,
                                 kLaunchTimeoutMs);
        QCOMPARE(op->state(), LaunchOperation::State::Starting);
        QVERIFY(!progress.isEmpty());
        op->cancel();
        QCOMPARE(op->state(), LaunchOperation::State::Stopping);
        QVERIFY(cancelled.wait(kLaunchTimeoutMs));
        QCOMPARE(op->state(), LaunchOperation::State::Cancelled);
        QVERIFY(failed.isEmpty());
        QVERIFY(!op->job()->isRunning());
        QCOMPARE(containers(0), QString());
        QCOMPARE(containers(1), QString());
    }

    // Cancel while the servers are read: nothing was started, and what the reading still delivers is dropped.
    void cancel_whileReading_endsCancelled()
    {
        auto op = operation(mindie());
        QSignalSpy planned(op.get(), &LaunchOperation::planReady);
        QSignalSpy cancelled(op.get(), &LaunchOperation::cancelled);
        op->start();
        QCOMPARE(op->state(), LaunchOperation::State::Preparing);
        op->cancel();
        QCOMPARE(op->state(), LaunchOperation::State::Cancelled);
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(op->job()->wait(kLaunchTimeoutMs));
        QCoreApplication::processEvents();
        QVERIFY(planned.isEmpty());
        QCOMPARE(containers(0), QString());
    }

    void mindie_twoNodes_readyServeChatAndStopClean()
    {
        const qint64 idleHbm = hbmUsedMb(0);
        auto op = operation(mindie());
        QSignalSpy lines(op.get(), &LaunchOperation::logLine);
        QSignalSpy ready(op.get(), &LaunchOperation::ready);
        QSignalSpy failed(op.get(), &LaunchOperation::failed);
        op->start();
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1 || failed.count() == 1, kLaunchTimeoutMs);
        QVERIFY2(failed.isEmpty(), qPrintable(op->failureReason()));
        timing("MindIE 2-node launch to ready");
        QCOMPARE(op->serverState(0), LaunchOperation::ServerState::Ready);
        QCOMPARE(op->serverState(1), LaunchOperation::ServerState::Ready);
        QVERIFY(linesOf(lines, 0).join(QLatin1Char('\n')).contains(QStringLiteral("Daemon start success!")));
        QVERIFY(linesOf(lines, 1).join(QLatin1Char('\n')).contains(QStringLiteral("Finished parsing ranktable file.")));
        QCOMPARE(QString::fromUtf8(m_sim.inspect(1, {QStringLiteral("stat"), QStringLiteral("-c"), QStringLiteral("%a"),
                                                     QStringLiteral("/etc/ascenddeck/ranktable.json")}))
                     .trimmed(),
                 QStringLiteral("640"));
#ifdef ASCENDDECK_SIM_SUDO_LOGIN
        // Logged in as simadmin: docker and the root-owned uploads went through sudo (which logs what it ran).
        QFile sudoLog(m_sim.stateDir() + QStringLiteral("/srv1/etc-upper/ascend-sim/sudo.log"));
        QVERIFY(sudoLog.open(QIODevice::ReadOnly));
        const QByteArray ran = sudoLog.readAll();
        QVERIFY2(ran.contains("\tRAN\tdocker\trun\t"), ran.constData());
        QVERIFY2(ran.contains("\tRAN\tinstall\t-m\t640\t-o\troot\t-g\troot\t"), ran.constData());
        QVERIFY2(!ran.contains("launch pw"), ran.constData());
#endif

        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        QNetworkRequest request(QUrl(QStringLiteral("http://%1:1025/v1/chat/completions").arg(m_sim.servers().at(0).host)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        const QByteArray body = R"({"model":"deepseek-r1","stream":true,"max_tokens":16,"messages":[{"role":"user","content":"Hello"}]})";
        std::unique_ptr<QNetworkReply> reply(network.post(request, body));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30000);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        const QByteArray answer = reply->readAll();
        QVERIFY2(answer.contains("data: ") && answer.contains("[DONE]"), answer.constData());

        const qint64 loadedHbm = hbmUsedMb(0);
        QVERIFY2(loadedHbm > idleHbm + 8 * 30000, qPrintable(QStringLiteral("%1 -> %2 MB").arg(idleHbm).arg(loadedHbm)));
        timing("chat completion and npu-smi");

        stopAndVerifyClean(op.get());
        QCOMPARE(op->serverState(0), LaunchOperation::ServerState::Stopped);
        timing("MindIE stop");
    }

    // Day two: the console that launched is gone (the engine keeps serving); a new one attaches, sees it
    // ready from the log already written, and stops it. With nothing running, attach changes nothing.
    void attach_findsARunningEngineAndStopsIt()
    {
        {
            auto nothing = operation(mindie());
            QSignalSpy notRunning(nothing.get(), &LaunchOperation::notRunning);
            nothing->attach();
            QTRY_VERIFY_WITH_TIMEOUT(notRunning.count() == 1, 60000);
            QVERIFY2(notRunning.at(0).at(0).toString().contains(QStringLiteral("no container ascenddeck-engine")),
                     qPrintable(notRunning.at(0).at(0).toString()));
            QCOMPARE(nothing->state(), LaunchOperation::State::Idle);
        }
        {
            auto first = operation(mindie());
            QSignalSpy ready(first.get(), &LaunchOperation::ready);
            QSignalSpy failed(first.get(), &LaunchOperation::failed);
            first->start();
            QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1 || failed.count() == 1, kLaunchTimeoutMs);
            QVERIFY2(failed.isEmpty(), qPrintable(first->failureReason()));
        } // destroyed while ready: the engine keeps running
        QCOMPARE(containers(0), QStringLiteral("ascenddeck-engine"));
        QCOMPARE(containers(1), QStringLiteral("ascenddeck-engine"));

        auto op = operation(mindie());
        QSignalSpy ready(op.get(), &LaunchOperation::ready);
        QSignalSpy failed(op.get(), &LaunchOperation::failed);
        QSignalSpy lines(op.get(), &LaunchOperation::logLine);
        op->attach();
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1 || failed.count() == 1, kLaunchTimeoutMs);
        QVERIFY2(failed.isEmpty(), qPrintable(op->failureReason()));
        QCOMPARE(op->serverState(0), LaunchOperation::ServerState::Ready);
        QCOMPARE(op->serverState(1), LaunchOperation::ServerState::Ready);
        // The log is streamed from where it is: the lines written before the attach arrive too.
        QVERIFY(linesOf(lines, 0).join(QLatin1Char('\n')).contains(QStringLiteral("Daemon start success!")));
        stopAndVerifyClean(op.get());
    }

    void vllm_headAndWorker_readyThenRestart()
    {
        auto op = operation(vllm());
        QSignalSpy ready(op.get(), &LaunchOperation::ready);
        QSignalSpy failed(op.get(), &LaunchOperation::failed);
        QSignalSpy lines(op.get(), &LaunchOperation::logLine);
        op->start();
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1 || failed.count() == 1, kLaunchTimeoutMs);
        QVERIFY2(failed.isEmpty(), qPrintable(op->failureReason()));
        QCOMPARE(op->plan().waves, (QList<QList<int>>{{0}, {1}}));
        QVERIFY(linesOf(lines, 0).join(QLatin1Char('\n')).contains(QStringLiteral("Uvicorn running on")));
        QCOMPARE(op->serverState(1), LaunchOperation::ServerState::Ready);
        QCOMPARE(containers(1), QStringLiteral("ascenddeck-engine"));
        timing("vLLM head+worker launch to ready");

        QSignalSpy stopped(op.get(), &LaunchOperation::stopped);
        op->restart();
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 2 || failed.count() == 1, kLaunchTimeoutMs);
        QVERIFY2(failed.isEmpty(), qPrintable(op->failureReason()));
        QCOMPARE(stopped.count(), 1);
        timing("vLLM restart");
        stopAndVerifyClean(op.get());
    }

    void vllm_wrongNicOnWorker_failsNamingItAndStopsHead()
    {
        QVERIFY(m_sim.fault(1, QStringLiteral("wrong_nic")));
        auto op = operation(vllm());
        QSignalSpy failed(op.get(), &LaunchOperation::failed);
        QSignalSpy findings(op.get(), &LaunchOperation::diagnosis);
        op->start();
        QVERIFY(failed.wait(kLaunchTimeoutMs));
        QVERIFY(m_sim.fault(1, QStringLiteral("wrong_nic"), true));
        QCOMPARE(failed.at(0).at(0).toInt(), 1);
        const QString why = failed.at(0).at(1).toString();
        QVERIFY2(why.contains(m_sim.servers().at(1).host) && why.contains(QStringLiteral("SOCKET_IFNAME")), qPrintable(why));
        QVERIFY(findingIds(findings, 1).contains(QStringLiteral("socket-ifname")));
        QCOMPARE(op->serverState(1), LaunchOperation::ServerState::Failed);
        QCOMPARE(op->serverState(0), LaunchOperation::ServerState::Stopped);
        QCOMPARE(containers(0), QString());
        timing("vLLM wrong NIC failure, head stopped");
        stopAndVerifyClean(op.get());
    }

    void mindie_engineOom_reportsOutOfMemoryOnThatServer()
    {
        QVERIFY(m_sim.fault(1, QStringLiteral("engine_oom")));
        auto op = operation(mindie());
        QSignalSpy failed(op.get(), &LaunchOperation::failed);
        QSignalSpy findings(op.get(), &LaunchOperation::diagnosis);
        op->start();
        QVERIFY(failed.wait(kLaunchTimeoutMs));
        QVERIFY(m_sim.fault(1, QStringLiteral("engine_oom"), true));
        QVERIFY2(failed.at(0).at(0).toInt() == 1, qPrintable(failed.at(0).at(1).toString()));
        QVERIFY(findingIds(findings, 1).contains(QStringLiteral("npu-oom")));
        QVERIFY2(failed.at(0).at(1).toString().contains(QStringLiteral("memory")), qPrintable(failed.at(0).at(1).toString()));
        QCOMPARE(containers(0), QString());
        timing("MindIE OOM failure, other server stopped");
        stopAndVerifyClean(op.get());
    }

    void cli_dryRun_printsEveryCommandPerServer()
    {
        if (!QFile::exists(cliPath()))
            QSKIP("ascenddeck-cli is not built");
        QByteArray out;
        QByteArray err;
        QCOMPARE(runCli(cliArgs(QStringLiteral("launch"), mindie()) << QStringLiteral("--dry-run"), &out, &err), 0);
        QCOMPARE(out.count("docker run -d"), 2);
        QVERIFY2(out.contains("# upload /etc/ascenddeck/ranktable.json (mode 640"), out.constData());
        QCOMPARE(containers(0), QString());
        timing("CLI dry run");
    }

    void cli_launchThenStop_readyAndClean()
    {
        if (!QFile::exists(cliPath()))
            QSKIP("ascenddeck-cli is not built");
        QByteArray out;
        QByteArray err;
        QCOMPARE(runCli(cliArgs(QStringLiteral("launch"), vllm()), &out, &err), 0);
        const QByteArray master = m_sim.servers().at(0).host.toUtf8();
        QVERIFY2(err.contains(QByteArray("ready: http://" + master + ":8000/health")), err.constData());
        QVERIFY(out.contains(QByteArray(master + ": INFO:     Uvicorn running on")));
        QCOMPARE(containers(1), QStringLiteral("ascenddeck-engine"));
        QCOMPARE(runCli(cliArgs(QStringLiteral("stop"), vllm()), &out, &err), 0);
        QCOMPARE(containers(0), QString());
        QCOMPARE(containers(1), QString());
        timing("CLI launch and stop");
    }

    void cli_launchWithWrongNic_exitsNamingTheServer()
    {
        if (!QFile::exists(cliPath()))
            QSKIP("ascenddeck-cli is not built");
        QVERIFY(m_sim.fault(1, QStringLiteral("wrong_nic")));
        QByteArray out;
        QByteArray err;
        const int code = runCli(cliArgs(QStringLiteral("launch"), vllm()), &out, &err);
        QVERIFY(m_sim.fault(1, QStringLiteral("wrong_nic"), true));
        QCOMPARE(code, 1);
        QVERIFY2(err.contains(QByteArray("launch failed: " + m_sim.servers().at(1).host.toUtf8() + " failed first")), err.constData());
        QCOMPARE(runCli(cliArgs(QStringLiteral("stop"), vllm()), &out, &err), 0);
        timing("CLI failing launch");
    }
};

QTEST_GUILESS_MAIN(TestLaunchOps)
#include "tst_launch_ops.moc"
