#include "SshSession.h"

#include "log/Log.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QObject>

#include <libssh/libssh.h>
#include <libssh/sftp.h>

#include <fcntl.h>
#include <poll.h>

namespace AscendDeck {

namespace {
constexpr int kIdleWaitMs = 100;     // longest wait for the socket before looking at the channel again
constexpr int kBufferSize = 32768;

QString sshError(ssh_session session)
{
    return QString::fromUtf8(ssh_get_error(session));
}

QByteArray local8(const QString &text)
{
    return QFile::encodeName(text);
}

QString defaultSshPath(const QString &name)
{
    return QDir::homePath() + QStringLiteral("/.ssh/") + name;
}
} // namespace

SshSession::SshSession(SshTarget target, SshCredentials credentials, SessionOptions options)
    : m_target(std::move(target))
    , m_credentials(std::move(credentials))
    , m_options(std::move(options))
{
}

SshSession::~SshSession()
{
    disconnect();
}

QString SshSession::loginUser() const
{
    QMutexLocker lock(&m_mutex);
    return m_loginUser;
}

bool SshSession::isConnected() const
{
    QMutexLocker lock(&m_mutex);
    return m_session && ssh_is_connected(m_session);
}

void SshSession::disconnect()
{
    QMutexLocker lock(&m_mutex);
    if (m_session) {
        ssh_disconnect(m_session);
        ssh_free(m_session);
        m_session = nullptr;
        ++m_generation;
        m_openChannels = 0;
    }
}

CommandResult SshSession::failure(RemoteError error, const QString &message) const
{
    CommandResult result;
    result.error = error;
    result.errorString = message;
    return result;
}

CommandResult SshSession::ensureConnected(const CancelToken &cancel)
{
    QMutexLocker lock(&m_mutex);
    if (m_session && ssh_is_connected(m_session))
        return {};
    return connectLocked(cancel);
}

CommandResult SshSession::connectLocked(const CancelToken &cancel)
{
    if (m_session) {
        ssh_free(m_session);
        m_session = nullptr;
        ++m_generation;
        m_openChannels = 0;
    }
    if (cancel.isCancelled())
        return failure(RemoteError::Cancelled, QObject::tr("%1: cancelled").arg(m_target.displayName()));

    m_session = ssh_new();
    const QByteArray host = m_target.host.toUtf8();
    ssh_options_set(m_session, SSH_OPTIONS_HOST, host.constData());
    // ~/.ssh/config first, so that what the user typed explicitly overrides it (Host aliases, User, Port,
    // IdentityFile and ProxyJump come from here).
    const QString config = m_options.sshConfigFile.isEmpty() ? defaultSshPath(QStringLiteral("config"))
                                                             : m_options.sshConfigFile;
    if (QFileInfo::exists(config))
        ssh_options_parse_config(m_session, local8(config).constData());
    int processConfig = 0; // already done above; do not let ssh_connect() read the default file again
    ssh_options_set(m_session, SSH_OPTIONS_PROCESS_CONFIG, &processConfig);
    if (!m_target.user.isEmpty())
        ssh_options_set(m_session, SSH_OPTIONS_USER, m_target.user.toUtf8().constData());
    if (m_target.port > 0) {
        const unsigned int port = static_cast<unsigned int>(m_target.port);
        ssh_options_set(m_session, SSH_OPTIONS_PORT, &port);
    }
    const QString knownHosts = m_options.knownHostsFile.isEmpty() ? defaultSshPath(QStringLiteral("known_hosts"))
                                                                  : m_options.knownHostsFile;
    QDir().mkpath(QFileInfo(knownHosts).absolutePath());
    ssh_options_set(m_session, SSH_OPTIONS_KNOWNHOSTS, local8(knownHosts).constData());
    if (!m_options.knownHostsFile.isEmpty())
        ssh_options_set(m_session, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, "/dev/null");
    const long timeoutSec = qMax(1, (m_options.connectTimeoutMs + 999) / 1000);
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &timeoutSec);

    if (ssh_connect(m_session) != SSH_OK) {
        const QString message = QObject::tr("%1: cannot connect: %2").arg(m_target.displayName(), sshError(m_session));
        ssh_free(m_session);
        m_session = nullptr;
        return failure(RemoteError::ConnectFailed, message);
    }
    // Only known for sure once connected: without an explicit user, libssh settles it (config file or the
    // local user) while connecting. sudo is added or not depending on it.
    char *user = nullptr;
    if (ssh_options_get(m_session, SSH_OPTIONS_USER, &user) == SSH_OK && user) {
        m_loginUser = QString::fromUtf8(user);
        ssh_string_free_char(user);
    }
    CommandResult result = verifyHostKeyLocked();
    if (result.ran())
        result = authenticateLocked();
    if (!result.ran()) {
        ssh_disconnect(m_session);
        ssh_free(m_session);
        m_session = nullptr;
    }
    return result;
}

