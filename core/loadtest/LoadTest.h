#pragma once

#include "loadtest/LoadTestConfig.h"
#include "loadtest/LoadTestPrompt.h"
#include "loadtest/LoadTestReport.h"
#include "loadtest/RequestTiming.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>

#include <vector>

class QNetworkAccessManager;

namespace AscendDeck {

class LoadTestRequest;

// Drives a load test against an OpenAI-compatible service: keeps `concurrency` streaming requests in
// flight until `requests` have finished, times each on the client and reports like vLLM's benchmark.
// Each concurrency slot has its own QNetworkAccessManager, because one manager opens at most six
// connections to a host and would silently cap the concurrency. Timings are taken in this object's
// thread: give it a thread of its own (moveToThread) when that thread is busy with other work.
class LoadTest : public QObject
{
    Q_OBJECT
public:
    explicit LoadTest(QObject *parent = nullptr);
    ~LoadTest() override;

    // Fixed-length prompts, or the dataset's; returns false with a message when they cannot be built.
    bool prepare(const LoadTestConfig &config, QString *error);
    // Uses the given prompts instead (tests, the GUI's own datasets).
    void prepare(const LoadTestConfig &config, const QList<LoadTestPrompt> &prompts);
    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    const LoadTestReport &report() const { return m_report; }

signals:
    // After every finished request: done of total, with the throughput so far.
    void progress(int done, int total, int failed, double outputTokensPerSecond);
    void finished(const AscendDeck::LoadTestReport &report);

private:
    void launchNext(int slot);
    void requestFinished(int slot, int index, const RequestTiming &timing);
    void finish();

    LoadTestConfig m_config;
    QList<LoadTestPrompt> m_prompts;
    std::vector<QNetworkAccessManager *> m_slots;
    QList<RequestTiming> m_timings;
    QList<LoadTestRequest *> m_inFlight;
    QElapsedTimer m_clock;
    LoadTestReport m_report;
    int m_next = 0;
    int m_sent = 0;
    int m_done = 0;
    int m_failed = 0;
    int m_active = 0;
    int m_peak = 0;
    qint64 m_outputTokens = 0;
    bool m_running = false;
};

} // namespace AscendDeck
