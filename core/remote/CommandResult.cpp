#include "CommandResult.h"

namespace AscendDeck {

QString remoteErrorName(RemoteError error)
{
    switch (error) {
    case RemoteError::None: return QStringLiteral("ok");
    case RemoteError::ConnectFailed: return QStringLiteral("connect-failed");
    case RemoteError::HostKeyUnknown: return QStringLiteral("host-key-unknown");
    case RemoteError::HostKeyChanged: return QStringLiteral("host-key-changed");
    case RemoteError::AuthFailed: return QStringLiteral("auth-failed");
    case RemoteError::ChannelFailed: return QStringLiteral("channel-failed");
    case RemoteError::Timeout: return QStringLiteral("timeout");
    case RemoteError::Cancelled: return QStringLiteral("cancelled");
    case RemoteError::TransferFailed: return QStringLiteral("transfer-failed");
    case RemoteError::SudoPasswordWrong: return QStringLiteral("sudo-password-wrong");
    case RemoteError::SudoFailed: return QStringLiteral("sudo-failed");
    }
    return QString();
}

} // namespace AscendDeck
