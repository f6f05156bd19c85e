#include "ClusterMonitor.h"

namespace AscendDeck {

ClusterMonitor::ClusterMonitor(SessionPool *pool, const QList<SshTarget> &servers, int capacity, QObject *parent)
    : QObject(parent)
    , m_samples(capacity)
    , m_poller(nullptr, capacity)
{
    QStringList names;
    for (qsizetype i = 0; i < servers.size(); ++i) {
        names << servers.at(i).displayName();
        // A child too, so that Job::cancelAll on an ancestor (a window on quit) reaches its stream.
        auto sampler = std::make_unique<NpuSampler>(pool, servers.at(i), static_cast<int>(i), this);
        connect(sampler.get(), &NpuSampler::sampled, &m_samples, &ClusterSamples::addReadings);
        connect(sampler.get(), &NpuSampler::gap, &m_samples,
                [this](int server, qint64 timeMs, const QString &) { m_samples.addGap(server, timeMs); });
        connect(sampler.get(), &NpuSampler::sampled, &m_alerts, &AlertMonitor::observeReadings);
        connect(sampler.get(), &NpuSampler::gap, &m_alerts, &AlertMonitor::observeGap);
        m_samplers.push_back(std::move(sampler));
    }
    m_samples.setServers(names);
    m_alerts.setServerNames(names);
    connect(&m_poller, &ServiceMetricsPoller::updated, &m_alerts, &AlertMonitor::observeService);
}

ClusterMonitor::~ClusterMonitor()
{
    stop();
}

void ClusterMonitor::setSamplerOptions(const NpuSampler::Options &options)
{
    for (auto &sampler : m_samplers)
        sampler->setOptions(options);
}

void ClusterMonitor::setMetricsUrl(const QUrl &url)
{
    m_poller.setUrl(url);
}

void ClusterMonitor::start()
{
    for (auto &sampler : m_samplers)
        sampler->start();
    if (m_poller.url().isValid())
        m_poller.start();
}

void ClusterMonitor::stop()
{
    m_poller.stop();
    for (auto &sampler : m_samplers)
        sampler->stop();
}

} // namespace AscendDeck
