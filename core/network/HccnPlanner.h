#pragma once

#include "HccnPlan.h"
#include "Ipv4Subnet.h"

#include <QCoreApplication>
#include <QStringList>

namespace AscendDeck {

// What the admin asks the planner for.
struct HccnPlanRequest
{
    HccnTopology topology = HccnTopology::Switch;
    QString subnet;       // CIDR the NPU addresses come from, e.g. 192.168.100.0/24
    QString gateway;      // switch: optional; routed: optional (without it the subnet is split per server)
    QStringList servers;  // hosts, in order: the order decides the pairs and the addresses
    int npuCount = 8;     // NPU ids 0..npuCount-1
    int linkPrefix = 0;   // fibre pairs only: > 0 gives every fibre its own /linkPrefix (e.g. 30) subnet
};

// Suggests addresses, gateways and netdetect targets. Conventions (the same inputs always give the same plan):
// - Addresses are handed out in server order, NPU order: server s NPU n gets the (s * npuCount + n)-th usable
//   host of the subnet, skipping the gateway.
// - fibre-pairs: servers pair up in order (1st with 2nd, 3rd with 4th, ...; an odd count is an error), NPU n
//   with NPU n. Each NPU has one port, so 4 servers are two independent pairs, not a ring. gateway = the NPU's
//   own address (direct links have no gateway, but the health check wants one), netdetect = the peer NPU.
// - switch: netdetect = the gateway if one is given, else NPU n of the next server (the last wraps to the
//   first); gateway left untouched when none is given.
// - routed: with a gateway, one subnet and gateway = netdetect = it. Without, the subnet is split into one
//   equal block per server, each with its first host as gateway (and netdetect) and the NPUs after it.
class HccnPlanner
{
    Q_DECLARE_TR_FUNCTIONS(HccnPlanner)

public:
    static bool suggest(const HccnPlanRequest &request, HccnPlan *plan, QString *error);

private:
    static bool suggestFibrePairs(const HccnPlanRequest &request, const Ipv4Subnet &subnet, HccnPlan *plan,
                                  QString *error);
    static bool suggestShared(const HccnPlanRequest &request, const Ipv4Subnet &subnet, HccnPlan *plan, QString *error);
    static bool suggestRoutedBlocks(const HccnPlanRequest &request, const Ipv4Subnet &subnet, HccnPlan *plan,
                                    QString *error);
    // The first count usable hosts of subnet, skipping skip (0 = none).
    static bool takeHosts(const Ipv4Subnet &subnet, int count, quint32 skip, QList<quint32> *hosts, QString *error);
};

} // namespace AscendDeck
