#include "EngineFixtures.h"

#include "base/ShellQuote.h"
#include "engine/DockerRunBuilder.h"
#include "engine/LaunchScript.h"
#include "engine/MindIeEnvironment.h"
#include "engine/VllmCommandBuilder.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace AscendDeck;

namespace {
QString envText(const EnvList &env)
{
    QString text;
    for (const auto &pair : env)
        text += pair.first + QLatin1Char('=') + pair.second + QLatin1Char('\n');
    return text;
}

QString findingRules(const QList<Finding> &findings)
{
    QStringList ids;
    for (const Finding &f : findings)
        ids << f.code;
    return ids.join(QLatin1Char(','));
}
} // namespace

class TestEngineArtifacts : public QObject
{
    Q_OBJECT

private slots:
    void mindieEnvironment_matchesHandCheckedFiles_data()
    {
        QTest::addColumn<int>("node");
        QTest::newRow("master") << 0;
        QTest::newRow("worker") << 1;
    }
    void mindieEnvironment_matchesHandCheckedFiles()
    {
        QFETCH(int, node);
        const EngineCluster cluster = EngineFixtures::cluster();
        const QString address = cluster.nodes.at(node).serverAddress;
        const EnvList env = MindIeEnvironment::forNode(EngineFixtures::mindieSettings(), cluster.nodes.at(node), cluster);
        QCOMPARE(envText(env), QString::fromUtf8(EngineFixtures::read(QStringLiteral("expected-mindie-env-%1.txt").arg(address))));
    }

