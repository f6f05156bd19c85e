#include "EngineFixtures.h"

#include "engine/MindIeConfig.h"
#include "engine/MindIeConfigRules.h"

#include <QTest>

using namespace AscendDeck;
using nlohmann::ordered_json;

namespace {
// The seeds' 2x8 DeepSeek-R1 config for node `index`: passes every rule.
MindIeConfig goodConfig(int index = 0)
{
    QString error;
    MindIeConfig config = MindIeConfig::fromText(
        EngineFixtures::read(QStringLiteral("mindie-config_default_MindIE-LLM-master-2026-03.json")), &error);
    const EngineCluster cluster = EngineFixtures::cluster();
    config.apply(EngineFixtures::mindieSettings(), cluster.nodes.at(index), cluster);
    return config;
}

QStringList rules(const QList<Finding> &findings)
{
    QStringList ids;
    for (const Finding &f : findings)
        ids << f.code;
    return ids;
}
} // namespace

class TestMindIeConfigRules : public QObject
{
    Q_OBJECT

private slots:
    void seedConfig_passesEveryRule()
    {
        const EngineCluster cluster = EngineFixtures::cluster();
        for (int i = 0; i < cluster.size(); ++i)
            QCOMPARE(rules(MindIeConfigRules::check(goodConfig(i), cluster.nodes.at(i), cluster)), QStringList());
        QCOMPARE(rules(MindIeConfigRules::checkAcrossNodes({{cluster.nodes.at(0), goodConfig(0)},
                                                             {cluster.nodes.at(1), goodConfig(1)}})),
                 QStringList());
    }

