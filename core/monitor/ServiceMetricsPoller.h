#pragma once

#include "monitor/SampleRing.h"
#include "monitor/ServiceMetrics.h"
#include "monitor/ServiceMetricsDeriver.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkReply;

namespace AscendDeck {

// Polls the engine's Prometheus endpoint (vLLM: the API port's /metrics; MindIE: metricsPort) once a
// second over HTTP and keeps the derived figures in a ring. The request is asynchronous; a scrape still
// outstanding when the next tick comes is abandoned, and a scrape that fails marks the service down. Each
// start() is a new run: a reply that arrives after stop() or from a previous start is dropped.
class ServiceMetricsPoller : public QObject
{
    Q_OBJECT
public:
    explicit ServiceMetricsPoller(QObject *parent = nullptr, int capacity = 900);
    ~ServiceMetricsPoller() override;

    void setUrl(const QUrl &metricsUrl) { m_url = metricsUrl; }
    QUrl url() const { return m_url; }
    void setIntervalMs(int ms) { m_timer.setInterval(ms); }
    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    quint64 runId() const { return m_run; }

    const SampleRing<ServiceMetrics> &history() const { return m_history; }
    bool isUp() const { return !m_history.isEmpty() && m_history.latest().up; }

signals:
    void updated(const AscendDeck::ServiceMetrics &metrics);
    void serviceDown(const QString &reason);
    void serviceUp();

private:
    void poll();
    void finished(QNetworkReply *reply, quint64 run);
    void record(const ServiceMetrics &metrics);

    QNetworkAccessManager m_network;
    QTimer m_timer;
    QUrl m_url;
    QPointer<QNetworkReply> m_reply;
    quint64 m_run = 0;
    ServiceMetricsDeriver m_deriver;
    SampleRing<ServiceMetrics> m_history;
};

} // namespace AscendDeck
