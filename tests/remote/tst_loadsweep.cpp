// Sweeps and capacity searches against the simulated vLLM started with a known capacity: --max-num-seqs 4
// batch slots. Latency model (tests/sim/engine/scheduler.py), with ASCEND_SIM_ITL 0.02 s, 100-token prompts
// and 32 output tokens:
//   - up to 4 requests run at once; each step takes 0.02 s x (1 + 0.045 x (batch - 1)) plus the prefill of
//     the requests admitted in it (~110 tokens / 6000 tok/s each), so a request lasts ~0.75-0.9 s and its
//     TTFT is one step, ~0.1 s at 4 in flight;
//   - at concurrency 5 and more, the fifth request waits in the queue for a running one to finish: a full
//     request duration, so its TTFT is ~0.8 s or more. At concurrency 5 one request in five waits, and more
//     at higher concurrency: always more than 5 % of the requests, so TTFT p95 jumps from ~0.1 s to ~0.8 s
//     between concurrency 4 and 5.
// The target TTFT p95 <= 400 ms lies midway in that jump, so the capacity the search must find is exactly
// 4, with no tolerance: the model leaves no load between 4 and 5 where the answer could be either.
#include "SimCluster.h"
#include "../unit/monitor/SimEngineProcess.h"

#include "loadtest/CapacitySearch.h"
#include "loadtest/LoadSweepJob.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace AscendDeck;

namespace {
constexpr int kBatchSlots = 4; // the simulator's --max-num-seqs: the true capacity under the target below
const QString kHost = QStringLiteral("127.0.0.231");
} // namespace

class TestLoadSweep : public QObject
{
    Q_OBJECT

private:
    SimEngineProcess m_engine;
    QTemporaryDir m_dir;

    QStringList baseArgs() const
    {
        return {QStringLiteral("loadtest"), QStringLiteral("--url"), QStringLiteral("http://%1:8000").arg(kHost),
                QStringLiteral("--model"), QStringLiteral("qwen3"), QStringLiteral("--input-len"), QStringLiteral("100"),
                QStringLiteral("--output-len"), QStringLiteral("32"), QStringLiteral("--requests"), QStringLiteral("16")};
    }

    // Runs the CLI to its end; stdout and stderr apart.
    static int runCli(const QStringList &args, QByteArray *out, QByteArray *err)
    {
        QProcess process;
        process.start(QStringLiteral(ASCENDDECK_CLI_PATH), args);
        if (!process.waitForFinished(600000))
            return -1;
        *out = process.readAllStandardOutput();
        *err = process.readAllStandardError();
        return process.exitCode();
    }

