#include "SessionPool.h"

#include "SshSession.h"

#include <QMutexLocker>

namespace AscendDeck {

SessionPool::SessionPool(SessionOptions options)
    : m_options(std::move(options))
{
}

SessionPool::~SessionPool()
{
    closeAll();
}

void SessionPool::setUnknownHostKeyHandler(UnknownHostKeyHandler handler)
{
    QMutexLocker lock(&m_mutex);
    m_options.unknownHostKey = std::move(handler);
    m_sessions.clear(); // sessions copy the options; new ones pick up the handler
}

void SessionPool::setSudoPasswordHandler(SudoPasswordHandler handler)
{
    QMutexLocker lock(&m_mutex);
    m_options.sudoPassword = std::move(handler);
    m_sessions.clear();
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
    const QString key = target.poolKey();
    const auto known = m_credentials.constFind(key);
    if (known != m_credentials.constEnd() && *known == credentials)
        return; // the same login: the pooled sessions stay
    m_credentials.insert(key, credentials);
    m_sessions.removeIf([&key](const auto &it) { return it.key() == key || it.key().startsWith(key + QLatin1Char('#')); });
}

std::shared_ptr<SshSession> SessionPool::session(const SshTarget &target, const QString &lane)
{
    QMutexLocker lock(&m_mutex);
    auto &slot = m_sessions[lane.isEmpty() ? target.poolKey() : target.poolKey() + QLatin1Char('#') + lane];
    if (!slot)
        slot = createLocked(target, false);
    return slot;
}

std::shared_ptr<SshSession> SessionPool::createLocked(const SshTarget &target, bool jumpHop)
{
    SshCredentials credentials = m_credentials.value(target.poolKey(), m_options.credentials);
    if (target.sudo)
        credentials.sudo = *target.sudo;
    SshTarget routed = target;
    if (!jumpHop && routed.jump.isEmpty())
        routed.jump = m_options.jumpHosts;
    auto session = std::make_shared<SshSession>(routed, credentials, m_options);
    session->setIsJumpHop(jumpHop);
    // The pool outlives its sessions' connections: closeAll() and the destructor drop them first.
    session->setJumpProvider([this](const QList<SshTarget> &hops) { return jumpSession(hops); });
    return session;
}

std::shared_ptr<SshSession> SessionPool::jumpSession(const QList<SshTarget> &hops)
{
    SshTarget hop = hops.last();
    hop.jump = hops.mid(0, hops.size() - 1);
    QMutexLocker lock(&m_mutex);
    auto &slot = m_sessions[QStringLiteral("jump:") + hop.poolKey()];
    if (!slot)
        slot = createLocked(hop, true);
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

CommandResult SessionPool::uploadAsRoot(const SshTarget &target, const QByteArray &data, const QString &remotePath,
                                        int mode, const CancelToken &cancel)
{
    return session(target)->uploadAsRoot(data, remotePath, mode, QStringLiteral("root"), QStringLiteral("root"), cancel);
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
