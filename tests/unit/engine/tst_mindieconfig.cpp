#include "EngineFixtures.h"

#include "engine/MindIeConfig.h"

#include <QTest>

using namespace AscendDeck;
using nlohmann::ordered_json;

namespace {
// Removes a path (dots and [n]) from a document, if present.
void erase(ordered_json *doc, const QString &path)
{
    ordered_json *at = doc;
    const QStringList parts = path.split(QLatin1Char('.'));
    for (int i = 0; i < parts.size(); ++i) {
        QString key = parts.at(i);
        int index = -1;
        if (key.endsWith(QLatin1Char(']'))) {
            index = key.mid(key.indexOf(QLatin1Char('[')) + 1).chopped(1).toInt();
            key = key.left(key.indexOf(QLatin1Char('[')));
        }
        if (!at->is_object() || !at->contains(key.toStdString()))
            return;
        if (i + 1 == parts.size() && index < 0) {
            at->erase(key.toStdString());
            return;
        }
        at = &(*at)[key.toStdString()];
        if (index >= 0)
            at = &(*at)[size_t(index)];
    }
}

QString j(const ordered_json &value)
{
    return QString::fromStdString(value.dump());
}

MindIeConfig load(const QString &name)
{
    QString error;
    MindIeConfig config = MindIeConfig::fromText(EngineFixtures::read(name), &error);
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    return config;
}
} // namespace

