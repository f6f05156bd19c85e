#include "LoadTestRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace AscendDeck {

LoadTestRequest::LoadTestRequest(int index, const LoadTestPrompt &prompt, QObject *parent)
    : QObject(parent)
    , m_index(index)
    , m_prompt(prompt)
{
}

QByteArray LoadTestRequest::requestBody(const LoadTestPrompt &prompt, const QString &model, bool ignoreEos)
{
    QJsonObject message{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), prompt.text}};
    QJsonObject body{{QStringLiteral("model"), model},
                     {QStringLiteral("messages"), QJsonArray{message}},
                     {QStringLiteral("max_tokens"), prompt.outputTokens},
                     {QStringLiteral("temperature"), 0},
                     {QStringLiteral("stream"), true},
                     // The last event then carries the server's token counts: no tokenizer needed here.
                     {QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}}}};
    if (ignoreEos)
        body.insert(QStringLiteral("ignore_eos"), true);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

double LoadTestRequest::elapsed() const
{
    return static_cast<double>(m_timer.nsecsElapsed()) / 1e9;
}

void LoadTestRequest::send(QNetworkAccessManager *network, const QUrl &endpoint, const QString &model,
                           bool ignoreEos, int timeoutMs, const QElapsedTimer &clock)
{
    QNetworkRequest request(endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("text/event-stream"));
    request.setTransferTimeout(timeoutMs);
    const QByteArray body = requestBody(m_prompt, model, ignoreEos);
    m_timing.startOffset = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    m_timer.start();
    m_reply = network->post(request, body);
    connect(m_reply, &QNetworkReply::readyRead, this, &LoadTestRequest::readEvents);
    connect(m_reply, &QNetworkReply::finished, this, &LoadTestRequest::done);
}

void LoadTestRequest::abort()
{
    if (m_reply)
        m_reply->abort();
}

void LoadTestRequest::readEvents()
{
    m_buffer += m_reply->readAll();
    qsizetype end = 0;
    while ((end = m_buffer.indexOf('\n')) >= 0) {
        QByteArray line = m_buffer.left(end).trimmed();
        m_buffer.remove(0, end + 1);
        if (line.startsWith("data:"))
            handleEvent(line.mid(5).trimmed());
    }
}

void LoadTestRequest::handleEvent(const QByteArray &data)
{
    if (data == "[DONE]") {
        m_sawDone = true;
        return;
    }
    const QJsonObject event = QJsonDocument::fromJson(data).object();
    const QJsonObject usage = event.value(QStringLiteral("usage")).toObject();
    if (!usage.isEmpty()) {
        m_usagePrompt = usage.value(QStringLiteral("prompt_tokens")).toInt(-1);
        m_usageCompletion = usage.value(QStringLiteral("completion_tokens")).toInt(-1);
    }
    const QJsonArray choices = event.value(QStringLiteral("choices")).toArray();
    if (choices.isEmpty())
        return;
    const QJsonObject choice = choices.at(0).toObject();
    const QString content = choice.contains(QStringLiteral("delta"))
                                ? choice.value(QStringLiteral("delta")).toObject().value(QStringLiteral("content")).toString()
                                : choice.value(QStringLiteral("text")).toString();
    if (content.isEmpty())
        return; // the role-only first event is not a token
    const double now = elapsed();
    if (m_lastToken < 0)
        m_timing.ttft = now;
    else
        m_timing.itl.append(now - m_lastToken);
    m_lastToken = now;
    ++m_contentChunks;
    emit contentReceived(m_index, content);
}

void LoadTestRequest::done()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_reply->isOpen()) // closed after abort()
        readEvents();
    m_timing.e2el = elapsed();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_reply->error() != QNetworkReply::NoError) {
        m_timing.error = m_reply->errorString();
    } else if (status != 200) {
        m_timing.error = tr("HTTP status %1").arg(status);
    } else if (!m_sawDone || m_contentChunks == 0) {
        m_timing.error = tr("the stream ended without [DONE] or without any token");
    }
    m_timing.success = m_timing.error.isEmpty();
    m_timing.promptTokens = m_usagePrompt >= 0 ? m_usagePrompt : m_prompt.inputTokens;
    m_timing.outputTokens = m_usageCompletion >= 0 ? m_usageCompletion : m_contentChunks;
    m_reply->deleteLater();
    emit finished(m_index, m_timing);
}

} // namespace AscendDeck
