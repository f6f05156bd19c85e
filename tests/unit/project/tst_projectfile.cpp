#include "engine/EngineCluster.h"
#include "engine/EngineSettings.h"
#include "network/HccnPlan.h"
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
        p.network["topology"] = "fibre-pairs";
        p.network["subnet"] = "192.168.100.0/24";
        p.engine["kind"] = "mindie";
        p.engine["maxPrefillTokens"] = 8192;
        return p;
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
        QVERIFY(format < schema && schema < servers && servers < network && network < engine);
        QVERIFY(first.endsWith("}\n"));
    }

    void save_isAtomic_andKeepsTheOldFileOnFailure()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.json"));
        QString error;
        QVERIFY(ProjectFile::save(sample(), path, &error));
        const QByteArray before = ProjectFile::serialize(sample());
        // A secret in a section is refused: nothing is written and the old file is untouched.
        Project withSecret = sample();
        withSecret.engine["hfToken"] = "hf_abc";
        QVERIFY(!ProjectFile::save(withSecret, path, &error));
        QVERIFY2(error.contains(QStringLiteral("hfToken")), qPrintable(error));
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
        p.engine["maxPrefillTokens"] = 8192;
        p.engine["max_tokens"] = 256;
        p.engine["tokenizer"] = "/data/models/DeepSeek-R1";
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
        QTest::newRow("section type") << QByteArray("{\"format\":\"ascenddeck-project\",\"schema\":2,\"engine\":[]}") << QStringLiteral("engine");
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

        HccnPlan plan;
        QVERIFY2(HccnPlan::fromJson(p.network, &plan, &error), qPrintable(error));
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

        const EngineSettings e = EngineSettings::fromProjectSection(p.engine, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
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
        const EngineCluster cluster = EngineCluster::fromJson(p.engine.value("cluster", nlohmann::ordered_json::object()), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
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
        QVERIFY(ProjectFile::serialize(p).contains("\"schema\": 2"));

        const QByteArray badHost = "{\"format\":\"ascenddeck-project\",\"schema\":1,\"hosts\":[\"root@h:99999\"]}";
        QVERIFY(!ProjectFile::deserialize(badHost, &p, &error));
        QVERIFY2(error.contains(QStringLiteral("hosts[0]")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
