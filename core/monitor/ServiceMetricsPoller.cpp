#include "ServiceMetricsPoller.h"

#include "engine/PrometheusTextParser.h"

#include <QDateTime>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace AscendDeck {

ServiceMetricsPoller::ServiceMetricsPoller(QObject *parent, int capacity)
    : QObject(parent)
    , m_history(capacity)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &ServiceMetricsPoller::poll);
}

ServiceMetricsPoller::~ServiceMetricsPoller()
{
    stop();
}

void ServiceMetricsPoller::start()
{
    stop();
    ++m_run;
    m_deriver.reset();
    m_timer.start();
    poll();
}

void ServiceMetricsPoller::stop()
{
    ++m_run; // whatever the old run still delivers is stale
    m_timer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
}

void ServiceMetricsPoller::poll()
{
    if (m_reply) {
        // The previous scrape took a whole interval: the engine is hung or the network is; either way
        // the service does not answer.
        m_reply->abort();
    }
    QNetworkRequest request(m_url);
    request.setTransferTimeout(qMax(500, m_timer.interval() * 3));
    m_reply = m_network.get(request);
    QNetworkReply *reply = m_reply;
    const quint64 run = m_run;
    connect(reply, &QNetworkReply::finished, this, [this, reply, run] { finished(reply, run); });
}

void ServiceMetricsPoller::finished(QNetworkReply *reply, quint64 run)
{
    reply->deleteLater();
    if (m_reply == reply)
        m_reply = nullptr;
    if (run != m_run)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    ServiceMetrics metrics;
    metrics.timeMs = now;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        metrics.error = reply->error() != QNetworkReply::NoError ? reply->errorString()
                                                                 : tr("HTTP status %1").arg(status);
        record(metrics);
        return;
    }
    ParseError error;
    const PrometheusMetrics parsed = PrometheusTextParser::parse(reply->readAll(), &error);
    if (error.isError()) {
        metrics.error = tr("unreadable metrics: %1").arg(error.toString());
        record(metrics);
        return;
    }
    record(m_deriver.update(parsed, now));
}

void ServiceMetricsPoller::record(const ServiceMetrics &metrics)
{
    const bool wasUp = isUp();
    const bool first = m_history.isEmpty();
    m_history.push(metrics);
    emit updated(metrics);
    if (metrics.up && (!wasUp || first))
        emit serviceUp();
    else if (!metrics.up && (wasUp || first))
        emit serviceDown(metrics.error);
}

} // namespace AscendDeck
