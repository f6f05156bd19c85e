#include "LaunchHealthProbe.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace AscendDeck {

LaunchHealthProbe::LaunchHealthProbe(QObject *parent) : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    // The engines sit on the cluster's own network: a desktop's http_proxy must not be asked to reach them.
    m_network->setProxy(QNetworkProxy::NoProxy);
    connect(&m_timer, &QTimer::timeout, this, &LaunchHealthProbe::poll);
}

void LaunchHealthProbe::start(const QUrl &url, int intervalMs, int timeoutMs)
{
    stop();
    m_url = url;
    m_lastError.clear();
    m_deadline = QDateTime::currentMSecsSinceEpoch() + timeoutMs;
    m_timer.start(intervalMs);
    poll();
}

void LaunchHealthProbe::stop()
{
    m_timer.stop();
    ++m_round; // an answer still on its way belongs to the previous round and is dropped
    m_inFlight = false;
}

void LaunchHealthProbe::poll()
{
    if (m_inFlight)
        return;
    if (QDateTime::currentMSecsSinceEpoch() > m_deadline) {
        stop();
        emit gaveUp(tr("%1 did not answer: %2").arg(m_url.toString(), m_lastError));
        return;
    }
    QNetworkRequest request(m_url);
    request.setTransferTimeout(5000);
    QNetworkReply *reply = m_network->get(request);
    m_inFlight = true;
    const quint64 round = m_round;
    connect(reply, &QNetworkReply::finished, this, [this, reply, round] {
        reply->deleteLater();
        if (round == m_round)
            finishReply(reply);
    });
}

void LaunchHealthProbe::finishReply(QNetworkReply *reply)
{
    m_inFlight = false;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError && status == 200) {
        stop();
        emit answered(m_url);
        return;
    }
    m_lastError = status > 0 ? tr("HTTP %1").arg(status) : reply->errorString();
}

} // namespace AscendDeck
