#pragma once

#include "loadtest/LoadTestConfig.h"
#include "loadtest/LoadTestPrompt.h"
#include "loadtest/LoadTestReport.h"
#include "loadtest/RequestTiming.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

class QNetworkAccessManager;

namespace AscendDeck {

class LoadTestRequest;

// Drives a load test against an OpenAI-compatible service: keeps `concurrency` streaming requests in
// flight until `requests` have finished (closed loop), or sends them at Poisson arrival times of the
// config's request rate, at most `concurrency` in flight when that is positive (open loop, as vLLM's
// --request-rate with --max-concurrency); times each on the client and reports like vLLM's benchmark.
// Each request in flight has a QNetworkAccessManager of its own (reused once it finished), because one
// manager opens at most six connections to a host and would silently cap the concurrency. Timings are
// taken in this object's thread: give it a thread of its own (moveToThread) when that thread is busy.
class LoadTest : public QObject
{
    Q_OBJECT
public:
    explicit LoadTest(QObject *parent = nullptr);
    ~LoadTest() override;

    // Whether config can run: requests and concurrency (or rate) positive, warm-up not negative.
    static bool checkConfig(const LoadTestConfig &config, QString *error);
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
    bool canLaunch() const;
    void launchReady();
    void launch(int index);
    void requestFinished(QNetworkAccessManager *network, int index, const RequestTiming &timing);
    void arrive();
    void finish();

    LoadTestConfig m_config;
    QList<LoadTestPrompt> m_prompts;
    QList<QNetworkAccessManager *> m_idleNetworks;
    QList<double> m_arrivals; // seconds from the start at which each request is due (open loop)
    QTimer m_arrivalTimer;
    int m_arrived = 0;        // requests that are due
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
