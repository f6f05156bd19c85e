#pragma once

#include "monitor/AlertMonitor.h"
#include "monitor/ClusterSamples.h"
#include "monitor/NpuSampler.h"
#include "monitor/ServiceMetricsPoller.h"
#include "remote/SshTarget.h"

#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>
#include <vector>

namespace AscendDeck {

class SessionPool;

// The monitor's wiring: one NpuSampler per server feeding ClusterSamples and AlertMonitor, plus the
// service's metrics poller when a URL is set. Lives on the GUI thread; what the overview and charts read.
class ClusterMonitor : public QObject
{
    Q_OBJECT
public:
    ClusterMonitor(SessionPool *pool, const QList<SshTarget> &servers, int capacity = 900, QObject *parent = nullptr);
    ~ClusterMonitor() override;

    void setSamplerOptions(const NpuSampler::Options &options);
    void setMetricsUrl(const QUrl &url);
    void start();
    void stop();

    ClusterSamples &samples() { return m_samples; }
    const ClusterSamples &samples() const { return m_samples; }
    AlertMonitor &alerts() { return m_alerts; }
    ServiceMetricsPoller &service() { return m_poller; }
    NpuSampler &sampler(int server) { return *m_samplers.at(static_cast<size_t>(server)); }
    int serverCount() const { return static_cast<int>(m_samplers.size()); }

private:
    ClusterSamples m_samples;
    AlertMonitor m_alerts;
    ServiceMetricsPoller m_poller;
    std::vector<std::unique_ptr<NpuSampler>> m_samplers;
};

} // namespace AscendDeck
