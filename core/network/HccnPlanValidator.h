#pragma once

#include "HccnPlan.h"
#include "HccnPlanIssue.h"
#include "Ipv4Subnet.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

namespace AscendDeck {

// Finds what would break the RoCE network before anything is applied. Every rule reports each offending NPU.
class HccnPlanValidator
{
    Q_DECLARE_TR_FUNCTIONS(HccnPlanValidator)

public:
    // hostNetworks: per server (plan host), the CIDRs its host interfaces already use (`ip -j addr`,
    // see HostNetworks); an NPU subnet overlapping one of them would confuse routing on that server.
    static QList<HccnPlanIssue> validate(const HccnPlan &plan, const QMap<QString, QStringList> &hostNetworks = {});

private:
    struct Npu
    {
        const HccnServerPlan *server;
        const HccnNpuPlan *npu;
        Ipv4Subnet subnet;
    };
    static QList<Npu> collect(const HccnPlan &plan, QList<HccnPlanIssue> *issues);
    static void checkAddress(const Npu &npu, QList<HccnPlanIssue> *issues);
    static void checkDuplicates(const QList<Npu> &npus, QList<HccnPlanIssue> *issues);
    static void checkMixedSubnets(const QList<Npu> &npus, QList<HccnPlanIssue> *issues);
    static void checkFibrePeers(const HccnPlan &plan, const QList<Npu> &npus, QList<HccnPlanIssue> *issues);
    static void checkHostNetworks(const QList<Npu> &npus, const QMap<QString, QStringList> &hostNetworks,
                                  QList<HccnPlanIssue> *issues);
    static HccnPlanIssue issue(const QString &code, const HccnServerPlan &server, int npu, const QString &what);
};

} // namespace AscendDeck
