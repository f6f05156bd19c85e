#include "MemorySecretStore.h"

#include <QCoreApplication>

namespace AscendDeck {

MemorySecretStore::MemorySecretStore(QString reason)
    : m_reason(std::move(reason))
{
}

std::optional<QString> MemorySecretStore::read(Kind kind, const SshTarget &target)
{
    const auto it = m_secrets.constFind(key(kind, target));
    if (it == m_secrets.constEnd())
        return std::nullopt;
    return *it;
}

bool MemorySecretStore::write(Kind kind, const SshTarget &target, const QString &secret)
{
    m_secrets.insert(key(kind, target), secret);
    return true;
}

void MemorySecretStore::remove(Kind kind, const SshTarget &target)
{
    m_secrets.remove(key(kind, target));
}

QString MemorySecretStore::description() const
{
    return QCoreApplication::translate("SecretStore", "Secrets are kept in memory only, until AscendDeck quits: %1")
        .arg(m_reason);
}

} // namespace AscendDeck
