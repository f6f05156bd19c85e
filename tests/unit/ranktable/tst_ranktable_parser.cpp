#include "RankTableFixtures.h"

#include "ranktable/RankTableParser.h"
#include "ranktable/RankTableValidator.h"
#include "ranktable/RankTableWriter.h"

#include <QTest>

using namespace AscendDeck;

class TestRankTableParser : public QObject
{
    Q_OBJECT

    static QByteArray sample(const QString &name)
    {
        const QByteArray data = RankTableFixtures::read(QStringLiteral("samples/") + name);
        return name.endsWith(QLatin1String(".jsonc")) ? RankTableFixtures::stripComments(data) : data;
    }

    static QStringList rules(const QList<Finding> &findings)
    {
        QStringList list;
        for (const Finding &finding : findings) {
            if (finding.isError() && !list.contains(finding.code))
                list.append(finding.code);
        }
        return list;
    }

private slots:
    // Real tables from public deployments and Huawei's documentation (samples/README.md).
    void realSamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("version");
        QTest::addColumn<int>("servers");
        QTest::addColumn<int>("devices");
        QTest::addColumn<QString>("lastDeviceIp");
        QTest::addColumn<QString>("lastRank");
        QTest::addColumn<QStringList>("errorRules"); // what the validator says about it
        QTest::newRow("itove 2 nodes") << "ranktable-v1.0_2node-16npu-910B3_itove.json" << "1.0" << 2 << 16
                                       << "172.20.60.32" << "15" << QStringList();
        QTest::newRow("itove 4 nodes") << "ranktable-v1.0_4node-32npu-910B3_itove.json" << "1.0" << 4 << 32
                                       << "172.20.60.16" << "31" << QStringList();
        QTest::newRow("mindie doc A3 16 dies") << "ranktable-v1.0_2node-16npu-a3_mindie-llm-doc.json" << "1.0" << 2
                                               << 32 << "192.168.2.25" << "31" << QStringList();
        QTest::newRow("dsv3 doc") << "ranktable-v1.0_4node-32npu-annotated_dsv3doc.jsonc" << "1.0" << 4 << 32
                                  << "11.12.165.87" << "31" << QStringList();
        // Server ids "node_0" and no container_ip: valid for HCCL, refused by MindIE.
        QTest::newRow("hccl doc A2") << "ranktable-v1.0_2node-deviceport-annotated_hccl-doc-a2.jsonc" << "1.0" << 2 << 4
                                     << "192.168.2.9" << "3" << QStringList{QStringLiteral("server-id"), QStringLiteral("container-ip")};
        // Named servers with host_ip and no container_ip: valid v1.2 (container_ip is only a MindIE warning).
        QTest::newRow("hccl doc super pods") << "ranktable-v1.2_4node-2superpod-annotated_hccl-doc-a3.jsonc" << "1.2"
                                             << 4 << 16 << "192.168.4.9" << "15" << QStringList();
        QTest::newRow("hccl doc super pods, comments stripped") << "ranktable-v1.2_4node-2superpod_hccl-doc-a3.json" << "1.2"
                                                                << 4 << 16 << "192.168.4.9" << "15" << QStringList();
        // The document elides 14 devices per server, so ranks have gaps.
        QTest::newRow("xllm super pod elided") << "ranktable-v1.2_2node-a3-superpod-elided_xllm-kimi-doc.jsonc" << "1.2"
                                               << 2 << 4 << "192.28.3.184" << "15" << QStringList{QStringLiteral("rank-id-gap")};
    }
    void realSamples()
    {
        QFETCH(QString, file);
        QFETCH(QString, version);
        QFETCH(int, servers);
        QFETCH(int, devices);
        QFETCH(QString, lastDeviceIp);
        QFETCH(QString, lastRank);
        QFETCH(QStringList, errorRules);
        QString error;
        const auto table = RankTableParser::parse(sample(file), &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->version, version);
        QCOMPARE(table->servers.size(), servers);
        QCOMPARE(table->deviceCount(), devices);
        QCOMPARE(table->servers.last().devices.last().deviceIp, lastDeviceIp);
        QCOMPARE(table->servers.last().devices.last().rankId, lastRank);
        QCOMPARE(rules(RankTableValidator::validate(*table)), errorRules);
    }

    void superPodFields()
    {
        QString error;
        const auto table = RankTableParser::parse(sample(QStringLiteral("ranktable-v1.2_4node-2superpod-annotated_hccl-doc-a3.jsonc")), &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->servers.at(1).devices.at(2).superDeviceId, QStringLiteral("6"));
        QCOMPARE(table->servers.at(1).hostIp, QStringLiteral("172.16.0.101"));
        QCOMPARE(table->superPods.size(), 2);
        QCOMPARE(table->superPods.at(1).serverIds, (QStringList{QStringLiteral("node_2"), QStringLiteral("node_3")}));
    }

    // A table the reference scripts wrote reads back and writes out unchanged.
    void roundTrip_scriptOutput()
    {
        const QByteArray original = RankTableFixtures::read(QStringLiteral("merge/16s-8p/hccl_16s_128p.json"));
        QString error;
        const auto table = RankTableParser::parse(original, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(RankTableWriter::toBytes(*table), original);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("syntax") << QByteArray("{\n  \"version\": \"1.0\",\n  oops\n}") << "line 3: not valid JSON (";
        QTest::newRow("not object") << QByteArray("[]") << "a rank table must be a JSON object";
        QTest::newRow("no version") << QByteArray(R"({"server_count": "1", "server_list": []})") << "\"version\" is missing";
        QTest::newRow("v2") << QByteArray(R"({"version": "2.0", "server_count": "1"})")
                            << "version 2.0 (the rank_list format of Atlas 950) is not supported";
        QTest::newRow("number count") << QByteArray(R"({"version": "1.0", "server_count": 2})")
                                      << "\"server_count\" must be a string, got 2";
        QTest::newRow("no list") << QByteArray(R"({"version": "1.0", "server_count": "1"})") << "\"server_list\" is missing";
        QTest::newRow("server not object") << QByteArray(R"({"version": "1.0", "server_count": "1", "server_list": [3]})")
                                           << "server_list[0]: must be an object, got 3";
        QTest::newRow("no server_id") << QByteArray(R"({"version": "1.0", "server_count": "1", "server_list": [{"device": []}]})")
                                      << "server_list[0]: \"server_id\" is missing";
        QTest::newRow("no device list")
            << QByteArray(R"({"version": "1.0", "server_count": "1", "server_list": [{"server_id": "10.0.0.2"}]})")
            << "server_list[0] (server 10.0.0.2): \"device\" is missing";
        QTest::newRow("numeric rank")
            << QByteArray(R"({"version": "1.0", "server_count": "1", "server_list": [{"server_id": "10.0.0.2",
                             "device": [{"device_id": "0", "device_ip": "1.1.1.1", "rank_id": 0}]}]})")
            << "server_list[0] (server 10.0.0.2), device[0]: \"rank_id\" must be a string, got 0";
        QTest::newRow("no device_id")
            << QByteArray(R"({"version": "1.0", "server_count": "1", "server_list": [{"server_id": "10.0.0.2",
                             "device": [{"device_id": "0", "rank_id": "0"}, {"rank_id": "1"}]}]})")
            << "server_list[0] (server 10.0.0.2), device[1]: \"device_id\" is missing";
        QTest::newRow("no super_pod_list") << QByteArray(R"({"version": "1.2", "server_count": "0", "server_list": []})")
                                           << "\"super_pod_list\" is missing";
        QTest::newRow("pod member")
            << QByteArray(R"({"version": "1.2", "server_count": "0", "server_list": [],
                             "super_pod_list": [{"super_pod_id": "1", "server_list": [{"id": "x"}]}]})")
            << "super_pod_list[0], server_list[0]: \"server_id\" is missing";
    }
    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!RankTableParser::parse(json, &error));
        QVERIFY2(error.startsWith(message), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestRankTableParser)
#include "tst_ranktable_parser.moc"
