#include "IpAddrParser.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace AscendDeck {

namespace {
using json = nlohmann::json;

QString text(const json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

bool fail(ParseError *error, const QString &message)
{
    if (error) {
        error->line = 0;
        error->message = message;
    }
    return false;
}

bool readInterface(const json &entry, int index, NetworkInterface *nic, ParseError *error)
{
    if (!entry.is_object() || !entry.contains("ifname") || !entry.at("ifname").is_string())
        return fail(error, QCoreApplication::translate("IpAddrParser", "interface %1: no \"ifname\"").arg(index));
    nic->name = text(entry, "ifname");
    nic->operState = text(entry, "operstate");
    const auto addresses = entry.find("addr_info");
    if (addresses == entry.end())
        return true;
    if (!addresses->is_array())
        return fail(error, QCoreApplication::translate("IpAddrParser", "%1: \"addr_info\" is not a list").arg(nic->name));
    for (const json &info : *addresses) {
        if (!info.is_object())
            return fail(error, QCoreApplication::translate("IpAddrParser", "%1: an address entry is not an object").arg(nic->name));
        IpAddress address;
        address.family = text(info, "family");
        address.local = text(info, "local");
        const auto prefix = info.find("prefixlen");
        address.prefixLength = prefix != info.end() && prefix->is_number_integer() ? prefix->get<int>() : 0;
        if (!address.local.isEmpty())
            nic->addresses.append(address);
    }
    return true;
}
} // namespace

QString NetworkInterface::ipv4() const
{
    for (const IpAddress &address : addresses) {
        if (address.family == QLatin1String("inet"))
            return address.local;
    }
    return {};
}

QList<NetworkInterface> IpAddrParser::parse(const QByteArray &data, ParseError *error)
{
    json document;
    try {
        document = json::parse(data.constData(), data.constData() + data.size());
    } catch (const json::parse_error &e) {
        fail(error, QCoreApplication::translate("IpAddrParser", "not the JSON of `ip -j addr`: %1").arg(QString::fromUtf8(e.what())));
        return {};
    }
    if (!document.is_array()) {
        fail(error, QCoreApplication::translate("IpAddrParser", "not the JSON of `ip -j addr`: expected a list of interfaces"));
        return {};
    }
    QList<NetworkInterface> nics;
    for (size_t i = 0; i < document.size(); ++i) {
        NetworkInterface nic;
        if (!readInterface(document.at(i), static_cast<int>(i), &nic, error))
            return {};
        nics.append(nic);
    }
    return nics;
}

const NetworkInterface *IpAddrParser::interfaceWithAddress(const QList<NetworkInterface> &nics, const QString &address)
{
    for (const NetworkInterface &nic : nics) {
        for (const IpAddress &a : nic.addresses) {
            if (a.local == address)
                return &nic;
        }
    }
    return nullptr;
}

} // namespace AscendDeck
