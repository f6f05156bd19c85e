#include "HccnPlan.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace AscendDeck {

namespace {
const QLatin1String kFormat("ascenddeck-hccn-plan");

QJsonObject npuToJson(const HccnNpuPlan &npu)
{
    return QJsonObject{{QStringLiteral("npu"), npu.npu},
                       {QStringLiteral("address"), npu.address},
                       {QStringLiteral("netmask"), npu.netmask},
                       {QStringLiteral("gateway"), npu.gateway},
                       {QStringLiteral("netdetect"), npu.netdetect},
                       {QStringLiteral("tls"), npu.tls}};
}

HccnNpuPlan npuFromJson(const QJsonObject &json)
{
    HccnNpuPlan npu;
    npu.npu = json.value(QStringLiteral("npu")).toInt(-1);
    npu.address = json.value(QStringLiteral("address")).toString();
    npu.netmask = json.value(QStringLiteral("netmask")).toString();
    npu.gateway = json.value(QStringLiteral("gateway")).toString();
    npu.netdetect = json.value(QStringLiteral("netdetect")).toString();
    npu.tls = json.value(QStringLiteral("tls")).toInt(0);
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

QJsonObject HccnPlan::toJson() const
{
    QJsonArray serverArray;
    for (const HccnServerPlan &s : servers) {
        QJsonArray npuArray;
        for (const HccnNpuPlan &n : s.npus)
            npuArray.append(npuToJson(n));
        serverArray.append(QJsonObject{{QStringLiteral("host"), s.host}, {QStringLiteral("npus"), npuArray}});
    }
    return QJsonObject{{QStringLiteral("format"), kFormat},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("topology"), topologyName(topology)},
                       {QStringLiteral("subnet"), subnet},
                       {QStringLiteral("servers"), serverArray}};
}

bool HccnPlan::fromJson(const QJsonObject &json, HccnPlan *plan, QString *error)
{
    if (json.value(QStringLiteral("format")).toString() != kFormat) {
        *error = QCoreApplication::translate("HccnPlan", "not an AscendDeck NPU network plan (\"format\" is not \"%1\")").arg(kFormat);
        return false;
    }
    HccnPlan result;
    if (!topologyFromName(json.value(QStringLiteral("topology")).toString(), &result.topology)) {
        *error = QCoreApplication::translate("HccnPlan", "unknown topology \"%1\"").arg(json.value(QStringLiteral("topology")).toString());
        return false;
    }
    result.subnet = json.value(QStringLiteral("subnet")).toString();
    for (const QJsonValue &serverValue : json.value(QStringLiteral("servers")).toArray()) {
        HccnServerPlan server;
        server.host = serverValue.toObject().value(QStringLiteral("host")).toString();
        for (const QJsonValue &npuValue : serverValue.toObject().value(QStringLiteral("npus")).toArray())
            server.npus.append(npuFromJson(npuValue.toObject()));
        if (server.host.isEmpty() || server.npus.isEmpty()) {
            *error = QCoreApplication::translate("HccnPlan", "server %1 of the plan has no host or no NPUs").arg(result.servers.size() + 1);
            return false;
        }
        result.servers.append(server);
    }
    *plan = result;
    return true;
}

} // namespace AscendDeck
