#include "SshSession.h"

#include "log/Log.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QObject>
#include <QRegularExpression>

#include <libssh/libssh.h>
#include <libssh/sftp.h>

#include <atomic>
#include <thread>

#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

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

bool writeAll(int fd, const char *data, qsizetype size)
{
    while (size > 0) {
        const ssize_t written = ::write(fd, data, static_cast<size_t>(size));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return false;
        data += written;
        size -= written;
    }
    return true;
}

// libssh 0.10 turns a ProxyJump line of ~/.ssh/config into "ssh [-l U] [-p P] [-J REST] -W '[%h]:%p' HOP1",
// a ProxyCommand that would run /usr/bin/ssh. The hops are read back from it and connected natively.
QList<SshTarget> hopsFromProxyCommand(const QString &command)
{
    const QStringList words = command.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 4 || words.first() != QLatin1String("ssh") || !words.contains(QStringLiteral("-W")))
        return {};
    SshTarget first;
    QString rest;
    for (int i = 1; i + 1 < words.size(); ++i) {
        const QString &word = words.at(i);
        if (word == QLatin1String("-l"))
            first.user = words.at(++i);
        else if (word == QLatin1String("-p"))
            first.port = words.at(++i).toInt();
        else if (word == QLatin1String("-J"))
            rest = words.at(++i);
        else if (word == QLatin1String("-W"))
            ++i;
        else
            return {}; // not libssh's own rendering: a ProxyCommand the user wrote
    }
    first.host = words.last();
    QList<SshTarget> hops{first};
    QList<SshTarget> more;
    QString error;
    if (!rest.isEmpty() && SshTarget::parseList(rest, &more, &error))
        hops += more;
    return hops;
}
} // namespace

// A direct-tcpip channel on this (the bastion's) session, pumped to and from one end of a socket pair whose
// other end is the socket of the session behind it. Runs on its own thread; every libssh call holds the
// owner's mutex, so the pump shares the connection with the owner's commands and its other tunnels.
class SshSession::Tunnel
{
public:
    Tunnel(SshSession *owner, ssh_channel channel, int fd)
        : m_owner(owner), m_channel(channel), m_fd(fd), m_generation(owner->m_generation)
    {
        m_thread = std::thread([this] { pump(); });
    }
    ~Tunnel()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    bool finished() const { return m_finished; }

private:
    void pump()
    {
        char buffer[kBufferSize];
        bool up = true;
        while (up && !m_stop) {
            QMutexLocker lock(&m_owner->m_mutex);
            if (m_owner->m_generation != m_generation) {
                m_channel = nullptr; // freed with the session it belonged to
                break;
            }
            const int n = ssh_channel_read_nonblocking(m_channel, buffer, sizeof buffer, 0);
            if (n > 0)
                up = writeAll(m_fd, buffer, n);
            else if (n == SSH_ERROR || ssh_channel_is_eof(m_channel) || !ssh_channel_is_open(m_channel))
                up = false;
            const ssize_t r = up ? ::recv(m_fd, buffer, sizeof buffer, MSG_DONTWAIT) : -1;
            if (r > 0)
                up = ssh_channel_write(m_channel, buffer, static_cast<uint32_t>(r)) != SSH_ERROR;
            else if (r == 0 || (r < 0 && errno != EAGAIN && errno != EWOULDBLOCK))
                up = false;
            if (!up || n > 0 || r > 0)
                continue;
            pollfd fds[2] = {{ssh_get_fd(m_owner->m_session), POLLIN, 0}, {m_fd, POLLIN, 0}};
            lock.unlock();
            poll(fds, 2, kIdleWaitMs);
        }
        {
            QMutexLocker lock(&m_owner->m_mutex);
            if (m_channel && m_owner->m_generation == m_generation) {
                ssh_channel_close(m_channel);
                ssh_channel_free(m_channel);
            }
        }
        ::close(m_fd); // the session behind sees the connection end
        m_finished = true;
    }

    SshSession *m_owner;
    ssh_channel m_channel;
    int m_fd;
    quint64 m_generation;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_finished{false};
    std::thread m_thread;
};

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

QString SshSession::hostKey() const
{
    QMutexLocker lock(&m_mutex);
    return m_hostKey;
}

QString SshSession::resolvedHost() const
{
    QMutexLocker lock(&m_mutex);
    return m_resolvedHost;
}

int SshSession::resolvedPort() const
{
    QMutexLocker lock(&m_mutex);
    return m_resolvedPort;
}

bool SshSession::isConnected() const
{
    QMutexLocker lock(&m_mutex);
    return m_session && ssh_is_connected(m_session);
}