    static QJsonObject readJson(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_engine.start(kHost, 8000, QStringLiteral("0.02"),
                                {QStringLiteral("--max-num-seqs"), QString::number(kBatchSlots)}),
                 m_engine.output().constData());
    }

    void search_findsTheConfiguredSlots()
    {
        const QString json = m_dir.filePath(QStringLiteral("search.json"));
        const QString csv = m_dir.filePath(QStringLiteral("search.csv"));
        QByteArray out, err;
        const int exitCode = runCli(baseArgs() + QStringList{QStringLiteral("--slo"), QStringLiteral("ttft_p95_ms=400,tpot_p95_ms=100"),
                                                             QStringLiteral("--search-max"), QStringLiteral("concurrency=16"),
                                                             QStringLiteral("--warmup"), QStringLiteral("2"),
                                                             QStringLiteral("-o"), json, QStringLiteral("--csv"), csv},
                                    &out, &err);
        qInfo("%s%s", out.constData(), err.constData());
        QCOMPARE(exitCode, 0);
        const QList<QByteArray> lines = out.trimmed().split('\n');
        QCOMPARE(lines.last(), QByteArray("capacity: concurrency=4"));

        const QJsonObject report = readJson(json);
        QCOMPARE(report.value(QStringLiteral("capacity")).toDouble(), double(kBatchSlots));
        QCOMPARE(report.value(QStringLiteral("warmup_completed")).toInt(), 2);
        const QJsonArray steps = report.value(QStringLiteral("steps")).toArray();
        // 1, 2, 4 met; 8 missed; then 6 and 5 missed: 6 steps, within the bound of 8 for a maximum of 16.
        QCOMPARE(report.value(QStringLiteral("max_search_steps")).toInt(), CapacitySearch::maxSteps(16));
        QVERIFY(steps.size() <= CapacitySearch::maxSteps(16));
        QList<int> tried;
        for (const QJsonValue &value : steps) {
            const QJsonObject step = value.toObject();
            const int load = step.value(QStringLiteral("load")).toInt();
            tried << load;
            QCOMPARE(step.value(QStringLiteral("completed")).toInt(), 16);
            QCOMPARE(step.value(QStringLiteral("meets_targets")).toBool(), load <= kBatchSlots);
            QCOMPARE(step.value(QStringLiteral("peak_concurrent_requests")).toInt(), load);
        }
        QCOMPARE(tried, (QList<int>{1, 2, 4, 8, 6, 5}));
        // The warm-up was served but counted in no step: the engine saw 2 more requests than the steps hold.
        QCOMPARE(m_engine.requests().size(), 2 + 16 * steps.size());
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QCOMPARE(csvFile.readAll().trimmed().split('\n').size(), steps.size() + 1);
    }

    // stop() after the first step: the report holds that step, marked stopped; progress counted the steps.
    void stop_endsWithTheStepsThatFinished()
    {
        LoadSweepConfig config;
        config.base.url = QUrl(QStringLiteral("http://%1:8000").arg(kHost));
        config.base.model = QStringLiteral("qwen3");
        config.base.inputLen = 100;
        config.base.outputLen = 32;
        config.base.requests = 4;
        QString error;
        QVERIFY(LoadSweepConfig::parseLoads(QStringLiteral("concurrency=1,2,4"), &config.axis, &config.loads, &error));
        LoadSweepJob job;
        QSignalSpy progress(&job, &Job::progressChanged);
        QSignalSpy ready(&job, &LoadSweepJob::reportReady);
        QObject::connect(&job, &LoadSweepJob::stepMeasured, &job, [&job] { job.stop(); });
        job.start(config);
        QVERIFY(job.waitForFinished(120000));
        QCOMPARE(ready.size(), 1);
        QVERIFY(job.report().stopped);
        QCOMPARE(job.report().steps.size(), 1);
        QCOMPARE(job.report().steps.at(0).report.completed, 4);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(1).toInt(), 3); // of the three loads

        // cancel() (the job's): no report at all.
        LoadSweepJob cancelled;
        QSignalSpy cancelledReady(&cancelled, &LoadSweepJob::reportReady);
        QSignalSpy cancelledSignal(&cancelled, &Job::cancelled);
        QObject::connect(&cancelled, &LoadSweepJob::measured, &cancelled, [&cancelled] { cancelled.cancel(); });
        cancelled.start(config);
        QTRY_COMPARE_WITH_TIMEOUT(cancelledSignal.size(), 1, 60000);
        QVERIFY(cancelled.wait(60000));
        QCoreApplication::processEvents();
        QCOMPARE(cancelledReady.size(), 0);
    }

    // A list of rates: Poisson arrivals, the right number of requests, and a queue (TTFT far above one step)
    // only above what 4 slots serve (4 requests per ~0.85 s, ~4.7 req/s).
    void rateSweep_queuesAboveTheSlotsThroughput()
    {
        LoadSweepConfig config;
        config.base.url = QUrl(QStringLiteral("http://%1:8000").arg(kHost));
        config.base.model = QStringLiteral("qwen3");
        config.base.inputLen = 100;
        config.base.outputLen = 32;
        config.base.requests = 24;
        config.base.concurrency = 0;
        config.axis = LoadSweepConfig::Axis::Rate;
        config.loads = {1, 12};
        QString error;
        QVERIFY(SloTarget::parseList(QStringLiteral("ttft_p95_ms=400"), &config.targets, &error));
        LoadSweepJob job;
        QSignalSpy steps(&job, &LoadSweepJob::stepMeasured);
        job.start(config);
        QVERIFY(job.waitForFinished(300000));
        const LoadSweepReport &report = job.report();
        QCOMPARE(report.steps.size(), 2);
        QCOMPARE(steps.size(), 2);
        for (const LoadSweepStep &step : report.steps)
            QCOMPARE(step.report.completed, 24);
        qInfo("rate 1: TTFT p95 %.0f ms, %.2f req/s; rate 12: TTFT p95 %.0f ms, %.2f req/s",
              report.steps.at(0).report.ttft.p95, report.steps.at(0).report.requestThroughput,
              report.steps.at(1).report.ttft.p95, report.steps.at(1).report.requestThroughput);
        QVERIFY(report.steps.at(0).meetsTargets);
        QVERIFY(!report.steps.at(1).meetsTargets);
        QCOMPARE(report.capacity, std::optional<double>(1));
        // At 12 req/s the 4 slots are the bottleneck: throughput stays under their ~4.7 req/s.
        QVERIFY(report.steps.at(1).report.requestThroughput < 5.5);
        QVERIFY(report.steps.at(1).report.peakConcurrency > kBatchSlots);
    }
};

QTEST_GUILESS_MAIN(TestLoadSweep)
#include "tst_loadsweep.moc"
