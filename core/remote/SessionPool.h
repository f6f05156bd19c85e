#pragma once

#include "CancelToken.h"
#include "CommandResult.h"
#include "RemoteCommand.h"
#include "SessionOptions.h"
#include "SshTarget.h"

#include <QHash>
#include <QMutex>

#include <memory>

namespace AscendDeck {

class SshSession;

// One SSH session per server, created on first use and reused by every later command: the handshake
// (key exchange + auth, ~120 ms) is paid once per server, not once per command. Thread-safe.
class SessionPool
{
public:
    explicit SessionPool(SessionOptions options = {});
    ~SessionPool();

    const SessionOptions &options() const { return m_options; }
    void setUnknownHostKeyHandler(UnknownHostKeyHandler handler);
    // Who supplies a sudo password a session needs and does not have (the console's prompt).
    void setSudoPasswordHandler(SudoPasswordHandler handler);
    // Credentials for servers without their own. Drops pooled sessions; commands in flight finish on theirs.
    void setDefaultCredentials(const SshCredentials &credentials);
    // Credentials for one server; others use options().credentials.
    void setCredentials(const SshTarget &target, const SshCredentials &credentials);

    // The pooled connection to target. A named lane is a connection of its own to the same server, for a
    // long-lived stream (the monitor's) that must not share the fate of the commands: when it resets its
    // connection, they go on.
    std::shared_ptr<SshSession> session(const SshTarget &target, const QString &lane = QString());
    CommandResult run(const SshTarget &target, const RemoteCommand &command, const CancelToken &cancel = {});
    CommandResult upload(const SshTarget &target, const QByteArray &data, const QString &remotePath, int mode,
                         const CancelToken &cancel = {});
    // An upload to a root-owned path (see SshSession::uploadAsRoot).
    CommandResult uploadAsRoot(const SshTarget &target, const QByteArray &data, const QString &remotePath, int mode,
                               const CancelToken &cancel = {});
    // Drops every pooled session (for instance after the known_hosts file changed).
    void closeAll();
    int sessionCount() const;

private:
    std::shared_ptr<SshSession> createLocked(const SshTarget &target, bool jumpHop);
    // The session to the last of hops, through the ones before it: one per bastion, shared by every server
    // behind it.
    std::shared_ptr<SshSession> jumpSession(const QList<SshTarget> &hops);

    mutable QMutex m_mutex;
    SessionOptions m_options;
    QHash<QString, SshCredentials> m_credentials;
    QHash<QString, std::shared_ptr<SshSession>> m_sessions;
};

} // namespace AscendDeck