    void brokenField_isReported_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("value"); // JSON
        QTest::addColumn<QStringList>("rule");
        QTest::addColumn<bool>("error");
        QTest::newRow("prefill below seq") << QStringLiteral("BackendConfig.ScheduleConfig.maxPrefillTokens")
                                           << QStringLiteral("8192") << QStringList{QStringLiteral("prefill-tokens-below-seq-len")} << true;
        QTest::newRow("input above seq") << QStringLiteral("BackendConfig.ModelDeployConfig.maxInputTokenLen")
                                         << QStringLiteral("40000") << QStringList{QStringLiteral("input-longer-than-seq-len"), QStringLiteral("input-plus-output-above-seq-len")} << true;
        QTest::newRow("input+output above seq") << QStringLiteral("BackendConfig.ScheduleConfig.maxIterTimes")
                                                << QStringLiteral("20000") << QStringList{QStringLiteral("input-plus-output-above-seq-len")} << false;
        QTest::newRow("prefill batch above batch") << QStringLiteral("BackendConfig.ScheduleConfig.maxPrefillBatchSize")
                                                   << QStringLiteral("300") << QStringList{QStringLiteral("prefill-batch-above-batch")} << false;
        QTest::newRow("world size is cluster") << QStringLiteral("BackendConfig.ModelDeployConfig.ModelConfig[0].worldSize")
                                               << QStringLiteral("16") << QStringList{QStringLiteral("world-size-per-server"), QStringLiteral("device-ids-match-world-size")} << true;
        QTest::newRow("device ids short") << QStringLiteral("BackendConfig.npuDeviceIds") << QStringLiteral("[[0,1,2,3]]")
                                          << QStringList{QStringLiteral("device-ids-match-world-size")} << true;
        QTest::newRow("zero ip") << QStringLiteral("ServerConfig.ipAddress") << QStringLiteral("\"0.0.0.0\"")
                                 << QStringList{QStringLiteral("zero-ip-needs-allow")} << true;
        QTest::newRow("zero management ip") << QStringLiteral("ServerConfig.managementIpAddress") << QStringLiteral("\"0.0.0.0\"")
                                            << QStringList{QStringLiteral("zero-ip-needs-allow")} << true;
        QTest::newRow("multi-node off") << QStringLiteral("BackendConfig.multiNodesInferEnabled") << QStringLiteral("false")
                                        << QStringList{QStringLiteral("multi-node-flag")} << true;
        QTest::newRow("no weights") << QStringLiteral("BackendConfig.ModelDeployConfig.ModelConfig[0].modelWeightPath")
                                    << QStringLiteral("\"\"") << QStringList{QStringLiteral("model-path-missing")} << true;
        QTest::newRow("https") << QStringLiteral("ServerConfig.httpsEnabled") << QStringLiteral("true")
                               << QStringList{QStringLiteral("https-needs-certificates")} << false;
    }
    void brokenField_isReported()
    {
        QFETCH(QString, path);
        QFETCH(QString, value);
        QFETCH(QStringList, rule);
        QFETCH(bool, error);
        MindIeConfig config = goodConfig();
        config.setValue(path, ordered_json::parse(value.toStdString()));
        const EngineCluster cluster = EngineFixtures::cluster();
        const QList<Finding> findings = MindIeConfigRules::check(config, cluster.nodes.first(), cluster);
        QCOMPARE(rules(findings), rule);
        QCOMPARE(findings.first().field, path);
        QCOMPARE(findings.first().isError(), error);
        QCOMPARE(findings.first().server, QStringLiteral("10.226.72.51"));
        QVERIFY(!findings.first().message.isEmpty());
        QVERIFY(!findings.first().fix.isEmpty());
    }

    void prefillTokens_messageNamesBothValues()
    {
        MindIeConfig config = goodConfig();
        config.setValue(QStringLiteral("BackendConfig.ScheduleConfig.maxPrefillTokens"), 8192);
        const EngineCluster cluster = EngineFixtures::cluster();
        const Finding f = MindIeConfigRules::check(config, cluster.nodes.first(), cluster).first();
        QVERIFY(f.message.contains(QStringLiteral("8192")) && f.message.contains(QStringLiteral("32768")));
        QCOMPARE(f.fix, QStringLiteral("Set maxPrefillTokens to at least 32768."));
    }

    void zeroIp_allowedWhenListeningOnAllIsOn()
    {
        MindIeConfig config = goodConfig();
        config.setValue(QStringLiteral("ServerConfig.ipAddress"), "0.0.0.0");
        config.setValue(QStringLiteral("ServerConfig.allowAllZeroIpListening"), true);
        const EngineCluster cluster = EngineFixtures::cluster();
        QCOMPARE(rules(MindIeConfigRules::check(config, cluster.nodes.first(), cluster)), QStringList());
    }

    void multiNodeOnSingleServer_isReported()
    {
        EngineCluster single;
        single.nodes << EngineFixtures::cluster().nodes.first();
        const MindIeConfig config = goodConfig(); // multiNodesInferEnabled true
        QCOMPARE(rules(MindIeConfigRules::check(config, single.nodes.first(), single)), QStringList{QStringLiteral("multi-node-flag")});
    }

    void missingFields_areNotGuessed()
    {
        QString error;
        const MindIeConfig config = MindIeConfig::fromText("{\"BackendConfig\" : {\"ModelDeployConfig\" : {\"ModelConfig\" : "
                                                           "[{\"modelWeightPath\" : \"/w\"}]}}}", &error);
        const EngineCluster cluster = EngineFixtures::cluster();
        QCOMPARE(rules(MindIeConfigRules::check(config, cluster.nodes.first(), cluster)), QStringList());
    }

    void tlsDiffersBetweenNodes_isOneClusterError_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("interNodeTLSEnabled") << QStringLiteral("BackendConfig.interNodeTLSEnabled");
        QTest::newRow("interCommTLSEnabled") << QStringLiteral("ServerConfig.interCommTLSEnabled");
        QTest::newRow("httpsEnabled") << QStringLiteral("ServerConfig.httpsEnabled");
    }
    void tlsDiffersBetweenNodes_isOneClusterError()
    {
        QFETCH(QString, path);
        const EngineCluster cluster = EngineFixtures::cluster();
        MindIeConfig worker = goodConfig(1);
        worker.setValue(path, true);
        const QList<Finding> findings
            = MindIeConfigRules::checkAcrossNodes({{cluster.nodes.at(0), goodConfig(0)}, {cluster.nodes.at(1), worker}});
        QCOMPARE(rules(findings), QStringList{QStringLiteral("tls-differs-between-nodes")});
        QCOMPARE(findings.first().field, path);
        QVERIFY(findings.first().server.isEmpty());
        QVERIFY(findings.first().message.contains(QStringLiteral("false on 10.226.72.51, true on 10.226.72.52")));
    }

    void modelDiffersBetweenNodes_isReported()
    {
        const EngineCluster cluster = EngineFixtures::cluster();
        MindIeConfig worker = goodConfig(1);
        worker.setValue(QStringLiteral("BackendConfig.ModelDeployConfig.ModelConfig[0].modelWeightPath"), "/data/other");
        QCOMPARE(rules(MindIeConfigRules::checkAcrossNodes({{cluster.nodes.at(0), goodConfig(0)}, {cluster.nodes.at(1), worker}})),
                 QStringList{QStringLiteral("model-differs-between-nodes")});
    }

    // checkCluster: each node's config from the one base, judged alone and then across the nodes.
    void cluster_seedSettingsPass()
    {
        QCOMPARE(rules(MindIeConfigRules::checkCluster(baseConfig(), EngineFixtures::mindieSettings(), EngineFixtures::cluster())),
                 QStringList());
    }

    void cluster_aBrokenSettingIsReportedOnEveryNode()
    {
        EngineSettings settings = EngineFixtures::mindieSettings();
        settings.maxPrefillTokens = 8192;
        const QList<Finding> findings = MindIeConfigRules::checkCluster(baseConfig(), settings, EngineFixtures::cluster());
        QCOMPARE(rules(findings), (QStringList{QStringLiteral("prefill-tokens-below-seq-len"), QStringLiteral("prefill-tokens-below-seq-len")}));
        QCOMPARE(findings.at(0).server, QStringLiteral("10.226.72.51"));
        QCOMPARE(findings.at(1).server, QStringLiteral("10.226.72.52"));
    }

    void cluster_singleServerIsJudgedAsOne()
    {
        // The settings are applied for the cluster given: one server is not told to enable multi-node.
        EngineCluster single;
        single.nodes << EngineFixtures::cluster().nodes.first();
        QCOMPARE(rules(MindIeConfigRules::checkCluster(baseConfig(), EngineFixtures::mindieSettings(), single)), QStringList());
        // While the config made for two servers, checked on one, is refused (what checkCluster avoids).
        QCOMPARE(rules(MindIeConfigRules::check(goodConfig(), single.nodes.first(), single)), QStringList{QStringLiteral("multi-node-flag")});
    }

    void cluster_emptyHasNoFindings()
    {
        QCOMPARE(MindIeConfigRules::checkCluster(baseConfig(), EngineFixtures::mindieSettings(), EngineCluster()).size(), 0);
    }

private:
    static MindIeConfig baseConfig()
    {
        QString error;
        return MindIeConfig::fromText(EngineFixtures::read(QStringLiteral("mindie-config_default_MindIE-LLM-master-2026-03.json")), &error);
    }
};

QTEST_GUILESS_MAIN(TestMindIeConfigRules)
#include "tst_mindieconfigrules.moc"
