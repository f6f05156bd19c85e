#include "SshCredentials.h"

namespace AscendDeck {

QString sudoModeName(SudoMode mode)
{
    switch (mode) {
    case SudoMode::Off: return QStringLiteral("off");
    case SudoMode::NoPassword: return QStringLiteral("nopasswd");
    case SudoMode::Password: return QStringLiteral("password");
    }
    return {};
}

std::optional<SudoMode> sudoModeFromName(const QString &text)
{
    for (SudoMode mode : {SudoMode::Off, SudoMode::NoPassword, SudoMode::Password}) {
        if (text.trimmed().compare(sudoModeName(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}

} // namespace AscendDeck
