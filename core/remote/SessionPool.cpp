#include "SessionPool.h"

#include "SshSession.h"

#include <QMutexLocker>

namespace AscendDeck {

SessionPool::SessionPool(SessionOptions options)
    : m_options(std::move(options))
{
}

SessionPool::~SessionPool() = default;

void SessionPool::setUnknownHostKeyHandler(UnknownHostKeyHandler handler)
{
    QMutexLocker lock(&m_mutex);
    m_options.unknownHostKey = std::move(handler);
    m_sessions.clear(); // sessions copy the options; new ones pick up the handler
}

void SessionPool::setDefaultCredentials(const SshCredentials &credentials)
{
    QMutexLocker lock(&m_mutex);
    m_options.credentials = credentials;
    m_sessions.clear();
}

void SessionPool::setCredentials(const SshTarget &target, const SshCredentials &credentials)
{
    QMutexLocker lock(&m_mutex);
    m_credentials.insert(target.poolKey(), credentials);
    const QString key = target.poolKey();
    m_sessions.removeIf([&key](const auto &it) { return it.key() == key || it.key().startsWith(key + QLatin1Char('#')); });
}

std::shared_ptr<SshSession> SessionPool::session(const SshTarget &target, const QString &lane)
{
    QMutexLocker lock(&m_mutex);
    auto &slot = m_sessions[lane.isEmpty() ? target.poolKey() : target.poolKey() + QLatin1Char('#') + lane];
    if (!slot) {
        const SshCredentials credentials = m_credentials.value(target.poolKey(), m_options.credentials);
        slot = std::make_shared<SshSession>(target, credentials, m_options);
    }
    return slot;
}

CommandResult SessionPool::run(const SshTarget &target, const RemoteCommand &command, const CancelToken &cancel)
{
    return session(target)->exec(command, cancel);
}

CommandResult SessionPool::upload(const SshTarget &target, const QByteArray &data, const QString &remotePath, int mode,
                                  const CancelToken &cancel)
{
    return session(target)->upload(data, remotePath, mode, cancel);
}

void SessionPool::closeAll()
{
    QMutexLocker lock(&m_mutex);
    m_sessions.clear();
}

int SessionPool::sessionCount() const
{
    QMutexLocker lock(&m_mutex);
    return static_cast<int>(m_sessions.size());
}

} // namespace AscendDeck
