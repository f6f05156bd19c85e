#pragma once

#include <QByteArray>
#include <QStringList>

namespace AscendDeck {

// The IPv4 networks a server's own interfaces are on, from `ip -j addr` (iproute2 JSON), as CIDRs with the
// interface address ("10.0.0.5/24"), for HccnPlanValidator's overlap rule. Loopback is left out.
class HostNetworks
{
public:
    static QStringList fromIpJsonAddr(const QByteArray &data, QString *error = nullptr);
};

} // namespace AscendDeck