    void mindieEnvironment_rankTableVariableFollowsVersion_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("both");
        QTest::newRow("unknown") << QString() << true;
        QTest::newRow("1.0.RC3") << QStringLiteral("1.0.RC3") << false;
        QTest::newRow("2.0.T3.1") << QStringLiteral("2.0.T3.1") << false;
        QTest::newRow("2.1.RC2") << QStringLiteral("2.1.RC2") << true;
        QTest::newRow("3.0.0") << QStringLiteral("3.0.0") << true;
    }
    void mindieEnvironment_rankTableVariableFollowsVersion()
    {
        QFETCH(QString, version);
        QFETCH(bool, both);
        EngineSettings settings = EngineFixtures::mindieSettings();
        settings.engineVersion = version;
        const EngineCluster cluster = EngineFixtures::cluster();
        const QString text = envText(MindIeEnvironment::forNode(settings, cluster.nodes.first(), cluster));
        QVERIFY(text.contains(QStringLiteral("\nRANKTABLEFILE=/data/hccl_2s_16p.json\n")));
        QCOMPARE(text.contains(QStringLiteral("\nRANK_TABLE_FILE=")), both);
    }

    void mindieEnvironment_singleNodeHasNoRankTable()
    {
        EngineCluster single;
        single.nodes << EngineFixtures::cluster().nodes.first();
        const QString text = envText(MindIeEnvironment::forNode(EngineFixtures::mindieSettings(), single.nodes.first(), single));
        QVERIFY(!text.contains(QStringLiteral("RANK")));
        QVERIFY(text.startsWith(QStringLiteral("MIES_CONTAINER_IP=10.226.72.51\n")));
    }

    void vllmCommands_matchHandCheckedFile()
    {
        const EngineCluster cluster = EngineFixtures::cluster();
        const VllmCommandBuilder builder(EngineFixtures::vllmSettings(), cluster);
        QString out;
        for (int i = 0; i < cluster.size(); ++i) {
            out += QStringLiteral("# %1 (%2)\n").arg(cluster.nodes.at(i).serverAddress,
                                                     i == 0 ? QStringLiteral("head") : QStringLiteral("worker"));
            for (const auto &pair : builder.environment(i))
                out += QStringLiteral("export ") + pair.first + QLatin1Char('=') + shellQuote(pair.second) + QLatin1Char('\n');
            out += shellJoin(builder.argv(i)) + QStringLiteral("\n\n");
        }
        QCOMPARE(out, QString::fromUtf8(EngineFixtures::read(QStringLiteral("expected-vllm-commands.txt"))));
        QCOMPARE(findingRules(builder.check()), QString());
    }

    void vllmArgv_additionalConfigIsOneCompactWord()
    {
        EngineSettings settings = EngineFixtures::vllmSettings();
        settings.additionalConfig = QStringLiteral("{ \"torchair_graph_config\" : { \"enabled\" : true },\n \"x\": \"it's\" }");
        const QStringList argv = VllmCommandBuilder(settings, EngineFixtures::cluster()).argv(0);
        const int at = int(argv.indexOf(QStringLiteral("--additional-config")));
        QVERIFY(at > 0);
        QCOMPARE(argv.at(at + 1), QStringLiteral("{\"torchair_graph_config\":{\"enabled\":true},\"x\":\"it's\"}"));
    }

    void vllmStartRanks_followTheMasterFirst()
    {
        EngineCluster cluster = EngineFixtures::cluster();
        ClusterNode third = cluster.nodes.at(1);
        third.serverAddress = QStringLiteral("10.226.72.53");
        cluster.nodes << third;
        cluster.nodes[0].isMaster = false;
        cluster.nodes[1].isMaster = true; // the master in the middle of the list
        EngineSettings settings = EngineFixtures::vllmSettings();
        settings.dataParallel = 6;
        const VllmCommandBuilder builder(settings, cluster);
        QCOMPARE(builder.localDataParallel(), 2);
        QCOMPARE(builder.startRank(1), 0);
        QCOMPARE(builder.startRank(0), 2);
        QCOMPARE(builder.startRank(2), 4);
        QVERIFY(builder.argv(0).contains(QStringLiteral("--headless")));
        QVERIFY(!builder.argv(1).contains(QStringLiteral("--headless")));
    }

    void vllmCheck_reportsBadLayouts()
    {
        EngineSettings settings = EngineFixtures::vllmSettings();
        settings.dataParallel = 3;
        settings.expertParallel = 4;
        settings.additionalConfig = QStringLiteral("{not json");
        EngineCluster cluster = EngineFixtures::cluster();
        cluster.nodes[1].nicName.clear();
        QCOMPARE(findingRules(VllmCommandBuilder(settings, cluster).check()),
                 QStringLiteral("dp-not-divisible,ep-size-derived,nic-unknown,additional-config-not-json"));
        settings = EngineFixtures::vllmSettings();
        settings.tensorParallel = 16;
        QCOMPARE(findingRules(VllmCommandBuilder(settings, EngineFixtures::cluster()).check()),
                 QStringLiteral("layout-exceeds-npus,layout-exceeds-npus,ep-size-derived"));
    }

    void dockerRun_privilegedReplacesTheDeviceList()
    {
        EngineSettings settings = EngineFixtures::vllmSettings();
        settings.privileged = true;
        settings.hostNetwork = false;
        const QStringList argv = DockerRunBuilder::forEngine(settings, EngineFixtures::cluster(), 0).argv();
        QVERIFY(argv.contains(QStringLiteral("--privileged=true")));
        QVERIFY(!argv.contains(QStringLiteral("--device")));
        QVERIFY(!argv.contains(QStringLiteral("--net=host")));
        QCOMPARE(argv.at(argv.indexOf(QStringLiteral("-p")) + 1), QStringLiteral("8000:8000"));
    }

    void dockerRun_usesTheNodesNpus()
    {
        EngineCluster cluster = EngineFixtures::cluster();
        cluster.nodes[0].npuIds = {4, 5, 6, 7};
        const QStringList argv = DockerRunBuilder::forEngine(EngineFixtures::mindieSettings(), cluster, 0).argv();
        QCOMPARE(argv.count(QStringLiteral("--device")), 7);
        QVERIFY(argv.contains(QStringLiteral("/dev/davinci4")));
        QVERIFY(!argv.contains(QStringLiteral("/dev/davinci0")));
    }

    void launchScript_matchesHandCheckedFiles_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<int>("node");
        for (const char *engine : {"mindie", "vllm"}) {
            QTest::newRow(qPrintable(QStringLiteral("%1 master").arg(QLatin1String(engine)))) << QString::fromLatin1(engine) << 0;
            QTest::newRow(qPrintable(QStringLiteral("%1 worker").arg(QLatin1String(engine)))) << QString::fromLatin1(engine) << 1;
        }
    }
    void launchScript_matchesHandCheckedFiles()
    {
        QFETCH(QString, engine);
        QFETCH(int, node);
        const EngineSettings settings = engine == QLatin1String("mindie") ? EngineFixtures::mindieSettings()
                                                                          : EngineFixtures::vllmSettings();
        const EngineCluster cluster = EngineFixtures::cluster();
        const QByteArray script = LaunchScript::render(settings, cluster, node);
        const QString expected = QStringLiteral("expected-launch-%1-%2.sh").arg(engine, cluster.nodes.at(node).serverAddress);
        QCOMPARE(QString::fromUtf8(script), QString::fromUtf8(EngineFixtures::read(expected)));
        QCOMPARE(LaunchScript::render(settings, cluster, node), script); // byte-stable
    }

    // A fake docker on PATH records the words the shell passed it: they must be exactly the builder's argv.
    void launchScript_shellPassesTheExactArgv()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile fake(dir.filePath(QStringLiteral("docker")));
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write("#!/bin/sh\n[ \"$1\" = run ] || exit 0\nfor a in docker \"$@\"; do printf '%s\\0' \"$a\"; done > \"$ARGV_OUT\"\n");
        fake.close();
        fake.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        EngineSettings settings = EngineFixtures::vllmSettings();
        settings.extraArgs << QStringLiteral("--served-model-name") << QStringLiteral("it's \"$HOME\" `x`");
        const EngineCluster cluster = EngineFixtures::cluster();
        // chmod of the MindIE files is not part of a vLLM script, so the script runs as is.
        QProcess sh;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), dir.path() + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
        env.insert(QStringLiteral("ARGV_OUT"), dir.filePath(QStringLiteral("argv")));
        sh.setProcessEnvironment(env);
        sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-s")});
        sh.write(LaunchScript::render(settings, cluster, 1));
        sh.closeWriteChannel();
        QVERIFY(sh.waitForFinished());
        QCOMPARE(sh.exitCode(), 0);
        QFile recorded(dir.filePath(QStringLiteral("argv")));
        QVERIFY(recorded.open(QIODevice::ReadOnly));
        QStringList words = QString::fromUtf8(recorded.readAll()).split(QChar(0));
        words.removeLast();
        QCOMPARE(words, DockerRunBuilder::forEngine(settings, cluster, 1).argv());
    }

    void cluster_jsonRoundTrips()
    {
        const EngineCluster cluster = EngineFixtures::cluster();
        QString error;
        const EngineCluster again = EngineCluster::fromJson(cluster.toJson(), &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(again.toJson().dump(), cluster.toJson().dump());
        QCOMPARE(cluster.master().serverAddress, QStringLiteral("10.226.72.51"));
        EngineCluster::fromJson(nlohmann::ordered_json::parse("{\"nodes\":[{\"npus\":[0]}]}"), &error);
        QVERIFY(!error.isEmpty());
    }

    void settings_jsonRoundTripsAndRejectsWrongTypes()
    {
        const EngineSettings settings = EngineFixtures::vllmSettings();
        QString error;
        const EngineSettings again = EngineSettings::fromJson(settings.toJson(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(again.toJson().dump(), settings.toJson().dump());
        QCOMPARE(again.kind, EngineSettings::Kind::VllmAscend);
        EngineSettings::fromJson(nlohmann::ordered_json::parse("{\"maxSeqLen\":\"long\"}"), &error);
        QVERIFY(error.contains(QStringLiteral("maxSeqLen")));
    }
};

QTEST_GUILESS_MAIN(TestEngineArtifacts)
#include "tst_engineartifacts.moc"
