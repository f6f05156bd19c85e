#include "LogBuffer.h"

#include <QMutexLocker>

namespace AscendDeck {

LogBuffer::LogBuffer(int capacity, QObject *parent)
    : QObject(parent)
    , m_capacity(capacity)
{
}

void LogBuffer::append(const QString &line)
{
    {
        QMutexLocker lock(&m_mutex);
        m_lines.append(line);
        if (m_lines.size() > m_capacity)
            m_lines.remove(0, m_lines.size() - m_capacity);
    }
    emit lineAdded(line);
}

QStringList LogBuffer::lines() const
{
    QMutexLocker lock(&m_mutex);
    return m_lines;
}

} // namespace AscendDeck