void SshSession::disconnect()
{
    std::list<std::unique_ptr<Tunnel>> tunnels;
    std::shared_ptr<SshSession> via; // released after this session's socket to it is closed
    {
        QMutexLocker lock(&m_mutex);
        if (m_session) {
            ssh_disconnect(m_session);
            ssh_free(m_session);
            m_session = nullptr;
            ++m_generation;
            m_openChannels = 0;
        }
        tunnels.swap(m_tunnels);
        via.swap(m_via);
    }
    tunnels.clear(); // joins the pumps; they need m_mutex to notice the session is gone
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

    const QList<SshTarget> hops = !m_target.jump.isEmpty() ? m_target.jump : configJumpHopsLocked();
    if (!hops.isEmpty()) {
        CommandResult tunnel = connectThroughJumpLocked(hops);
        if (!tunnel.ran()) {
            ssh_free(m_session);
            m_session = nullptr;
            return tunnel;
        }
    }
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

QList<SshTarget> SshSession::configJumpHopsLocked() const
{
    char *proxy = nullptr;
    if (ssh_options_get(m_session, SSH_OPTIONS_PROXYCOMMAND, &proxy) != SSH_OK || !proxy)
        return {};
    const QList<SshTarget> hops = hopsFromProxyCommand(QString::fromUtf8(proxy));
    ssh_string_free_char(proxy);
    // Never run /usr/bin/ssh for it: the hops are connected here (and a hop's own ProxyJump is not followed,
    // as it may be the same "Host *" line that brought us here).
    if (!hops.isEmpty() || m_isJumpHop)
        ssh_options_set(m_session, SSH_OPTIONS_PROXYCOMMAND, "none");
    return m_isJumpHop ? QList<SshTarget>() : hops;
}

// Hands libssh a socket that ends in a direct-tcpip channel on the last hop's session, for the host and
// port ~/.ssh/config resolved (HostName, Port): the bastion connects to them, as with ssh -J.
CommandResult SshSession::connectThroughJumpLocked(const QList<SshTarget> &hops)
{
    if (!m_jumpProvider)
        return failure(RemoteError::ConnectFailed,
                       QObject::tr("%1: cannot go through jump hosts here").arg(m_target.displayName()));
    char *host = nullptr;
    ssh_options_get(m_session, SSH_OPTIONS_HOST, &host);
    const QString resolvedHost = host ? QString::fromUtf8(host) : m_target.host;
    ssh_string_free_char(host);
    unsigned int port = 22;
    ssh_options_get_port(m_session, &port);
    m_via = m_jumpProvider(hops);
    int fd = -1;
    const CommandResult tunnel = m_via->openTunnel(resolvedHost, static_cast<int>(port), &fd);
    if (!tunnel.ran())
        return failure(tunnel.error, QObject::tr("%1: through %2: %3")
                                         .arg(m_target.displayName(), m_via->target().displayName(), tunnel.errorString));
    socket_t socket = fd;
    ssh_options_set(m_session, SSH_OPTIONS_FD, &socket); // libssh closes it with the session
    ssh_options_set(m_session, SSH_OPTIONS_PROXYCOMMAND, "none");
    Log::remote()->info("connecting to {} through {}", m_target.displayName().toStdString(),
                        m_via->target().displayName().toStdString());
    return {};
}

CommandResult SshSession::openTunnel(const QString &host, int port, int *fd)
{
    QMutexLocker lock(&m_mutex);
    m_tunnels.remove_if([](const std::unique_ptr<Tunnel> &tunnel) { return tunnel->finished(); });
    if (!m_session || !ssh_is_connected(m_session)) {
        CommandResult connected = connectLocked({});
        if (!connected.ran())
            return connected;
    }
    ssh_channel channel = ssh_channel_new(m_session);
    if (!channel || ssh_channel_open_forward(channel, host.toUtf8().constData(), port, "127.0.0.1", 0) != SSH_OK) {
        const QString message = QObject::tr("%1 cannot open a connection to %2:%3: %4")
                                    .arg(m_target.displayName(), host).arg(port).arg(sshError(m_session));
        if (channel)
            ssh_channel_free(channel);
        return failure(RemoteError::ConnectFailed, message);
    }
    int pair[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) != 0) {
        ssh_channel_close(channel);
        ssh_channel_free(channel);
        return failure(RemoteError::ConnectFailed, QObject::tr("%1: no local socket for the tunnel").arg(m_target.displayName()));
    }
    m_tunnels.push_back(std::make_unique<Tunnel>(this, channel, pair[0]));
    *fd = pair[1];
    return {};
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
    char *base64 = nullptr;
    if (ssh_pki_export_pubkey_base64(key, &base64) == SSH_OK) {
        m_hostKey = info.keyType + QLatin1Char(' ') + QString::fromLatin1(base64);
        ssh_string_free_char(base64);
    }
    char *resolvedHost = nullptr;
    ssh_options_get(m_session, SSH_OPTIONS_HOST, &resolvedHost);
    m_resolvedHost = resolvedHost ? QString::fromUtf8(resolvedHost) : m_target.host;
    ssh_string_free_char(resolvedHost);
    unsigned int resolvedPort = 22;
    ssh_options_get_port(m_session, &resolvedPort);
    m_resolvedPort = static_cast<int>(resolvedPort);
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

bool SshSession::runsThroughSudo(const RemoteCommand &command) const
{
    if (!command.needsRoot() || m_credentials.sudo == SudoMode::Off || loginUser() == QLatin1String("root"))
        return false;
    if (command.privilege == RemotePrivilege::Docker) {
        QMutexLocker lock(&m_sudoMutex);
        return m_dockerGroup != 1;
    }
    return true;
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
    QString sudoPrefix;
    QByteArray secretInput;
    CommandResult result = prepareSudo(command, &sudoPrefix, &secretInput, cancel);
    if (result.ran())
        result = runChannel(command, sudoPrefix, secretInput, onStdout, onStderr, cancel);
    result.durationMs = timer.elapsed();
    logCommand(command, result, !sudoPrefix.isEmpty());
    return result;
}

// Decides how a command that needs root runs on this login: directly (root login, sudo off, docker group),
// or through sudo with the prefix and the stdin lines sudo reads first.
CommandResult SshSession::prepareSudo(const RemoteCommand &command, QString *prefix, QByteArray *secretInput,
                                      const CancelToken &cancel)
{
    if (!command.needsRoot())
        return {};
    CommandResult connected = ensureConnected(cancel);
    if (!connected.ran())
        return connected;
    if (loginUser() == QLatin1String("root") || m_credentials.sudo == SudoMode::Off)
        return {};
    if (command.privilege == RemotePrivilege::Docker && inDockerGroup(cancel))
        return {};
    QMutexLocker lock(&m_sudoMutex);
    if (m_sudoState == SudoState::Unknown) {
        CommandResult checked = checkSudoLocked(cancel);
        if (!checked.ran())
            return checked;
    }
    if (m_sudoState == SudoState::NoPasswordNeeded) {
        *prefix = QStringLiteral("sudo -n");
    } else {
        // -k: ignore a cached sudo ticket, so that sudo always reads the password line and the command never
        // gets it on its stdin.
        *prefix = QStringLiteral("sudo -S -p '' -k");
        *secretInput = m_sudoPassword.toUtf8() + '\n';
    }
    return {};
}

// Finds out once whether sudo works without a password, and else whether the sudo password is right. Both
// probes run `true`, so any failure is sudo's: a wrong password is told apart from a failing command.
CommandResult SshSession::checkSudoLocked(const CancelToken &cancel)
{
    const RemoteCommand withoutPassword = RemoteCommand::fromArgv(
        {QStringLiteral("sudo"), QStringLiteral("-k"), QStringLiteral("-n"), QStringLiteral("true")}, 30000);
    CommandResult probe = runChannel(withoutPassword, QString(), QByteArray(), {}, {}, cancel);
    logCommand(withoutPassword, probe);
    if (!probe.ran())
        return probe;
    if (probe.exitStatus == 0) {
        m_sudoState = SudoState::NoPasswordNeeded;
        return {};
    }
    const QString noPassword = QObject::tr("%1: sudo asks '%2' for a password, and no sudo password was given (%3)")
                                   .arg(m_target.displayName(), m_loginUser, QString::fromUtf8(probe.err).trimmed());
    if (m_credentials.sudo != SudoMode::Password)
        return failure(RemoteError::SudoFailed, noPassword);
    return checkSudoPasswordLocked(noPassword, cancel);
}

// Tries the known sudo password, else (or when it is refused) the one options().sudoPassword supplies:
// three tries, as sudo itself allows.
CommandResult SshSession::checkSudoPasswordLocked(const QString &noPasswordError, const CancelToken &cancel)
{
    const RemoteCommand withPassword = RemoteCommand::fromArgv(
        {QStringLiteral("sudo"), QStringLiteral("-k"), QStringLiteral("-S"), QStringLiteral("-p"), QString(),
         QStringLiteral("true")}, 30000);
    QString password = m_credentials.effectiveSudoPassword();
    bool wrong = false;
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (password.isEmpty() || wrong) {
            if (!m_options.sudoPassword)
                break;
            const std::optional<QString> answer = m_options.sudoPassword(SudoPasswordRequest{m_target, m_loginUser, wrong});
            if (!answer || answer->isEmpty())
                return failure(RemoteError::SudoFailed, noPasswordError);
            password = *answer;
        }
        if (password.isEmpty())
            return failure(RemoteError::SudoFailed, noPasswordError);
        const CommandResult probe = runChannel(withPassword, QString(), password.toUtf8() + '\n', {}, {}, cancel);
        logCommand(withPassword, probe);
        if (!probe.ran())
            return probe;
        if (probe.exitStatus == 0) {
            m_sudoPassword = password;
            m_sudoState = SudoState::PasswordAccepted;
            return {};
        }
        const QString said = QString::fromUtf8(probe.err).trimmed();
        if (said.contains(QLatin1String("sudoers")) || said.contains(QLatin1String("not allowed")))
            return failure(RemoteError::SudoFailed,
                           QObject::tr("%1: '%2' may not use sudo: %3").arg(m_target.displayName(), m_loginUser, said));
        wrong = true;
    }
    if (!wrong)
        return failure(RemoteError::SudoFailed, noPasswordError);
    return failure(RemoteError::SudoPasswordWrong,
                   QObject::tr("%1: the sudo password for '%2' is wrong").arg(m_target.displayName(), m_loginUser));
}

