#include "monitor/StatsMath.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace AscendDeck;

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();
}

class TestStatsMath : public QObject
{
    Q_OBJECT

private slots:
    void percentile_interpolatesLikeNumpy_data()
    {
        QTest::addColumn<double>("percent");
        QTest::addColumn<double>("expected");
        // numpy.percentile([1, 2, 3, 4, 10], p)
        QTest::newRow("p0") << 0.0 << 1.0;
        QTest::newRow("p50") << 50.0 << 3.0;
        QTest::newRow("p75") << 75.0 << 4.0;
        QTest::newRow("p90") << 90.0 << 7.6;
        QTest::newRow("p99") << 99.0 << 9.76;
        QTest::newRow("p100") << 100.0 << 10.0;
    }
    void percentile_interpolatesLikeNumpy()
    {
        QFETCH(double, percent);
        QFETCH(double, expected);
        QVERIFY(qAbs(StatsMath::percentile({10, 3, 1, 4, 2}, percent) - expected) < 1e-9);
    }

    void percentile_ofNothing_isNaN()
    {
        QVERIFY(std::isnan(StatsMath::percentile({}, 50)));
    }

    void meanAndStddev()
    {
        QCOMPARE(StatsMath::mean({2, 4, 4, 4, 5, 5, 7, 9}), 5.0);
        QCOMPARE(StatsMath::stddev({2, 4, 4, 4, 5, 5, 7, 9}), 2.0);
        QCOMPARE(StatsMath::median({5, 1, 3, 2}), 2.5);
    }

    void counterRate_perSecond()
    {
        QCOMPARE(*StatsMath::counterRate(100, 160, 2.0), 30.0);
    }

    void counterRate_afterRestart_countsFromZero()
    {
        QCOMPARE(*StatsMath::counterRate(5000, 40, 2.0), 20.0);
    }

    void counterRate_withoutTime_isEmpty()
    {
        QVERIFY(!StatsMath::counterRate(1, 2, 0));
    }

    void histogramQuantile_linearInBucket()
    {
        // 10 observations: 4 <= 0.1, 4 in (0.1, 0.5], 2 in (0.5, 1]
        const QList<QPair<double, double>> buckets{{0.1, 4}, {0.5, 8}, {1.0, 10}, {kInf, 10}};
        QVERIFY(qAbs(*StatsMath::histogramQuantile(buckets, 0.5) - 0.2) < 1e-9);
        QVERIFY(qAbs(*StatsMath::histogramQuantile(buckets, 0.95) - 0.875) < 1e-9);
        QVERIFY(qAbs(*StatsMath::histogramQuantile(buckets, 0.2) - 0.05) < 1e-9);
    }

    void histogramQuantile_inInfBucket_isHighestBound()
    {
        const QList<QPair<double, double>> buckets{{0.1, 1}, {1.0, 2}, {kInf, 10}};
        QCOMPARE(*StatsMath::histogramQuantile(buckets, 0.95), 1.0);
    }

    void histogramQuantile_empty_isEmpty()
    {
        QVERIFY(!StatsMath::histogramQuantile({{0.1, 0}, {kInf, 0}}, 0.5));
        QVERIFY(!StatsMath::histogramQuantile({}, 0.5));
    }

    void bucketDelta_subtracts()
    {
        const auto delta = StatsMath::bucketDelta({{0.1, 1}, {kInf, 3}}, {{0.1, 4}, {kInf, 9}});
        QCOMPARE(delta, (QList<QPair<double, double>>{{0.1, 3}, {kInf, 6}}));
    }

    void bucketDelta_afterRestart_isCurrent()
    {
        const QList<QPair<double, double>> current{{0.1, 1}, {kInf, 1}};
        QCOMPARE(StatsMath::bucketDelta({{0.1, 4}, {kInf, 9}}, current), current);
    }
};

QTEST_GUILESS_MAIN(TestStatsMath)
#include "tst_statsmath.moc"
