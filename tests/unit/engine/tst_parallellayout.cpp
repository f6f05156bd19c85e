#include "engine/CapacityCheck.h"
#include "engine/ParallelLayout.h"

#include <QTest>

using namespace AscendDeck;

namespace {
// DeepSeek-R1 W8A8: about 671 GB of safetensors, on servers of 8 x 64 GB NPUs.
CapacityInput deepseekR1(int servers)
{
    CapacityInput in;
    in.weightBytes = qint64(671) * 1000 * 1000 * 1000;
    in.servers = servers;
    return in;
}

CapacityResult::Verdict verdict(const ParallelLayout &layout, int servers)
{
    return CapacityCheck::evaluate(layout.capacityInput(deepseekR1(servers))).verdict;
}

EngineSettings vllm(int tp, int dp, int ep)
{
    EngineSettings s;
    s.kind = EngineSettings::Kind::VllmAscend;
    s.tensorParallel = tp;
    s.dataParallel = dp;
    s.expertParallel = ep;
    return s;
}
} // namespace

class TestParallelLayout : public QObject
{
    Q_OBJECT

private slots:
    // MindIE's form values do not matter: the rank table makes one TP group of every NPU.
    void mindie_spansEveryNpuOfTheCluster()
    {
        EngineSettings s;
        s.kind = EngineSettings::Kind::MindIE;
        s.tensorParallel = 3;
        s.dataParallel = 5;
        const ParallelLayout layout = ParallelLayout::of(s, 2, 8);
        QCOMPARE(layout.tensorParallel, 16);
        QCOMPARE(layout.dataParallel, 1);
        QCOMPARE(layout.weightShards(), 16);
        QCOMPARE(verdict(layout, 2), CapacityResult::Verdict::Pass);
        QCOMPARE(ParallelLayout::suggested(EngineSettings::Kind::MindIE, deepseekR1(2)), layout);
    }

    // The contradiction of issue 15: DP 2 x TP 8 without expert parallelism holds a whole copy per server.
    void vllm_replicasWithoutExperts_doNotFit()
    {
        const ParallelLayout layout = ParallelLayout::of(vllm(8, 2, 1), 2, 8);
        QCOMPARE(layout.weightShards(), 8);
        QCOMPARE(verdict(layout, 2), CapacityResult::Verdict::Fail);
        const ParallelLayout experts = ParallelLayout::of(vllm(8, 2, 16), 2, 8);
        QVERIFY(experts.expertParallel);
        QCOMPARE(experts.weightShards(), 16);
        QCOMPARE(verdict(experts, 2), CapacityResult::Verdict::Pass);
    }

    void vllm_suggestion_isTheFirstLayoutThatFits()
    {
        const ParallelLayout two = ParallelLayout::suggested(EngineSettings::Kind::VllmAscend, deepseekR1(2));
        QCOMPARE(two.tensorParallel, 8);
        QCOMPARE(two.dataParallel, 2);
        QVERIFY(two.expertParallel);
        QCOMPARE(two.describe(), QStringLiteral("DP 2 x TP 8, expert parallel"));
        // A small model fits one replica per server: no expert parallelism is asked for.
        CapacityInput small = deepseekR1(2);
        small.weightBytes = qint64(16) * 1000 * 1000 * 1000;
        const ParallelLayout replicas = ParallelLayout::suggested(EngineSettings::Kind::VllmAscend, small);
        QCOMPARE(replicas.dataParallel, 2);
        QVERIFY(!replicas.expertParallel);
        QCOMPARE(replicas.describe(), QStringLiteral("DP 2 x TP 8"));
        // Nothing fits one server: the largest split is suggested, and the capacity check says why it fails.
        const ParallelLayout one = ParallelLayout::suggested(EngineSettings::Kind::VllmAscend, deepseekR1(1));
        QCOMPARE(one.tensorParallel, 8);
        QCOMPARE(one.dataParallel, 1);
        QCOMPARE(verdict(one, 1), CapacityResult::Verdict::Fail);
    }

    void applyTo_writesVllmSettings_andDerivesTheExpertSize()
    {
        EngineSettings s = vllm(16, 1, 1);
        ParallelLayout::suggested(EngineSettings::Kind::VllmAscend, deepseekR1(2)).applyTo(&s);
        QCOMPARE(s.tensorParallel, 8);
        QCOMPARE(s.dataParallel, 2);
        QCOMPARE(s.expertParallel, 16);
        QCOMPARE(ParallelLayout::of(s, 2, 8), ParallelLayout::suggested(EngineSettings::Kind::VllmAscend, deepseekR1(2)));
        EngineSettings mindie;
        mindie.kind = EngineSettings::Kind::MindIE;
        const int tp = mindie.tensorParallel;
        ParallelLayout::suggested(EngineSettings::Kind::VllmAscend, deepseekR1(2)).applyTo(&mindie);
        QCOMPARE(mindie.tensorParallel, tp);
    }
};

QTEST_GUILESS_MAIN(TestParallelLayout)
#include "tst_parallellayout.moc"
