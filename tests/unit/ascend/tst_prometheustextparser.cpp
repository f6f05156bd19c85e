#include "AscendFixtures.h"

#include "engine/PrometheusTextParser.h"

#include <QTest>

#include <cmath>

using namespace AscendDeck;

class TestPrometheusTextParser : public QObject
{
    Q_OBJECT

private slots:
    void realSamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("samples");
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("value");
        QTest::newRow("vllm v0") << QStringLiteral("vllm-metrics_v0-qwen2.5-coder-1.5b_aibrix-doc.txt") << 29
                                 << QStringLiteral("vllm:generation_tokens_total") << 955.0;
        QTest::newRow("npu-exporter doc") << QStringLiteral("npu-exporter-metrics_doc-excerpt-910A_mindcluster-doc.txt") << 11
                                          << QStringLiteral("machine_card_nums") << 8.0;
        QTest::newRow("npu-exporter testdata") << QStringLiteral("npu-exporter-metrics_testdata-910A_mindcluster.txt") << 130
                                               << QStringLiteral("machine_npu_nums") << 8.0;
    }
    void realSamples()
    {
        QFETCH(QString, file);
        QFETCH(QString, name);
        ParseError error;
        const PrometheusMetrics metrics = PrometheusTextParser::parse(readAscendFixture(file), &error);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QTEST(static_cast<int>(metrics.samples.size()), "samples");
        const PrometheusSample *sample = metrics.find(name);
        QVERIFY(sample);
        QTEST(sample->value, "value");
    }

    void vllm_labelsAndHistogram()
    {
        const PrometheusMetrics metrics = PrometheusTextParser::parse(readAscendFixture(QStringLiteral("vllm-metrics_v0-qwen2.5-coder-1.5b_aibrix-doc.txt")));
        const PrometheusSample *success = metrics.find(QStringLiteral("vllm:request_success_total"), QStringLiteral("Qwen/Qwen2.5-Coder-1.5B-Instruct"));
        QVERIFY(success);
        QCOMPARE(success->label(QStringLiteral("finished_reason")), QStringLiteral("stop"));
        QCOMPARE(success->value, 4.0);
        QCOMPARE(metrics.families.value(QStringLiteral("vllm:prompt_tokens_total")).type, QStringLiteral("counter"));
        const QList<PrometheusHistogram> histograms = PrometheusTextParser::histograms(metrics);
        QCOMPARE(histograms.size(), qsizetype(1));
        QCOMPARE(histograms.at(0).name, QStringLiteral("vllm:iteration_tokens_total"));
        QCOMPARE(histograms.at(0).sum.value_or(-1), 1103.0);
        QVERIFY(!histograms.at(0).count.has_value()); // the doc cut the exposition before _count
        QCOMPARE(histograms.at(0).buckets.size(), qsizetype(15));
        QCOMPARE(histograms.at(0).buckets.last().first, 96.0);
        QCOMPARE(histograms.at(0).buckets.last().second, 998.0);
    }

    void exporter_readsTimestamps()
    {
        const PrometheusMetrics metrics = PrometheusTextParser::parse(readAscendFixture(QStringLiteral("npu-exporter-metrics_doc-excerpt-910A_mindcluster-doc.txt")));
        const PrometheusSample *freq = metrics.find(QStringLiteral("npu_chip_info_aicore_current_freq"));
        QVERIFY(freq);
        QCOMPARE(freq->value, 1000.0);
        QCOMPARE(freq->timestampMs.value_or(-1), qint64(1723621883587));
        QCOMPARE(freq->label(QStringLiteral("pcie_bus_info")), QStringLiteral("0000:61:00.0"));
    }

    // MindIE's names come without a prefix; the histogram +Inf bucket and escapes must survive.
    void mindieStyle_histogramWithInf()
    {
        const QByteArray text = "# TYPE time_to_first_token_seconds histogram\n"
                                "time_to_first_token_seconds_bucket{model_name=\"ds\",le=\"0.1\"} 3\n"
                                "time_to_first_token_seconds_bucket{model_name=\"ds\",le=\"+Inf\"} 5\n"
                                "time_to_first_token_seconds_sum{model_name=\"ds\"} 1.5\n"
                                "time_to_first_token_seconds_count{model_name=\"ds\"} 5\n"
                                "num_requests_running{model_name=\"a\\\"b\\\\c\\nd\",} 2\n";
        ParseError error;
        const PrometheusMetrics metrics = PrometheusTextParser::parse(text, &error);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        const QList<PrometheusHistogram> h = PrometheusTextParser::histograms(metrics);
        QCOMPARE(h.size(), qsizetype(1));
        QVERIFY(std::isinf(h.at(0).buckets.last().first));
        QCOMPARE(h.at(0).count.value_or(-1), 5.0);
        QCOMPARE(metrics.samples.last().label(QStringLiteral("model_name")), QStringLiteral("a\"b\\c\nd"));
    }

    void badInput_namesTheLine_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("line");
        QTest::newRow("empty") << QByteArray() << 0;
        QTest::newRow("comments only") << QByteArray("# HELP x y\n") << 0;
        QTest::newRow("no value") << QByteArray("a 1\nb\n") << 2;
        QTest::newRow("value is text") << QByteArray("a one\n") << 1;
        QTest::newRow("unterminated label") << QByteArray("a{b=\"c} 1\n") << 1;
        QTest::newRow("label without quotes") << QByteArray("a{b=c} 1\n") << 1;
        QTest::newRow("bad timestamp") << QByteArray("a 1 yesterday\n") << 1;
        QTest::newRow("too many fields") << QByteArray("a 1 2 3\n") << 1;
        QTest::newRow("unknown type") << QByteArray("# TYPE a thing\na 1\n") << 1;
        QTest::newRow("lowercase inf is not the format") << QByteArray("a inf\n") << 1;
        QTest::newRow("json") << QByteArray("{\"a\": 1}\n") << 1;
        QTest::newRow("binary") << QByteArray("a 1\n\x7f\n") << 2;
    }
    void badInput_namesTheLine()
    {
        QFETCH(QByteArray, data);
        ParseError error;
        const PrometheusMetrics metrics = PrometheusTextParser::parse(data, &error);
        QVERIFY(error.isError());
        QTEST(error.line, "line");
        QVERIFY(metrics.samples.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPrometheusTextParser)
#include "tst_prometheustextparser.moc"