CommandResult SshSession::verifyHostKeyLocked()
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(m_session, &key) != SSH_OK)
        return failure(RemoteError::ConnectFailed,
                       QObject::tr("%1: the server sent no host key").arg(m_target.displayName()));
    unsigned char *hash = nullptr;
    size_t hashLength = 0;
    HostKeyInfo info;
    info.host = m_target.host;
    info.port = m_target.port > 0 ? m_target.port : 22;
    info.keyType = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key)));
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &hashLength) == SSH_OK) {
        char *fingerprint = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, hashLength);
        info.fingerprint = QString::fromLatin1(fingerprint);
        ssh_string_free_char(fingerprint);
        ssh_clean_pubkey_hash(&hash);
    }
    ssh_key_free(key);
    char *knownHosts = nullptr;
    ssh_options_get(m_session, SSH_OPTIONS_KNOWNHOSTS, &knownHosts);
    info.knownHostsFile = QString::fromUtf8(knownHosts);
    ssh_string_free_char(knownHosts);

    switch (ssh_session_is_known_server(m_session)) {
    case SSH_KNOWN_HOSTS_OK:
        return {};
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER:
        Log::remote()->warn("host key for {} changed: now {} {}; refused", m_target.displayName().toStdString(),
                            info.keyType.toStdString(), info.fingerprint.toStdString());
        return failure(RemoteError::HostKeyChanged,
                       QObject::tr("%1: WARNING: the host key has changed (now %2 %3). Someone may be intercepting "
                                   "the connection, or the server was reinstalled. Refusing to connect; if the "
                                   "change is expected, remove the old key from %4.")
                           .arg(m_target.displayName(), info.keyType, info.fingerprint, info.knownHostsFile));
    case SSH_KNOWN_HOSTS_UNKNOWN:
    case SSH_KNOWN_HOSTS_NOT_FOUND:
        if (m_options.unknownHostKey && m_options.unknownHostKey(info)) {
            if (ssh_session_update_known_hosts(m_session) != SSH_OK)
                return failure(RemoteError::HostKeyUnknown, QObject::tr("%1: cannot write %2: %3")
                                                                .arg(m_target.displayName(), info.knownHostsFile,
                                                                     sshError(m_session)));
            Log::remote()->info("host key for {} accepted: {} {}", m_target.displayName().toStdString(),
                                info.keyType.toStdString(), info.fingerprint.toStdString());
            return {};
        }
        return failure(RemoteError::HostKeyUnknown,
                       QObject::tr("%1: unknown host key %2 %3; not accepted")
                           .arg(m_target.displayName(), info.keyType, info.fingerprint));
    case SSH_KNOWN_HOSTS_ERROR:
        break;
    }
    return failure(RemoteError::ConnectFailed,
                   QObject::tr("%1: cannot check the host key: %2").arg(m_target.displayName(), sshError(m_session)));
}

CommandResult SshSession::authenticateLocked()
{
    QStringList tried;
    const QByteArray passphrase = m_credentials.passphrase.toUtf8();
    if (!m_credentials.identityFile.isEmpty()) {
        tried << QObject::tr("key %1").arg(m_credentials.identityFile);
        ssh_key key = nullptr;
        const int rc = ssh_pki_import_privkey_file(local8(m_credentials.identityFile).constData(),
                                                   passphrase.isEmpty() ? nullptr : passphrase.constData(),
                                                   nullptr, nullptr, &key);
        if (rc == SSH_OK) {
            const int auth = ssh_userauth_publickey(m_session, nullptr, key);
            ssh_key_free(key);
            if (auth == SSH_AUTH_SUCCESS)
                return {};
        } else {
            tried.last() += QObject::tr(" (unreadable, or wrong passphrase)");
        }
    } else if (m_credentials.useAgent || !passphrase.isEmpty()) {
        // The agent, then ~/.ssh/config's IdentityFile and the default keys.
        tried << QObject::tr("agent and default keys");
        if (ssh_userauth_publickey_auto(m_session, nullptr, passphrase.isEmpty() ? nullptr : passphrase.constData())
            == SSH_AUTH_SUCCESS)
            return {};
    }
    if (m_credentials.hasPassword()) {
        tried << QObject::tr("password");
        if (ssh_userauth_password(m_session, nullptr, m_credentials.password.toUtf8().constData())
            == SSH_AUTH_SUCCESS)
            return {};
    }
    return failure(RemoteError::AuthFailed, QObject::tr("%1: authentication failed for user '%2' (tried: %3)")
                                                .arg(m_target.displayName(), m_loginUser,
                                                     tried.isEmpty() ? QObject::tr("nothing") : tried.join(QStringLiteral(", "))));
}

