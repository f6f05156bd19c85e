#include "LoadTest.h"

#include "loadtest/LoadTestDataset.h"
#include "loadtest/LoadTestRequest.h"

#include <QNetworkAccessManager>

namespace AscendDeck {

LoadTest::LoadTest(QObject *parent)
    : QObject(parent)
{
}

LoadTest::~LoadTest()
{
    cancel();
}

bool LoadTest::prepare(const LoadTestConfig &config, QString *error)
{
    if (config.requests <= 0 || config.concurrency <= 0) {
        *error = tr("the request count and the concurrency must be positive");
        return false;
    }
    QList<LoadTestPrompt> prompts;
    if (config.datasetPath.isEmpty())
        prompts = LoadTestDataset::fixed(config.requests, config.inputLen, config.outputLen);
    else if (!LoadTestDataset::shareGpt(config.datasetPath, config.requests, config.outputLen, &prompts, error))
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
    const int slotCount = qMin(m_config.concurrency, qMax(1, static_cast<int>(m_prompts.size())));
    while (static_cast<int>(m_slots.size()) < slotCount)
        m_slots.push_back(new QNetworkAccessManager(this));
    m_clock.start();
    for (int slot = 0; slot < slotCount; ++slot)
        launchNext(slot);
    if (m_prompts.isEmpty())
        finish();
}

void LoadTest::launchNext(int slot)
{
    if (m_next >= m_prompts.size() || !m_running)
        return;
    const int index = m_next++;
    auto *request = new LoadTestRequest(index, m_prompts.at(index), this);
    connect(request, &LoadTestRequest::finished, this,
            [this, slot](int i, const RequestTiming &timing) { requestFinished(slot, i, timing); });
    m_inFlight.append(request);
    m_peak = qMax(m_peak, ++m_active);
    request->send(m_slots.at(static_cast<size_t>(slot)), m_config.endpoint(), m_config.model, m_config.ignoreEos,
                  m_config.requestTimeoutMs, m_clock);
}

void LoadTest::requestFinished(int slot, int index, const RequestTiming &timing)
{
    auto *request = qobject_cast<LoadTestRequest *>(sender());
    m_inFlight.removeOne(request);
    if (request)
        request->deleteLater();
    --m_active;
    m_timings[index] = timing;
    ++m_done;
    m_failed += timing.success ? 0 : 1;
    m_outputTokens += timing.success ? timing.outputTokens : 0;
    const double seconds = static_cast<double>(m_clock.nsecsElapsed()) / 1e9;
    emit progress(m_done, static_cast<int>(m_prompts.size()), m_failed,
                  seconds > 0 ? static_cast<double>(m_outputTokens) / seconds : 0);
    launchNext(slot);
    if (m_active == 0)
        finish();
}

void LoadTest::cancel()
{
    if (!m_running)
        return;
    m_sent = m_next;
    m_next = static_cast<int>(m_prompts.size()); // no new request; the aborted ones finish as failures
    const QList<LoadTestRequest *> inFlight = m_inFlight;
    for (LoadTestRequest *request : inFlight)
        request->abort();
}

void LoadTest::finish()
{
    m_running = false;
    const double duration = static_cast<double>(m_clock.nsecsElapsed()) / 1e9;
    // After a cancel, the report covers the requests that were sent.
    m_report = LoadTestReport::compute(m_config, m_timings.mid(0, m_sent), duration, m_peak);
    emit finished(m_report);
}

} // namespace AscendDeck
