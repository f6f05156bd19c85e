// The pure halves of the steps the wizard's pages and the CLI share (ops/EngineStep, ops/RankTableStep): what
// they make of what the servers printed. Their remote halves run against the simulator in tst_wizard.
#include "ops/EngineStep.h"
#include "ops/RankTableStep.h"

#include <QFile>
#include <QTest>

using namespace AscendDeck;

namespace {
QByteArray ipAddrJson()
{
    QFile file(QStringLiteral(ASCENDDECK_SOURCE_DIR "/tests/fixtures/ascend/ip-j-addr_debian12-host.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the ip -j addr fixture");
    return file.readAll();
}

QByteArray hccnConf(int first)
{
    QByteArray conf;
    for (int n = 0; n < 8; ++n)
        conf += QStringLiteral("address_%1=192.168.100.%2\nnetmask_%1=255.255.255.0\n").arg(n).arg(first + n).toUtf8();
    return conf;
}

CommandResult printed(const QByteArray &out)
{
    CommandResult r;
    r.exitStatus = 0;
    r.out = out;
    return r;
}

QList<SshTarget> twoTargets()
{
    return {SshTarget{QStringLiteral("node-a"), QStringLiteral("root"), 22}, SshTarget{QStringLiteral("node-b"), QStringLiteral("root"), 22}};
}
} // namespace

class TestSteps : public QObject
{
    Q_OBJECT

private slots:
    void engine_clusterFindsTheNicCarryingTheAddress()
    {
        ServerFacts a;
        a.address = QStringLiteral("192.0.2.2");
        a.npuCount = 8;
        ServerFacts b; // no facts yet: the host is the address, one NPU
        const EngineCluster cluster = EngineStep::clusterFrom(twoTargets(), {a, b}, {ipAddrJson(), QByteArray()}, 1);
        QCOMPARE(cluster.size(), 2);
        QCOMPARE(cluster.nodes.at(0).serverAddress, QStringLiteral("192.0.2.2"));
        QCOMPARE(cluster.nodes.at(0).nicName, QStringLiteral("eth0"));
        QCOMPARE(cluster.nodes.at(0).npuIds.size(), 8);
        QVERIFY(!cluster.nodes.at(0).isMaster);
        QCOMPARE(cluster.nodes.at(1).serverAddress, QStringLiteral("node-b"));
        QCOMPARE(cluster.nodes.at(1).nicName, QString());
        QCOMPARE(cluster.nodes.at(1).npuIds, QList<int>{0});
        QVERIFY(cluster.nodes.at(1).isMaster);
        QCOMPARE(cluster.master().serverAddress, QStringLiteral("node-b"));
    }

    void engine_weightBytesFromTheIndex()
    {
        QCOMPARE(EngineStep::weightBytesFrom(R"({"metadata": {"total_size": 1342177280000}, "weight_map": {}})"), Q_INT64_C(1342177280000));
        QCOMPARE(EngineStep::weightBytesFrom(R"({"weight_map": {}})"), Q_INT64_C(0));
        QCOMPARE(EngineStep::weightBytesFrom("cat: no such file"), Q_INT64_C(0));
        QCOMPARE(EngineStep::weightsIndexPath(QStringLiteral("/data/models/m")), QStringLiteral("/data/models/m/model.safetensors.index.json"));
    }

    void rankTable_assemblesMasterFirst()
    {
        const RankTableAssembly::Result result = RankTableStep::assemble(
            twoTargets(), {QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2")}, {printed(hccnConf(1)), printed(hccnConf(11))}, 1);
        QVERIFY2(!result.hasErrors(), qPrintable(result.error));
        QCOMPARE(result.json, RankTableAssembly::assemble({{QStringLiteral("10.0.0.2"), hccnConf(11)}, {QStringLiteral("10.0.0.1"), hccnConf(1)}}).json);
    }

    void rankTable_aServerWithoutFactsIsNamedByItsHost()
    {
        const QList<SshTarget> targets{SshTarget{QStringLiteral("10.0.0.1"), QString(), 0}, SshTarget{QStringLiteral("10.0.0.2"), QString(), 0}};
        const RankTableAssembly::Result result
            = RankTableStep::assemble(targets, {QStringLiteral("10.0.0.1")}, {printed(hccnConf(1)), printed(hccnConf(11))}, 0);
        QVERIFY2(!result.hasErrors(), qPrintable(result.error));
        QVERIFY(result.json.contains("\"server_id\": \"10.0.0.2\""));
    }

    void rankTable_failedReadsNameEveryServer()
    {
        CommandResult missing;
        missing.exitStatus = 1;
        missing.err = "cat: /etc/hccn.conf: No such file or directory\n";
        CommandResult unreachable;
        unreachable.error = RemoteError::ConnectFailed;
        unreachable.errorString = QStringLiteral("root@node-b:22: connection refused");
        const RankTableAssembly::Result result = RankTableStep::assemble(twoTargets(), {}, {missing, unreachable}, 0);
        QVERIFY(result.json.isEmpty());
        QCOMPARE(result.error, QStringLiteral("root@node-a:22: cannot read /etc/hccn.conf: cat: /etc/hccn.conf: No such file or "
                                              "directory\nroot@node-b:22: connection refused"));
    }

    void rankTable_uploadFailuresOneLineAServer()
    {
        CommandResult failed;
        failed.error = RemoteError::TransferFailed;
        failed.errorString = QStringLiteral("node-b: permission denied");
        QCOMPARE(RankTableStep::failures({printed({}), failed}), QStringList{QStringLiteral("node-b: permission denied")});
        QCOMPARE(RankTableStep::failures({printed({}), printed({})}), QStringList());
        QCOMPARE(RankTableStep::kFileMode, 0640);
    }
};

QTEST_GUILESS_MAIN(TestSteps)
#include "tst_steps.moc"
