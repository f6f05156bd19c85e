// `ip -j addr` and docker tables: what the console reads to pick NICs and check images.
#include "AscendFixtures.h"

#include "ascend/DockerTableParser.h"
#include "ascend/IpAddrParser.h"

#include <QTest>

using namespace AscendDeck;

class TestHostParsers : public QObject
{
    Q_OBJECT

private slots:
    void ipAddr_realOutput_listsEveryNicWithItsAddresses()
    {
        ParseError error;
        const QList<NetworkInterface> nics = IpAddrParser::parse(readAscendFixture(QStringLiteral("ip-j-addr_debian12-host.json")), &error);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QVERIFY(nics.size() >= 2);
        QCOMPARE(nics.first().name, QStringLiteral("lo"));
        QCOMPARE(nics.first().ipv4(), QStringLiteral("127.0.0.1"));
        QCOMPARE(nics.first().addresses.first().prefixLength, 8);
        const NetworkInterface *lo = IpAddrParser::interfaceWithAddress(nics, QStringLiteral("::1"));
        QVERIFY(lo);
        QCOMPARE(lo->name, QStringLiteral("lo"));
        QVERIFY(!IpAddrParser::interfaceWithAddress(nics, QStringLiteral("10.255.255.254")));
    }

    void ipAddr_simulatedServer()
    {
        const QByteArray sim = R"([{"ifindex":2,"ifname":"enp189s0f0","operstate":"UP","addr_info":[{"family":"inet","local":"127.0.0.11","prefixlen":8}]}])";
        const auto nics = IpAddrParser::parse(sim);
        QCOMPARE(nics.size(), 1);
        QCOMPARE(IpAddrParser::interfaceWithAddress(nics, QStringLiteral("127.0.0.11"))->name, QStringLiteral("enp189s0f0"));
        QCOMPARE(nics.first().operState, QStringLiteral("UP"));
    }

    void ipAddr_badInput_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("text output") << QByteArray("1: lo: <LOOPBACK,UP> mtu 65536") << QStringLiteral("ip -j addr");
        QTest::newRow("object") << QByteArray("{}") << QStringLiteral("list");
        QTest::newRow("no ifname") << QByteArray("[{\"ifindex\":1}]") << QStringLiteral("interface 0");
        QTest::newRow("addr_info type") << QByteArray("[{\"ifname\":\"eth0\",\"addr_info\":{}}]") << QStringLiteral("eth0");
        QTest::newRow("truncated") << QByteArray("[{\"ifname\":\"eth0\",") << QStringLiteral("ip -j addr");
    }
    void ipAddr_badInput()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, mentions);
        ParseError error;
        QVERIFY(IpAddrParser::parse(data, &error).isEmpty());
        QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
    }

    void dockerImages_columnsByHeaderPosition()
    {
        ParseError error;
        const auto rows = DockerTableParser::parse(readAscendFixture(QStringLiteral("docker-images_two-images.txt")), &error);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).value(QStringLiteral("REPOSITORY")), QStringLiteral("swr.cn-south-1.myhuaweicloud.com/ascendhub/mindie"));
        QCOMPARE(rows.at(0).value(QStringLiteral("TAG")), QStringLiteral("2.1.RC1-800I-A2-py311-openeuler24.03-lts"));
        QCOMPARE(rows.at(1).value(QStringLiteral("IMAGE ID")), QStringLiteral("9b7c0e21d4f0"));
        QCOMPARE(rows.at(1).value(QStringLiteral("CREATED")), QStringLiteral("2 months ago"));
        QCOMPARE(rows.at(1).value(QStringLiteral("SIZE")), QStringLiteral("15.8GB"));
    }

    void dockerPs_valuesWithSpacesAndEmptyColumns()
    {
        const auto rows = DockerTableParser::parse(readAscendFixture(QStringLiteral("docker-ps_one-running.txt")));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).value(QStringLiteral("CONTAINER ID")), QStringLiteral("3f2a9c1d0b7e"));
        QCOMPARE(rows.at(0).value(QStringLiteral("STATUS")), QStringLiteral("Up 2 hours"));
        QCOMPARE(rows.at(0).value(QStringLiteral("PORTS")), QString());
        QCOMPARE(rows.at(0).value(QStringLiteral("NAMES")), QStringLiteral("mindie-ds-r1"));
    }

    void dockerTable_badInput_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("line");
        QTest::newRow("empty") << QByteArray() << 0;
        QTest::newRow("daemon down") << QByteArray("Cannot connect to the Docker daemon at unix:///var/run/docker.sock.\n") << 1;
        QTest::newRow("misaligned row") << QByteArray("REPOSITORY   TAG\n   x          y\n") << 2;
        QTest::newRow("binary") << QByteArray("\x7f""ELF\x02\x01\x01\x00", 8) << 1;
    }
    void dockerTable_badInput()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, line);
        ParseError error;
        QVERIFY(DockerTableParser::parse(data, &error).isEmpty());
        QVERIFY(error.isError());
        QCOMPARE(error.line, line);
    }
};

QTEST_GUILESS_MAIN(TestHostParsers)
#include "tst_hostparsers.moc"
