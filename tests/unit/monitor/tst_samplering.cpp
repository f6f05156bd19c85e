#include "monitor/SampleRing.h"

#include <QTest>

using namespace AscendDeck;

class TestSampleRing : public QObject
{
    Q_OBJECT

private slots:
    void emptyRing_hasNothing()
    {
        SampleRing<int> ring(4);
        QCOMPARE(ring.size(), 0);
        QVERIFY(ring.isEmpty());
        QCOMPARE(ring.capacity(), 4);
    }

    void belowCapacity_keepsAllInOrder()
    {
        SampleRing<int> ring(4);
        ring.push(1);
        ring.push(2);
        ring.push(3);
        QCOMPARE(ring.toVector(), (std::vector<int>{1, 2, 3}));
        QCOMPARE(ring.latest(), 3);
    }

    void pastCapacity_dropsOldest()
    {
        SampleRing<int> ring(3);
        for (int i = 1; i <= 7; ++i)
            ring.push(i);
        QCOMPARE(ring.size(), 3);
        QCOMPARE(ring.toVector(), (std::vector<int>{5, 6, 7}));
        QCOMPARE(ring.at(0), 5);
        QCOMPARE(ring.totalPushed(), 7);
    }

    void clear_startsOver()
    {
        SampleRing<int> ring(2);
        ring.push(1);
        ring.push(2);
        ring.push(3);
        ring.clear();
        QVERIFY(ring.isEmpty());
        ring.push(9);
        QCOMPARE(ring.toVector(), (std::vector<int>{9}));
    }

    void zeroCapacity_becomesOne()
    {
        SampleRing<int> ring(0);
        ring.push(1);
        ring.push(2);
        QCOMPARE(ring.capacity(), 1);
        QCOMPARE(ring.latest(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSampleRing)
#include "tst_samplering.moc"
