#pragma once

#include "CancelToken.h"
#include "CommandResult.h"
#include "RemoteCommand.h"
#include "SessionOptions.h"
#include "SshTarget.h"

#include <QMutex>

#include <functional>

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
    ~SshSession();
    SshSession(const SshSession &) = delete;
    SshSession &operator=(const SshSession &) = delete;

    const SshTarget &target() const { return m_target; }
    // The user libssh resolved (from the target, ~/.ssh/config or the local user); valid once connected.
    QString loginUser() const;

    // Connects, verifies the host key and authenticates if not already done. Returns an error result
    // (error != None) on failure.
    CommandResult ensureConnected(const CancelToken &cancel = {});
    bool isConnected() const;
    void disconnect();

    CommandResult exec(const RemoteCommand &command, const CancelToken &cancel = {});
    // Like exec, but hands stdout to onStdout as it arrives (for logs -f and metric streams).
    using ChunkHandler = std::function<void(const QByteArray &)>;
    CommandResult stream(const RemoteCommand &command, const ChunkHandler &onStdout, const ChunkHandler &onStderr,
                         const CancelToken &cancel = {});
    // Writes data to remotePath through SFTP (a temporary file renamed into place) with the given mode bits.
    CommandResult upload(const QByteArray &data, const QString &remotePath, int mode, const CancelToken &cancel = {});

private:
    CommandResult connectLocked(const CancelToken &cancel);
    CommandResult verifyHostKeyLocked();
    CommandResult authenticateLocked();
    CommandResult failure(RemoteError error, const QString &message) const;
    CommandResult runChannel(const RemoteCommand &command, const ChunkHandler &onStdout,
                             const ChunkHandler &onStderr, const CancelToken &cancel);
    ssh_channel_struct *openChannelLocked(const QString &line, QString *error);
    void logCommand(const RemoteCommand &command, const CommandResult &result) const;

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
};

} // namespace AscendDeck