ssh_channel_struct *SshSession::openChannelLocked(const QString &line, QString *error)
{
    ssh_channel channel = ssh_channel_new(m_session);
    if (!channel) {
        *error = sshError(m_session);
        return nullptr;
    }
    if (ssh_channel_open_session(channel) != SSH_OK || ssh_channel_request_exec(channel, line.toUtf8().constData()) != SSH_OK) {
        *error = sshError(m_session);
        ssh_channel_free(channel);
        return nullptr;
    }
    return channel;
}

CommandResult SshSession::exec(const RemoteCommand &command, const CancelToken &cancel)
{
    return stream(command, {}, {}, cancel);
}

CommandResult SshSession::stream(const RemoteCommand &command, const ChunkHandler &onStdout,
                                 const ChunkHandler &onStderr, const CancelToken &cancel)
{
    QElapsedTimer timer;
    timer.start();
    CommandResult result = runChannel(command, onStdout, onStderr, cancel);
    result.durationMs = timer.elapsed();
    logCommand(command, result);
    return result;
}

CommandResult SshSession::runChannel(const RemoteCommand &command, const ChunkHandler &onStdout,
                                     const ChunkHandler &onStderr, const CancelToken &cancel)
{
    QElapsedTimer timer;
    timer.start();
    ssh_channel channel = nullptr;
    quint64 generation = 0;
    {
        QMutexLocker lock(&m_mutex);
        // Two attempts: the pooled connection may have died since the last command (server restarted,
        // network dropped). Nothing has run remotely when opening the channel fails, so retrying is safe.
        for (int attempt = 0; attempt < 2 && !channel; ++attempt) {
            // A second attempt reconnects only when no other command is using the connection: if one is,
            // the connection is alive, and resetting it would cut that command off.
            if (!m_session || !ssh_is_connected(m_session) || (attempt > 0 && m_openChannels == 0)) {
                CommandResult connected = connectLocked(cancel);
                if (!connected.ran())
                    return connected;
            }
            QString error;
            channel = openChannelLocked(command.commandLine(m_loginUser), &error);
            if (!channel && attempt == 1)
                return failure(RemoteError::ChannelFailed,
                               QObject::tr("%1: cannot start the command: %2").arg(m_target.displayName(), error));
        }
        QByteArray input = command.stdinData;
        if (command.sudo && m_loginUser != QLatin1String("root") && m_credentials.hasPassword())
            input.prepend(m_credentials.password.toUtf8() + '\n');
        if (!input.isEmpty())
            ssh_channel_write(channel, input.constData(), static_cast<uint32_t>(input.size()));
        ssh_channel_send_eof(channel);
        generation = m_generation;
        ++m_openChannels;
    }

    CommandResult result;
    char buffer[kBufferSize];
    bool done = false;
    while (!done) {
        if (cancel.isCancelled()) {
            result.error = RemoteError::Cancelled;
            result.errorString = QObject::tr("%1: cancelled").arg(m_target.displayName());
            break;
        }
        if (command.timeoutMs > 0 && timer.elapsed() > command.timeoutMs) {
            result.error = RemoteError::Timeout;
            result.errorString = QObject::tr("%1: '%2' timed out after %3 s")
                                     .arg(m_target.displayName(), command.loggableCommand())
                                     .arg(command.timeoutMs / 1000.0);
            break;
        }
        QMutexLocker lock(&m_mutex);
        if (m_generation != generation) {
            channel = nullptr; // freed with the session it belonged to
            result.error = RemoteError::ChannelFailed;
            result.errorString = QObject::tr("%1: connection lost: it was reset while the command ran").arg(m_target.displayName());
            break;
        }
        const int n = ssh_channel_read_nonblocking(channel, buffer, sizeof buffer, 0);
        if (n > 0) {
            const QByteArray chunk(buffer, n);
            onStdout ? onStdout(chunk) : void(result.out += chunk);
        }
        int e = 0;
        while ((e = ssh_channel_read_nonblocking(channel, buffer, sizeof buffer, 1)) > 0) {
            const QByteArray chunk(buffer, e);
            onStderr ? onStderr(chunk) : void(result.err += chunk);
        }
        if (n == SSH_ERROR || e == SSH_ERROR) {
            result.error = RemoteError::ChannelFailed;
            result.errorString = QObject::tr("%1: connection lost: %2").arg(m_target.displayName(), sshError(m_session));
            break;
        }
        done = ssh_channel_is_eof(channel) && n <= 0 && e <= 0;
        if (done || n > 0)
            continue;
        // Nothing buffered: wait for the socket without holding the lock, so that other commands and
        // streams on this connection go on, and an idle stream costs no CPU. Data another thread pulls off
        // the socket for this channel is picked up at the next wake-up, at most kIdleWaitMs later.
        const socket_t fd = ssh_get_fd(m_session);
        lock.unlock();
        pollfd socket{fd, POLLIN, 0};
        poll(&socket, 1, kIdleWaitMs);
    }
    QMutexLocker lock(&m_mutex);
    if (!channel || m_generation != generation)
        return result; // m_openChannels was reset with the session
    --m_openChannels;
    if (result.error == RemoteError::None) {
        result.exitStatus = ssh_channel_get_exit_status(channel);
    } else if (ssh_is_connected(m_session)) {
        // Ask the remote side to stop the command; closing the channel hangs it up in any case.
        ssh_channel_request_send_signal(channel, "TERM");
    }
    ssh_channel_close(channel);
    ssh_channel_free(channel);
    return result;
}

