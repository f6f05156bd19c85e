#pragma once

#include "CancelToken.h"
#include "CommandResult.h"
#include "RemoteCommand.h"
#include "SessionOptions.h"
#include "SshTarget.h"

#include <QMutex>

#include <functional>
#include <list>
#include <memory>

struct ssh_session_struct;
struct ssh_channel_struct;

namespace AscendDeck {

// One SSH connection to one server, shared by every command for that server. Thread-safe: libssh is not,
// so every call into it holds m_mutex, and long reads are cut into short slices so that several commands
// (and a long-lived monitoring channel) can share the connection. A dead connection is re-established by
// the next command.
class SshSession
{
public:
    SshSession(SshTarget target, SshCredentials credentials, SessionOptions options);
    // Gives the session to the last of hops, itself reached through the ones before it (the pool shares
    // one per bastion). Without one, a target with jump hosts cannot connect.
    using JumpProvider = std::function<std::shared_ptr<SshSession>(const QList<SshTarget> &hops)>;
    void setJumpProvider(JumpProvider provider) { m_jumpProvider = std::move(provider); }
    // A hop of someone else's jump list: ~/.ssh/config's ProxyJump for it is not followed (no loops).
    void setIsJumpHop(bool hop) { m_isJumpHop = hop; }
    ~SshSession();
    SshSession(const SshSession &) = delete;
    SshSession &operator=(const SshSession &) = delete;

    const SshTarget &target() const { return m_target; }
    // The user libssh resolved (from the target, ~/.ssh/config or the local user); valid once connected.
    QString loginUser() const;
    // The server's host key as "TYPE BASE64" (a known_hosts line without the host), as it was checked against
    // known_hosts on the last connect; empty before. For handing a server's verified key to another server.
    QString hostKey() const;
    // The address and port connected to, after ~/.ssh/config (HostName, Port) was applied; valid once connected.
    QString resolvedHost() const;
    int resolvedPort() const;

    // Connects, verifies the host key and authenticates if not already done. Returns an error result
    // (error != None) on failure.
    CommandResult ensureConnected(const CancelToken &cancel = {});
    bool isConnected() const;
    void disconnect();

    CommandResult exec(const RemoteCommand &command, const CancelToken &cancel = {});
    // Whether command would go through sudo here, as far as known now (for previews): a root login or sudo
    // off never does; a docker call does unless the login is known to be in the docker group.
    bool runsThroughSudo(const RemoteCommand &command) const;
    // Like exec, but hands stdout to onStdout as it arrives (for logs -f and metric streams).
    using ChunkHandler = std::function<void(const QByteArray &)>;
    CommandResult stream(const RemoteCommand &command, const ChunkHandler &onStdout, const ChunkHandler &onStderr,
                         const CancelToken &cancel = {});
    // Writes data to remotePath through SFTP (a temporary file renamed into place) with the given mode bits.
    CommandResult upload(const QByteArray &data, const QString &remotePath, int mode, const CancelToken &cancel = {});
    // Like upload, for a root-owned path: on a non-root login with sudo, the data goes to a private temporary
    // file (mktemp, mode 600), then `sudo install -m MODE -o OWNER -g GROUP` puts it in place.
    CommandResult uploadAsRoot(const QByteArray &data, const QString &remotePath, int mode,
                               const QString &owner = QStringLiteral("root"), const QString &group = QStringLiteral("root"),
                               const CancelToken &cancel = {});

    // A TCP connection from this server to host:port (a direct-tcpip channel, like ssh -W), handed back as
    // one end of a local socket pair: for a session to a server behind this one. The caller owns the fd.
    CommandResult openTunnel(const QString &host, int port, int *fd);

private:
    class Tunnel;
    CommandResult prepareSudo(const RemoteCommand &command, QString *prefix, QByteArray *secretInput,
                              const CancelToken &cancel);
    CommandResult checkSudoLocked(const CancelToken &cancel);
    CommandResult checkSudoPasswordLocked(const QString &noPasswordError, const CancelToken &cancel);
    bool inDockerGroup(const CancelToken &cancel);
    CommandResult connectThroughJumpLocked(const QList<SshTarget> &hops);
    QList<SshTarget> configJumpHopsLocked() const;
    CommandResult connectLocked(const CancelToken &cancel);
    CommandResult verifyHostKeyLocked();
    CommandResult authenticateLocked();
    CommandResult failure(RemoteError error, const QString &message) const;
    CommandResult runChannel(const RemoteCommand &command, const QString &sudoPrefix, const QByteArray &secretInput,
                             const ChunkHandler &onStdout,
                             const ChunkHandler &onStderr, const CancelToken &cancel);
    ssh_channel_struct *openChannelLocked(const QString &line, QString *error);
    void logCommand(const RemoteCommand &command, const CommandResult &result, bool throughSudo = false) const;

    SshTarget m_target;
    SshCredentials m_credentials;
    SessionOptions m_options;
    mutable QMutex m_mutex;
    ssh_session_struct *m_session = nullptr;
    // Bumped whenever m_session is freed: freeing a session frees its channels, so a command whose channel
    // belongs to an older generation must not touch it again (another thread reconnected under it).
    quint64 m_generation = 0;
    int m_openChannels = 0; // commands running on m_session now
    QString m_loginUser;
    QString m_hostKey;
    QString m_resolvedHost;
    int m_resolvedPort = 22;

    JumpProvider m_jumpProvider;
    bool m_isJumpHop = false;
    std::shared_ptr<SshSession> m_via; // the bastion this session goes through, kept alive while in use
    std::list<std::unique_ptr<Tunnel>> m_tunnels; // channels of sessions behind this one (guarded by m_mutex)

    // What sudo needs on this login, found out once (guarded by m_sudoMutex, held across the probes).
    enum class SudoState { Unknown, NoPasswordNeeded, PasswordAccepted };
    mutable QMutex m_sudoMutex;
    SudoState m_sudoState = SudoState::Unknown;
    QString m_sudoPassword; // the one sudo accepted (from the credentials or the handler)
    int m_dockerGroup = -1; // -1 unknown, 0 no, 1 yes
};

} // namespace AscendDeck
