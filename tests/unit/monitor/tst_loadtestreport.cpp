#include "loadtest/LoadTestDataset.h"
#include "loadtest/LoadTestReport.h"
#include "loadtest/LoadTestRequest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace AscendDeck;

namespace {
RequestTiming timing(double ttft, double e2el, int outputTokens, QList<double> itl = {})
{
    RequestTiming t;
    t.success = true;
    t.promptTokens = 100;
    t.outputTokens = outputTokens;
    t.ttft = ttft;
    t.e2el = e2el;
    t.itl = std::move(itl);
    return t;
}
} // namespace

class TestLoadTestReport : public QObject
{
    Q_OBJECT

private slots:
    void report_figuresLikeBenchmarkServing()
    {
        LoadTestConfig config;
        config.concurrency = 2;
        RequestTiming failed;
        failed.error = QStringLiteral("HTTP status 500");
        const QList<RequestTiming> timings{timing(0.1, 1.1, 11, {0.1, 0.1}), timing(0.3, 2.3, 21, {0.2}),
                                           timing(0.2, 0.2, 1), failed};
        const LoadTestReport r = LoadTestReport::compute(config, timings, 4.0, 2);
        QCOMPARE(r.completed, 3);
        QCOMPARE(r.failed, 1);
        QCOMPARE(r.totalInputTokens, 300);
        QCOMPARE(r.totalOutputTokens, 33);
        QCOMPARE(r.requestThroughput, 0.75);
        QCOMPARE(r.outputThroughput, 33 / 4.0);
        QCOMPARE(r.totalTokenThroughput, 333 / 4.0);
        QVERIFY(qAbs(r.ttft.mean - 200) < 1e-9);
        QVERIFY(qAbs(r.ttft.median - 200) < 1e-9);
        // TPOT = (E2EL - TTFT) / (out - 1): 100 ms and 100 ms; the one-token request has none.
        QVERIFY(qAbs(r.tpot.mean - 100) < 1e-9);
        QVERIFY(qAbs(r.itl.p99 - 198) < 1e-6); // pooled 100, 100, 200 ms
        QVERIFY(qAbs(r.e2el.p75 - 1700) < 1e-9);
        QCOMPARE(r.errors, QStringList{QStringLiteral("HTTP status 500")});
        const QJsonObject json = QJsonDocument::fromJson(r.toJsonText()).object(); // the file as saved
        QCOMPARE(json.value(QStringLiteral("completed")).toInt(), 3);
        QCOMPARE(json.value(QStringLiteral("mean_tpot_ms")).toDouble(), r.tpot.mean);
        QVERIFY(json.contains(QStringLiteral("p90_itl_ms")));
        QCOMPARE(json.value(QStringLiteral("peak_concurrent_requests")).toInt(), 2);
        QVERIFY(r.toText().contains(QStringLiteral("Successful requests:")));
    }

    void fixedPrompts_distinctWithRequestedLengths()
    {
        const QList<LoadTestPrompt> prompts = LoadTestDataset::fixed(3, 64, 32);
        QCOMPARE(prompts.size(), 3);
        QCOMPARE(prompts.at(0).text.split(QLatin1Char(' ')).size(), 64);
        QCOMPARE(prompts.at(2).outputTokens, 32);
        QVERIFY(prompts.at(0).text != prompts.at(1).text);
    }

