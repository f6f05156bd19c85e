#include "HccnReadings.h"

#include "ascend/HccnToolParser.h"


namespace AscendDeck {

const HccnNpuReadings *HccnServerReadings::npu(int id) const
{
    for (const HccnNpuReadings &n : npus) {
        if (n.npu == id)
            return &n;
    }
    return nullptr;
}

QStringList HccnServerReadings::errors() const
{
    QStringList result;
    for (const HccnNpuReadings &n : npus) {
        if (!n.error.isEmpty())
            result.append(QCoreApplication::translate("HccnReadings", "%1 NPU %2: %3").arg(host).arg(n.npu).arg(n.error));
    }
    return result;
}

nlohmann::json HccnServerReadings::toJson() const
{
    nlohmann::json array = nlohmann::json::array();
    for (const HccnNpuReadings &n : npus) {
        nlohmann::json npu{{"npu", n.npu}, {"address", n.address.toStdString()}, {"netmask", n.netmask.toStdString()},
                           {"gateway", n.gateway.toStdString()}, {"netdetect", n.netdetect.toStdString()}, {"tls", n.tls}};
        if (!n.error.isEmpty())
            npu["error"] = n.error.toStdString();
        array.push_back(npu);
    }
    return {{"host", host.toStdString()}, {"npus", array}};
}

namespace {
QString text(const nlohmann::json &json, const char *key)
{
    const auto it = json.find(key);
    return it != json.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

int integer(const nlohmann::json &json, const char *key, int fallback)
{
    const auto it = json.find(key);
    return it != json.end() && it->is_number_integer() ? it->get<int>() : fallback;
}
} // namespace

HccnServerReadings HccnServerReadings::fromJson(const nlohmann::json &json)
{
    HccnServerReadings readings;
    if (!json.is_object())
        return readings;
    readings.host = text(json, "host");
    const auto npus = json.find("npus");
    if (npus == json.end() || !npus->is_array())
        return readings;
    for (const nlohmann::json &o : *npus) {
        if (!o.is_object())
            continue;
        HccnNpuReadings n;
        n.npu = integer(o, "npu", -1);
        n.address = text(o, "address");
        n.netmask = text(o, "netmask");
        n.gateway = text(o, "gateway");
        n.netdetect = text(o, "netdetect");
        n.tls = integer(o, "tls", -1);
        n.error = text(o, "error");
        readings.npus.append(n);
    }
    return readings;
}

HccnNpuReadings HccnReadingsParser::parse(int npu, const QByteArray &ip, const QByteArray &gateway,
                                          const QByteArray &netdetect, const QByteArray &tls)
{
    HccnNpuReadings readings;
    readings.npu = npu;
    QStringList errors;
    ParseError error;
    const QList<HccnIp> ips = HccnToolParser::parseIp(ip, &error);
    if (error.isError())
        errors << tr("-ip -g: %1").arg(error.toString());
    if (!ips.isEmpty()) {
        readings.address = ips.first().address;
        readings.netmask = ips.first().netmask;
    }
    error = {};
    const QList<HccnGateway> gateways = HccnToolParser::parseGateway(gateway, &error);
    if (error.isError())
        errors << tr("-gateway -g: %1").arg(error.toString());
    else if (!gateways.isEmpty())
        readings.gateway = gateways.first().gateway;
    error = {};
    const QStringList detects = HccnToolParser::parseNetdetect(netdetect, &error);
    if (error.isError())
        errors << tr("-netdetect -g: %1").arg(error.toString());
    else if (!detects.isEmpty())
        readings.netdetect = detects.first();
    error = {};
    const QList<HccnTls> tlsList = HccnToolParser::parseTls(tls, &error);
    if (error.isError() || tlsList.isEmpty())
        errors << tr("-tls -g: %1").arg(error.isError() ? error.toString() : tr("no output"));
    else
        readings.tls = tlsList.first().enabled ? 1 : 0;
    readings.error = errors.join(QStringLiteral("; "));
    return readings;
}

} // namespace AscendDeck
