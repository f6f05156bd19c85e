#pragma once

#include "SecretStore.h"

#include <QHash>

namespace AscendDeck {

// Secrets in memory only, for this run: where the console keeps them when no keyring is running.
class MemorySecretStore : public SecretStore
{
public:
    explicit MemorySecretStore(QString reason);

    std::optional<QString> read(Kind kind, const SshTarget &target) override;
    bool write(Kind kind, const SshTarget &target, const QString &secret) override;
    void remove(Kind kind, const SshTarget &target) override;
    bool persistent() const override { return false; }
    QString description() const override;

private:
    QString m_reason;
    QHash<QString, QString> m_secrets;
};

} // namespace AscendDeck
