#pragma once

#include <QMutex>
#include <QObject>
#include <QStringList>

namespace AscendDeck {

// The last lines logged, kept in memory for the in-app log view. Lines arrive from any thread;
// lineAdded is emitted from that thread, so connect to it with a queued connection in the UI.
class LogBuffer : public QObject
{
    Q_OBJECT
public:
    explicit LogBuffer(int capacity = 5000, QObject *parent = nullptr);

    void append(const QString &line);
    QStringList lines() const;

signals:
    void lineAdded(const QString &line);

private:
    mutable QMutex m_mutex;
    QStringList m_lines;
    int m_capacity;
};

} // namespace AscendDeck
