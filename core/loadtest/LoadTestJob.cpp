#include "LoadTestJob.h"

#include "loadtest/LoadTest.h"

#include <QEventLoop>
#include <QTimer>

namespace AscendDeck {

namespace {
// How often the worker looks at the cancel token and the stop flag: the event loop it runs cannot block on them.
constexpr int kCancelPollMs = 50;
} // namespace

LoadTestJob::LoadTestJob(QObject *parent)
    : Job(parent)
{
    setMaxThreads(1);
}

void LoadTestJob::start(const LoadTestConfig &config)
{
    run(config, {}, true);
}

void LoadTestJob::start(const LoadTestConfig &config, const QList<LoadTestPrompt> &prompts)
{
    run(config, prompts, false);
}

void LoadTestJob::stop()
{
    m_stop->store(true);
}

void LoadTestJob::run(const LoadTestConfig &config, const QList<LoadTestPrompt> &prompts, bool buildPrompts)
{
    m_stop->store(true); // a run still going ends (its results are dropped by begin())
    m_stop = std::make_shared<std::atomic_bool>(false);
    m_error.clear();
    const JobControl control = begin(tr("Sending %1 requests, %2 at a time...").arg(config.requests).arg(config.concurrency),
                                     config.requests);
    const quint64 id = control.runId();
    const std::shared_ptr<std::atomic_bool> stopFlag = m_stop;
    startWorker([this, id, control, config, prompts, buildPrompts, stopFlag] {
        LoadTest test;
        QString error;
        bool prepared = true;
        if (buildPrompts)
            prepared = test.prepare(config, &error);
        else
            test.prepare(config, prompts);
        if (!prepared) {
            post(id, [this, id, error] {
                m_error = error;
                emit startFailed(error);
                finish(id);
            });
            return;
        }
        QEventLoop loop;
        QTimer poll;
        poll.setInterval(kCancelPollMs);
        bool aborted = false;
        QObject::connect(&poll, &QTimer::timeout, &test, [&] {
            if (!aborted && (control.isCancelled() || stopFlag->load())) {
                aborted = true;
                test.cancel();
            }
        });
        QObject::connect(&test, &LoadTest::progress, &test, [&](int done, int total, int failed, double tokensPerSecond) {
            control.progress(done, total, tr("%1 of %2 done, %3 failed, %4 output tokens/s")
                                              .arg(done).arg(total).arg(failed).arg(tokensPerSecond, 0, 'f', 1));
            post(id, [this, done, total, failed, tokensPerSecond] { emit measured(done, total, failed, tokensPerSecond); });
        });
        QObject::connect(&test, &LoadTest::finished, &loop, &QEventLoop::quit);
        poll.start();
        test.start();
        if (test.isRunning())
            loop.exec();
        const LoadTestReport report = test.report();
        post(id, [this, id, report] {
            m_report = report;
            emit reportReady(m_report);
            finish(id);
        });
    });
}

} // namespace AscendDeck
