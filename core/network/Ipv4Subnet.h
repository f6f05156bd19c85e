#pragma once

#include <QString>

namespace AscendDeck {

// An IPv4 network as arithmetic on 32-bit integers: the planner carves addresses out of it and the validator
// asks whether addresses and networks fall inside each other. QHostAddress::parseSubnet accepts IPv6 and
// sloppy forms ("10.1"), so NPU plans use this stricter type.
class Ipv4Subnet
{
public:
    Ipv4Subnet() = default;
    Ipv4Subnet(quint32 network, int prefix);

    // "192.168.100.0/24"; host bits must be zero unless allowHostBits (for "10.0.0.5/24" from `ip addr`).
    static bool parse(const QString &cidr, Ipv4Subnet *subnet, QString *error = nullptr, bool allowHostBits = false);
    // The subnet that holds address with the given dotted netmask; false if either is malformed.
    static bool fromAddress(const QString &address, const QString &netmask, Ipv4Subnet *subnet);
    static bool parseAddress(const QString &text, quint32 *value);
    static QString formatAddress(quint32 value);
    static bool netmaskToPrefix(const QString &netmask, int *prefix);

    bool isValid() const { return m_prefix >= 0; }
    int prefix() const { return m_prefix; }
    quint32 network() const { return m_network; }
    quint32 broadcast() const { return m_network | ~mask(); }
    quint32 mask() const;
    QString netmask() const { return formatAddress(mask()); }
    QString toString() const;
    quint64 size() const { return quint64(1) << (32 - m_prefix); }
    // Usable host addresses: everything but the network and broadcast address (both usable in /31, /32).
    quint64 hostCount() const;
    // The index-th usable host (0-based).
    quint32 host(quint64 index) const;
    bool contains(quint32 address) const { return (address & mask()) == m_network; }
    bool contains(const QString &address) const;
    bool overlaps(const Ipv4Subnet &other) const;
    bool operator==(const Ipv4Subnet &other) const
    {
        return m_network == other.m_network && m_prefix == other.m_prefix;
    }

private:
    quint32 m_network = 0;
    int m_prefix = -1;
};

} // namespace AscendDeck
