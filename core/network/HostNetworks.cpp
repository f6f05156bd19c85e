#include "HostNetworks.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace AscendDeck {

namespace {
using nlohmann::json;

std::string text(const json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}
} // namespace

QStringList HostNetworks::fromIpJsonAddr(const QByteArray &data, QString *error)
{
    json doc;
    QString problem;
    try {
        doc = json::parse(data.constBegin(), data.constEnd());
    } catch (const json::parse_error &e) {
        problem = QString::fromUtf8(e.what());
    }
    if (!doc.is_array()) {
        if (error)
            *error = QCoreApplication::translate("HostNetworks", "`ip -j addr` printed no JSON array: %1").arg(problem);
        return {};
    }
    QStringList result;
    for (const json &link : doc) {
        if (!link.is_object() || text(link, "ifname") == "lo")
            continue;
        const auto infos = link.find("addr_info");
        if (infos == link.end() || !infos->is_array())
            continue;
        for (const json &addr : *infos) {
            if (!addr.is_object() || text(addr, "family") != "inet")
                continue;
            const auto prefix = addr.find("prefixlen");
            const int prefixLength = prefix != addr.end() && prefix->is_number_integer() ? prefix->get<int>() : 0;
            result.append(QString::fromStdString(text(addr, "local")) + QLatin1Char('/') + QString::number(prefixLength));
        }
    }
    return result;
}

} // namespace AscendDeck
