// The load test against the simulated vLLM: the report's figures must match what the engine logged it
// served (requests.log): the same requests, the same token totals, TTFTs within network overhead.
#include "SimCluster.h"
#include "../unit/monitor/SimEngineProcess.h"

#include "loadtest/LoadTest.h"
#include "monitor/StatsMath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace AscendDeck;

class TestLoadTest : public QObject
{
    Q_OBJECT

private:
    SimEngineProcess m_engine;

    LoadTestConfig config(int concurrency, int requests) const
    {
        LoadTestConfig c;
        c.url = QUrl(QStringLiteral("http://127.0.0.125:8000"));
        c.model = QStringLiteral("qwen3");
        c.concurrency = concurrency;
        c.requests = requests;
        c.inputLen = 100;
        c.outputLen = 24;
        return c;
    }

    static qint64 sum(const QList<QJsonObject> &records, const QString &key)
    {
        qint64 total = 0;
        for (const QJsonObject &r : records)
            total += r.value(key).toInteger();
        return total;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_engine.start(QStringLiteral("127.0.0.125"), 8000), m_engine.output().constData());
    }

    void report_matchesWhatTheEngineServed()
    {
        LoadTest test;
        QString error;
        QVERIFY2(test.prepare(config(6, 30), &error), qPrintable(error));
        QSignalSpy progress(&test, &LoadTest::progress);
        QSignalSpy finished(&test, &LoadTest::finished);
        test.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        const LoadTestReport report = test.report();
        QCOMPARE(progress.size(), 30);
        QCOMPARE(progress.last().at(0).toInt(), 30);

        const QList<QJsonObject> served = m_engine.requests();
        QCOMPARE(report.completed, 30);
        QCOMPARE(report.failed, 0);
        QCOMPARE(served.size(), 30);
        QCOMPARE(report.totalOutputTokens, sum(served, QStringLiteral("output_tokens")));
        QCOMPARE(report.totalOutputTokens, 30 * 24);
        QCOMPARE(report.totalInputTokens, sum(served, QStringLiteral("prompt_tokens")));
        QCOMPARE(report.peakConcurrency, 6);

        // The client's TTFT = the engine's + HTTP and event-loop overhead on loopback.
        QList<double> serverTtft;
        QList<double> serverE2e;
        for (const QJsonObject &r : served) {
            serverTtft << r.value(QStringLiteral("ttft")).toDouble() * 1000;
            serverE2e << r.value(QStringLiteral("e2e")).toDouble() * 1000;
        }
        const double ttftGap = report.ttft.mean - StatsMath::mean(serverTtft);
        qInfo("TTFT mean client %.1f ms, engine %.1f ms; E2EL mean client %.1f ms, engine %.1f ms", report.ttft.mean,
              StatsMath::mean(serverTtft), report.e2el.mean, StatsMath::mean(serverE2e));
        QVERIFY2(ttftGap > -5 && ttftGap < 50, qPrintable(QString::number(ttftGap)));
        QVERIFY(qAbs(report.ttft.median - StatsMath::median(serverTtft)) < 50);
        QVERIFY(qAbs(report.e2el.mean - StatsMath::mean(serverE2e)) < 50);
        // TPOT = (E2EL - TTFT) / (out - 1) with the engine's step time of ~10 ms and batching.
        QVERIFY(report.tpot.mean > 5 && report.tpot.mean < 100);
        QVERIFY(report.itl.median > 5 && report.itl.p99 >= report.itl.median);
        QVERIFY(report.outputThroughput > 0);
        QVERIFY(report.duration > 0);
        const QJsonObject json = QJsonDocument::fromJson(report.toJsonText()).object();
        QCOMPARE(json.value(QStringLiteral("completed")).toInt(), 30);
        QCOMPARE(json.value(QStringLiteral("output_lens")).toArray().size(), 30);
    }

    void unknownModel_countsAsFailed()
    {
        LoadTestConfig c = config(2, 3);
        c.model = QStringLiteral("not-served");
        LoadTest test;
        QString error;
        QVERIFY(test.prepare(c, &error));
        QSignalSpy finished(&test, &LoadTest::finished);
        test.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(test.report().failed, 3);
        QCOMPARE(test.report().completed, 0);
        QVERIFY(!test.report().errors.isEmpty());
    }

    void cancel_stopsEarly()
    {
        LoadTest test;
        QString error;
        LoadTestConfig c = config(2, 200);
        c.outputLen = 200;
        QVERIFY(test.prepare(c, &error));
        QSignalSpy progress(&test, &LoadTest::progress);
        QSignalSpy finished(&test, &LoadTest::finished);
        test.start();
        QTRY_VERIFY_WITH_TIMEOUT(test.isRunning(), 1000);
        test.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY(test.report().requests.size() <= 4);
    }
};

QTEST_GUILESS_MAIN(TestLoadTest)
#include "tst_loadtest.moc"
