// The project end to end against two simulated servers: export (byte-stable), import, and drift before and
// after the plan is applied and the files are deployed.
#include "SimCluster.h"

#include "engine/EngineCluster.h"
#include "engine/EngineSettings.h"
#include "network/HccnPlanner.h"
#include "ops/NetworkApply.h"
#include "ops/DeploymentStatus.h"
#include "project/ProjectExport.h"
#include "project/ProjectFile.h"
#include "remote/SessionPool.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace AscendDeck;

class TestProjectOps : public QObject
{
    Q_OBJECT

private:
    SimCluster m_sim;
    Project m_project;

    static QMap<QString, QByteArray> readTree(const QString &folder)
    {
        QMap<QString, QByteArray> files;
        QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            files.insert(QDir(folder).relativeFilePath(path), f.readAll());
        }
        return files;
    }

    int cli(const QStringList &args, QByteArray *out = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral(ASCENDDECK_CLI_PATH), args);
        p.waitForFinished(120000);
        if (out)
            *out = p.readAllStandardOutput();
        return p.exitCode();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(2, QStringLiteral("127.0.0.151"), 2222), qPrintable(m_sim.errorString()));
        m_project.name = QStringLiteral("lab-r1");
        QStringList hosts;
        for (int i = 0; i < 2; ++i) {
            const auto &s = m_sim.servers().at(i);
            m_project.servers.append(ProjectServer{s.host, s.port, s.user, s.name, i == 0, QString(), std::nullopt});
            hosts << s.host;
        }
        HccnPlanRequest request;
        request.topology = HccnTopology::FibrePairs;
        request.subnet = QStringLiteral("192.168.100.0/24");
        request.servers = hosts;
        HccnPlan plan;
        QString error;
        QVERIFY2(HccnPlanner::suggest(request, &plan, &error), qPrintable(error));
        m_project.network = plan;
        EngineSettings settings;
        settings.image = QStringLiteral("swr.cn-south-1.myhuaweicloud.com/ascendhub/mindie:2.1.RC1-800I-A2-py311-openeuler24.03-lts");
        settings.modelName = QStringLiteral("DeepSeek-R1");
        settings.modelPath = QStringLiteral("/data/models/DeepSeek-R1");
        settings.engineVersion = QStringLiteral("2.1.RC1");
        EngineCluster cluster;
        for (int i = 0; i < 2; ++i)
            cluster.nodes.append(ClusterNode{hosts.at(i), QStringLiteral("enp189s0f0"), hosts.at(i), {0, 1, 2, 3, 4, 5, 6, 7}, i == 0, QStringLiteral("910B3")});
        m_project.engine = settings;
        m_project.cluster = cluster;
    }
    void cleanupTestCase() { QVERIFY(m_sim.stop()); }

    void export_isByteIdentical_andComplete()
    {
        const ProjectExport::Result result = ProjectExport::build(m_project);
        QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(QLatin1Char('\n'))));
        QTemporaryDir a;
        QTemporaryDir b;
        QString error;
        QVERIFY2(ProjectExport::write(result, a.path(), &error), qPrintable(error));
        QVERIFY(ProjectExport::write(ProjectExport::build(m_project), b.path(), &error));
        QCOMPARE(readTree(a.path()), readTree(b.path()));
        const QStringList names = readTree(a.path()).keys();
        for (const auto &s : m_sim.servers()) {
            for (const QString &file : {QStringLiteral("network/%1/hccn.sh"), QStringLiteral("network/%1/hccn.conf"),
                                        QStringLiteral("engine/%1/config.json"), QStringLiteral("engine/%1/engine.env"),
                                        QStringLiteral("engine/%1/launch.sh")})
                QVERIFY2(names.contains(file.arg(s.host)), qPrintable(file.arg(s.host)));
        }
        QVERIFY(names.contains(QStringLiteral("ranktable/hccl_2s_16p.json")));
        QVERIFY(names.contains(QStringLiteral("README.md")));
        // The export holds no secret and the project reads back unchanged.
        for (const QByteArray &content : readTree(a.path()))
            QVERIFY(!content.contains(m_sim.servers().at(0).password.toUtf8()));
        Project imported;
        QVERIFY2(ProjectExport::import(a.path(), &imported, &error), qPrintable(error));
        QVERIFY(imported == m_project);
        // The rank table is the one the servers' hccn.conf will give: NPU 0 of the master is rank 0.
        const QByteArray table = result.files.value(QStringLiteral("ranktable/hccl_2s_16p.json"));
        QVERIFY(table.contains("\"server_id\": \"127.0.0.151\""));
        QVERIFY(table.contains("\"container_ip\": \"127.0.0.152\""));
    }

    void exportCli_writesThenChecksClean()
    {
        QTemporaryDir dir;
        const QString projectPath = dir.filePath(QStringLiteral("p.ascenddeck.json"));
        QString error;
        QVERIFY(ProjectFile::save(m_project, projectPath, &error));
        const QString out = dir.filePath(QStringLiteral("export"));
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--project"), projectPath, QStringLiteral("-o"), out}), 0);
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--project"), projectPath, QStringLiteral("-o"), out, QStringLiteral("--check")}), 0);
        // Hand-edit a generated file: --check names it and fails.
        QFile edited(out + QStringLiteral("/network/127.0.0.152/hccn.conf"));
        QVERIFY(edited.open(QIODevice::Append));
        edited.write("address_9=1.2.3.4\n");
        edited.close();
        QByteArray listed;
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--project"), projectPath, QStringLiteral("-o"), out, QStringLiteral("--check")}, &listed), 1);
        QCOMPARE(listed.trimmed(), QByteArray("network/127.0.0.152/hccn.conf"));
    }

    // --project FILE in place of host lists, plan and engine files: every command finds the same servers in it.
    void projectOption_givesEachCommandItsServers()
    {
        QTemporaryDir dir;
        const QString projectPath = dir.filePath(QStringLiteral("p.ascenddeck.json"));
        QString error;
        QVERIFY(ProjectFile::save(m_project, projectPath, &error));
        const QStringList ssh{QStringLiteral("--project"), projectPath, QStringLiteral("--identity"), m_sim.identityFile(),
                              QStringLiteral("--known-hosts"), m_sim.knownHostsFile(), QStringLiteral("--ssh-config"),
                              QStringLiteral("/dev/null")};
        QByteArray out;
        QCOMPARE(cli(QStringList{QStringLiteral("exec")} + ssh + QStringList{QStringLiteral("--"), QStringLiteral("echo"), QStringLiteral("up")}, &out), 0);
        QCOMPARE(out.count(": up\n"), 2);
        QCOMPARE(cli(QStringList{QStringLiteral("apply"), QStringLiteral("--dry-run")} + ssh, &out), 0);
        QVERIFY2(out.contains("# 127.0.0.151: ") && out.contains("# 127.0.0.152: "), out.constData());
        QCOMPARE(cli(QStringList{QStringLiteral("launch"), QStringLiteral("--dry-run"), QStringLiteral("--offline")} + ssh, &out), 0);
        QCOMPARE(out.count("docker run -d"), 2);
    }

    void drift_beforeAndAfterApplying()
    {
        SessionPool pool(m_sim.sessionOptions());
        using DS = DeploymentStatus;
        const DS::Report fresh = DS::read(&pool, m_project);
        QCOMPARE(fresh.unreachable, 0);
        // Fresh servers: every NPU address differs, and the files are missing.
        QVERIFY(fresh.drift.size() >= 2 * 8);
        bool rankTableMissing = false;
        for (const auto &item : fresh.drift)
            rankTableMissing |= item.what == QStringLiteral("/etc/ascenddeck/ranktable.json") && item.actual == QStringLiteral("missing");
        QVERIFY(rankTableMissing);
        QCOMPARE(fresh.servers.size(), 2);
        for (const DS::ServerStatus &server : fresh.servers) {
            QCOMPARE(server.step(DS::Step::Network)->state, DS::State::Stale);
            QCOMPARE(server.step(DS::Step::RankTable)->state, DS::State::Missing);
            QCOMPARE(server.step(DS::Step::Engine)->state, DS::State::Missing);
        }
        DS::Step attention;
        QVERIFY(fresh.firstAttention(&attention));
        QCOMPARE(attention, DS::Step::Network);

        // Apply the plan and deploy the generated files as the wizard does.
        const HccnPlan &plan = m_project.network;
        QList<HccnServerChange> changes;
        QTemporaryDir dir;
        QVERIFY(NetworkApply::apply(&pool, m_sim.targets(), plan.servers, dir.filePath(QStringLiteral("backup.json")), &changes));
        const ProjectExport::Result generated = ProjectExport::build(m_project);
        for (int i = 0; i < 2; ++i) {
            QVERIFY(pool.run(m_sim.target(i), RemoteCommand::fromArgv({QStringLiteral("mkdir"), QStringLiteral("-p"), QStringLiteral("/etc/ascenddeck")})).ok());
            QVERIFY(pool.upload(m_sim.target(i), generated.files.value(QStringLiteral("ranktable/hccl_2s_16p.json")), QStringLiteral("/etc/ascenddeck/ranktable.json"), 0640).ok());
            QVERIFY(pool.upload(m_sim.target(i), generated.files.value(QStringLiteral("engine/%1/config.json").arg(m_sim.servers().at(i).host)),
                                QStringLiteral("/etc/ascenddeck/mindie-config.json"), 0640).ok());
        }
        const DS::Report deployed = DS::read(&pool, m_project);
        QVERIFY2(deployed.drift.isEmpty(), deployed.toJson().dump(2).c_str());
        for (const DS::ServerStatus &server : deployed.servers) {
            for (DS::Step step : {DS::Step::Network, DS::Step::RankTable, DS::Step::EngineConfig})
                QVERIFY2(server.step(step)->state == DS::State::Done, deployed.toJson().dump(2).c_str());
        }
        // The engine is not launched yet: shown as such, but not asked for (launching is the admin's choice).
        for (const DS::ServerStatus &server : deployed.servers)
            QCOMPARE(server.step(DS::Step::Engine)->state, DS::State::Missing);
        if (deployed.firstAttention(&attention))
            QCOMPARE(attention, DS::Step::Weights);
        // The rank table edited by hand on the first server (its mode too): that step, on that server only.
        QVERIFY(pool.upload(m_sim.target(0), QByteArray("{}\n"), QStringLiteral("/etc/ascenddeck/ranktable.json"), 0644).ok());
        const DS::Report edited = DS::read(&pool, m_project);
        QCOMPARE(edited.servers.at(0).step(DS::Step::RankTable)->state, DS::State::Stale);
        QCOMPARE(edited.servers.at(1).step(DS::Step::RankTable)->state, DS::State::Done);
        QVERIFY(pool.upload(m_sim.target(0), generated.files.value(QStringLiteral("ranktable/hccl_2s_16p.json")), QStringLiteral("/etc/ascenddeck/ranktable.json"), 0644).ok());
        const DS::Report wrongMode = DS::read(&pool, m_project);
        QCOMPARE(wrongMode.servers.at(0).step(DS::Step::RankTable)->state, DS::State::Stale);
        QVERIFY2(wrongMode.servers.at(0).step(DS::Step::RankTable)->detail.contains(QStringLiteral("mode 644")),
                 qPrintable(wrongMode.servers.at(0).step(DS::Step::RankTable)->detail));
        QVERIFY(pool.upload(m_sim.target(0), generated.files.value(QStringLiteral("ranktable/hccl_2s_16p.json")), QStringLiteral("/etc/ascenddeck/ranktable.json"), 0640).ok());

        // Someone changes an NPU by hand: status names the server, NPU and setting, and exits 1.
        QVERIFY(pool.run(m_sim.target(1), RemoteCommand::fromArgv({QStringLiteral("/usr/local/Ascend/driver/tools/hccn_tool"), QStringLiteral("-i"), QStringLiteral("5"),
                                                        QStringLiteral("-netdetect"), QStringLiteral("-s"), QStringLiteral("address"), QStringLiteral("192.168.100.99")})).ok());
        const QString projectPath = dir.filePath(QStringLiteral("p.json"));
        QString error;
        QVERIFY(ProjectFile::save(m_project, projectPath, &error));
        QByteArray out;
        QCOMPARE(cli({QStringLiteral("status"), QStringLiteral("--project"), projectPath, QStringLiteral("--identity"), m_sim.identityFile(),
                      QStringLiteral("--known-hosts"), m_sim.knownHostsFile(), QStringLiteral("--ssh-config"), QStringLiteral("/dev/null")}, &out), 1);
        const auto report = nlohmann::json::parse(out.toStdString());
        QCOMPARE(report["drift"].size(), size_t(1));
        QCOMPARE(QString::fromStdString(report["drift"][0]["what"]), QStringLiteral("npu 5 netdetect"));
        QCOMPARE(QString::fromStdString(report["drift"][0]["actual"]), QStringLiteral("192.168.100.99"));
        QVERIFY(QString::fromStdString(report["drift"][0]["server"]).contains(QStringLiteral("127.0.0.152")));
        // The same per step: the second server's network is stale, the first's done; attention goes there.
        QCOMPARE(report["attention"].get<std::string>(), "network");
        QCOMPARE(report["servers"][0]["steps"]["network"]["state"].get<std::string>(), "done");
        QCOMPARE(report["servers"][1]["steps"]["network"]["state"].get<std::string>(), "stale");
        QCOMPARE(report["servers"][1]["steps"]["rank_table"]["state"].get<std::string>(), "done");
        QVERIFY(QString::fromStdString(report["servers"][1]["steps"]["network"]["detail"]).contains(QStringLiteral("NPU 5 netdetect")));
    }

    // After the apply above: `ranktable build` reads the servers' hccn.conf through the rank table step and
    // gives the very table the export assembles from the plan, master first; --distribute copies it, mode 640.
    void rankTableBuildCli_readsTheServersAndDistributes()
    {
        QTemporaryDir dir;
        const QString projectPath = dir.filePath(QStringLiteral("p.ascenddeck.json"));
        QString error;
        Project project = m_project;
        std::swap(project.servers[0].master, project.servers[1].master); // the second server is the master
        QVERIFY(ProjectFile::save(project, projectPath, &error));
        const QString remote = QStringLiteral("/data/hccl-built.json");
        QByteArray out;
        QCOMPARE(cli({QStringLiteral("ranktable"), QStringLiteral("build"), QStringLiteral("--project"), projectPath,
                      QStringLiteral("--distribute"), remote, QStringLiteral("--identity"), m_sim.identityFile(),
                      QStringLiteral("--known-hosts"), m_sim.knownHostsFile(), QStringLiteral("--ssh-config"), QStringLiteral("/dev/null")},
                     &out),
                 0);
        const QByteArray expected = ProjectExport::build(project).files.value(QStringLiteral("ranktable/hccl_2s_16p.json"));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(out, expected);
        QVERIFY(out.indexOf("\"server_id\": \"127.0.0.152\"") < out.indexOf("\"server_id\": \"127.0.0.151\""));
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(m_sim.inspect(i, {QStringLiteral("cat"), remote}), expected);
            QCOMPARE(m_sim.inspect(i, {QStringLiteral("stat"), QStringLiteral("-c"), QStringLiteral("%a"), remote}).trimmed(), QByteArray("640"));
        }
        // Without --project it is a usage error.
        QCOMPARE(cli({QStringLiteral("ranktable"), QStringLiteral("build")}), 2);
    }

    // `engine read` gives the cluster file with the console's engine step: each server's NIC found by its
    // address, its NPUs, the master, as launch --cluster reads it.
    void engineReadCli_writesTheClusterFile()
    {
        QTemporaryDir dir;
        const QString projectPath = dir.filePath(QStringLiteral("p.ascenddeck.json"));
        QString error;
        QVERIFY(ProjectFile::save(m_project, projectPath, &error));
        QByteArray out;
        // Exit 0: every server's NICs and the master's weights index were read.
        QCOMPARE(cli({QStringLiteral("engine"), QStringLiteral("read"), QStringLiteral("--project"), projectPath, QStringLiteral("--identity"),
                      m_sim.identityFile(), QStringLiteral("--known-hosts"), m_sim.knownHostsFile(), QStringLiteral("--ssh-config"),
                      QStringLiteral("/dev/null")},
                     &out),
                 0);
        const EngineCluster cluster = EngineCluster::fromJson(nlohmann::ordered_json::parse(out.toStdString(), nullptr, false), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error + QString::fromUtf8(out)));
        QCOMPARE(cluster.size(), 2);
        const EngineCluster expected = m_sim.engineCluster();
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(cluster.nodes.at(i).serverAddress, m_sim.servers().at(i).host);
            QCOMPARE(cluster.nodes.at(i).nicName, expected.nodes.at(i).nicName);
            QCOMPARE(cluster.nodes.at(i).npuIds.size(), 8);
            QCOMPARE(cluster.nodes.at(i).isMaster, i == 0);
        }
        QCOMPARE(cli({QStringLiteral("engine"), QStringLiteral("read")}), 2);
    }
};

QTEST_GUILESS_MAIN(TestProjectOps)
#include "tst_project_ops.moc"
