#include "LoadTestRequest.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <nlohmann/json.hpp>

namespace AscendDeck {

namespace {
// What a streamed event holds at key; -1 or empty when absent or of another type.
int integer(const nlohmann::json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_number_integer() ? it->get<int>() : -1;
}

QString text(const nlohmann::json &object, const char *key)
{
    const auto it = object.is_object() ? object.find(key) : object.end();
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}
} // namespace

LoadTestRequest::LoadTestRequest(int index, const LoadTestPrompt &prompt, QObject *parent)
    : QObject(parent)
    , m_index(index)
    , m_prompt(prompt)
{
}

QByteArray LoadTestRequest::requestBody(const LoadTestPrompt &prompt, const QString &model, bool ignoreEos)
{
    // nlohmann::json keeps its keys sorted: the same bytes as the body of earlier releases.
    const nlohmann::json message{{"role", "user"}, {"content", prompt.text.toStdString()}};
    nlohmann::json body{{"model", model.toStdString()},
                        {"messages", nlohmann::json::array({message})},
                        {"max_tokens", prompt.outputTokens},
                        {"temperature", 0},
                        {"stream", true},
                        // The last event then carries the server's token counts: no tokenizer needed here.
                        {"stream_options", {{"include_usage", true}}}};
    if (ignoreEos)
        body["ignore_eos"] = true;
    return QByteArray::fromStdString(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
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
    const nlohmann::json event = nlohmann::json::parse(data.constBegin(), data.constEnd(), nullptr, false);
    if (!event.is_object())
        return;
    const auto usage = event.find("usage");
    if (usage != event.end() && usage->is_object() && !usage->empty()) {
        m_usagePrompt = integer(*usage, "prompt_tokens");
        m_usageCompletion = integer(*usage, "completion_tokens");
    }
    const auto choices = event.find("choices");
    if (choices == event.end() || !choices->is_array() || choices->empty() || !choices->at(0).is_object())
        return;
    const nlohmann::json &choice = choices->at(0);
    const auto delta = choice.find("delta");
    const QString content = delta != choice.end() ? text(*delta, "content") : text(choice, "text");
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
