#pragma once

#include <QList>
#include <QString>

namespace AscendDeck {

// Where to connect: what the user typed ("admin@gpu1:2222", or an alias from ~/.ssh/config). Empty user
// and zero port mean "let ~/.ssh/config or the defaults decide".
struct SshTarget
{
    QString host;
    QString user;
    int port = 0;

    QString displayName() const;
    bool operator==(const SshTarget &other) const
    {
        return host == other.host && user == other.user && port == other.port;
    }
    // A stable key for pooling: the same target typed twice shares one session.
    QString poolKey() const { return displayName(); }

    // Parses "[USER@]HOST[:PORT]" with "[v6addr]:port" for IPv6. Returns false with a message on error.
    static bool parse(const QString &text, SshTarget *target, QString *error);
    // Parses a comma separated list of targets.
    static bool parseList(const QString &text, QList<SshTarget> *targets, QString *error);
};

} // namespace AscendDeck
