#include "Ipv4Subnet.h"

#include "ascend/AddressCheck.h"

#include <QCoreApplication>
#include <QStringList>

namespace AscendDeck {

Ipv4Subnet::Ipv4Subnet(quint32 network, int prefix)
    : m_network(network)
    , m_prefix(prefix)
{
    m_network &= mask();
}

quint32 Ipv4Subnet::mask() const
{
    // Shifting a 32-bit value by 32 is undefined, hence the special case.
    return m_prefix <= 0 ? 0u : ~quint32(0) << (32 - m_prefix);
}

bool Ipv4Subnet::parse(const QString &cidr, Ipv4Subnet *subnet, QString *error, bool allowHostBits)
{
    const QStringList parts = cidr.trimmed().split(QLatin1Char('/'));
    quint32 address = 0;
    bool ok = false;
    const int prefix = parts.size() == 2 ? parts.at(1).toInt(&ok) : -1;
    if (parts.size() != 2 || !parseAddress(parts.at(0), &address) || !ok || prefix < 0 || prefix > 32) {
        if (error)
            *error = QCoreApplication::translate("Ipv4Subnet", "'%1' is not an IPv4 network like 192.168.100.0/24")
                         .arg(cidr);
        return false;
    }
    const Ipv4Subnet result(address, prefix);
    if (!allowHostBits && result.network() != address) {
        if (error)
            *error = QCoreApplication::translate("Ipv4Subnet", "'%1' has host bits set; did you mean %2?")
                         .arg(cidr, result.toString());
        return false;
    }
    *subnet = result;
    return true;
}

bool Ipv4Subnet::fromAddress(const QString &address, const QString &netmask, Ipv4Subnet *subnet)
{
    quint32 value = 0;
    int prefix = 0;
    if (!parseAddress(address, &value) || !netmaskToPrefix(netmask, &prefix))
        return false;
    *subnet = Ipv4Subnet(value, prefix);
    return true;
}

bool Ipv4Subnet::parseAddress(const QString &text, quint32 *value)
{
    if (!isIpv4Address(text))
        return false;
    quint32 result = 0;
    for (const QString &part : text.split(QLatin1Char('.')))
        result = (result << 8) | part.toUInt();
    *value = result;
    return true;
}

QString Ipv4Subnet::formatAddress(quint32 value)
{
    return QStringLiteral("%1.%2.%3.%4").arg(value >> 24).arg((value >> 16) & 0xff).arg((value >> 8) & 0xff).arg(value & 0xff);
}

bool Ipv4Subnet::netmaskToPrefix(const QString &netmask, int *prefix)
{
    quint32 value = 0;
    if (!parseAddress(netmask, &value))
        return false;
    // A netmask is ones then zeros: inverted and plus one it is a power of two (or zero for /0).
    const quint32 inverted = ~value;
    if ((inverted & (inverted + 1)) != 0)
        return false;
    int bits = 0;
    for (quint32 v = value; v != 0; v <<= 1)
        ++bits;
    *prefix = bits;
    return true;
}

QString Ipv4Subnet::toString() const
{
    return formatAddress(m_network) + QLatin1Char('/') + QString::number(m_prefix);
}

quint64 Ipv4Subnet::hostCount() const
{
    return m_prefix >= 31 ? size() : size() - 2;
}

quint32 Ipv4Subnet::host(quint64 index) const
{
    return m_network + static_cast<quint32>(index) + (m_prefix >= 31 ? 0 : 1);
}

bool Ipv4Subnet::contains(const QString &address) const
{
    quint32 value = 0;
    return parseAddress(address, &value) && contains(value);
}

bool Ipv4Subnet::overlaps(const Ipv4Subnet &other) const
{
    const int shorter = qMin(m_prefix, other.m_prefix);
    const Ipv4Subnet common(m_network, shorter);
    return common.contains(other.m_network);
}

} // namespace AscendDeck
