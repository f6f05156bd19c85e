#include "LoadTestRunner.h"

#include "loadtest/LoadTest.h"
#include "loadtest/LoadTestDataset.h"

#include <QEventLoop>
#include <QTimer>

namespace AscendDeck {

namespace {
// How often the worker looks at the stop check: the event loop it runs cannot block on it.
constexpr int kStopPollMs = 50;
} // namespace

bool LoadTestRunner::buildPrompts(const LoadTestConfig &config, QList<LoadTestPrompt> *warmup,
                                  QList<LoadTestPrompt> *measured, QString *error)
{
    if (!LoadTest::checkConfig(config, error))
        return false;
    const int warmupCount = config.warmupRequests;
    QList<LoadTestPrompt> all;
    if (!LoadTestDataset::build(config, warmupCount + config.requests, &all, error))
        return false;
    *warmup = all.mid(0, warmupCount);
    *measured = all.mid(warmupCount);
    return true;
}

LoadTestReport LoadTestRunner::run(const LoadTestConfig &config, const QList<LoadTestPrompt> &warmup,
                                   const QList<LoadTestPrompt> &measured, const StopCheck &shouldStop,
                                   const Progress &progress, bool *stopped)
{
    *stopped = false;
    LoadTestReport warmupReport;
    if (!warmup.isEmpty()) {
        warmupReport = runOnce(config, warmup, shouldStop, {}, stopped);
        if (*stopped)
            return LoadTestReport::compute(config, {}, 0, 0);
    }
    LoadTestReport report = runOnce(config, measured, shouldStop, progress, stopped);
    report.warmupCompleted = warmupReport.completed;
    report.warmupFailed = warmupReport.failed;
    return report;
}

LoadTestReport LoadTestRunner::runOnce(const LoadTestConfig &config, const QList<LoadTestPrompt> &prompts,
                                       const StopCheck &shouldStop, const Progress &progress, bool *stopped)
{
    LoadTest test;
    test.prepare(config, prompts);
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(kStopPollMs);
    QObject::connect(&poll, &QTimer::timeout, &test, [&] {
        if (!*stopped && shouldStop()) {
            *stopped = true;
            test.cancel();
        }
    });
    if (progress)
        QObject::connect(&test, &LoadTest::progress, &test, progress);
    QObject::connect(&test, &LoadTest::finished, &loop, &QEventLoop::quit);
    poll.start();
    test.start();
    if (test.isRunning())
        loop.exec();
    return test.report();
}

} // namespace AscendDeck
