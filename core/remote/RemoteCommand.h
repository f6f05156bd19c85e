#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace AscendDeck {

// A command to run on a server, given as argv so that quoting happens in exactly one place (shellJoin).
struct RemoteCommand
{
    QStringList argv;
    int timeoutMs = 60000;       // 0 = no timeout
    bool sudo = false;           // run through sudo when the login user is not root
    QByteArray stdinData;        // written to the command's stdin, then EOF
    bool argvIsSecret = false;   // log "<redacted>" instead of the arguments

    static RemoteCommand fromArgv(const QStringList &argv, int timeoutMs = 60000)
    {
        RemoteCommand command;
        command.argv = argv;
        command.timeoutMs = timeoutMs;
        return command;
    }

    // The exact line handed to the remote shell.
    QString commandLine(const QString &loginUser) const;
    // What the log may show: never a secret.
    QString loggableCommand() const;
};

} // namespace AscendDeck
