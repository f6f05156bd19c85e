#pragma once

#include "HccnPlan.h"
#include "Ipv4Subnet.h"

#include "base/Finding.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

namespace AscendDeck {

// Finds what would break the RoCE network before anything is applied. Every rule reports each offending NPU,
// as an error (a plan with conflicts is refused) whose code is stable: "bad-address", "duplicate-address",
// "network-address", "broadcast-address", "mixed-subnets", "gateway-outside-subnet", "host-network-overlap",
// "peer-other-subnet", "netdetect-not-peer", "duplicate-npu".
class HccnPlanValidator
{
    Q_DECLARE_TR_FUNCTIONS(HccnPlanValidator)

public:
    // hostNetworks: per server (plan host), the CIDRs its host interfaces already use (`ip -j addr`,
    // see HostNetworks); an NPU subnet overlapping one of them would confuse routing on that server.
    static QList<Finding> validate(const HccnPlan &plan, const QMap<QString, QStringList> &hostNetworks = {});

private:
    struct Npu
    {
        const HccnServerPlan *server;
        const HccnNpuPlan *npu;
        Ipv4Subnet subnet;
    };
    static QList<Npu> collect(const HccnPlan &plan, QList<Finding> *issues);
    static void checkAddress(const Npu &npu, QList<Finding> *issues);
    static void checkDuplicates(const QList<Npu> &npus, QList<Finding> *issues);
    static void checkMixedSubnets(const QList<Npu> &npus, QList<Finding> *issues);
    static void checkFibrePeers(const HccnPlan &plan, const QList<Npu> &npus, QList<Finding> *issues);
    static void checkHostNetworks(const QList<Npu> &npus, const QMap<QString, QStringList> &hostNetworks,
                                  QList<Finding> *issues);
    static Finding issue(const QString &code, const HccnServerPlan &server, int npu, const QString &what);
};

} // namespace AscendDeck
