// The address arithmetic under the planner and validator.
#include "network/Ipv4Subnet.h"

#include <QTest>

using namespace AscendDeck;

class TestIpv4Subnet : public QObject
{
    Q_OBJECT

private slots:
    void parse_acceptsCidr_andRefusesSloppyForms()
    {
        Ipv4Subnet s;
        QVERIFY(Ipv4Subnet::parse(QStringLiteral("192.168.100.0/24"), &s));
        QCOMPARE(s.netmask(), QStringLiteral("255.255.255.0"));
        QCOMPARE(Ipv4Subnet::formatAddress(s.broadcast()), QStringLiteral("192.168.100.255"));
        QCOMPARE(s.hostCount(), quint64(254));
        QCOMPARE(Ipv4Subnet::formatAddress(s.host(0)), QStringLiteral("192.168.100.1"));
        for (const char *bad : {"192.168.100.0", "10.1/8", "10.0.0.0/33", "a.b.c.d/8", "10.0.0.0/x"})
            QVERIFY2(!Ipv4Subnet::parse(QLatin1String(bad), &s), bad);
        QVERIFY(Ipv4Subnet::parse(QStringLiteral("10.0.0.5/24"), &s, nullptr, true));
        QCOMPARE(s.toString(), QStringLiteral("10.0.0.0/24"));
    }

    void netmask_mustBeContiguous()
    {
        int prefix = -1;
        QVERIFY(Ipv4Subnet::netmaskToPrefix(QStringLiteral("255.255.255.252"), &prefix));
        QCOMPARE(prefix, 30);
        QVERIFY(Ipv4Subnet::netmaskToPrefix(QStringLiteral("0.0.0.0"), &prefix));
        QCOMPARE(prefix, 0);
        QVERIFY(!Ipv4Subnet::netmaskToPrefix(QStringLiteral("255.0.255.0"), &prefix));
    }

    void overlaps_isSymmetric()
    {
        Ipv4Subnet big;
        Ipv4Subnet small;
        Ipv4Subnet other;
        Ipv4Subnet::parse(QStringLiteral("192.168.0.0/16"), &big);
        Ipv4Subnet::parse(QStringLiteral("192.168.100.0/24"), &small);
        Ipv4Subnet::parse(QStringLiteral("10.0.0.0/8"), &other);
        QVERIFY(big.overlaps(small));
        QVERIFY(small.overlaps(big));
        QVERIFY(!small.overlaps(other));
        QVERIFY(small.contains(QStringLiteral("192.168.100.77")));
        QVERIFY(!small.contains(QStringLiteral("192.168.101.1")));
    }
};

QTEST_GUILESS_MAIN(TestIpv4Subnet)
#include "tst_ipv4subnet.moc"