    void shareGpt_takesFirstTurnAndReplyLength()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sharegpt.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"([{"id":"a","conversations":[{"from":"human","value":"Explain the NPU memory layout please"},
                                              {"from":"gpt","value":"The High Bandwidth Memory holds weights and the KV cache."}]},
                       {"id":"short","conversations":[{"from":"human","value":"hi"},{"from":"gpt","value":"hello there friend"}]},
                       {"id":"one","conversations":[{"from":"human","value":"only one turn here"}]}])");
        file.close();
        QList<LoadTestPrompt> prompts;
        QString error;
        QVERIFY2(LoadTestDataset::shareGpt(path, 3, 0, &prompts, &error), qPrintable(error));
        QCOMPARE(prompts.size(), 3); // the one usable conversation, cycled
        QCOMPARE(prompts.at(0).text, QStringLiteral("Explain the NPU memory layout please"));
        QCOMPARE(prompts.at(0).outputTokens, 15); // 57 characters / 4, rounded up
        QVERIFY(LoadTestDataset::shareGpt(path, 1, 50, &prompts, &error));
        QCOMPARE(prompts.at(0).outputTokens, 50);
        QVERIFY(!LoadTestDataset::shareGpt(dir.filePath(QStringLiteral("missing.json")), 1, 0, &prompts, &error));
    }

    // Random lengths: within the ranges, not all alike, the same on every call (fixed seed), distinct prompts.
    void randomPrompts_withinRangesAndRepeatable()
    {
        const QList<LoadTestPrompt> prompts = LoadTestDataset::random(200, 10, 50, 5, 8);
        QCOMPARE(prompts.size(), 200);
        QSet<int> inputLens;
        for (const LoadTestPrompt &p : prompts) {
            QVERIFY(p.inputTokens >= 10 && p.inputTokens <= 50);
            QVERIFY(p.outputTokens >= 5 && p.outputTokens <= 8);
            QCOMPARE(int(p.text.split(QLatin1Char(' ')).size()), p.inputTokens);
            inputLens.insert(p.inputTokens);
        }
        QVERIFY(inputLens.contains(10) && inputLens.contains(50) && inputLens.size() > 30);
        QCOMPARE(LoadTestDataset::random(200, 10, 50, 5, 8).at(17).text, prompts.at(17).text);
        QVERIFY(prompts.at(0).text != prompts.at(1).text);
    }

    void datasetSpec_parsesEachFormAndNamesTheBadPart()
    {
        LoadTestConfig config;
        QString error;
        QVERIFY(LoadTestDataset::parseSpec(QStringLiteral("random:64-512"), &config, &error));
        QCOMPARE(config.inputLen, 64);
        QCOMPARE(config.inputLenMax, 512);
        QCOMPARE(config.outputLen, 128); // the replies keep --output-len
        QCOMPARE(config.outputLenMax, 128);
        QVERIFY(LoadTestDataset::parseSpec(QStringLiteral("random:64-512:16-32"), &config, &error));
        QCOMPARE(config.outputLen, 16);
        QCOMPARE(config.outputLenMax, 32);
        QVERIFY(LoadTestDataset::parseSpec(QStringLiteral("sharegpt:/data/sg.json"), &config, &error));
        QCOMPARE(config.datasetPath, QStringLiteral("/data/sg.json"));
        QCOMPARE(config.inputLenMax, 0);
        QVERIFY(LoadTestDataset::parseSpec(QStringLiteral("/data/sg.json"), &config, &error));
        QCOMPARE(config.datasetPath, QStringLiteral("/data/sg.json"));
        QVERIFY(LoadTestDataset::parseSpec(QStringLiteral("fixed"), &config, &error));
        QVERIFY(config.datasetPath.isEmpty());
        for (const char *bad : {"random:9-3", "random:0-3", "random:x-3", "random:1-3:4", "sharegpt:"}) {
            error.clear();
            QVERIFY2(!LoadTestDataset::parseSpec(QLatin1String(bad), &config, &error), bad);
            QVERIFY(error.contains(QLatin1String(bad).mid(QLatin1String(bad).indexOf(QLatin1Char(':')) + 1))
                    || error.contains(QStringLiteral("sharegpt")));
        }
    }

    void report_hasP95AndTheRate()
    {
        LoadTestConfig config;
        config.requestRate = 2.5;
        config.concurrency = 0;
        QList<RequestTiming> timings;
        for (int i = 1; i <= 20; ++i)
            timings << timing(i / 100.0, 1.0, 10);
        const LoadTestReport r = LoadTestReport::compute(config, timings, 10.0, 3);
        QVERIFY(qAbs(r.ttft.p95 - 190.5) < 1e-6); // numpy.percentile of 10..200 ms at 95
        const QJsonObject json = QJsonDocument::fromJson(r.toJsonText()).object();
        QVERIFY(qAbs(json.value(QStringLiteral("p95_ttft_ms")).toDouble() - 190.5) < 1e-6);
        QCOMPARE(json.value(QStringLiteral("request_rate")).toDouble(), 2.5);
        QVERIFY(json.value(QStringLiteral("max_concurrency")).isNull());
        config.requestRate = 0;
        QCOMPARE(QJsonDocument::fromJson(LoadTestReport::compute(config, timings, 10.0, 3).toJsonText())
                     .object().value(QStringLiteral("request_rate")).toString(), QStringLiteral("inf"));
    }

    void requestBody_streamsWithUsage()
    {
        const QJsonObject body = QJsonDocument::fromJson(
                                     LoadTestRequest::requestBody({QStringLiteral("hi"), 1, 7}, QStringLiteral("m"), true))
                                     .object();
        QCOMPARE(body.value(QStringLiteral("max_tokens")).toInt(), 7);
        QVERIFY(body.value(QStringLiteral("stream")).toBool());
        QVERIFY(body.value(QStringLiteral("ignore_eos")).toBool());
        QVERIFY(body.value(QStringLiteral("stream_options")).toObject().value(QStringLiteral("include_usage")).toBool());
    }

    void endpoint_fromServiceRoot()
    {
        LoadTestConfig config;
        config.url = QUrl(QStringLiteral("http://10.0.0.1:8000"));
        QCOMPARE(config.endpoint().toString(), QStringLiteral("http://10.0.0.1:8000/v1/chat/completions"));
        config.url = QUrl(QStringLiteral("http://10.0.0.1:8000/v1/"));
        QCOMPARE(config.endpoint().toString(), QStringLiteral("http://10.0.0.1:8000/v1/chat/completions"));
        config.url = QUrl(QStringLiteral("http://h/v1/chat/completions"));
        QCOMPARE(config.endpoint().toString(), QStringLiteral("http://h/v1/chat/completions"));
    }
};

QTEST_GUILESS_MAIN(TestLoadTestReport)
#include "tst_loadtestreport.moc"
