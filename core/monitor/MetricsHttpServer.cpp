#include "MetricsHttpServer.h"

#include <QTcpSocket>
#include <QTimer>

#include <utility>

namespace AscendDeck {

namespace {
// A request head larger than this is not a scraper's: refuse it rather than buffer without bound.
constexpr qsizetype kMaxHead = 16 * 1024;
// A connection that sends no complete request in this time is dropped (a half-open scraper, a port scan).
constexpr int kIdleMs = 15000;

QByteArray response(const QByteArray &status, const QByteArray &contentType, const QByteArray &body, bool withBody = true)
{
    QByteArray out = "HTTP/1.1 " + status + "\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                     + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
    if (withBody)
        out += body;
    return out;
}

qsizetype headEnd(const QByteArray &buffer)
{
    const qsizetype crlf = buffer.indexOf("\r\n\r\n");
    if (crlf >= 0)
        return crlf + 4;
    const qsizetype lf = buffer.indexOf("\n\n");
    return lf >= 0 ? lf + 2 : -1;
}
} // namespace

MetricsHttpServer::MetricsHttpServer(Body body, QByteArray contentType, QObject *parent)
    : QObject(parent)
    , m_body(std::move(body))
    , m_contentType(std::move(contentType))
{
    connect(&m_server, &QTcpServer::newConnection, this, &MetricsHttpServer::accept);
}

MetricsHttpServer::~MetricsHttpServer()
{
    // The connections still open would report their disconnection into a half-destroyed server.
    QList<QTcpSocket *> sockets = m_server.findChildren<QTcpSocket *>();
    sockets += findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : std::as_const(sockets))
        socket->disconnect(this);
}

bool MetricsHttpServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_server.listen(address, port))
        return true;
    *error = m_server.errorString();
    return false;
}

bool MetricsHttpServer::parseAddress(const QString &text, QHostAddress *address, quint16 *port, QString *error)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const int number = colon >= 0 ? text.mid(colon + 1).toInt(&ok) : 0;
    if (colon < 0 || !ok || number < 0 || number > 65535) {
        *error = tr("'%1' is not ADDRESS:PORT").arg(text);
        return false;
    }
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (host.isEmpty()) {
        *address = QHostAddress(QHostAddress::Any);
    } else if (!address->setAddress(host)) {
        *error = tr("'%1' is not an IP address").arg(host);
        return false;
    }
    *port = static_cast<quint16>(number);
    return true;
}

QByteArray MetricsHttpServer::respond(const QByteArray &requestHead) const
{
    const QByteArray requestLine = requestHead.left(requestHead.indexOf('\n')).trimmed();
    const QList<QByteArray> parts = requestLine.split(' ');
    const QByteArray text = "text/plain; charset=utf-8";
    if (parts.size() != 3 || !parts.at(2).startsWith("HTTP/"))
        return response("400 Bad Request", text, "bad request\n");
    const QByteArray &method = parts.at(0);
    if (method != "GET" && method != "HEAD")
        return response("405 Method Not Allowed", text, "only GET and HEAD\n");
    QByteArray path = parts.at(1);
    path = path.left(path.indexOf('?') >= 0 ? path.indexOf('?') : path.size());
    if (path != "/metrics")
        return response("404 Not Found", text, "not found: try /metrics\n", method == "GET");
    return response("200 OK", m_contentType, m_body(), method == "GET");
}

qsizetype MetricsHttpServer::bufferedBytes() const
{
    qsizetype total = 0;
    for (const QByteArray &buffer : m_buffers)
        total += buffer.size();
    return total;
}

void MetricsHttpServer::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_buffers.insert(socket, QByteArray());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        QTimer::singleShot(kIdleMs, socket, [socket] { socket->abort(); });
    }
}

void MetricsHttpServer::readFrom(QTcpSocket *socket)
{
    auto buffer = m_buffers.find(socket);
    if (buffer == m_buffers.end())
        return; // answered already; whatever follows is ignored
    buffer->append(socket->readAll());
    const qsizetype end = headEnd(*buffer);
    if (end < 0 && buffer->size() <= kMaxHead)
        return; // the rest of the request is still on its way
    const QByteArray reply = end < 0 ? response("431 Request Header Fields Too Large", "text/plain; charset=utf-8", "too large\n")
                                     : respond(buffer->left(end));
    m_buffers.erase(buffer);
    socket->write(reply);
    socket->disconnectFromHost(); // after the reply is written
}

} // namespace AscendDeck