class TestMindIeConfig : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_keepsEverythingButAppliedFields_data()
    {
        QTest::addColumn<QString>("sample");
        for (const char *name : {"mindie-config_1.0.RC3-example_mindspore-docs.json",
                                 "mindie-config_2.1.RC2-multinode-4x910B3-real_itove.json",
                                 "mindie-config_default_MindIE-LLM-first-2025-12.json",
                                 "mindie-config_default_MindIE-LLM-master-2026-03.json",
                                 "mindie-config_multinode-example-annotated_MindIE-LLM-deepseek-r1-readme.jsonc"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void roundTrip_keepsEverythingButAppliedFields()
    {
        QFETCH(QString, sample);
        const MindIeConfig original = load(sample);
        MindIeConfig applied = original;
        const EngineCluster cluster = EngineFixtures::cluster();
        applied.apply(EngineFixtures::mindieSettings(), cluster.nodes.at(1), cluster);
        QString error;
        const MindIeConfig reread = MindIeConfig::fromText(applied.toJson(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        ordered_json before = original.document();
        ordered_json after = reread.document();
        for (const QString &path : MindIeConfig::appliedPaths()) {
            QVERIFY2(!reread.value(path).is_null(), qPrintable(path));
            erase(&before, path);
            erase(&after, path);
        }
        // ordered_json compares objects in order: this also proves every key kept its place.
        QCOMPARE(QString::fromStdString(after.dump(1)), QString::fromStdString(before.dump(1)));
    }

    void unchangedConfig_writesTheSameDocument()
    {
        const MindIeConfig original = load(QStringLiteral("mindie-config_default_MindIE-LLM-master-2026-03.json"));
        QString error;
        const MindIeConfig reread = MindIeConfig::fromText(original.toJson(), &error);
        QVERIFY(reread.document() == original.document());
        QCOMPARE(reread.toJson(), original.toJson()); // byte-stable
    }

    void toJson_writesMindIeStyle()
    {
        const QByteArray text = load(QStringLiteral("mindie-config_default_MindIE-LLM-master-2026-03.json")).toJson();
        QVERIFY(text.startsWith("{\n    \"Version\" : \"1.0.0\",\n    \"ServerConfig\" : {\n        \"ipAddress\" : \"127.0.0.1\",\n"));
        QVERIFY(text.contains("\n        \"npuDeviceIds\" : [[0,1,2,3]],\n"));
        QVERIFY(text.contains("\"tlsCaFile\" : [\"ca.pem\"],"));
        QVERIFY(text.contains("\"ModelConfig\" : [\n                {\n                    \"modelInstanceType\" : \"Standard\","));
        QVERIFY(text.endsWith("    \"EnableDynamicAdjustTimeoutConfig\" : false\n}\n"));
    }

    void apply_setsTheClusterFields()
    {
        MindIeConfig config = load(QStringLiteral("mindie-config_default_MindIE-LLM-master-2026-03.json"));
        const EngineCluster cluster = EngineFixtures::cluster();
        config.apply(EngineFixtures::mindieSettings(), cluster.nodes.at(1), cluster);
        QCOMPARE(j(config.value(QStringLiteral("ServerConfig.ipAddress"))), j(ordered_json("10.226.72.51")));
        QCOMPARE(j(config.value(QStringLiteral("ServerConfig.httpsEnabled"))), j(ordered_json(false)));
        QCOMPARE(j(config.value(QStringLiteral("BackendConfig.multiNodesInferEnabled"))), j(ordered_json(true)));
        QCOMPARE(j(config.value(QStringLiteral("BackendConfig.npuDeviceIds"))), j(ordered_json::parse("[[0,1,2,3,4,5,6,7]]")));
        QCOMPARE(j(config.value(QStringLiteral("BackendConfig.ModelDeployConfig.ModelConfig[0].worldSize"))), j(ordered_json(8)));
        QCOMPARE(j(config.value(QStringLiteral("BackendConfig.ScheduleConfig.maxPrefillTokens"))), j(ordered_json(32768)));
        // Unknown keys stay untouched.
        QCOMPARE(j(config.value(QStringLiteral("BackendConfig.ModelDeployConfig.ModelConfig[0].kv_link_timeout"))), j(ordered_json(1080)));
    }

    void apply_matchesHandCheckedFiles_data()
    {
        QTest::addColumn<int>("node");
        QTest::addColumn<QString>("expected");
        QTest::newRow("master") << 0 << QStringLiteral("expected-mindie-config-10.226.72.51.json");
        QTest::newRow("worker") << 1 << QStringLiteral("expected-mindie-config-10.226.72.52.json");
    }
    void apply_matchesHandCheckedFiles()
    {
        QFETCH(int, node);
        QFETCH(QString, expected);
        MindIeConfig config = load(QStringLiteral("mindie-config_default_MindIE-LLM-master-2026-03.json"));
        const EngineCluster cluster = EngineFixtures::cluster();
        config.apply(EngineFixtures::mindieSettings(), cluster.nodes.at(node), cluster);
        QCOMPARE(QString::fromUtf8(config.toJson()), QString::fromUtf8(EngineFixtures::read(expected)));
    }

    void apply_singleNode_usesItsOwnAddressAndNoMultiNode()
    {
        MindIeConfig config = load(QStringLiteral("mindie-config_default_MindIE-LLM-master-2026-03.json"));
        EngineCluster single;
        single.nodes << EngineFixtures::cluster().nodes.at(1);
        EngineSettings settings = EngineFixtures::mindieSettings();
        settings.listenAddress = QStringLiteral("0.0.0.0");
        config.apply(settings, single.nodes.first(), single);
        QCOMPARE(j(config.value(QStringLiteral("ServerConfig.ipAddress"))), j(ordered_json("0.0.0.0")));
        QCOMPARE(j(config.value(QStringLiteral("ServerConfig.managementIpAddress"))), j(ordered_json("10.226.72.52")));
        QCOMPARE(j(config.value(QStringLiteral("BackendConfig.multiNodesInferEnabled"))), j(ordered_json(false)));
    }

    void apply_trimmedConfig_createsMissingFields()
    {
        QString error;
        MindIeConfig config = MindIeConfig::fromText("{\"Version\" : \"1.0.0\", \"Extra\" : {\"a\" : 1}}", &error);
        const EngineCluster cluster = EngineFixtures::cluster();
        config.apply(EngineFixtures::mindieSettings(), cluster.nodes.first(), cluster);
        QCOMPARE(j(config.value(QStringLiteral("BackendConfig.ModelDeployConfig.ModelConfig[0].modelName"))), j(ordered_json("DeepSeek-R1-w8a8")));
        QCOMPARE(config.document().begin().key(), std::string("Version"));
        QCOMPARE(j(config.value(QStringLiteral("Extra.a"))), j(ordered_json(1)));
    }

    void fromText_rejectsBrokenJson()
    {
        QString error;
        QVERIFY(MindIeConfig::fromText("{\"ServerConfig\" : ", &error).isNull());
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(MindIeConfig::fromText("[1, 2]", &error).isNull());
        QVERIFY(!error.isEmpty());
    }

    void value_missingPathIsNull()
    {
        const MindIeConfig config = load(QStringLiteral("mindie-config_default_MindIE-LLM-master-2026-03.json"));
        QVERIFY(config.value(QStringLiteral("BackendConfig.Nope.x")).is_null());
        QVERIFY(config.value(QStringLiteral("BackendConfig.ModelDeployConfig.ModelConfig[3].worldSize")).is_null());
    }
};

QTEST_GUILESS_MAIN(TestMindIeConfig)
#include "tst_mindieconfig.moc"