// Members of the docker group talk to the daemon without sudo (`id -nG`, asked once).
bool SshSession::inDockerGroup(const CancelToken &cancel)
{
    {
        QMutexLocker lock(&m_sudoMutex);
        if (m_dockerGroup >= 0)
            return m_dockerGroup == 1;
    }
    const RemoteCommand groups = RemoteCommand::fromArgv({QStringLiteral("id"), QStringLiteral("-nG")}, 30000);
    const CommandResult result = runChannel(groups, QString(), QByteArray(), {}, {}, cancel);
    if (!result.ok())
        return false;
    const bool member = QString::fromUtf8(result.out).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)
                            .contains(QStringLiteral("docker"));
    QMutexLocker lock(&m_sudoMutex);
    m_dockerGroup = member ? 1 : 0;
    return member;
}

CommandResult SshSession::runChannel(const RemoteCommand &command, const QString &sudoPrefix,
                                     const QByteArray &secretInput, const ChunkHandler &onStdout,
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
            channel = openChannelLocked(command.shellLine(sudoPrefix), &error);
            if (!channel && attempt == 1)
                return failure(RemoteError::ChannelFailed,
                               QObject::tr("%1: cannot start the command: %2").arg(m_target.displayName(), error));
        }
        QByteArray input = secretInput + command.stdinData;
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

