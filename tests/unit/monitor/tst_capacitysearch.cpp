// The capacity search against fake measurements with a known threshold: it must find exactly the threshold
// and never take more steps than CapacitySearch::maxSteps claims. Also the parsing of --sweep / --slo values
// and how a sweep's steps are judged against targets.
#include "loadtest/CapacitySearch.h"
#include "loadtest/LoadSweepConfig.h"
#include "loadtest/LoadSweepReport.h"
#include "loadtest/SloTarget.h"

#include <QTest>

#include <cmath>

using namespace AscendDeck;

class TestCapacitySearch : public QObject
{
    Q_OBJECT

private slots:
    void maxSteps_isTwiceTheCeilingOfLog2()
    {
        QCOMPARE(CapacitySearch::maxSteps(1), 1);
        QCOMPARE(CapacitySearch::maxSteps(2), 2);
        QCOMPARE(CapacitySearch::maxSteps(3), 4);
        QCOMPARE(CapacitySearch::maxSteps(64), 12);
        QCOMPARE(CapacitySearch::maxSteps(65), 14);
        QCOMPARE(CapacitySearch::maxSteps(256), 16);
    }

    // Every threshold 0..max for several max: the capacity found is the threshold, in at most maxSteps
    // measurements, each load measured once and within 1..max.
    void run_findsEveryThresholdWithinTheBound()
    {
        for (int max : {1, 2, 3, 5, 7, 8, 9, 64, 100, 256, 1000}) {
            for (int threshold = 0; threshold <= max; ++threshold) {
                const CapacitySearch::Result result = CapacitySearch::run(
                    max, [threshold](int load) { return std::optional<bool>(load <= threshold); });
                QVERIFY2(result.capacity == threshold, qPrintable(QStringLiteral("max %1 threshold %2 found %3")
                                                                      .arg(max).arg(threshold).arg(result.capacity)));
                QVERIFY2(result.tried.size() <= CapacitySearch::maxSteps(max),
                         qPrintable(QStringLiteral("max %1 threshold %2: %3 steps").arg(max).arg(threshold).arg(result.tried.size())));
                QVERIFY(!result.stopped);
                for (int load : result.tried)
                    QVERIFY(load >= 1 && load <= max && result.tried.count(load) == 1);
            }
        }
    }

    void run_probesExponentiallyThenBisects()
    {
        const CapacitySearch::Result result = CapacitySearch::run(64, [](int load) { return std::optional<bool>(load <= 8); });
        QCOMPARE(result.tried, (QList<int>{1, 2, 4, 8, 16, 12, 10, 9}));
        QCOMPARE(result.capacity, 8);
    }

    void run_stopsWhenTheMeasurementAsks()
    {
        const CapacitySearch::Result result = CapacitySearch::run(64, [](int load) -> std::optional<bool> {
            if (load == 8)
                return std::nullopt;
            return true;
        });
        QVERIFY(result.stopped);
        QCOMPARE(result.tried, (QList<int>{1, 2, 4, 8}));
        QCOMPARE(result.capacity, 4);
    }

    void sloTargets_parseAndNameTheBadField()
    {
        QList<SloTarget> targets;
        QString error;
        QVERIFY(SloTarget::parseList(QStringLiteral("ttft_p95_ms=2000,tpot_p95_ms=100"), &targets, &error));
        QCOMPARE(targets.size(), 2);
        QCOMPARE(targets.at(1).key, QStringLiteral("tpot_p95_ms"));
        QCOMPARE(targets.at(1).limitMs, 100.0);
        QVERIFY(!SloTarget::parseList(QStringLiteral("ttft_p96_ms=2000"), &targets, &error));
        QVERIFY(error.contains(QStringLiteral("ttft_p96_ms")));
        QVERIFY(!SloTarget::parseList(QStringLiteral("tpot_p95_ms=fast"), &targets, &error));
        QVERIFY(error.contains(QStringLiteral("tpot_p95_ms")) && error.contains(QStringLiteral("fast")));
        QVERIFY(!SloTarget::parseList(QString(), &targets, &error));
    }

