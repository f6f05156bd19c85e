#include "AscendFixtures.h"

#include "ascend/HccnToolParser.h"

#include <QTest>

using namespace AscendDeck;

class TestHccnToolParser : public QObject
{
    Q_OBJECT

private slots:
    void ip_realSamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("lastAddress");
        QTest::addColumn<QString>("lastNetmask");
        QTest::newRow("8 npu loop") << QStringLiteral("hccn_tool-output_ip-g_8npu_dsv3doc.txt") << 8
                                    << QStringLiteral("11.12.165.87") << QStringLiteral("255.255.255.0");
        QTest::newRow("single") << QStringLiteral("hccn_tool-output_ip-g_single_910b_arthurchiao-blog.txt") << 1
                                << QStringLiteral("29.1.112.213") << QStringLiteral("255.255.0.0");
    }
    void ip_realSamples()
    {
        QFETCH(QString, file);
        ParseError error;
        const QList<HccnIp> ips = HccnToolParser::parseIp(readAscendFixture(file), &error);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QTEST(static_cast<int>(ips.size()), "count");
        QTEST(ips.last().address, "lastAddress");
        QTEST(ips.last().netmask, "lastNetmask");
    }

    void ip_emptyOutputMeansUnset()
    {
        ParseError error;
        QVERIFY(HccnToolParser::parseIp("\n\n", &error).isEmpty());
        QVERIFY(!error.isError());
    }

    void gateway_realSample()
    {
        ParseError error;
        const QList<HccnGateway> g = HccnToolParser::parseGateway(readAscendFixture(QStringLiteral("hccn_tool-output_gateway-g_8npu_dsv3doc.txt")), &error);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QCOMPARE(g.size(), qsizetype(8));
        QCOMPARE(g.at(7).gateway, QStringLiteral("11.12.165.1"));
        QCOMPARE(g.at(7).iface, QStringLiteral("eth7"));
    }

    // The doc elides the middle of these loops with "...": the two printed records remain.
    void singleLineGetters_realSamples()
    {
        ParseError error;
        QCOMPARE(HccnToolParser::parseNetdetect(readAscendFixture(QStringLiteral("hccn_tool-output_netdetect-g_dsv3doc.txt")), &error),
                 (QStringList{QStringLiteral("11.12.165.1"), QStringLiteral("11.12.165.1")}));
        QCOMPARE(HccnToolParser::parseNetHealth(readAscendFixture(QStringLiteral("hccn_tool-output_net_health-g_dsv3doc.txt")), &error),
                 (QStringList{QStringLiteral("Success"), QStringLiteral("Success")}));
        QCOMPARE(HccnToolParser::parseLink(readAscendFixture(QStringLiteral("hccn_tool-output_link-g_dsv3doc.txt")), &error),
                 (QList<bool>{true, true}));
        QCOMPARE(HccnToolParser::parseSetterResult(readAscendFixture(QStringLiteral("hccn_tool-output_tls-s-enable0_dsv3doc.txt")), &error), 2);
        QVERIFY(!error.isError());
    }

    void vnic_realSample()
    {
        ParseError error;
        const QByteArray data = readAscendFixture(QStringLiteral("hccn_tool-output_vnic-g_A3_hccn-tool-doc.txt"));
        QCOMPARE(HccnToolParser::detectGetter(data), QStringLiteral("vnic"));
        const QList<HccnVnic> v = HccnToolParser::parseVnic(data, &error);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QCOMPARE(v.size(), qsizetype(1));
        QVERIFY(v.at(0).linkUp);
        QCOMPARE(v.at(0).address, QStringLiteral("192.168.2.199"));
        QCOMPARE(v.at(0).netmask, QStringLiteral("255.255.255.0"));
    }

    // A `for i in {0..15}` loop over an A3's dies: one record per die, DOWN kept.
    void vnic_loopKeepsOrderAndDownLinks()
    {
        ParseError error;
        const QList<HccnVnic> v = HccnToolParser::parseVnic("vnic link status: UP\nvnic ipaddr: 192.168.2.199\nvnic netmask: 255.255.255.0\n\n"
                                                            "vnic link status: DOWN\nvnic ipaddr: 192.168.2.200\nvnic netmask: 255.255.255.0\n",
                                                            &error);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QCOMPARE(v.size(), qsizetype(2));
        QVERIFY(!v.at(1).linkUp);
        QCOMPARE(v.at(1).address, QStringLiteral("192.168.2.200"));
    }

    void vnic_badInput_namesLine_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("line");
        QTest::newRow("other getter") << QByteArray("ipaddr:1.2.3.4\nnetmask:255.0.0.0\n") << 1;
        QTest::newRow("bad status") << QByteArray("vnic link status: MAYBE\nvnic ipaddr: 1.2.3.4\nvnic netmask: 255.0.0.0\n") << 1;
        QTest::newRow("no netmask") << QByteArray("vnic link status: UP\nvnic ipaddr: 1.2.3.4\n") << 3;
        QTest::newRow("empty") << QByteArray("\n") << 0;
    }
    void vnic_badInput_namesLine()
    {
        QFETCH(QByteArray, data);
        ParseError error;
        QVERIFY(HccnToolParser::parseVnic(data, &error).isEmpty());
        QVERIFY(error.isError());
        QTEST(error.line, "line");
    }

    void netHealth_keepsFailureWords()
    {
        QCOMPARE(HccnToolParser::parseNetHealth("net health status: Socket failed\n"), QStringList{QStringLiteral("Socket failed")});
    }

    void lldp_fullOutput()
    {
        ParseError error;
        const QList<HccnLldpNeighbour> n = HccnToolParser::parseLldp(readAscendFixture(QStringLiteral("hccn_tool-output_lldp-g-full_910b_arthurchiao-blog.txt")), &error);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QCOMPARE(n.size(), qsizetype(1));
        QCOMPARE(n.at(0).portIfname, QStringLiteral("400GE1/1/20:2"));
        QCOMPARE(n.at(0).managementAddress, QStringLiteral("IPv4: 26.xx.xx.xx"));
        QVERIFY(n.at(0).systemDescription.contains(QStringLiteral("Huarong DX511")));
    }

    void lldp_grepIfname()
    {
        ParseError error;
        const QList<HccnLldpNeighbour> n = HccnToolParser::parseLldp(readAscendFixture(QStringLiteral("hccn_tool-output_lldp-g-grepIfname_8npu_dsv3doc.txt")), &error);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QCOMPARE(n.size(), qsizetype(8));
        QCOMPARE(n.at(0).portIfname, QStringLiteral("400GE1/1/5:1"));
        QCOMPARE(n.at(7).portIfname, QStringLiteral("400GE1/4/5:2"));
    }

    void tls_realSample()
    {
        ParseError error;
        const QList<HccnTls> t = HccnToolParser::parseTls(readAscendFixture(QStringLiteral("hccn_tool-output_tls-g-grepswitch_8npu_dsv3doc.txt")), &error);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QCOMPARE(t.size(), qsizetype(8));
        QCOMPARE(t.at(7).deviceId, 7);
        QVERIFY(!t.at(7).enabled);
        QVERIFY(t.at(7).preconfigured);
        QCOMPARE(t.at(7).alarmThresholdDays, 60);
    }

    void ping_realSamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("firstDevice");
        QTest::addColumn<double>("firstRtt");
        QTest::newRow("8 npu") << QStringLiteral("hccn_tool-output_ping-g_8npu_dsv3doc.txt") << 8 << 0 << 0.114;
        QTest::newRow("single") << QStringLiteral("hccn_tool-output_ping-g_single_910b_arthurchiao-blog.txt") << 1 << 3 << 1.418;
    }
    void ping_realSamples()
    {
        QFETCH(QString, file);
        ParseError error;
        const QList<HccnPing> p = HccnToolParser::parsePing(readAscendFixture(file), &error);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QTEST(static_cast<int>(p.size()), "count");
        QTEST(p.first().deviceId, "firstDevice");
        QTEST(p.first().rttMs.first(), "firstRtt");
        QCOMPARE(p.first().transmitted, 3);
        QCOMPARE(p.first().received, 3);
        QCOMPARE(p.first().lossPercent, 0.0);
    }

    void detectGetter_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("getter");
        QTest::newRow("ip") << QStringLiteral("hccn_tool-output_ip-g_8npu_dsv3doc.txt") << QStringLiteral("ip");
        QTest::newRow("gateway") << QStringLiteral("hccn_tool-output_gateway-g_8npu_dsv3doc.txt") << QStringLiteral("gateway");
        QTest::newRow("lldp") << QStringLiteral("hccn_tool-output_lldp-g-grepIfname_8npu_dsv3doc.txt") << QStringLiteral("lldp");
        QTest::newRow("ping") << QStringLiteral("hccn_tool-output_ping-g_8npu_dsv3doc.txt") << QStringLiteral("ping");
        QTest::newRow("route is not a getter we read") << QStringLiteral("hccn_tool-output_route-g_910b_arthurchiao-blog.txt") << QString();
    }
    void detectGetter()
    {
        QFETCH(QString, file);
        QTEST(HccnToolParser::detectGetter(readAscendFixture(file)), "getter");
    }

    void badInput_namesTheLine_data()
    {
        QTest::addColumn<QString>("getter");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("line");
        QTest::newRow("ip without netmask") << "ip" << QByteArray("ipaddr:1.2.3.4\n") << 2;
        QTest::newRow("ip not an address") << "ip" << QByteArray("ipaddr:1.2.3\nnetmask:255.0.0.0\n") << 1;
        QTest::newRow("ip wrong getter") << "ip" << QByteArray("link status: UP\n") << 1;
        QTest::newRow("gateway garbage") << "gateway" << QByteArray("default gateway:x, Iface:eth0\n") << 1;
        QTest::newRow("link unknown") << "link" << QByteArray("link status: UP\nlink status: SIDEWAYS\n") << 2;
        QTest::newRow("tls cut") << "tls" << QByteArray("dev_id:0, tls switch[0](0:disable, 1:enable)\n") << 1;
        QTest::newRow("ping before header") << "ping" << QByteArray("recv seq=0,time=1ms\n") << 1;
        QTest::newRow("ping garbage") << "ping" << QByteArray("device 0 PING 1.2.3.4\nping: unknown host\n") << 2;
        QTest::newRow("lldp free text") << "lldp" << QByteArray("hello\n") << 1;
        QTest::newRow("setter failed") << "set" << QByteArray("Cmd executed successfully!\nCmd execute failed!\n") << 2;
        QTest::newRow("binary") << "ip" << QByteArray("ipaddr:\x01\n") << 1;
    }
    void badInput_namesTheLine()
    {
        QFETCH(QString, getter);
        QFETCH(QByteArray, data);
        ParseError error;
        bool empty = false;
        if (getter == QLatin1String("ip")) empty = HccnToolParser::parseIp(data, &error).isEmpty();
        else if (getter == QLatin1String("gateway")) empty = HccnToolParser::parseGateway(data, &error).isEmpty();
        else if (getter == QLatin1String("link")) empty = HccnToolParser::parseLink(data, &error).isEmpty();
        else if (getter == QLatin1String("tls")) empty = HccnToolParser::parseTls(data, &error).isEmpty();
        else if (getter == QLatin1String("ping")) empty = HccnToolParser::parsePing(data, &error).isEmpty();
        else if (getter == QLatin1String("lldp")) empty = HccnToolParser::parseLldp(data, &error).isEmpty();
        else if (getter == QLatin1String("set")) empty = HccnToolParser::parseSetterResult(data, &error) < 0;
        QVERIFY(empty);
        QVERIFY(error.isError());
        QTEST(error.line, "line");
    }
};

QTEST_GUILESS_MAIN(TestHccnToolParser)
#include "tst_hccntoolparser.moc"
