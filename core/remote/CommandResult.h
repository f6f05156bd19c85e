#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace AscendDeck {

enum class RemoteError {
    None,
    ConnectFailed,     // DNS, TCP or key exchange
    HostKeyUnknown,    // not in known_hosts and the caller did not accept it
    HostKeyChanged,    // known_hosts holds a different key: possible man-in-the-middle
    AuthFailed,
    ChannelFailed,     // session up, but opening or using the channel failed
    Timeout,
    Cancelled,
    TransferFailed,    // SFTP
    SudoPasswordWrong, // sudo refused the sudo password
    SudoFailed,        // sudo asks for a password none was given for, or the login may not use sudo
};

// The outcome of one remote command on one host. exitStatus is meaningful only when error == None.
struct CommandResult
{
    RemoteError error = RemoteError::None;
    QString errorString;
    int exitStatus = -1;
    QByteArray out;
    QByteArray err;
    qint64 durationMs = 0;
    // What an operation made of the output (for instance the parsed facts of a server probe).
    QVariant payload;

    bool ok() const { return error == RemoteError::None && exitStatus == 0; }
    bool ran() const { return error == RemoteError::None; }
    // Connection-level failures (as opposed to the command failing) map to 255, like ssh(1); a timeout to
    // 124, like timeout(1); a cancellation to 130, like an interrupted shell command.
    int processExitCode() const
    {
        switch (error) {
        case RemoteError::None: return exitStatus;
        case RemoteError::Timeout: return 124;
        case RemoteError::Cancelled: return 130;
        case RemoteError::SudoPasswordWrong:
        case RemoteError::SudoFailed: return 1; // the server was reached; the command could not run as root
        default: return 255;
        }
    }
};

QString remoteErrorName(RemoteError error);

} // namespace AscendDeck
