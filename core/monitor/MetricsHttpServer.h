#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace AscendDeck {

// The smallest HTTP/1.1 server Prometheus needs: GET (or HEAD) /metrics answers the provider's body, any other
// path 404, any other method 405; one request per connection (Connection: close). Requests may arrive in
// pieces and from many scrapers at once: each connection has its own buffer, read on the event loop.
class MetricsHttpServer : public QObject
{
    Q_OBJECT

public:
    using Body = std::function<QByteArray()>;

    MetricsHttpServer(Body body, QByteArray contentType, QObject *parent = nullptr);
    ~MetricsHttpServer() override;

    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const { return m_server.serverPort(); }
    QHostAddress address() const { return m_server.serverAddress(); }

    // "ADDR:PORT", "[v6]:PORT" or ":PORT" (every interface); false with a message otherwise.
    static bool parseAddress(const QString &text, QHostAddress *address, quint16 *port, QString *error);
    // The response to one complete request head ("GET /metrics HTTP/1.1\r\n..."): status line, headers, body.
    QByteArray respond(const QByteArray &requestHead) const;
    // Bytes of requests received but not complete yet, over every connection (for the tests).
    qsizetype bufferedBytes() const;

private:
    void accept();
    void readFrom(QTcpSocket *socket);

    Body m_body;
    QByteArray m_contentType;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace AscendDeck
