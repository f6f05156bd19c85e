#include "engine/EngineCluster.h"
#include "engine/EngineSettings.h"
#include "network/HccnPlan.h"
#include "ops/ProjectTargets.h"
#include "project/ProjectExport.h"
#include "project/ProjectFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace AscendDeck;

class TestProjectFile : public QObject
{
    Q_OBJECT

private:
    static Project sample()
    {
        Project p;
        p.name = QStringLiteral("lab-r1");
        ProjectServer a;
        a.host = QStringLiteral("10.0.0.1");
        a.master = true;
        ProjectServer b;
        b.host = QStringLiteral("npu-b");
        b.port = 2222;
        b.user = QStringLiteral("admin");
        b.name = QStringLiteral("节点 B");
        p.servers = {a, b};
        p.network.topology = HccnTopology::FibrePairs;
        p.network.subnet = QStringLiteral("192.168.100.0/24");
        p.network.servers = {HccnServerPlan{QStringLiteral("10.0.0.1"), {HccnNpuPlan{0, QStringLiteral("192.168.100.1"),
                                                                       QStringLiteral("255.255.255.0"), QString(), QString(), 1}}}};
        EngineSettings engine;
        engine.maxPrefillTokens = 8192;
        p.engine = engine;
        p.cluster.nodes = {ClusterNode{QStringLiteral("10.0.0.1"), QStringLiteral("enp189s0f0"), QString(), {0, 1}, true,
                                       QStringLiteral("910B3")}};
        return p;
    }

    static QByteArray readFixture(const QString &name)
    {
        QFile file(QStringLiteral(PROJECT_FIXTURES "/") + name);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void saveLoad_roundTripsEveryField()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cluster.ascenddeck.json"));
        QString error;
        QVERIFY2(ProjectFile::save(sample(), path, &error), qPrintable(error));
        Project loaded;
        QVERIFY2(ProjectFile::load(path, &loaded, &error), qPrintable(error));
        QVERIFY(loaded == sample());
        QCOMPARE(loaded.masterIndex(), 0);
    }

    void serialize_isByteStableWithAFixedKeyOrder()
    {
        const QByteArray first = ProjectFile::serialize(sample());
        Project reloaded;
        QString error;
        QVERIFY(ProjectFile::deserialize(first, &reloaded, &error));
        QCOMPARE(ProjectFile::serialize(reloaded), first);
        // Keys in the documented order, so git diffs stay small.
        const qsizetype format = first.indexOf("\"format\"");
        const qsizetype schema = first.indexOf("\"schema\"");
        const qsizetype servers = first.indexOf("\"servers\"");
        const qsizetype network = first.indexOf("\"network\"");
        const qsizetype engine = first.indexOf("\"engine\"");
        const qsizetype cluster = first.indexOf("\"cluster\"");
        QVERIFY(format < schema && schema < servers && servers < network && network < engine && engine < cluster);
        QVERIFY(first.endsWith("}\n"));
    }

    void save_isAtomic_andKeepsTheOldFileOnFailure()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.json"));
        QString error;
        QVERIFY(ProjectFile::save(sample(), path, &error));
        const QByteArray before = ProjectFile::serialize(sample());
        // A secret in the engine's environment is refused: nothing is written and the old file is untouched.
        Project withSecret = sample();
        withSecret.engine->extraEnv.append({QStringLiteral("HF_TOKEN"), QStringLiteral("hf_abc")});
        QVERIFY(!ProjectFile::save(withSecret, path, &error));
        QVERIFY2(error.contains(QStringLiteral("engine.extraEnv.HF_TOKEN")), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        // No temporary files left behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("p.json")});
        // Writing into a folder that does not exist fails with the path in the message.
        QVERIFY(!ProjectFile::save(sample(), dir.filePath(QStringLiteral("no/such/p.json")), &error));
        QVERIFY(error.contains(QStringLiteral("no/such/p.json")));
    }

