#pragma once

#include <QObject>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace AscendDeck {

// Asks the engine's health endpoint until it answers 200: a ready line in the log says the process thinks it
// is up, the answer says a client can reach it. Lives on the thread that owns it (the GUI thread).
class LaunchHealthProbe : public QObject
{
    Q_OBJECT
public:
    explicit LaunchHealthProbe(QObject *parent = nullptr);

    void start(const QUrl &url, int intervalMs, int timeoutMs);
    void stop();
    bool isRunning() const { return m_timer.isActive(); }

signals:
    void answered(const QUrl &url);
    void gaveUp(const QString &why);

private:
    void poll();
    void finishReply(QNetworkReply *reply);

    QNetworkAccessManager *m_network;
    QTimer m_timer;
    QUrl m_url;
    QString m_lastError;
    qint64 m_deadline = 0;
    quint64 m_round = 0;
    bool m_inFlight = false;
};

} // namespace AscendDeck