CommandResult SshSession::upload(const QByteArray &data, const QString &remotePath, int mode,
                                 const CancelToken &cancel)
{
    QElapsedTimer timer;
    timer.start();
    QMutexLocker lock(&m_mutex);
    if (!m_session || !ssh_is_connected(m_session)) {
        CommandResult connected = connectLocked(cancel);
        if (!connected.ran())
            return connected;
    }
    const QString where = m_target.displayName() + QLatin1Char(':') + remotePath;
    sftp_session sftp = sftp_new(m_session);
    if (!sftp || sftp_init(sftp) != SSH_OK) {
        if (sftp)
            sftp_free(sftp);
        return failure(RemoteError::TransferFailed, QObject::tr("%1: SFTP unavailable: %2").arg(where, sshError(m_session)));
    }
    // Written beside the target and renamed into place, so that a reader never sees half a file.
    const QByteArray finalPath = remotePath.toUtf8();
    const QByteArray tempPath = finalPath + ".ascenddeck-tmp";
    const mode_t bits = static_cast<mode_t>(mode);
    QString error;
    sftp_file file = sftp_open(sftp, tempPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, bits);
    if (!file) {
        error = QObject::tr("cannot create: %1").arg(sshError(m_session));
    } else {
        qsizetype offset = 0;
        while (offset < data.size() && error.isEmpty()) {
            if (cancel.isCancelled())
                error = QObject::tr("cancelled");
            const size_t chunk = static_cast<size_t>(qMin<qsizetype>(kBufferSize, data.size() - offset));
            const ssize_t written = error.isEmpty() ? sftp_write(file, data.constData() + offset, chunk) : -1;
            if (written < 0 && error.isEmpty())
                error = QObject::tr("write failed: %1").arg(sshError(m_session));
            offset += written > 0 ? written : 0;
        }
        sftp_close(file);
        // The umask may have cut the bits at creation; set them exactly.
        if (error.isEmpty() && sftp_chmod(sftp, tempPath.constData(), bits) != SSH_OK)
            error = QObject::tr("cannot set mode %1: %2").arg(QString::number(mode, 8), sshError(m_session));
        if (error.isEmpty() && sftp_rename(sftp, tempPath.constData(), finalPath.constData()) != SSH_OK) {
            // Plain SFTP v3 rename refuses to replace; remove the old file and retry.
            sftp_unlink(sftp, finalPath.constData());
            if (sftp_rename(sftp, tempPath.constData(), finalPath.constData()) != SSH_OK)
                error = QObject::tr("cannot move into place: %1").arg(sshError(m_session));
        }
        if (!error.isEmpty())
            sftp_unlink(sftp, tempPath.constData());
    }
    sftp_free(sftp);
    CommandResult result;
    if (!error.isEmpty())
        result = failure(RemoteError::TransferFailed, where + QStringLiteral(": ") + error);
    else
        result.exitStatus = 0;
    result.durationMs = timer.elapsed();
    Log::remote()->info("upload host={} path={} bytes={} mode={:o} result={} ms={}",
                        m_target.displayName().toStdString(), remotePath.toStdString(), data.size(), mode,
                        remoteErrorName(result.error).toStdString(), result.durationMs);
    return result;
}

void SshSession::logCommand(const RemoteCommand &command, const CommandResult &result) const
{
    Log::remote()->info("exec host={} argv={} exit={} result={} ms={}", m_target.displayName().toStdString(),
                        command.loggableCommand().toStdString(), result.exitStatus,
                        remoteErrorName(result.error).toStdString(), result.durationMs);
}

} // namespace AscendDeck
