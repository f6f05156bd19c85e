#pragma once

#include <QString>

#include <optional>

namespace AscendDeck {

// How commands that need root run when the login user is not root (a root login never uses sudo).
enum class SudoMode {
    Off,        // never: such commands run as the login user
    NoPassword, // sudo -n: sudo must not ask for a password
    Password,   // sudo -S -p '': the sudo password goes to sudo on stdin, never in argv or the environment
};

// The words a project file and the Servers page use: "off", "nopasswd", "password".
QString sudoModeName(SudoMode mode);
// The mode named by text (one of the words above, any case); nothing for any other text.
std::optional<SudoMode> sudoModeFromName(const QString &text);

// How to log in. Held in memory only: never serialised into a project file, an export or a log line.
struct SshCredentials
{
    QString identityFile;         // empty: ~/.ssh/config's IdentityFile, the agent, then default keys
    QString passphrase;           // for identityFile
    QString password;             // password auth
    bool useAgent = true;
    SudoMode sudo = SudoMode::NoPassword;
    QString sudoPassword;         // SudoMode::Password; empty: the login password

    bool hasPassword() const { return !password.isEmpty(); }
    bool operator==(const SshCredentials &other) const
    {
        return identityFile == other.identityFile && passphrase == other.passphrase && password == other.password
            && useAgent == other.useAgent && sudo == other.sudo && sudoPassword == other.sudoPassword;
    }
    QString effectiveSudoPassword() const { return sudoPassword.isEmpty() ? password : sudoPassword; }
};

} // namespace AscendDeck
