#pragma once

#include "SshCredentials.h"

#include <QList>
#include <QString>

#include <optional>

namespace AscendDeck {

// Where to connect: what the user typed ("admin@gpu1:2222", or an alias from ~/.ssh/config). Empty user
// and zero port mean "let ~/.ssh/config or the defaults decide".
struct SshTarget
{
    SshTarget() = default;
    SshTarget(QString host_, QString user_, int port_)
        : host(std::move(host_)), user(std::move(user_)), port(port_) {}

    QString host;
    QString user;
    int port = 0;
    // Jump hosts to go through, first hop first, as `ssh -J` takes them. Empty: ~/.ssh/config's ProxyJump
    // for this host, if any.
    QList<SshTarget> jump;
    // How root work runs on this server when it is set (a project's per-server choice); unset: the
    // credentials' sudo mode decides (the CLI's --sudo, the console's default).
    std::optional<SudoMode> sudo;

    QString displayName() const;
    bool operator==(const SshTarget &other) const
    {
        return host == other.host && user == other.user && port == other.port && jump == other.jump
            && sudo == other.sudo;
    }
    // A stable key for pooling: the same target typed twice shares one session.
    QString poolKey() const;
    // "a,b:2222" for the jump list.
    QString jumpText() const;

    // Parses "[USER@]HOST[:PORT]" with "[v6addr]:port" for IPv6. Returns false with a message on error.
    static bool parse(const QString &text, SshTarget *target, QString *error);
    // Whether user can be a login name (empty: the default login); parse refuses the others.
    static bool isLoginName(const QString &user);
    // Parses a comma separated list of targets.
    static bool parseList(const QString &text, QList<SshTarget> *targets, QString *error);
};

} // namespace AscendDeck
