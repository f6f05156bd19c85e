#include "MonitorFixtures.h"

#include "engine/PrometheusTextParser.h"
#include "monitor/ServiceMetricsDeriver.h"
#include "monitor/StatsMath.h"

#include <QTest>

using namespace AscendDeck;

namespace {
PrometheusMetrics scrape(const QString &name)
{
    ParseError error;
    PrometheusMetrics metrics = PrometheusTextParser::parse(MonitorFixtures::read(QStringLiteral("monitor/") + name), &error);
    if (error.isError())
        qFatal("%s: %s", qPrintable(name), qPrintable(error.toString()));
    return metrics;
}

bool near(const std::optional<double> &value, double expected)
{
    return value && qAbs(*value - expected) < 1e-6;
}
} // namespace

class TestServiceMetrics : public QObject
{
    Q_OBJECT

private slots:
    void realVllmV0Sample_gaugesAndOlderCacheName()
    {
        ServiceMetricsDeriver deriver;
        const ServiceMetrics m = deriver.update(scrape(QStringLiteral("vllm-metrics_v0-qwen2.5-coder-1.5b_aibrix-doc.txt")), 1000);
        QVERIFY(m.up);
        QCOMPARE(m.flavor, ServiceMetrics::Flavor::Vllm);
        QVERIFY(near(m.requestsRunning, 0));
        QVERIFY(near(m.requestsWaiting, 0));
        QVERIFY(near(m.kvCacheUsage, 0)); // vllm:gpu_cache_usage_perc, the V0 name
        QVERIFY(near(m.requestsSucceeded, 4));
        // One scrape: no rate yet; the doc cut the sample before the TTFT histogram.
        QVERIFY(!m.generationTokensPerSecond);
        QVERIFY(!m.ttftP50Seconds);
    }

    void realVllmV0Sample_counterTotals()
    {
        const PrometheusMetrics metrics = scrape(QStringLiteral("vllm-metrics_v0-qwen2.5-coder-1.5b_aibrix-doc.txt"));
        QVERIFY(near(ServiceMetricsDeriver::sum(metrics, QStringLiteral("vllm:prompt_tokens_total")), 148));
        QVERIFY(near(ServiceMetricsDeriver::sum(metrics, QStringLiteral("vllm:generation_tokens_total")), 955));
        // Quantile of the real iteration-tokens histogram: 994 of 998 steps had one token.
        const auto buckets = ServiceMetricsDeriver::mergedBuckets(metrics, QStringLiteral("vllm:iteration_tokens_total"));
        QVERIFY(!buckets.isEmpty());
        QVERIFY(near(StatsMath::histogramQuantile(buckets, 0.5), 499.0 / 994.0));
    }

    void twoScrapes_ratesAndWindowQuantiles_data()
    {
        QTest::addColumn<QString>("flavor");
        QTest::addColumn<int>("expectedFlavor");
        QTest::newRow("vllm") << QStringLiteral("vllm") << static_cast<int>(ServiceMetrics::Flavor::Vllm);
        QTest::newRow("mindie") << QStringLiteral("mindie") << static_cast<int>(ServiceMetrics::Flavor::MindIe);
    }
    void twoScrapes_ratesAndWindowQuantiles()
    {
        QFETCH(QString, flavor);
        QFETCH(int, expectedFlavor);
        ServiceMetricsDeriver deriver;
        const ServiceMetrics first = deriver.update(scrape(flavor + QStringLiteral("-metrics_sim-scrape1.txt")), 10000);
        QCOMPARE(static_cast<int>(first.flavor), expectedFlavor);
        // First scrape: TTFT quantiles since start (0.03 0.05 0.07 0.09 0.2 observed).
        QVERIFY(near(first.ttftP50Seconds, 0.07));
        QVERIFY(near(first.ttftP95Seconds, 0.2125));
        const ServiceMetrics second = deriver.update(scrape(flavor + QStringLiteral("-metrics_sim-scrape2.txt")), 12000);
        QVERIFY(near(second.promptTokensPerSecond, 600));      // 1200 -> 2400 in 2 s
        QVERIFY(near(second.generationTokensPerSecond, 2500)); // 5000 -> 10000
        // Window: only what was observed in between (0.3 0.6 0.9 1.5 3.0).
        QVERIFY(near(second.ttftP50Seconds, 0.875));
        QVERIFY(near(second.ttftP95Seconds, 4.375));
        QVERIFY(near(second.kvCacheUsage, 0));
        QVERIFY(near(second.requestsSucceeded, 20));
    }

    void dataParallelEngines_areSummed()
    {
        const QByteArray text = "# TYPE vllm:num_requests_running gauge\n"
                                "vllm:num_requests_running{engine=\"0\",model_name=\"m\"} 3.0\n"
                                "vllm:num_requests_running{engine=\"1\",model_name=\"m\"} 5.0\n"
                                "# TYPE vllm:kv_cache_usage_perc gauge\n"
                                "vllm:kv_cache_usage_perc{engine=\"0\",model_name=\"m\"} 0.2\n"
                                "vllm:kv_cache_usage_perc{engine=\"1\",model_name=\"m\"} 0.4\n";
        ServiceMetricsDeriver deriver;
        const ServiceMetrics m = deriver.update(PrometheusTextParser::parse(text), 0);
        QVERIFY(near(m.requestsRunning, 8));
        QVERIFY(near(m.kvCacheUsage, 0.3));
    }

    void idleWindow_hasNoQuantile()
    {
        ServiceMetricsDeriver deriver;
        deriver.update(scrape(QStringLiteral("vllm-metrics_sim-scrape2.txt")), 0);
        const ServiceMetrics m = deriver.update(scrape(QStringLiteral("vllm-metrics_sim-scrape2.txt")), 1000);
        QVERIFY(!m.ttftP50Seconds);
        QVERIFY(near(m.generationTokensPerSecond, 0));
    }
};

QTEST_GUILESS_MAIN(TestServiceMetrics)
#include "tst_servicemetrics.moc"
