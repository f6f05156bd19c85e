#include "AscendFixtures.h"

#include "ascend/HccnConfParser.h"

#include <QTest>

using namespace AscendDeck;

class TestHccnConfParser : public QObject
{
    Q_OBJECT

private slots:
    // The blog's file elides devices 1-6 with "...": 0 and 7 remain, values read off the file.
    void realSample_readsBothDevices()
    {
        ParseError error;
        const HccnConf conf = HccnConfParser::parse(readAscendFixture(QStringLiteral("hccn-conf_910b-8npu-elided_arthurchiao-blog.conf")), &error);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QCOMPARE(conf.npus.keys(), (QList<int>{0, 7}));
        QCOMPARE(conf.npus.value(0).address, QStringLiteral("29.1.137.205"));
        QCOMPARE(conf.npus.value(7).address, QStringLiteral("29.1.170.143"));
        QCOMPARE(conf.npus.value(7).netmask, QStringLiteral("255.255.0.0"));
        QCOMPARE(conf.npus.value(7).netdetect, QStringLiteral("29.1.0.1"));
        QCOMPARE(conf.npus.value(7).gateway, QStringLiteral("29.1.0.1"));
        QCOMPARE(conf.npus.value(7).sendArpStatus, 1);
        QCOMPARE(conf.npus.value(7).tlsEnable, -1);
    }

    void tolerated_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("crlf and spaces") << QByteArray("address_0 = 10.0.0.1\r\nnetmask_0=255.255.255.0\r\n");
        QTest::newRow("comments and blanks") << QByteArray("# generated\n\n\naddress_0=10.0.0.1\n");
        QTest::newRow("tls and unknown keys") << QByteArray("address_0=10.0.0.1\ntls_enable_0=0\nbitmap_0=0,1\n");
    }
    void tolerated()
    {
        QFETCH(QByteArray, data);
        ParseError error;
        const HccnConf conf = HccnConfParser::parse(data, &error);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QCOMPARE(conf.npus.value(0).address, QStringLiteral("10.0.0.1"));
    }

    void unknownKeys_areKept()
    {
        const HccnConf conf = HccnConfParser::parse("address_0=10.0.0.1\nbitmap_0=0,1\n");
        QCOMPARE(conf.npus.value(0).other.value(QStringLiteral("bitmap")), QStringLiteral("0,1"));
    }

    void badInput_namesTheLine_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("line");
        QTest::newRow("empty") << QByteArray() << 0;
        QTest::newRow("only comments") << QByteArray("# nothing\n") << 0;
        QTest::newRow("no device suffix") << QByteArray("address_0=10.0.0.1\naddress=10.0.0.2\n") << 2;
        QTest::newRow("no equals") << QByteArray("address_0 10.0.0.1\n") << 1;
        QTest::newRow("bad address") << QByteArray("address_0=10.0.0.300\n") << 1;
        QTest::newRow("address is text") << QByteArray("netmask_0=ff\n") << 1;
        QTest::newRow("duplicate") << QByteArray("address_0=10.0.0.1\n\naddress_0=10.0.0.2\n") << 3;
        QTest::newRow("arp not a flag") << QByteArray("send_arp_status_0=yes\n") << 1;
        QTest::newRow("binary") << QByteArray("address_0=1\0\0", 13) << 1;
        QTest::newRow("invalid utf8") << QByteArray("address_0=\xff\xfe\n") << 0;
    }
    void badInput_namesTheLine()
    {
        QFETCH(QByteArray, data);
        ParseError error;
        const HccnConf conf = HccnConfParser::parse(data, &error);
        QVERIFY(error.isError());
        QTEST(error.line, "line");
        QVERIFY(conf.npus.isEmpty());
    }

    void huge_isRejected()
    {
        ParseError error;
        HccnConfParser::parse(QByteArray(17 * 1024 * 1024, 'a'), &error);
        QVERIFY(error.isError());
        QCOMPARE(error.line, 0);
    }
};

QTEST_GUILESS_MAIN(TestHccnConfParser)
#include "tst_hccnconfparser.moc"
