// RankTableAssembly::assembleMasterFirst: the one way the wizard, the export and the launch turn every
// server's /etc/hccn.conf into the cluster's rank table.
#include "ranktable/RankTableAssembly.h"
#include "ranktable/RankTableParser.h"

#include <QTest>

using namespace AscendDeck;

namespace {
// Eight NPUs at 192.168.<subnet>.<first + n>.
QByteArray hccnConf(int subnet, int first)
{
    QByteArray conf;
    for (int n = 0; n < 8; ++n)
        conf += QStringLiteral("address_%1=192.168.%2.%3\nnetmask_%1=255.255.255.0\n").arg(n).arg(subnet).arg(first + n).toUtf8();
    return conf;
}

QList<RankTableAssembly::ServerInput> threeServers()
{
    return {{QStringLiteral("10.0.0.1"), hccnConf(100, 1)},
            {QStringLiteral("10.0.0.2"), hccnConf(100, 11)},
            {QStringLiteral("10.0.0.3"), hccnConf(100, 21)}};
}

QStringList serverOrder(const QByteArray &json)
{
    QString error;
    const std::optional<RankTable> table = RankTableParser::parse(json, &error);
    QStringList order;
    if (table) {
        for (const RankTableServer &server : table->servers)
            order << server.serverId;
    }
    return order;
}
} // namespace

class TestRankTableAssembly : public QObject
{
    Q_OBJECT

private slots:
    void masterGoesFirstOthersKeepTheirOrder()
    {
        const RankTableAssembly::Result result = RankTableAssembly::assembleMasterFirst(threeServers(), 2);
        QVERIFY2(!result.hasErrors(), qPrintable(result.error));
        QCOMPARE(serverOrder(result.json), (QStringList{QStringLiteral("10.0.0.3"), QStringLiteral("10.0.0.1"),
                                                        QStringLiteral("10.0.0.2")}));
        QCOMPARE(result.fileName, QStringLiteral("hccl_3s_24p.json"));
        // Rank 0 is the master's first device.
        QString error;
        const std::optional<RankTable> table = RankTableParser::parse(result.json, &error);
        QVERIFY(table);
        QCOMPARE(table->servers.first().devices.first().rankId, QStringLiteral("0"));
        QCOMPARE(table->servers.first().devices.first().deviceIp, QStringLiteral("192.168.100.21"));
    }

    void masterZeroOrOutOfRangeKeepsTheOrder()
    {
        const QStringList given{QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2"), QStringLiteral("10.0.0.3")};
        QCOMPARE(serverOrder(RankTableAssembly::assembleMasterFirst(threeServers(), 0).json), given);
        QCOMPARE(serverOrder(RankTableAssembly::assembleMasterFirst(threeServers(), -1).json), given);
        QCOMPARE(serverOrder(RankTableAssembly::assembleMasterFirst(threeServers(), 3).json), given);
        // The same bytes as assembling in the given order.
        QCOMPARE(RankTableAssembly::assembleMasterFirst(threeServers(), 0).json, RankTableAssembly::assemble(threeServers()).json);
    }

    void unreadableConfNamesTheServer()
    {
        QList<RankTableAssembly::ServerInput> servers = threeServers();
        servers[1].hccnConf = "address_0=not-an-address\n";
        const RankTableAssembly::Result result = RankTableAssembly::assembleMasterFirst(servers, 1);
        QVERIFY(result.hasErrors());
        QVERIFY(result.json.isEmpty());
        QVERIFY2(result.error.contains(QStringLiteral("10.0.0.2")), qPrintable(result.error));
    }

    void duplicateDeviceAddressIsAFinding()
    {
        QList<RankTableAssembly::ServerInput> servers = threeServers();
        servers[2].hccnConf = hccnConf(100, 1); // the same addresses as the first server
        const RankTableAssembly::Result result = RankTableAssembly::assembleMasterFirst(servers, 0);
        QVERIFY(result.error.isEmpty());
        QVERIFY(result.hasErrors());
    }

    void readsTheFileItAssemblesFrom()
    {
        QCOMPARE(RankTableAssembly::readHccnConfArgv(), (QStringList{QStringLiteral("cat"), QStringLiteral("/etc/hccn.conf")}));
        QCOMPARE(RankTableAssembly::hccnConfPath(), QStringLiteral("/etc/hccn.conf"));
    }
};

QTEST_GUILESS_MAIN(TestRankTableAssembly)
#include "tst_ranktable_assembly.moc"