    void settingsNamedLikeTokens_areNotSecrets()
    {
        Project p = sample();
        p.engine->maxPrefillTokens = 8192;
        p.engine->extraEnv = {{QStringLiteral("max_tokens"), QStringLiteral("256")},
                              {QStringLiteral("tokenizer"), QStringLiteral("/data/models/DeepSeek-R1")}};
        QTemporaryDir dir;
        QString error;
        QVERIFY2(ProjectFile::save(p, dir.filePath(QStringLiteral("p.json")), &error), qPrintable(error));
    }

    void load_rejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("syntax error names the line") << QByteArray("{\n  \"format\": \"ascenddeck-project\",\n  \"schema\": 2,\n  oops\n}") << QStringLiteral("line 4");
        QTest::newRow("not a project") << QByteArray("{\"version\": \"1.0\"}") << QStringLiteral("format");
        QTest::newRow("binary") << QByteArray("\x00\x01\xff\xfe", 4) << QStringLiteral("line 1");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
        QTest::newRow("newer schema") << QByteArray("{\"format\":\"ascenddeck-project\",\"schema\":99}") << QStringLiteral("newer");
        QTest::newRow("schema missing") << QByteArray("{\"format\":\"ascenddeck-project\"}") << QStringLiteral("schema");
        QTest::newRow("port type") << QByteArray("{\"format\":\"ascenddeck-project\",\"schema\":2,\"servers\":[{\"host\":\"a\",\"port\":\"22\"}]}") << QStringLiteral("servers[0].port");
        QTest::newRow("host missing") << QByteArray("{\"format\":\"ascenddeck-project\",\"schema\":2,\"servers\":[{\"port\":22}]}") << QStringLiteral("servers[0].host");
        QTest::newRow("servers not a list") << QByteArray("{\"format\":\"ascenddeck-project\",\"schema\":2,\"servers\":{}}") << QStringLiteral("servers");
        QTest::newRow("password") << QByteArray("{\"format\":\"ascenddeck-project\",\"schema\":2,\"servers\":[{\"host\":\"a\",\"password\":\"x\"}]}") << QStringLiteral("servers[0].password");
        QTest::newRow("format type") << QByteArray("{\"format\":5,\"schema\":3}") << QStringLiteral("format");
        QTest::newRow("schema 2 settings type") << QByteArray("{\"format\":\"ascenddeck-project\",\"schema\":2,\"engine\":{\"settings\":[]}}")
                                                << QStringLiteral("engine.settings: expected an object");
        QTest::newRow("schema 1 hosts type") << QByteArray("{\"format\":\"ascenddeck-project\",\"schema\":1,\"master\":1,\"hosts\":[5]}")
                                             << QStringLiteral("hosts[0]");
        QTest::newRow("section type") << QByteArray("{\"format\":\"ascenddeck-project\",\"schema\":2,\"engine\":[]}") << QStringLiteral("engine");
        const QByteArray v3 = "{\"format\":\"ascenddeck-project\",\"schema\":3,";
        QTest::newRow("port not an integer") << v3 + "\"servers\":[{\"host\":\"a\"},{\"host\":\"b\",\"port\":22.5}]}"
                                             << QStringLiteral("servers[1].port: expected an integer");
        QTest::newRow("port range") << v3 + "\"servers\":[{\"host\":\"a\",\"port\":0}]}" << QStringLiteral("servers[0].port");
        QTest::newRow("npu address") << v3 + "\"network\":{\"format\":\"ascenddeck-hccn-plan\",\"topology\":\"switch\","
                                             "\"servers\":[{\"host\":\"a\",\"npus\":[{\"npu\":0,\"address\":\"29.0.0.1\"},{\"npu\":1,\"address\":7}]}]}}"
                                     << QStringLiteral("network.servers[0].npus[1].address: expected a string");
        QTest::newRow("topology") << v3 + "\"network\":{\"format\":\"ascenddeck-hccn-plan\",\"topology\":\"ring\"}}"
                                  << QStringLiteral("network.topology");
        QTest::newRow("engine port") << v3 + "\"engine\":{\"port\":\"1025\"}}" << QStringLiteral("engine.port: expected an integer");
        QTest::newRow("cluster npus") << v3 + "\"cluster\":{\"nodes\":[{\"address\":\"a\",\"npus\":[0,\"1\"]}]}}"
                                      << QStringLiteral("cluster.nodes[0].npus[1]: expected an integer");
        QTest::newRow("cluster chip") << v3 + "\"cluster\":{\"nodes\":[{\"address\":\"a\",\"chip\":910}]}}"
                                      << QStringLiteral("cluster.nodes[0].chip: expected a string");
        QTest::newRow("cluster type") << v3 + "\"cluster\":[]}" << QStringLiteral("cluster: expected an object");
    }
    void load_rejectsBadInput()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, mentions);
        Project p = sample();
        QString error;
        QVERIFY(!ProjectFile::deserialize(data, &p, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY(p == sample()); // a failed load changes nothing
    }

    // A relative folder (ascenddeck-cli export -o out) keeps every file, and scripts are executable.
    void exportWrite_relativeFolder_keepsFilesAndMakesScriptsExecutable()
    {
        QTemporaryDir dir;
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(dir.path()));
        ProjectExport::Result result;
        result.files.insert(QStringLiteral("network/a/apply-hccn.sh"), "#!/bin/sh\n");
        result.files.insert(QStringLiteral("ranktable/ranktable.json"), "{}\n");
        result.files.insert(QStringLiteral("engine/a/config.json"), "{}\n");
        QString error;
        QVERIFY2(ProjectExport::write(result, QStringLiteral("out"), &error), qPrintable(error));
        result.files.remove(QStringLiteral("engine/a/config.json"));
        QVERIFY2(ProjectExport::write(result, QStringLiteral("out"), &error), qPrintable(error));
        QDir::setCurrent(previous);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("out/network/a/apply-hccn.sh"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("out/ranktable/ranktable.json"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out/engine/a/config.json")))); // no longer generated
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("out/network/a/apply-hccn.sh"))).permissions() & QFile::ExeOwner);
        QVERIFY(!(QFileInfo(dir.filePath(QStringLiteral("out/ranktable/ranktable.json"))).permissions() & QFile::ExeOwner));
    }

    // A file the schema-2 release wrote (tests/fixtures/project/README.md): every field comes back.
    void load_schema2Fixture_everyField()
    {
        Project p;
        QString error;
        QVERIFY2(ProjectFile::load(QStringLiteral(PROJECT_FIXTURES "/two-node-910b_schema2.ascenddeck.json"), &p, &error),
                 qPrintable(error));
        QCOMPARE(p.name, QStringLiteral("two-node-910b"));
        QCOMPARE(p.servers.size(), 2);
        QCOMPARE(p.servers.at(0).host, QStringLiteral("10.226.72.51"));
        QCOMPARE(p.servers.at(0).port, 22);
        QCOMPARE(p.servers.at(0).user, QStringLiteral("root"));
        QCOMPARE(p.servers.at(0).name, QStringLiteral("node-a"));
        QVERIFY(p.servers.at(0).master);
        QCOMPARE(p.servers.at(1).host, QStringLiteral("node-b.lab"));
        QCOMPARE(p.servers.at(1).port, 2222);
        QCOMPARE(p.servers.at(1).user, QStringLiteral("deploy"));
        QCOMPARE(p.servers.at(1).name, QStringLiteral("node-b"));
        QVERIFY(!p.servers.at(1).master);
        QCOMPARE(p.masterIndex(), 0);

        const HccnPlan &plan = p.network;
        QCOMPARE(plan.topology, HccnTopology::Switch);
        QCOMPARE(plan.subnet, QStringLiteral("29.0.0.0/16"));
        QCOMPARE(plan.servers.size(), 2);
        const int tls[2][2] = {{0, 0}, {1, -1}};
        for (int s = 0; s < 2; ++s) {
            QCOMPARE(plan.servers.at(s).host, p.servers.at(s).host);
            QCOMPARE(plan.servers.at(s).npus.size(), 2);
            for (int n = 0; n < 2; ++n) {
                const HccnNpuPlan &npu = plan.servers.at(s).npus.at(n);
                QCOMPARE(npu.npu, n);
                QCOMPARE(npu.address, QStringLiteral("29.0.%1.%2").arg(s).arg(n + 10));
                QCOMPARE(npu.netmask, QStringLiteral("255.255.0.0"));
                QCOMPARE(npu.gateway, n == 0 ? QStringLiteral("29.0.0.1") : QString());
                QCOMPARE(npu.netdetect, QStringLiteral("29.0.%1.%2").arg(1 - s).arg(n + 10));
                QCOMPARE(npu.tls, tls[s][n]);
            }
        }

        QVERIFY(p.engine.has_value());
        const EngineSettings &e = *p.engine;
        QCOMPARE(e.kind, EngineSettings::Kind::MindIE);
        QCOMPARE(e.image, QStringLiteral("swr.cn-south-1.myhuaweicloud.com/ascendhub/mindie:2.1.RC2-800I-A2-py311-openeuler24.03-lts"));
        QCOMPARE(e.containerName, QStringLiteral("r1-engine"));
        QCOMPARE(e.engineVersion, QStringLiteral("2.1.RC2"));
        QCOMPARE(e.modelName, QStringLiteral("DeepSeek-R1"));
        QCOMPARE(e.modelPath, QStringLiteral("/data/models/DeepSeek-R1"));
        QCOMPARE(e.containerModelPath, QStringLiteral("/models/DeepSeek-R1"));
        QCOMPARE(e.maxSeqLen, 16384);
        QCOMPARE(e.maxInputTokenLen, 8192);
        QCOMPARE(e.maxPrefillTokens, 16384);
        QCOMPARE(e.maxPrefillBatchSize, 8);
        QCOMPARE(e.maxBatchSize, 96);
        QCOMPARE(e.maxIterTimes, 8192);
        QCOMPARE(e.tensorParallel, 8);
        QCOMPARE(e.dataParallel, 2);
        QCOMPARE(e.expertParallel, 16);
        QCOMPARE(e.memoryFraction, 0.85);
        QCOMPARE(e.listenAddress, QStringLiteral("0.0.0.0"));
        QCOMPARE(e.port, 1125);
        QCOMPARE(e.managementPort, 1126);
        QCOMPARE(e.metricsPort, 1127);
        QCOMPARE(e.rpcPort, 13390);
        QVERIFY(e.httpsEnabled);
        QVERIFY(e.interCommTlsEnabled);
        QVERIFY(!e.interNodeTlsEnabled);
        QVERIFY(e.allowAllZeroIpListening);
        QCOMPARE(e.quantization, QStringLiteral("ascend"));
        QCOMPARE(e.additionalConfig, QStringLiteral("{\"ascend_scheduler_config\":{\"enabled\":true}}"));
        QCOMPARE(e.extraArgs, (QStringList{QStringLiteral("--enforce-eager"), QStringLiteral("--trust-remote-code")}));
        QCOMPARE(e.rankTablePath, QStringLiteral("/etc/ascenddeck/r1-ranktable.json"));
        QCOMPARE(e.mindieConfigHostPath, QStringLiteral("/etc/ascenddeck/r1-config.json"));
        QCOMPARE(e.shmSize, QStringLiteral("256g"));
        QVERIFY(e.privileged);
        QVERIFY(!e.hostNetwork);
        QCOMPARE(e.hcclConnectTimeout, 3600);
        QCOMPARE(e.extraEnv, (EnvList{{QStringLiteral("HCCL_BUFFSIZE"), QStringLiteral("1024")},
                                      {QStringLiteral("ASCEND_LAUNCH_BLOCKING"), QStringLiteral("0")}}));

        // What the Engine step read from each server (launch and monitoring work on it).
        const EngineCluster &cluster = p.cluster;
        QCOMPARE(cluster.size(), 2);
        QCOMPARE(cluster.nodes.at(0).serverAddress, QStringLiteral("10.226.72.51"));
        QCOMPARE(cluster.nodes.at(0).nicName, QStringLiteral("enp189s0f0"));
        QCOMPARE(cluster.nodes.at(0).nicAddress, QStringLiteral("192.168.10.51"));
        QCOMPARE(cluster.nodes.at(0).npuIds, (QList<int>{0, 1, 2, 3, 4, 5, 6, 7}));
        QVERIFY(cluster.nodes.at(0).isMaster);
        QCOMPARE(cluster.nodes.at(1).serverAddress, QStringLiteral("10.226.72.52"));
        QCOMPARE(cluster.nodes.at(1).nicName, QStringLiteral("enp189s0f1"));
        QCOMPARE(cluster.nodes.at(1).commAddress(), QStringLiteral("10.226.72.52"));
        QCOMPARE(cluster.nodes.at(1).npuIds, (QList<int>{0, 1, 2, 3}));
        QVERIFY(!cluster.nodes.at(1).isMaster);
        QVERIFY(cluster.nodes.at(0).chip.isEmpty()); // schema 2 did not keep the chip
    }

    // Schema 3 (tests/fixtures/project/README.md): the schema-2 fixture migrated, with the chips the
    // Engine step now reads. Pins the layout byte for byte, and the migration with it.
    void load_schema3Fixture_isTheMigratedSchema2OneWithChips()
    {
        const QString fixtures = QStringLiteral(PROJECT_FIXTURES "/");
        Project migrated;
        QString error;
        QVERIFY2(ProjectFile::load(fixtures + QStringLiteral("two-node-910b_schema2.ascenddeck.json"), &migrated, &error), qPrintable(error));
        migrated.cluster.nodes[0].chip = QStringLiteral("910B3");
        migrated.cluster.nodes[1].chip = QStringLiteral("Ascend910_9382");
        Project p;
        QVERIFY2(ProjectFile::load(fixtures + QStringLiteral("two-node-910b_schema3.ascenddeck.json"), &p, &error), qPrintable(error));
        QVERIFY(p == migrated);
        QCOMPARE(p.cluster.nodes.at(1).chip, QStringLiteral("Ascend910_9382"));
        QCOMPARE(ProjectFile::serialize(migrated), readFixture(QStringLiteral("two-node-910b_schema3.ascenddeck.json")));
    }

    // A project with nothing chosen yet writes no sections, and reads back without them.
    void emptySections_areLeftOut()
    {
        Project p;
        p.servers = {ProjectServer{QStringLiteral("a"), 22, QStringLiteral("root"), QString(), true, QString(), std::nullopt}};
        const QByteArray data = ProjectFile::serialize(p);
        QVERIFY(!data.contains("\"network\"") && !data.contains("\"engine\"") && !data.contains("\"cluster\""));
        Project back;
        QString error;
        QVERIFY2(ProjectFile::deserialize(data, &back, &error), qPrintable(error));
        QVERIFY(back == p);
        QVERIFY(!back.engine.has_value());
        // Schema 2 wrote empty sections as {}: they stay empty.
        QVERIFY(ProjectFile::deserialize("{\"format\":\"ascenddeck-project\",\"schema\":2,\"network\":{},\"engine\":{}}", &back, &error));
        QVERIFY(back.network.isEmpty() && !back.engine && back.cluster.nodes.isEmpty());
    }

    // Jump hosts and sudo modes: written only when set (older files read and write the same), read back, and
    // a bad one refused naming the field.
    void viaJumpAndSudo_roundTrip_andBadOnesNameTheField()
    {
        Project p;
        p.jump = QStringLiteral("admin@bastion:2222");
        ProjectServer a;
        a.host = QStringLiteral("10.0.0.1");
        a.via = QStringLiteral("ops@jump1,jump2");
        a.sudo = SudoMode::Password;
        ProjectServer b;
        b.host = QStringLiteral("10.0.0.2");
        b.sudo = SudoMode::Off;
        ProjectServer c;
        c.host = QStringLiteral("10.0.0.3");
        p.servers = {a, b, c};
        const QByteArray data = ProjectFile::serialize(p);
        QVERIFY(data.contains("\"jump\": \"admin@bastion:2222\""));
        QVERIFY(data.contains("\"via\": \"ops@jump1,jump2\""));
        QVERIFY(data.contains("\"sudo\": \"password\"") && data.contains("\"sudo\": \"off\""));
        QCOMPARE(data.count("\"via\""), 1);
        QCOMPARE(data.count("\"sudo\""), 2);
        Project back;
        QString error;
        QVERIFY2(ProjectFile::deserialize(data, &back, &error), qPrintable(error));
        QVERIFY(back == p);
        QVERIFY(!back.servers.at(2).sudo);

        const QList<SshTarget> targets = ProjectTargets::of(back);
        QCOMPARE(targets.at(0).jumpText(), QStringLiteral("ops@jump1,jump2"));
        QCOMPARE(targets.at(0).sudo, std::optional<SudoMode>(SudoMode::Password));
        QCOMPARE(targets.at(1).jumpText(), QStringLiteral("admin@bastion:2222"));
        QCOMPARE(targets.at(2).jumpText(), QStringLiteral("admin@bastion:2222"));
        QVERIFY(!targets.at(2).sudo);
        // Another sudo mode is another session to the same server.
        SshTarget plain = targets.at(0);
        plain.sudo.reset();
        QVERIFY(plain.poolKey() != targets.at(0).poolKey());

        const QByteArray badVia = "{\"format\":\"ascenddeck-project\",\"schema\":3,\"servers\":[{\"host\":\"h\",\"via\":\"j:0\"}]}";
        QVERIFY(!ProjectFile::deserialize(badVia, &back, &error));
        QVERIFY2(error.startsWith(QStringLiteral("servers[0].via: ")), qPrintable(error));
        const QByteArray badSudo = "{\"format\":\"ascenddeck-project\",\"schema\":3,\"servers\":[{\"host\":\"h\",\"sudo\":\"yes\"}]}";
        QVERIFY(!ProjectFile::deserialize(badSudo, &back, &error));
        QVERIFY2(error.startsWith(QStringLiteral("servers[0].sudo: ")), qPrintable(error));
        const QByteArray badJump = "{\"format\":\"ascenddeck-project\",\"schema\":3,\"jump\":\"@x\"}";
        QVERIFY(!ProjectFile::deserialize(badJump, &back, &error));
        QVERIFY2(error.startsWith(QStringLiteral("jump: ")), qPrintable(error));
    }

    void migrate_fromSchema1()
    {
        const QByteArray v1 = "{\"format\":\"ascenddeck-project\",\"schema\":1,\"name\":\"old\","
                              "\"hosts\":[\"root@10.0.0.1\",\"admin@10.0.0.2:2222\"],\"master\":\"10.0.0.2\"}";
        Project p;
        QString error;
        QVERIFY2(ProjectFile::deserialize(v1, &p, &error), qPrintable(error));
        QCOMPARE(p.name, QStringLiteral("old"));
        QCOMPARE(p.servers.size(), 2);
        QCOMPARE(p.servers.at(0).port, 22);
        QCOMPARE(p.servers.at(1).user, QStringLiteral("admin"));
        QCOMPARE(p.servers.at(1).port, 2222);
        QCOMPARE(p.masterIndex(), 1);
        QVERIFY(ProjectFile::serialize(p).contains("\"schema\": 3"));

        const QByteArray badHost = "{\"format\":\"ascenddeck-project\",\"schema\":1,\"hosts\":[\"root@h:99999\"]}";
        QVERIFY(!ProjectFile::deserialize(badHost, &p, &error));
        QVERIFY2(error.contains(QStringLiteral("hosts[0]")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
