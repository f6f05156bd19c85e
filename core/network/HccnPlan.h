#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace AscendDeck {

// How the NPUs of the servers are cabled; it decides what gateway and netdetect mean.
enum class HccnTopology {
    FibrePairs, // back-to-back fibres: NPU n of server 2k <-> NPU n of server 2k+1; gateway = own address
    Switch,     // one L2 RoCE switch: netdetect = NPU n of the next server, or the gateway when there is one
    Routed,     // L3: gateway and netdetect = the gateway of the NPU's subnet
};

QString topologyName(HccnTopology topology);
bool topologyFromName(const QString &name, HccnTopology *topology);

// What one NPU should be set to. An empty gateway or netdetect means "leave as it is"; tls -1 likewise.
struct HccnNpuPlan
{
    int npu = 0; // physical device id, as `hccn_tool -i N` takes it
    QString address;
    QString netmask;
    QString gateway;
    QString netdetect;
    int tls = 0;

    bool operator==(const HccnNpuPlan &other) const
    {
        return npu == other.npu && address == other.address && netmask == other.netmask &&
               gateway == other.gateway && netdetect == other.netdetect && tls == other.tls;
    }
};

struct HccnServerPlan
{
    QString host; // as the user named the server; matched against SSH targets
    QList<HccnNpuPlan> npus;

    const HccnNpuPlan *npu(int id) const;
    bool operator==(const HccnServerPlan &other) const { return host == other.host && npus == other.npus; }
};

// The NPU network plan: what the admin wants, stored in the project and in `plan --json` output.
struct HccnPlan
{
    HccnTopology topology = HccnTopology::Switch;
    QString subnet; // what it was suggested from (informational)
    QList<HccnServerPlan> servers;

    const HccnServerPlan *server(const QString &host) const;
    // Whom NPU npu of servers[serverIndex] should reach: its fibre peer (servers 2k and 2k+1, NPU n with NPU n),
    // or, on a switch or routed, NPU n of every other server.
    QStringList peerAddresses(int serverIndex, int npu) const;
    bool isEmpty() const { return servers.isEmpty(); }
    bool operator==(const HccnPlan &other) const
    {
        return topology == other.topology && subnet == other.subnet && servers == other.servers;
    }

    // {"format":"ascenddeck-hccn-plan","version":1,"topology","subnet","servers":[{"host","npus":[...]}]}:
    // a plan file (`plan --json`, `apply --plan`) and the project's network section alike.
    nlohmann::ordered_json toJson() const;
    // False with a message naming the bad field when json is not a plan.
    static bool fromJson(const nlohmann::ordered_json &json, HccnPlan *plan, QString *error);
    // The same from the bytes of a plan file; a syntax error is reported like a bad field.
    static bool fromJsonText(const QByteArray &text, HccnPlan *plan, QString *error);
};

} // namespace AscendDeck
