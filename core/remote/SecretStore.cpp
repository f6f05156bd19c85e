#include "SecretStore.h"

#include "MemorySecretStore.h"

#ifdef ASCENDDECK_HAVE_KEYCHAIN
#include "KeyringSecretStore.h"
#endif

#include <QCoreApplication>

namespace AscendDeck {

void SecretStore::removeAll(const SshTarget &target)
{
    for (Kind kind : {Kind::LoginPassword, Kind::KeyPassphrase, Kind::SudoPassword})
        remove(kind, target);
}

QString SecretStore::key(Kind kind, const SshTarget &target)
{
    QString prefix;
    switch (kind) {
    case Kind::LoginPassword: prefix = QStringLiteral("login-password:"); break;
    case Kind::KeyPassphrase: prefix = QStringLiteral("key-passphrase:"); break;
    case Kind::SudoPassword: prefix = QStringLiteral("sudo-password:"); break;
    }
    // The login alone: the same server reached through another bastion keeps its secrets.
    return prefix + SshTarget(target.host, target.user, target.port).displayName();
}

std::unique_ptr<SecretStore> SecretStore::open()
{
#ifdef ASCENDDECK_HAVE_KEYCHAIN
    QString reason;
    if (auto keyring = KeyringSecretStore::connect(&reason))
        return keyring;
    return std::make_unique<MemorySecretStore>(reason);
#else
    return std::make_unique<MemorySecretStore>(
        QCoreApplication::translate("SecretStore", "this AscendDeck was built without QtKeychain"));
#endif
}

} // namespace AscendDeck
