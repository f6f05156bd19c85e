#include "engine/CapacityCheck.h"

#include <QTest>

using namespace AscendDeck;

namespace {
// DeepSeek-R1 W8A8 as the simulated engine and the seeds size it: about 671 GB of safetensors.
CapacityInput deepseekR1(int servers)
{
    CapacityInput in;
    in.weightBytes = qint64(671) * 1000 * 1000 * 1000;
    in.servers = servers;
    return in;
}
} // namespace

class TestCapacityCheck : public QObject
{
    Q_OBJECT

private slots:
    void deepseekR1_fitsTwoServers()
    {
        const CapacityResult r = CapacityCheck::evaluate(deepseekR1(2));
        QCOMPARE(r.verdict, CapacityResult::Verdict::Pass);
        QCOMPARE(r.shardCount, 16);
        QCOMPARE(r.weightSharePerNpu, qint64(41937500000));
        // 64 GiB x 0.9 - 3000 MiB.
        QCOMPARE(r.usablePerNpu, qint64(61847529062) - qint64(3145728000));
        QCOMPARE(r.kvHeadroomPerNpu, r.usablePerNpu - r.weightSharePerNpu);
        QCOMPARE(r.minimumServers, 2);
        QCOMPARE(r.suggestedLayouts.size(), 2);
        QVERIFY(r.suggestedLayouts.at(1).contains(QStringLiteral("DP2 x TP8")));
        QVERIFY(r.message.contains(QStringLiteral("41.9 GB per NPU")));
    }

    void deepseekR1_doesNotFitOneServer()
    {
        const CapacityResult r = CapacityCheck::evaluate(deepseekR1(1));
        QCOMPARE(r.verdict, CapacityResult::Verdict::Fail);
        QVERIFY(r.kvHeadroomPerNpu < 0);
        QCOMPARE(r.minimumServers, 2);
        QVERIFY(r.message.contains(QStringLiteral("At least 2 servers")));
        QCOMPARE(r.verdictName(), QStringLiteral("fail"));
    }

    void dataParallelWithoutExpertParallel_replicatesTheWeights()
    {
        CapacityInput in = deepseekR1(2);
        in.tensorParallel = 8;
        in.dataParallel = 2;
        QCOMPARE(CapacityCheck::evaluate(in).verdict, CapacityResult::Verdict::Fail);
        in.expertParallel = true;
        QCOMPARE(CapacityCheck::evaluate(in).shardCount, 16);
        QCOMPARE(CapacityCheck::evaluate(in).verdict, CapacityResult::Verdict::Pass);
    }

    void littleHeadroom_warns()
    {
        CapacityInput in = deepseekR1(2);
        in.weightBytes = qint64(16) * 53 * 1000 * 1000 * 1000; // 53 GB per NPU of 58.7 GB usable
        const CapacityResult r = CapacityCheck::evaluate(in);
        QCOMPARE(r.verdict, CapacityResult::Verdict::Warn);
        QCOMPARE(r.minimumServers, 3);
        QVERIFY(r.message.contains(QStringLiteral("only")));
    }

    void lowerFraction_canTurnPassIntoFail()
    {
        CapacityInput in = deepseekR1(2);
        in.memoryFraction = 0.6;
        QCOMPARE(CapacityCheck::evaluate(in).verdict, CapacityResult::Verdict::Fail);
    }

    void smallModel_oneServerSuggestion()
    {
        CapacityInput in;
        in.weightBytes = qint64(16) * 1000 * 1000 * 1000;
        const CapacityResult r = CapacityCheck::evaluate(in);
        QCOMPARE(r.verdict, CapacityResult::Verdict::Pass);
        QCOMPARE(r.minimumServers, 1);
        QCOMPARE(r.suggestedLayouts, QStringList{QStringLiteral("1 x 8 NPUs x 64 GB: TP8 (MindIE worldSize 8)")});
    }
};

QTEST_GUILESS_MAIN(TestCapacityCheck)
#include "tst_capacitycheck.moc"
