#pragma once

#include "SshTarget.h"

#include <QString>

#include <memory>
#include <optional>

namespace AscendDeck {

// Where the console keeps the secrets the user asked it to remember: the system keyring (Secret Service,
// through QtKeychain) when one is running, else memory only, for this run. Never a file of AscendDeck's.
// Calls block the calling thread until the keyring answered (at most a few seconds); call them on the GUI
// thread, which has the event loop the keyring's D-Bus replies need.
class SecretStore
{
public:
    enum class Kind { LoginPassword, KeyPassphrase, SudoPassword };

    virtual ~SecretStore() = default;

    virtual std::optional<QString> read(Kind kind, const SshTarget &target) = 0;
    // False (and the secret kept in memory only) when the keyring refused it.
    virtual bool write(Kind kind, const SshTarget &target, const QString &secret) = 0;
    virtual void remove(Kind kind, const SshTarget &target) = 0;
    void removeAll(const SshTarget &target);

    // Whether secrets outlive this run (a keyring answered); false: memory only.
    virtual bool persistent() const = 0;
    // What the user is told about where secrets go, e.g. "memory only: no keyring is running (...)".
    virtual QString description() const = 0;

    // The keyring when QtKeychain was built in and a keyring answers, else memory only (saying why).
    static std::unique_ptr<SecretStore> open();

protected:
    // The keyring entry's name: the kind and the server's login, e.g. "sudo-password:admin@10.0.0.1:22".
    static QString key(Kind kind, const SshTarget &target);
};

} // namespace AscendDeck
