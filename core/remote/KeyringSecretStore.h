#pragma once

#include "SecretStore.h"

#include <QHash>

namespace AscendDeck {

// Secrets in the system keyring (Secret Service on Linux) through QtKeychain, under the service name
// "AscendDeck". A secret the keyring refuses to take is kept in memory for this run.
class KeyringSecretStore : public SecretStore
{
public:
    // The store when a keyring answers; nullptr with *reason set when none does.
    static std::unique_ptr<KeyringSecretStore> connect(QString *reason);

    std::optional<QString> read(Kind kind, const SshTarget &target) override;
    bool write(Kind kind, const SshTarget &target, const QString &secret) override;
    void remove(Kind kind, const SshTarget &target) override;
    bool persistent() const override { return true; }
    QString description() const override;

private:
    KeyringSecretStore() = default;

    QHash<QString, QString> m_refused; // secrets the keyring did not take, kept for this run
};

} // namespace AscendDeck
