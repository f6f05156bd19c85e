#pragma once

#include "ascend/ParseError.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace AscendDeck {

struct IpAddress
{
    QString family;   // "inet" or "inet6"
    QString local;    // the address
    int prefixLength = 0;
};

struct NetworkInterface
{
    QString name;       // e.g. enp189s0f0: what HCCL_SOCKET_IFNAME / GLOO_SOCKET_IFNAME must name
    QString operState;  // UP, DOWN, UNKNOWN
    QList<IpAddress> addresses;

    // The first IPv4 address, or empty.
    QString ipv4() const;
};

// `ip -j addr` (iproute2's JSON output): the server's NICs and their addresses.
class IpAddrParser
{
public:
    static QList<NetworkInterface> parse(const QByteArray &data, ParseError *error = nullptr);
    // The interface carrying address, or nullptr.
    static const NetworkInterface *interfaceWithAddress(const QList<NetworkInterface> &nics, const QString &address);
};

} // namespace AscendDeck
