#include "HccnPlan.h"

#include <QCoreApplication>

namespace AscendDeck {

using nlohmann::ordered_json;

namespace {
const char *const kFormat = "ascenddeck-hccn-plan";

// Lenient readers: a missing or mistyped value gives the default, as a hand-edited plan may leave keys out.
QString text(const ordered_json &json, const char *key)
{
    const auto it = json.find(key);
    return it != json.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

int integer(const ordered_json &json, const char *key, int fallback)
{
    const auto it = json.find(key);
    return it != json.end() && it->is_number_integer() ? it->get<int>() : fallback;
}

const ordered_json &list(const ordered_json &json, const char *key)
{
    static const ordered_json none = ordered_json::array();
    const auto it = json.find(key);
    return it != json.end() && it->is_array() ? *it : none;
}

ordered_json npuToJson(const HccnNpuPlan &npu)
{
    return {{"npu", npu.npu}, {"address", npu.address.toStdString()}, {"netmask", npu.netmask.toStdString()},
            {"gateway", npu.gateway.toStdString()}, {"netdetect", npu.netdetect.toStdString()}, {"tls", npu.tls}};
}

HccnNpuPlan npuFromJson(const ordered_json &json)
{
    HccnNpuPlan npu;
    npu.npu = integer(json, "npu", -1);
    npu.address = text(json, "address");
    npu.netmask = text(json, "netmask");
    npu.gateway = text(json, "gateway");
    npu.netdetect = text(json, "netdetect");
    npu.tls = integer(json, "tls", 0);
    return npu;
}
} // namespace

QString topologyName(HccnTopology topology)
{
    switch (topology) {
    case HccnTopology::FibrePairs: return QStringLiteral("fibre-pairs");
    case HccnTopology::Switch: return QStringLiteral("switch");
    case HccnTopology::Routed: return QStringLiteral("routed");
    }
    return {};
}

bool topologyFromName(const QString &name, HccnTopology *topology)
{
    for (HccnTopology t : {HccnTopology::FibrePairs, HccnTopology::Switch, HccnTopology::Routed}) {
        if (topologyName(t) == name) {
            *topology = t;
            return true;
        }
    }
    return false;
}

const HccnNpuPlan *HccnServerPlan::npu(int id) const
{
    for (const HccnNpuPlan &n : npus) {
        if (n.npu == id)
            return &n;
    }
    return nullptr;
}

const HccnServerPlan *HccnPlan::server(const QString &host) const
{
    for (const HccnServerPlan &s : servers) {
        if (s.host == host)
            return &s;
    }
    return nullptr;
}

QStringList HccnPlan::peerAddresses(int serverIndex, int npu) const
{
    QStringList peers;
    for (int i = 0; i < servers.size(); ++i) {
        const bool peer = topology == HccnTopology::FibrePairs ? i == (serverIndex ^ 1) : i != serverIndex;
        const HccnNpuPlan *other = peer ? servers.at(i).npu(npu) : nullptr;
        if (other && !other->address.isEmpty())
            peers.append(other->address);
    }
    return peers;
}

ordered_json HccnPlan::toJson() const
{
    ordered_json serverArray = ordered_json::array();
    for (const HccnServerPlan &s : servers) {
        ordered_json npuArray = ordered_json::array();
        for (const HccnNpuPlan &n : s.npus)
            npuArray.push_back(npuToJson(n));
        serverArray.push_back({{"host", s.host.toStdString()}, {"npus", npuArray}});
    }
    return {{"format", kFormat}, {"version", 1}, {"topology", topologyName(topology).toStdString()},
            {"subnet", subnet.toStdString()}, {"servers", serverArray}};
}

bool HccnPlan::fromJson(const ordered_json &json, HccnPlan *plan, QString *error)
{
    if (!json.is_object() || text(json, "format") != QLatin1String(kFormat)) {
        *error = QCoreApplication::translate("HccnPlan", "not an AscendDeck NPU network plan (\"format\" is not \"%1\")").arg(QLatin1String(kFormat));
        return false;
    }
    HccnPlan result;
    if (!topologyFromName(text(json, "topology"), &result.topology)) {
        *error = QCoreApplication::translate("HccnPlan", "unknown topology \"%1\"").arg(text(json, "topology"));
        return false;
    }
    result.subnet = text(json, "subnet");
    for (const ordered_json &serverValue : list(json, "servers")) {
        HccnServerPlan server;
        if (serverValue.is_object()) {
            server.host = text(serverValue, "host");
            for (const ordered_json &npuValue : list(serverValue, "npus"))
                server.npus.append(npuFromJson(npuValue.is_object() ? npuValue : ordered_json::object()));
        }
        if (server.host.isEmpty() || server.npus.isEmpty()) {
            *error = QCoreApplication::translate("HccnPlan", "server %1 of the plan has no host or no NPUs").arg(result.servers.size() + 1);
            return false;
        }
        result.servers.append(server);
    }
    *plan = result;
    return true;
}

bool HccnPlan::fromJsonText(const QByteArray &text, HccnPlan *plan, QString *error)
{
    const ordered_json json = ordered_json::parse(text.constData(), text.constData() + text.size(), nullptr, false);
    if (json.is_discarded()) {
        *error = QCoreApplication::translate("HccnPlan", "not valid JSON");
        return false;
    }
    return fromJson(json, plan, error);
}

} // namespace AscendDeck
