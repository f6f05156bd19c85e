#include "LoadTest.h"

#include "loadtest/LoadTestDataset.h"
#include "loadtest/LoadTestRequest.h"

#include <QNetworkAccessManager>
#include <QRandomGenerator>

#include <cmath>

namespace AscendDeck {

LoadTest::LoadTest(QObject *parent)
    : QObject(parent)
{
    m_arrivalTimer.setSingleShot(true);
    m_arrivalTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_arrivalTimer, &QTimer::timeout, this, &LoadTest::arrive);
}

LoadTest::~LoadTest()
{
    cancel();
}

bool LoadTest::checkConfig(const LoadTestConfig &config, QString *error)
{
    if (config.requests <= 0 || config.concurrency < 0 || (config.concurrency == 0 && config.requestRate <= 0)
        || config.warmupRequests < 0) {
        *error = tr("the request count and the concurrency must be positive");
        return false;
    }
    return true;
}

bool LoadTest::prepare(const LoadTestConfig &config, QString *error)
{
    QList<LoadTestPrompt> prompts;
    if (!checkConfig(config, error) || !LoadTestDataset::build(config, config.requests, &prompts, error))
        return false;
    prepare(config, prompts);
    return true;
}

void LoadTest::prepare(const LoadTestConfig &config, const QList<LoadTestPrompt> &prompts)
{
    m_config = config;
    m_config.requests = static_cast<int>(prompts.size());
    m_prompts = prompts;
}

void LoadTest::start()
{
    if (m_running)
        return;
    m_timings = QList<RequestTiming>(m_prompts.size());
    m_next = m_done = m_failed = m_active = m_peak = 0;
    m_sent = static_cast<int>(m_prompts.size());
    m_outputTokens = 0;
    m_running = true;
    m_arrivals.clear();
    if (m_config.requestRate > 0) {
        // Exponential gaps, from a fixed seed so that every run of a rate sends at the same moments.
        QRandomGenerator generator(0);
        double at = 0;
        for (qsizetype i = 0; i < m_prompts.size(); ++i) {
            m_arrivals.append(at);
            at += -std::log(1.0 - generator.generateDouble()) / m_config.requestRate;
        }
        m_arrived = 0;
    } else {
        m_arrived = static_cast<int>(m_prompts.size());
    }
    m_clock.start();
    if (m_prompts.isEmpty())
        finish();
    else if (m_config.requestRate > 0)
        arrive();
    else
        launchReady();
}

void LoadTest::arrive()
{
    if (!m_running)
        return;
    const double now = static_cast<double>(m_clock.nsecsElapsed()) / 1e9;
    while (m_arrived < m_arrivals.size() && m_arrivals.at(m_arrived) <= now)
        ++m_arrived;
    if (m_arrived < m_arrivals.size())
        m_arrivalTimer.start(qMax(0, static_cast<int>(std::ceil((m_arrivals.at(m_arrived) - now) * 1000))));
    launchReady();
}

bool LoadTest::canLaunch() const
{
    return m_running && m_next < m_arrived && (m_config.concurrency <= 0 || m_active < m_config.concurrency);
}

void LoadTest::launchReady()
{
    while (canLaunch())
        launch(m_next++);
}

void LoadTest::launch(int index)
{
    QNetworkAccessManager *network = m_idleNetworks.isEmpty() ? new QNetworkAccessManager(this)
                                                              : m_idleNetworks.takeLast();
    auto *request = new LoadTestRequest(index, m_prompts.at(index), this);
    connect(request, &LoadTestRequest::finished, this,
            [this, network](int i, const RequestTiming &timing) { requestFinished(network, i, timing); });
    m_inFlight.append(request);
    m_peak = qMax(m_peak, ++m_active);
    request->send(network, m_config.endpoint(), m_config.model, m_config.ignoreEos, m_config.requestTimeoutMs,
                  m_clock);
}

void LoadTest::requestFinished(QNetworkAccessManager *network, int index, const RequestTiming &timing)
{
    auto *request = qobject_cast<LoadTestRequest *>(sender());
    m_inFlight.removeOne(request);
    if (request)
        request->deleteLater();
    m_idleNetworks.append(network);
    --m_active;
    m_timings[index] = timing;
    ++m_done;
    m_failed += timing.success ? 0 : 1;
    m_outputTokens += timing.success ? timing.outputTokens : 0;
    const double seconds = static_cast<double>(m_clock.nsecsElapsed()) / 1e9;
    emit progress(m_done, static_cast<int>(m_prompts.size()), m_failed,
                  seconds > 0 ? static_cast<double>(m_outputTokens) / seconds : 0);
    launchReady();
    if (m_active == 0 && m_next >= m_prompts.size())
        finish();
}

void LoadTest::cancel()
{
    if (!m_running)
        return;
    m_sent = m_next;
    m_next = static_cast<int>(m_prompts.size()); // no new request; the aborted ones finish as failures
    m_arrivalTimer.stop();
    const QList<LoadTestRequest *> inFlight = m_inFlight;
    for (LoadTestRequest *request : inFlight)
        request->abort();
    if (m_active == 0) // between two arrivals: nothing will finish to end the run
        finish();
}

void LoadTest::finish()
{
    if (!m_running) // a cancel whose aborted requests already ended the run
        return;
    m_running = false;
    m_arrivalTimer.stop();
    const double duration = static_cast<double>(m_clock.nsecsElapsed()) / 1e9;
    // After a cancel, the report covers the requests that were sent.
    m_report = LoadTestReport::compute(m_config, m_timings.mid(0, m_sent), duration, m_peak);
    emit finished(m_report);
}

} // namespace AscendDeck
