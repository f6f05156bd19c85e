// The load test page's sweep panel against the simulated vLLM with 2 batch slots (--max-num-seqs 2): a
// capacity search under TTFT p95 <= 400 ms finds 2 (see tests/remote/tst_loadsweep.cpp for the latency
// model: beyond the slots a request waits a whole request's duration, ~0.8 s, for its first token), the
// curve gets one point per step as they finish, and the saved JSON and CSV hold every step.
#include "SimCluster.h"
#include "Screenshot.h"
#include "../unit/monitor/SimEngineProcess.h"

#include "loadtest/CapacitySearch.h"
#include "loadtest/LoadSweepJob.h"
#include "operate/LoadSweepPanel.h"
#include "operate/LoadTestPage.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace AscendDeck;

namespace {
constexpr int kBatchSlots = 2;
const QString kHost = QStringLiteral("127.0.0.232");
} // namespace

class TestLoadSweepPanel : public QObject
{
    Q_OBJECT

private:
    SimEngineProcess m_engine;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_engine.start(kHost, 8000, QStringLiteral("0.02"),
                                {QStringLiteral("--max-num-seqs"), QString::number(kBatchSlots)}),
                 m_engine.output().constData());
    }

    void search_drawsTheCurveLiveAndSaves()
    {
        LoadSweepPanel panel;
        panel.resize(1000, 400);
        panel.show();
        panel.setBaseConfigSource([](QString *) {
            LoadTestConfig config;
            config.url = QUrl(QStringLiteral("http://%1:8000").arg(kHost));
            config.model = QStringLiteral("qwen3");
            config.requests = 8;
            config.inputLen = 100;
            config.outputLen = 32;
            return std::optional<LoadTestConfig>(config);
        });
        panel.setSweep(QString(), QStringLiteral("ttft_p95_ms=400"), QStringLiteral("concurrency=8"), 1);
        QSignalSpy steps(panel.job(), &LoadSweepJob::stepMeasured);
        QSignalSpy finished(&panel, &LoadSweepPanel::finished);
        panel.start();
        QVERIFY(panel.isRunning());
        // Live: the curve has a point as soon as the first step finished, before the search ends.
        QTRY_COMPARE_WITH_TIMEOUT(steps.size(), 1, 60000);
        QCOMPARE(panel.curvePointCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 300000);

        const LoadSweepReport &report = panel.report();
        QCOMPARE(report.capacity, std::optional<double>(kBatchSlots));
        QVERIFY(report.steps.size() <= CapacitySearch::maxSteps(8));
        QCOMPARE(panel.curvePointCount(), report.steps.size());
        QVERIFY2(panel.statusText().contains(QStringLiteral("concurrency = 2")), qPrintable(panel.statusText()));
        Screenshot::save(&panel, QStringLiteral("loadsweep"));

        const QString json = m_dir.filePath(QStringLiteral("sweep.json"));
        const QString csv = m_dir.filePath(QStringLiteral("sweep.csv"));
        QVERIFY(panel.saveJson(json));
        QVERIFY(panel.saveCsv(csv));
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonObject saved = QJsonDocument::fromJson(jsonFile.readAll()).object();
        QCOMPARE(saved.value(QStringLiteral("capacity")).toDouble(), double(kBatchSlots));
        QCOMPARE(saved.value(QStringLiteral("steps")).toArray().size(), report.steps.size());
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QCOMPARE(csvFile.readAll().trimmed().split('\n').size(), report.steps.size() + 1);
    }

    // On the load test page the sweep runs the page's form: its service, model, requests and lengths.
    void onThePage_sweepsTheFormsTest()
    {
        LoadTestPage page;
        page.resize(1200, 900);
        page.show();
        LoadSweepPanel *panel = page.sweepPanel();
        panel->setSweep(QStringLiteral("concurrency=1,2"), QString(), QString(), 0);
        panel->start();
        QVERIFY(!panel->isRunning()); // no service address yet
        QVERIFY(!panel->statusText().isEmpty());

        page.setService(QStringLiteral("http://%1:8000").arg(kHost), QStringLiteral("qwen3"));
        page.setParameters(1, 4, 50, 8);
        QSignalSpy finished(panel, &LoadSweepPanel::finished);
        panel->start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        const LoadSweepReport &report = panel->report();
        QCOMPARE(report.steps.size(), 2);
        QCOMPARE(report.steps.at(1).report.config.concurrency, 2);
        QCOMPARE(report.steps.at(1).report.completed, 4);
        QCOMPARE(report.steps.at(1).report.totalOutputTokens, 4 * 8);
        QVERIFY(!report.capacity); // no targets, no capacity
        QCOMPARE(panel->curvePointCount(), 2);
        Screenshot::save(&page, QStringLiteral("loadtest-sweep"));
    }

    void badTargets_nameTheField()
    {
        LoadSweepPanel panel;
        panel.setBaseConfigSource([](QString *) { return std::optional<LoadTestConfig>(LoadTestConfig{}); });
        panel.setSweep(QString(), QStringLiteral("ttft_p96_ms=400"), QStringLiteral("concurrency=8"), 0);
        panel.start();
        QVERIFY(!panel.isRunning());
        QVERIFY2(panel.statusText().contains(QStringLiteral("ttft_p96_ms")), qPrintable(panel.statusText()));
    }
};

QTEST_MAIN(TestLoadSweepPanel)
#include "tst_loadsweeppanel.moc"
