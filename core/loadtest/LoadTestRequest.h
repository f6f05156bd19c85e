#pragma once

#include "loadtest/LoadTestPrompt.h"
#include "loadtest/RequestTiming.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace AscendDeck {

// One streaming chat-completions request: sends it, reads the server-sent events as they arrive and
// times them on the client, as vLLM's benchmark does (a chunk with content counts as a token).
class LoadTestRequest : public QObject
{
    Q_OBJECT
public:
    LoadTestRequest(int index, const LoadTestPrompt &prompt, QObject *parent = nullptr);

    // clock: the load test's timer, so that start offsets share one origin.
    void send(QNetworkAccessManager *network, const QUrl &endpoint, const QString &model, bool ignoreEos,
              int timeoutMs, const QElapsedTimer &clock);
    void abort();
    int index() const { return m_index; }

    static QByteArray requestBody(const LoadTestPrompt &prompt, const QString &model, bool ignoreEos);

signals:
    void finished(int index, const AscendDeck::RequestTiming &timing);
    // Each piece of the answer as it streams in (the chat box shows it; the load test does not listen).
    void contentReceived(int index, const QString &text);

private:
    void readEvents();
    void handleEvent(const QByteArray &data);
    void done();
    double elapsed() const;

    int m_index;
    LoadTestPrompt m_prompt;
    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_timer;
    QByteArray m_buffer;
    RequestTiming m_timing;
    double m_lastToken = -1;
    int m_contentChunks = 0;
    int m_usageCompletion = -1;
    int m_usagePrompt = -1;
    bool m_sawDone = false;
    bool m_finished = false;
};

} // namespace AscendDeck
