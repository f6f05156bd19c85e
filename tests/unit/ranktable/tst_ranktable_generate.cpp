#include "RankTableFixtures.h"

#include "ascend/HccnConfParser.h"
#include "ascend/HccnToolParser.h"
#include "ascend/NpuSpodInfoParser.h"
#include "ranktable/RankTableBuilder.h"
#include "ranktable/RankTableMerger.h"
#include "ranktable/RankTableParser.h"
#include "ranktable/RankTableValidator.h"
#include "ranktable/SuperPodRankTableBuilder.h"
#include "ranktable/RankTableWriter.h"

#include <QTest>

using namespace AscendDeck;

class TestRankTableGenerate : public QObject
{
    Q_OBJECT

    static QMap<int, QString> deviceIps(const QString &conf)
    {
        ParseError error;
        const HccnConf parsed = HccnConfParser::parse(RankTableFixtures::read(conf), &error);
        if (error.isError())
            qFatal("%s: %s", qPrintable(conf), qPrintable(error.toString()));
        QMap<int, QString> ips;
        for (auto it = parsed.npus.constBegin(); it != parsed.npus.constEnd(); ++it)
            ips.insert(it.key(), it->address);
        return ips;
    }

    static RankTableBuilder::Input input(const QString &serverIp, const QString &conf)
    {
        RankTableBuilder::Input in;
        in.serverIp = serverIp;
        in.deviceIps = deviceIps(conf);
        return in;
    }

private slots:
    // Every row of generate/cases.tsv is one run of hccl_tools.py on a fake server.
    void matchesHcclTools_data()
    {
        QTest::addColumn<QString>("serverIp");
        QTest::addColumn<QString>("conf");
        QTest::addColumn<QString>("deviceNum");
        QTest::addColumn<QString>("visible");
        QTest::addColumn<QString>("expected");
        const QList<QStringList> rows = RankTableFixtures::manifest(QStringLiteral("generate/cases.tsv"));
        QVERIFY(rows.size() >= 21);
        for (const QStringList &row : rows)
            QTest::newRow(qPrintable(row.at(0))) << row.at(1) << row.at(2) << row.at(3) << row.at(4) << row.at(5);
    }
    void matchesHcclTools()
    {
        QFETCH(QString, serverIp);
        QFETCH(QString, conf);
        QFETCH(QString, deviceNum);
        QFETCH(QString, visible);
        QFETCH(QString, expected);
        QString error;
        const auto selection = DeviceSelection::fromScriptArguments(deviceNum, visible, &error);
        QVERIFY2(selection, qPrintable(error));
        RankTableBuilder::Input in = input(serverIp, conf);
        in.devices = *selection;
        const auto table = RankTableBuilder::build(in, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(RankTableWriter::toBytes(*table), RankTableFixtures::read(expected));
        QCOMPARE(RankTableBuilder::fileName(in), expected.section(QLatin1Char('/'), -1));
    }

    // AscendDeck's own option: a container with its own address. Only that one value differs.
    void containerIp_overridesOnlyThatField()
    {
        RankTableBuilder::Input in = input(QStringLiteral("10.20.0.1"), QStringLiteral("hccn/server-01.conf"));
        in.containerIp = QStringLiteral("172.17.0.5");
        QString error;
        const auto table = RankTableBuilder::build(in, &error);
        QVERIFY2(table, qPrintable(error));
        QByteArray expected = RankTableFixtures::read(QStringLiteral("generate/8p-server-01/hccl_8p_01234567_10.20.0.1.json"));
        expected.replace("\"container_ip\": \"10.20.0.1\"", "\"container_ip\": \"172.17.0.5\"");
        QCOMPARE(RankTableWriter::toBytes(*table), expected);
    }

    void containerIp_defaultsToServerIp()
    {
        QString error;
        const auto table = RankTableBuilder::build(input(QStringLiteral("10.20.0.7"), QStringLiteral("hccn/server-07.conf")), &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->servers.first().containerIp, QStringLiteral("10.20.0.7"));
    }

    void superPod_writesVersion12()
    {
        RankTableBuilder::Input in = input(QStringLiteral("10.20.0.1"), QStringLiteral("hccn/server-01.conf"));
        in.devices = *DeviceSelection::fromScriptArguments(QStringLiteral("[0,2)"), QStringLiteral("0,1"), nullptr);
        in.superPodId = QStringLiteral("0");
        in.superDeviceIds = {{0, QStringLiteral("100663296")}, {1, QStringLiteral("100663297")}};
        QString error;
        const auto table = RankTableBuilder::build(in, &error);
        QVERIFY2(table, qPrintable(error));
        const nlohmann::ordered_json json = RankTableWriter::toJson(*table);
        QVERIFY(json["version"] == "1.2");
        QVERIFY(json["server_list"][0]["device"][1]["super_device_id"] == "100663297");
        QVERIFY(json.back()[0]["server_list"][0]["server_id"] == "10.20.0.1"); // super_pod_list comes last
    }

    // What 16 dies of one A3 server print, in the real tools' formats (hccn_tool -vnic -g, npu-smi -t
    // spod-info); die 0's address and SDID are those of the xLLM Kimi A3 rank table, the others are
    // numbered on from it (the real SDIDs are not consecutive; nothing here depends on that).
    static SuperPodRankTableBuilder::Input a3Server(const QString &serverIp, int octet, qint64 firstSdid, int pod)
    {
        QByteArray vnic;
        QByteArray spod;
        for (int die = 0; die < 16; ++die) {
            vnic += QStringLiteral("vnic link status: UP\nvnic ipaddr: 192.%1.%2.%3\nvnic netmask: 255.255.0.0\n")
                        .arg(octet).arg(2 + die / 8).arg(199 + die % 8).toUtf8();
            spod += QStringLiteral("SDID : %1\nSuper Pod Size : 384\nSuper Pod ID : %2\nServer Index : 4\n\n")
                        .arg(firstSdid + die).arg(pod).toUtf8();
        }
        ParseError error;
        SuperPodRankTableBuilder::Input in;
        in.serverIp = serverIp;
        in.vnics = HccnToolParser::parseVnic(vnic, &error);
        in.spods = NpuSpodInfoParser::parseAll(spod, &error);
        if (error.isError())
            qFatal("%s", qPrintable(error.toString()));
        return in;
    }

    void superPodServer_fromDieReadings()
    {
        QString error;
        const auto table = SuperPodRankTableBuilder::build(a3Server(QStringLiteral("10.87.191.102"), 28, 117440512, 2), &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->version, RankTable::version12());
        const RankTableServer &server = table->servers.first();
        QCOMPARE(server.devices.size(), qsizetype(16));
        QCOMPARE(server.hostIp, QStringLiteral("10.87.191.102"));
        QCOMPARE(server.devices.first().deviceIp, QStringLiteral("192.28.2.199"));
        QCOMPARE(server.devices.first().superDeviceId, QStringLiteral("117440512"));
        QCOMPARE(server.devices.last().rankId, QStringLiteral("15"));
        QCOMPARE(table->superPods.first().superPodId, QStringLiteral("2"));
        QCOMPARE(SuperPodRankTableBuilder::fileName(a3Server(QStringLiteral("10.0.0.1"), 28, 0, 0)),
                 QStringLiteral("hccl_a3_16p_10.0.0.1.json"));
    }

    // Two A3 servers of one pod, merged: 32 ranks, one super pod of both, and the validator finds nothing.
    void superPodServers_mergeIntoValidTable()
    {
        QString error;
        const auto a = SuperPodRankTableBuilder::build(a3Server(QStringLiteral("10.87.191.102"), 28, 117440512, 2), &error);
        const auto b = SuperPodRankTableBuilder::build(a3Server(QStringLiteral("10.87.191.98"), 24, 100663296, 2), &error);
        QVERIFY2(a && b, qPrintable(error));
        const auto merged = RankTableMerger::merge({{QStringLiteral("a.json"), RankTableWriter::toBytes(*a)},
                                                    {QStringLiteral("b.json"), RankTableWriter::toBytes(*b)}},
                                                   RankTableMerger::Mode::AscendDeck, &error);
        QVERIFY2(merged, qPrintable(error));
        const auto table = RankTableParser::parse(merged->json, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->deviceCount(), 32);
        QCOMPARE(table->superPods.size(), qsizetype(1));
        QCOMPARE(table->superPods.first().serverIds.size(), qsizetype(2));
        const QList<Finding> findings = RankTableValidator::validate(*table);
        QVERIFY2(findings.isEmpty(), findings.isEmpty() ? "" : qPrintable(findings.first().message));
    }

    void superPodServer_refusesBadReadings_data()
    {
        QTest::addColumn<int>("breakWhat");
        QTest::addColumn<QString>("message");
        QTest::newRow("die down") << 0 << "server 10.0.0.1, die 3: vnic link is DOWN";
        QTest::newRow("other pod") << 1 << "server 10.0.0.1, die 5: super pod 7, but die 0 is in super pod 2";
        QTest::newRow("count") << 2 << "server 10.0.0.1: 16 vnic readings but 15 spod-info readings; give one of each per die";
    }
    void superPodServer_refusesBadReadings()
    {
        QFETCH(int, breakWhat);
        SuperPodRankTableBuilder::Input in = a3Server(QStringLiteral("10.0.0.1"), 28, 0, 2);
        if (breakWhat == 0)
            in.vnics[3].linkUp = false;
        else if (breakWhat == 1)
            in.spods[5].superPodId = 7;
        else
            in.spods.removeLast();
        QString error;
        QVERIFY(!SuperPodRankTableBuilder::build(in, &error));
        QTEST(error, "message");
    }

    void buildErrors_data()
    {
        QTest::addColumn<QString>("serverIp");
        QTest::addColumn<QString>("deviceNum");
        QTest::addColumn<QString>("visible");
        QTest::addColumn<QString>("message");
        const QString all = QStringLiteral("0,1,2,3,4,5,6,7");
        QTest::newRow("cross group") << "10.0.0.1" << "[3,6)" << all
                                     << "device range [3,6) must stay within [0,4) or [4,8), or be all of [0,8)";
        QTest::newRow("over 8") << "10.0.0.1" << "[0,9)" << all << "device range [0,9) must be within [0,8]";
        QTest::newRow("empty") << "10.0.0.1" << "[4,4)" << all
                               << "device range [4,4) selects no device: the first number must be less than the last";
        QTest::newRow("spelling") << "10.0.0.1" << "[0, 8)" << all
                                  << "device range \"[0, 8)\" must look like [0,8) with single digits";
        QTest::newRow("too few visible") << "10.0.0.1" << "[4,8)" << "0,1,2,3,4"
                                         << "--device_num [4,8) uses logical device 5, but --visible_devices lists only 5";
        QTest::newRow("visible twice") << "10.0.0.1" << "[0,2)" << "3,3" << "visible device 3 is listed twice";
        QTest::newRow("visible padded") << "10.0.0.1" << "[0,2)" << "0,01" << "visible device \"01\" is not a device id 0-63";
        QTest::newRow("server ip") << "node_0" << "[0,8)" << all << "server ip \"node_0\" is not an IPv4 address";
        QTest::newRow("no address") << "10.0.0.1" << "[0,2)" << "0,9" << "server 10.0.0.1, device 9: no address_9 in hccn.conf";
    }
    void buildErrors()
    {
        QFETCH(QString, serverIp);
        QFETCH(QString, deviceNum);
        QFETCH(QString, visible);
        QFETCH(QString, message);
        QString error;
        const auto selection = DeviceSelection::fromScriptArguments(deviceNum, visible, &error);
        if (selection) {
            RankTableBuilder::Input in = input(serverIp, QStringLiteral("hccn/server-01.conf"));
            in.devices = *selection;
            QVERIFY(!RankTableBuilder::build(in, &error));
        }
        QCOMPARE(error, message);
    }
};

QTEST_GUILESS_MAIN(TestRankTableGenerate)
#include "tst_ranktable_generate.moc"