    void sweepLoads_parseAndNameTheBadField()
    {
        LoadSweepConfig::Axis axis = LoadSweepConfig::Axis::Concurrency;
        QList<double> loads;
        QString error;
        QVERIFY(LoadSweepConfig::parseLoads(QStringLiteral("rate=0.5,1,2"), &axis, &loads, &error));
        QCOMPARE(axis, LoadSweepConfig::Axis::Rate);
        QCOMPARE(loads, (QList<double>{0.5, 1, 2}));
        QVERIFY(LoadSweepConfig::parseLoads(QStringLiteral("concurrency=1,2,4,8"), &axis, &loads, &error));
        QCOMPARE(axis, LoadSweepConfig::Axis::Concurrency);
        QCOMPARE(loads.size(), 4);
        QVERIFY(!LoadSweepConfig::parseLoads(QStringLiteral("concurrency=1,2.5"), &axis, &loads, &error));
        QVERIFY(error.contains(QStringLiteral("concurrency")) && error.contains(QStringLiteral("2.5")));
        QVERIFY(!LoadSweepConfig::parseLoads(QStringLiteral("users=1,2"), &axis, &loads, &error));
        QVERIFY(error.contains(QStringLiteral("users")));
        double max = 0;
        QVERIFY(LoadSweepConfig::parseSearchMax(QStringLiteral("rate=20"), &axis, &max, &error));
        QCOMPARE(max, 20.0);
        LoadSweepConfig config;
        config.axis = axis;
        config.searchMax = max;
        config.rateStep = 0.5;
        QCOMPARE(config.searchSteps(), 40);
        QCOMPARE(config.searchLoad(5), 2.5);
        QCOMPARE(config.stepConfig(2.5).requestRate, 2.5);
        QCOMPARE(config.maxStepRequests(), config.base.requests); // rates: the requests as given

        // A concurrency step never sends fewer requests than its concurrency.
        LoadSweepConfig list;
        list.base.requests = 10;
        list.loads = {1, 4, 32};
        QCOMPARE(list.stepConfig(4).requests, 10);
        QCOMPARE(list.stepConfig(32).requests, 32);
        QCOMPARE(list.stepConfig(32).concurrency, 32);
        QCOMPARE(list.maxStepRequests(), 32);
    }

    void steps_judgedAgainstTargetsAndFailures()
    {
        QList<SloTarget> targets;
        QString error;
        QVERIFY(SloTarget::parseList(QStringLiteral("ttft_p95_ms=300"), &targets, &error));
        const auto reportWithTtft = [](double p95, int failed) {
            LoadTestReport r;
            r.completed = 10;
            r.failed = failed;
            r.ttft.p95 = p95;
            return r;
        };
        QList<LoadSweepStep> steps{LoadSweepStep::judge(1, reportWithTtft(100, 0), targets),
                                   LoadSweepStep::judge(4, reportWithTtft(250, 0), targets),
                                   LoadSweepStep::judge(2, reportWithTtft(200, 0), targets),
                                   LoadSweepStep::judge(8, reportWithTtft(900, 0), targets),
                                   LoadSweepStep::judge(16, reportWithTtft(200, 1), targets)};
        QVERIFY(steps.at(1).meetsTargets);
        QCOMPARE(steps.at(3).missed, QStringList{QStringLiteral("ttft_p95_ms")});
        QCOMPARE(steps.at(4).missed, QStringList{QStringLiteral("failed_requests")});
        QCOMPARE(LoadSweepReport::listCapacity(steps), std::optional<double>(4));

        LoadSweepReport report;
        report.config.targets = targets;
        report.steps = steps;
        report.capacity = LoadSweepReport::listCapacity(steps);
        QCOMPARE(report.capacityLine(), QStringLiteral("capacity: concurrency=4"));
        const QList<QByteArray> csv = report.toCsv().split('\n');
        QCOMPARE(csv.size(), 7); // header, five steps, the empty rest after the last newline
        QVERIFY(csv.at(0).startsWith("concurrency,completed,failed,"));
        QVERIFY(csv.at(0).contains(",p95_ttft_ms,"));
        QVERIFY(csv.at(4).endsWith(",false"));
        const nlohmann::json json = report.toJson();
        QCOMPARE(json["capacity"].get<double>(), 4.0);
        QCOMPARE(json["steps"].size(), 5u);
        QCOMPARE(json["steps"][3]["p95_ttft_ms"].get<double>(), 900.0);
    }
};

QTEST_GUILESS_MAIN(TestCapacitySearch)
#include "tst_capacitysearch.moc"
