#include "RankTableFixtures.h"

#include "ascend/HccnConfParser.h"
#include "ranktable/RankTableBuilder.h"
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
