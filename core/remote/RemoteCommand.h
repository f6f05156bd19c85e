#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace AscendDeck {

// What a command needs beyond the login user's own rights.
enum class RemotePrivilege {
    Login,   // runs as the login user
    Root,    // hccn_tool setters, root-only reads, writes under /etc: through sudo unless the login is root
    Docker,  // talks to the docker daemon: through sudo unless the login is root or in the docker group
};

// A command to run on a server, given as argv so that quoting happens in exactly one place (shellJoin).
struct RemoteCommand
{
    QStringList argv;
    int timeoutMs = 60000;       // 0 = no timeout
    RemotePrivilege privilege = RemotePrivilege::Login;
    QByteArray stdinData;        // written to the command's stdin, then EOF
    bool argvIsSecret = false;   // log "<redacted>" instead of the arguments

    static RemoteCommand fromArgv(const QStringList &argv, int timeoutMs = 60000)
    {
        RemoteCommand command;
        command.argv = argv;
        command.timeoutMs = timeoutMs;
        return command;
    }
    // Marks the command as needing root; the session decides whether that means sudo (see SudoMode).
    RemoteCommand asRoot() const
    {
        RemoteCommand command = *this;
        command.privilege = RemotePrivilege::Root;
        return command;
    }
    // Marks the command as a docker client call.
    RemoteCommand asDocker() const
    {
        RemoteCommand command = *this;
        command.privilege = RemotePrivilege::Docker;
        return command;
    }
    bool needsRoot() const { return privilege != RemotePrivilege::Login; }

    // The line handed to the remote shell for this login user, with the plain sudo prefix for a command that
    // needs root on a non-root login (the session picks its own prefix through shellLine).
    QString commandLine(const QString &loginUser) const;
    // The line with sudoPrefix ("sudo -S -p '' -k", or empty for none) in front.
    QString shellLine(const QString &sudoPrefix) const;
    // What the log may show: never a secret.
    QString loggableCommand() const;
    // What a preview shows: the command, with "sudo " in front when it needs root on a non-root login.
    QString previewLine() const;
};

} // namespace AscendDeck