CommandResult SshSession::uploadAsRoot(const QByteArray &data, const QString &remotePath, int mode,
                                       const QString &owner, const QString &group, const CancelToken &cancel)
{
    CommandResult connected = ensureConnected(cancel);
    if (!connected.ran())
        return connected;
    if (loginUser() == QLatin1String("root") || m_credentials.sudo == SudoMode::Off)
        return upload(data, remotePath, mode, cancel);
    // mktemp creates the file with mode 600, so nobody else reads the data before it is in place.
    const CommandResult temp = exec(RemoteCommand::fromArgv(
        {QStringLiteral("mktemp"), QStringLiteral("/tmp/ascenddeck-upload.XXXXXXXXXX")}, 30000), cancel);
    if (!temp.ok())
        return temp.ran() ? failure(RemoteError::TransferFailed,
                                    QObject::tr("%1: mktemp failed: %2").arg(m_target.displayName(), QString::fromUtf8(temp.err).trimmed()))
                          : temp;
    const QString tempPath = QString::fromUtf8(temp.out).trimmed();
    CommandResult result = upload(data, tempPath, 0600, cancel);
    if (result.ok()) {
        result = exec(RemoteCommand::fromArgv({QStringLiteral("install"), QStringLiteral("-m"), QString::number(mode, 8),
                                               QStringLiteral("-o"), owner, QStringLiteral("-g"), group, tempPath,
                                               remotePath}, 60000).asRoot(), cancel);
        if (result.ran() && result.exitStatus != 0)
            result = failure(RemoteError::TransferFailed, QObject::tr("%1:%2: sudo install failed: %3")
                                                              .arg(m_target.displayName(), remotePath,
                                                                   QString::fromUtf8(result.err).trimmed()));
    }
    exec(RemoteCommand::fromArgv({QStringLiteral("rm"), QStringLiteral("-f"), tempPath}, 30000), cancel);
    return result;
}

void SshSession::logCommand(const RemoteCommand &command, const CommandResult &result, bool throughSudo) const
{
    Log::remote()->info("exec host={} sudo={} argv={} exit={} result={} ms={}", m_target.displayName().toStdString(),
                        throughSudo ? "yes" : "no", command.loggableCommand().toStdString(), result.exitStatus,
                        remoteErrorName(result.error).toStdString(), result.durationMs);
}

} // namespace AscendDeck
